package org.bilex.extract;

import org.bilex.core.EntityType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.bilex.extract.ChineseFieldScaleTest.has;
import static org.bilex.extract.ChineseFieldScaleTest.hasNo;
import static org.bilex.extract.ChineseFieldScaleTest.mentions;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A disease or syndrome named by a person, written in Latin letters before a Chinese head (entities.tsv
 * eponym-disease-zh, eponym-syndrome-zh, eponym-degeneration-zh): one DISEASE, the same concept as the English
 * name the lexicon knows (Crohn病 = Crohn's disease).
 */
class EponymDiseaseZhTest {

    @BeforeAll
    static void load() {
        ChineseFieldScaleTest.models = org.bilex.pipeline.Pipeline.load(Path.of("models"));
    }

    @Test
    void eponymBeforeAChineseHeadIsOneDisease() {
        List<String> m = mentions("本研究纳入Crohn病、Graves病和Kawasaki病患者，并比较了Cushing综合征与Sjögren综合征。");
        has(m, EntityType.DISEASE, "Crohn病");
        has(m, EntityType.DISEASE, "Graves病");
        has(m, EntityType.DISEASE, "Kawasaki病");
        has(m, EntityType.DISEASE, "Cushing综合征");
        has(m, EntityType.DISEASE, "Sjögren综合征");
        m = mentions("坐骨神经切断后远端出现Wallerian变性，Stevens-Johnson综合征少见。");
        has(m, EntityType.DISEASE, "Wallerian变性");
        has(m, EntityType.DISEASE, "Stevens-Johnson综合征");
    }

    @Test
    void theChineseAndEnglishNamesAreOneEntity() {
        String text = "Crohn病（Crohn's disease）是一种慢性肠道炎症性疾病，Parkinson病（Parkinson disease）多见于老年人。";
        String e = AbbreviationHeadFamiliesTest.entityOf(text, "Crohn病");
        assertTrue(e.startsWith("DISEASE ") && e.contains("Crohn's disease"), e);
        e = AbbreviationHeadFamiliesTest.entityOf("Patients with Crohn's disease and Parkinson disease were seen.", "Crohn's disease");
        String zh = AbbreviationHeadFamiliesTest.entityOf("Crohn病患者被纳入。", "Crohn病");
        assertTrue(e.substring(0, e.indexOf(':')).equals(zh.substring(0, zh.indexOf(':'))), e + " / " + zh);
    }

    @Test
    void aVirusPathologyOrPatientWordIsNoDisease() {
        List<String> m = mentions("Epstein-Barr病毒感染与Hodgkin病理分型有关，Smith病人的样本也被检测。");
        hasNo(m, "Epstein-Barr病");
        hasNo(m, "Hodgkin病");
        hasNo(m, "Smith病");
    }
}
