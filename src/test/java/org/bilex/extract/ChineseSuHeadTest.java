package org.bilex.extract;

import org.bilex.core.EntityType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import static org.bilex.testing.RealModels.entities;
import static org.bilex.testing.RealModels.has;
import static org.bilex.testing.RealModels.hasNo;
import static org.bilex.testing.RealModels.mentions;

/**
 * The Chinese head 素 (models/build/zh-heads.tsv; the typing itself is tested in ThuoclReaderTest): natural products and small-molecule drugs named with 素
 * are CHEMICAL; peptide hormones, cytokines and lectins (gene products, PROTEIN by HGNC), generic words
 * (因素, 元素, 色素) and laboratory measures are not typed by it. The family has no English counterpart: English
 * drug names come from DrugBank and MeSH, not from an ending.
 */
class ChineseSuHeadTest {

    @Test
    void aChineseSuNameJoinsItsEnglishConcept() {
        // curated Chinese names of the 素 words whose English concept the built lexicon has: one entity in both languages
        for (String text : List.of("虫草素(cordycepin)可诱导肝癌细胞凋亡。", "Cordycepin induces apoptosis of hepatoma cells, as 虫草素 does.")) {
            List<Entity> es = entities(text);
            List<Entity> c = es.stream().filter(e -> e.type() == EntityType.CHEMICAL).toList();
            assertEquals(1, c.size(), text + " " + c);
            assertEquals("cordycepin", c.get(0).canonical(), text);
            assertTrue(c.get(0).forms().contains("虫草素"), text + " " + c.get(0).forms());
        }
        List<String> m = mentions("米诺环素和甲状腺素的作用不同。");
        has(m, EntityType.CHEMICAL, "米诺环素");
        has(m, EntityType.CHEMICAL, "甲状腺素");
    }

    @Test
    void aBuiltSuDrugIsFoundInAChineseSentence() {
        // sentences written for this test: the built THUOCL rows are matched whole in running text
        List<String> m = mentions("灯盏花素和苦参素均可抑制黑素瘤细胞的增殖。");
        has(m, EntityType.CHEMICAL, "灯盏花素");
        has(m, EntityType.CHEMICAL, "苦参素");
        List<String> n = mentions("依诺肝素可降低深静脉血栓的发生率。");
        has(n, EntityType.CHEMICAL, "依诺肝素");
        // a generic word with the head is no entity
        List<String> g = mentions("遗传因素和环境因素共同影响疾病进展。");
        hasNo(g, "遗传因素");
        hasNo(g, "环境因素");
    }
}
