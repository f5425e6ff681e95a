package org.bilex.extract;

import org.bilex.testing.RealModels;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * AbbreviationFinder.spelledSense: a Chinese long form whose known name is only the tail of the name
 * the text writes (肾小管上皮细胞间充质转分化(EMT): the lexicon knows 转分化, transdifferentiation)
 * does not decide the short form: the short form names the concept of the same type that it spells
 * (EMT: epithelial-mesenchymal transition), so that EMT and EMT过程 are one EMT, while the tail keeps
 * its own sense (转分化, 干细胞 alone). A long form whose concept spells the short
 * form keeps it, and a short form the stop list refuses (AD) changes nothing. English long forms are
 * chosen by their letters already: the same sentences in English give the same concept.
 */
class AbbreviationSpelledSenseTest {

    /** "TYPE canonical [forms]" for every entity of the text, one sentence per string. */
    static List<String> entities(String... texts) {
        List<String> out = new ArrayList<>();
        for (Entity e : RealModels.entities(texts)) out.add(e.type() + " " + e.canonical() + " " + e.forms());
        return out;
    }

    private static String named(List<String> es, String canonical) {
        for (String e : es) if (e.startsWith("PROCESS " + canonical + " [")) return e;
        return null;
    }

    @Test
    void theShortFormSaysWhichProcessATailNameMeans() {
        List<String> es = entities("研究表明，肾小管上皮细胞间充质转分化(EMT)在肾间质纤维化过程中起关键作用。",
                "抑制p38MAPK后EMT过程减弱。");
        // one EMT, named by its short form and the compound built on it
        String emt = named(es, "epithelial-mesenchymal transition");
        assertTrue(emt != null && emt.contains("EMT") && emt.contains("EMT过程"), es.toString());
        // the tail keeps its own sense: 转分化 alone is no definition of EMT
        String trans = named(es, "transdifferentiation");
        assertTrue(trans != null && trans.contains("转分化") && !trans.contains("EMT"), es.toString());
        es = entities("Tubular epithelial cells undergo epithelial-mesenchymal transition (EMT) in renal fibrosis.",
                "Inhibiting p38 MAPK weakened the EMT process.");
        emt = named(es, "epithelial-mesenchymal transition");
        assertTrue(emt != null && emt.contains("EMT"), es.toString());
        assertEquals(null, named(es, "transdifferentiation"), es.toString());
    }

    @Test
    void aCellNamedByItsSourceIsTheCellItsShortFormSpells() {
        // 干细胞 is the tail of 脂肪组织来源的干细胞: ADSCs are adipose-derived stem cells, 干细胞 alone stem cells
        List<String> es = entities("脂肪组织来源的干细胞(ADSCs)可分化为多种细胞，干细胞治疗前景广阔，ADSCs分泌VEGF。");
        assertTrue(es.stream().anyMatch(e -> e.startsWith("CELL adipose-derived mesenchymal stem cell [") && e.contains("ADSCs")
                && !e.contains("干细胞")), es.toString());
        assertTrue(es.stream().anyMatch(e -> e.startsWith("CELL stem cell [") && !e.contains("ADSCs")), es.toString());
        es = entities("Adipose tissue-derived stem cells (ADSCs) differentiate into many cells, and ADSCs secrete VEGF.");
        assertTrue(es.stream().anyMatch(e -> e.startsWith("CELL adipose-derived mesenchymal stem cell [") && e.contains("ADSCs")),
                es.toString());
    }

    @Test
    void aLongFormThatSpellsItsShortFormKeepsItsConcept() {
        List<String> es = entities("特应性皮炎(AD)是常见的炎症性皮肤病，脂多糖(LPS)可加重AD。");
        assertTrue(es.stream().anyMatch(e -> e.startsWith("DISEASE atopic dermatitis [") && e.contains("AD")), es.toString());
        assertTrue(es.stream().anyMatch(e -> e.startsWith("CHEMICAL lipopolysaccharide [") && e.contains("LPS")), es.toString());
        es = entities("Atopic dermatitis (AD) is a common inflammatory skin disease, and lipopolysaccharide (LPS) worsens AD.");
        assertTrue(es.stream().anyMatch(e -> e.startsWith("DISEASE atopic dermatitis [") && e.contains("AD")), es.toString());
        assertTrue(es.stream().anyMatch(e -> e.startsWith("CHEMICAL lipopolysaccharide [") && e.contains("LPS")), es.toString());
    }

    @Test
    void aShortFormOfAnotherTypeChangesNothing() {
        // 转分化 stays transdifferentiation where its short form names no process the lexicon has
        List<String> es = entities("成纤维细胞转分化(FMT)后分泌大量胶原。");
        assertTrue(es.stream().noneMatch(e -> e.startsWith("PROCESS epithelial-mesenchymal transition")), es.toString());
    }
}
