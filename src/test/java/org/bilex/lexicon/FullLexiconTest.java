package org.bilex.lexicon;

import org.bilex.testing.RealModels;
import static org.bilex.testing.RealModels.all;
import static org.bilex.testing.RealModels.names;
import org.bilex.core.EntityType;
import org.bilex.extract.Entity;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The full lexicon as shipped (curated + built): false friends, one concept across languages,
 * stated priority, miRNA names, on the models {@link RealModels} loads once for all tests.
 */
class FullLexiconTest {

    @Test
    void englishWordsAndCommonAbbreviationsAreNotGenes() {
        String[] sentences = {
                "The cat sat on the mat; we met at the set time to rest, and the impact was small.",
                "THE IMPACT OF REST: WE MET THE CAT AT THE SET TIME.",
                "Data were stored on a CD and analysed on a PC; the AD group was older.",
                "Patients in the ICU had a higher BMI, and the OR was 1.2 (95% CI 1.0-1.4).",
                "A CAT scan and MET values were reported with the SET protocol; REST periods and IMPACT scores were noted."};
        List<Entity> es = RealModels.entities(sentences);
        for (Entity e : es) {
            for (String f : e.forms()) {
                assertFalse(List.of("cat", "CAT", "met", "MET", "set", "SET", "IMPACT", "impact", "REST", "rest", "CD", "PC",
                        "AD", "ICU", "BMI", "OR", "CI").contains(f), "false friend matched: " + e.type() + " " + e.canonical() + " " + f);
            }
        }
    }

    @Test
    void rosIsReactiveOxygenSpeciesNotTheGene() {
        List<Entity> es = RealModels.entities("Exosomes reduced ROS production in keratinocytes.");
        Entity ros = es.stream().filter(e -> e.forms().contains("ROS")).findFirst().orElse(null);
        assertNotNull(ros, names(es).toString());
        assertEquals(EntityType.CHEMICAL, ros.type());
        assertEquals("reactive oxygen species", ros.canonical());
        // the gene keeps its own symbol
        Concept ros1 = RealModels.pipeline().lexicon().lookup("ROS1");
        assertNotNull(ros1);
        assertEquals(EntityType.PROTEIN, ros1.type());
    }

    @Test
    void stoppedFormsCountWhereTheDocumentDefinesThem() {
        List<Entity> es = RealModels.entities("Atopic dermatitis (AD) is a chronic skin disease.", "AD patients show skin barrier dysfunction.");
        Entity ad = es.stream().filter(e -> e.forms().contains("AD")).findFirst().orElse(null);
        assertNotNull(ad, names(es).toString());
        assertEquals(EntityType.DISEASE, ad.type());
    }

    @Test
    void chineseEnglishAndAbbreviationAreOneConcept() {
        List<Entity> es = RealModels.entities("白细胞介素-10是一种抗炎因子。", "Interleukin-10 is anti-inflammatory.", "IL-10 levels rose.",
                "白介素10和IL10也是同一个。");
        List<Entity> il10 = es.stream().filter(e -> "IL10".equals(e.xref())).toList();
        assertEquals(1, il10.size(), names(es).toString());
        assertTrue(il10.get(0).forms().containsAll(List.of("白细胞介素-10", "Interleukin-10", "IL-10", "白介素10", "IL10")),
                il10.get(0).forms().toString());
        assertEquals(EntityType.CYTOKINE, il10.get(0).type());
    }

    @Test
    void chineseInterleukinNamesReachBuiltGenes() {
        List<Entity> es = RealModels.entities("白细胞介素-34（interleukin-34，IL-34）促进巨噬细胞存活。", "IL34 was also measured.");
        List<Entity> il34 = es.stream().filter(e -> "IL34".equals(e.xref())).toList();
        assertEquals(1, il34.size(), names(es).toString());
        assertEquals(EntityType.CYTOKINE, il34.get(0).type());
        assertTrue(il34.get(0).forms().containsAll(List.of("白细胞介素-34", "IL-34", "IL34")), il34.get(0).forms().toString());
    }

    @Test
    void chineseVariantsAreGenerated() {
        Lexicon lex = RealModels.pipeline().lexicon();
        assertEquals(lex.lookup("肿瘤坏死因子-α"), lex.lookup("肿瘤坏死因子α"));
        assertEquals(lex.lookup("白细胞介素-6"), lex.lookup("白介素6"));
        assertEquals(lex.lookup("脐带间充质干细胞"), lex.lookup("人脐带间充质干细胞"));
        assertNotNull(lex.lookup("白介素6"));
    }

