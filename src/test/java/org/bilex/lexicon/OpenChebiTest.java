package org.bilex.lexicon;

import org.junit.jupiter.api.Test;

import static org.bilex.testing.RealModels.all;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The open part of ChEBI (source chebi-open, models/build/README.md): chemicals no allow-list
 * foresaw (natural products, polysaccharides, research compounds, sugars) are found by name, while
 * ChEBI's roles, classes, charged species and groups stay out (exclude.tsv, source chebi-open), and
 * a name DrugBank, MeSH or the allow-list has stays theirs. Sentences written for these tests, in
 * both languages.
 */
class OpenChebiTest {

    @Test
    void chemicalsNoAllowListForesawAreFound() {
        String r = all("Fucoidan from brown seaweed and the eIF2α phosphatase inhibitor salubrinal were given to mice, "
                + "and mangiferin lowered the levels of N-acetylgalactosamine in the serum.");
        assertTrue(r.contains("CHEMICAL:fucoidan=[Fucoidan]"), r);
        assertTrue(r.contains("CHEMICAL:salubrinal=[salubrinal]"), r);
        assertTrue(r.contains("CHEMICAL:mangiferin=[mangiferin]"), r);
        assertTrue(r.contains("=[N-acetylgalactosamine]"), r);
    }

    @Test
    void inChineseTextToo() {
        String r = all("岩藻多糖（fucoidan）可减轻结肠炎；给予 salubrinal 后，芒果苷（mangiferin）的作用增强。");
        assertTrue(r.contains("CHEMICAL:fucoidan=[岩藻多糖, fucoidan]"), r);
        assertTrue(r.contains("CHEMICAL:salubrinal=[salubrinal]"), r);
        assertTrue(r.contains("CHEMICAL:mangiferin=[芒果苷, mangiferin]"), r);
    }

    @Test
    void chineseHeadwordsLinkToOpenEntriesThroughTheirGloss() {
        // CC-CEDICT glosses 花青素 "anthocyanidin" and 三聚氰胺 "melamine", names of open ChEBI entries
        String r = all("花青素可减轻三聚氰胺引起的肾损伤。");
        assertTrue(r.contains("CHEMICAL:anthocyanidin=[花青素]"), r);
        assertTrue(r.contains("CHEMICAL:melamine=[三聚氰胺]"), r);
        // a headword whose gloss is a particle, a group or a class word gets no chemical (triton 瘰螈 is a newt)
        String z = all("乙酰基团、大分子和瘰螈均未检测到。");
        assertFalse(z.contains("CHEMICAL"), z);
        String e = all("Anthocyanidin reduced the renal injury caused by melamine.");
        assertTrue(e.contains("CHEMICAL:anthocyanidin=[Anthocyanidin]"), e);
        assertTrue(e.contains("CHEMICAL:melamine=[melamine]"), e);
    }

    @Test
    void rolesClassesAndGenericWordsAreNoChemicals() {
        String r = all("Nanoparticles carrying a peptide epitope served as a biomarker; the antioxidant capacity, a "
                + "chromophore and a metalloprotein were measured, and a polar solvent and a fluorescent probe were used.");
        assertFalse(r.contains("CHEMICAL:nanoparticle"), r);
        assertFalse(r.contains("CHEMICAL:peptide"), r);
        assertFalse(r.contains("CHEMICAL:epitope"), r);
        assertFalse(r.contains("CHEMICAL:biomarker"), r);
        assertFalse(r.contains("CHEMICAL:chromophore"), r);
        assertFalse(r.contains("CHEMICAL:metalloprotein"), r);
        assertFalse(r.contains("CHEMICAL:polar solvent"), r);
        assertFalse(r.contains("CHEMICAL:fluorescent probe"), r);
        // roles named by one adjective or agent noun, and proteins ChEBI lists
        String q = all("The drug had an anxiogenic and an antiemetic effect, acted as a mitogen and an immunomodulator, "
                + "and was metabolised by cytochrome P450.");
        assertFalse(q.contains("CHEMICAL"), q);
        String w = all("退烧药（antipyretic）和催泪剂（lachrymator）均未使用。");
        assertFalse(w.contains("CHEMICAL"), w);
        String z = all("纳米颗粒（nanoparticles）携带的肽表位（epitope）可作为生物标志物（biomarker）。");
        assertFalse(z.contains("CHEMICAL:nanoparticle"), z);
        assertFalse(z.contains("CHEMICAL:epitope"), z);
        assertFalse(z.contains("CHEMICAL:biomarker"), z);
    }

    @Test
    void aNameAnEarlierVocabularyHasStaysItsConcept() {
        // all-trans-retinoate is ChEBI's name of the anion and a synonym of the allow-list's retinoic acid
        String r = all("All-trans-retinoate and dextran sulfate sodium were added.");
        assertTrue(r.contains("CHEMICAL:all-trans-retinoic acid"), r);
        assertTrue(r.contains("CHEMICAL:dextran sulfate"), r);
    }
}