    @Test
    void genesFromHgncHaveTheirSymbolAsIdAndFamilyType() {
        Lexicon lex = RealModels.pipeline().lexicon();
        assertEquals(new Concept(EntityType.PROTEIN, "PKNOX1", "PKNOX1"), lex.lookup("PKNOX1"));
        Concept il34 = lex.lookup("IL34");
        assertEquals(EntityType.CYTOKINE, il34.type());
        assertEquals(EntityType.MARKER, lex.lookup("CD200").type());
        assertEquals(EntityType.GROWTH_FACTOR, lex.lookup("FGF18").type());
        assertEquals(EntityType.CYTOKINE, lex.lookup("CXCL16").type());
        // symbols are held to case: the rodent/zebrafish spellings (Pknox1, pknox1) name the gene,
        // a spelling of mixed case that no nomenclature uses does not
        assertEquals(lex.lookup("PKNOX1"), lex.lookup("pknox1"));
        assertEquals(lex.lookup("PKNOX1"), lex.lookup("Pknox1"));
        assertEquals(null, lex.lookup("pKnOx1"));
    }

    @Test
    void oneFormUnderTwoTypesFollowsTheStatedPriorityNotLoadOrder() {
        Lexicon lex = RealModels.pipeline().lexicon();
        assertEquals(EntityType.CYTOKINE, lex.senses("TNF-α").get(0).concept().type());
        List<LexiconEntry> rows = new ArrayList<>(lex.entries().subList(0, 2000));
        rows.add(new LexiconEntry(EntityType.PROTEIN, "TNF-α", "TNF", "TNF-α", "en", "curated"));
        rows.add(new LexiconEntry(EntityType.CYTOKINE, "TNF-α", "TNF", "TNF-α", "en", "curated"));
        List<LexiconEntry> reversed = new ArrayList<>(rows);
        java.util.Collections.reverse(reversed);
        Lexicon a = Lexicon.of(rows, StopList.EMPTY, lex.priority());
        Lexicon b = Lexicon.of(reversed, StopList.EMPTY, lex.priority());
        assertEquals(a.senses("TNF-α").get(0).concept(), b.senses("TNF-α").get(0).concept());
        assertEquals(EntityType.CYTOKINE, a.senses("TNF-α").get(0).concept().type());
        // curated before built whatever the type
        List<LexiconEntry> two = List.of(
                new LexiconEntry(EntityType.CELL, "X cell", "", "XQZ1", "en", "reach-bioresources-kb/Cellosaurus.tsv.gz"),
                new LexiconEntry(EntityType.PROTEIN, "XQZ1", "XQZ1", "XQZ1", "en", "curated/HGNC"));
        assertEquals(EntityType.PROTEIN, Lexicon.of(two, StopList.EMPTY, lex.priority()).senses("XQZ1").get(0).concept().type());
    }

    @Test
    void miRNAsAreNormalisedToMatureFormsAndFamilies() {
        Lexicon lex = RealModels.pipeline().lexicon();
        assertEquals(new Concept(EntityType.MIRNA, "miR-21-5p", "miR-21"), lex.lookup("hsa-miR-21-5p"));
        assertEquals(new Concept(EntityType.MIRNA, "miR-21-5p", "miR-21"), lex.lookup("miR-21-5p"));
        assertEquals(new Concept(EntityType.MIRNA, "miR-21", "miR-21"), lex.lookup("miR-21"));
        assertEquals("miR-17", lex.lookup("miR-20a").xref());
        assertEquals("let-7", lex.lookup("let-7b").xref());
        assertEquals("let-7", lex.lookup("hsa-let-7a-5p").xref());
        assertEquals(lex.lookup("hsa-miR-21-5p"), lex.lookup("mmu-miR-21-5p"));
        assertEquals(new Concept(EntityType.MIRNA, "miR-290-5p", "miR-290"), lex.lookup("mmu-miR-290-5p"));
        assertEquals(new Concept(EntityType.MIRNA, "miR-218-3p", "miR-218"), lex.lookup("hsa-miR-218-1-3p"));
        List<Entity> es = RealModels.entities("Exosomal miR-21-5p and microRNA-223 target PTEN; let-7b was lower.");
        List<String> got = new ArrayList<>();
        for (Entity e : es) if (e.type() == EntityType.MIRNA) got.add(e.canonical() + "|" + e.xref());
        assertTrue(got.containsAll(List.of("miR-21-5p|miR-21", "miR-223|miR-223", "let-7b|let-7")), got.toString());
    }
}
