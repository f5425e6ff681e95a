package org.bilex.lexicon;

import org.junit.jupiter.api.Test;

import static org.bilex.testing.RealModels.all;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A bracket that lists symbols ("(IL-6, TNF-α, IL-1β)") defines nothing (AbbreviationFinder):
 * before, "IL-6, TNF-α" was read as the long form of IL-1β and both names were lost to it, since
 * α counts as a lower-case letter. A "(long form, ABBR)" bracket still defines. Sentences written
 * for this test, in both languages.
 */
class SymbolListBracketTest {

    @Test
    void aListOfSymbolsInBracketsIsEachSymbol() {
        String r = all("Fucoidan reduced proinflammatory cytokines (IL-6, TNF-α, IL-1β) in the colon.");
        assertTrue(r.contains("CYTOKINE:IL-6=[IL-6]"), r);
        assertTrue(r.contains("CYTOKINE:TNF-α=[TNF-α]"), r);
        assertTrue(r.contains("CYTOKINE:IL-1β=[IL-1β]"), r);
        String two = all("Growth factors (VEGF, TGF-β and bFGF) were released.");
        assertTrue(two.contains("CYTOKINE:TGF-β=[TGF-β]"), two);
        assertTrue(two.contains("GROWTH_FACTOR:VEGF=[VEGF]"), two);
    }

    @Test
    void aLongFormAndItsAbbreviationStillDefine() {
        String r = all("Serum levels (tumour necrosis factor-alpha, TNF-α) rose.");
        assertTrue(r.contains("CYTOKINE:TNF-α=[tumour necrosis factor-alpha, TNF-α]"), r);
    }

    @Test
    void inChineseText() {
        String r = all("岩藻多糖降低促炎因子（IL-6, TNF-α, IL-1β）的水平。");
        assertTrue(r.contains("CYTOKINE:IL-6=[IL-6]"), r);
        assertTrue(r.contains("CYTOKINE:TNF-α=[TNF-α]"), r);
        assertTrue(r.contains("CYTOKINE:IL-1β=[IL-1β]"), r);
    }

    @Test
    void aSubscriptBracketGluedToANameDefinesNothing() {
        // PubMed writes subtypes and subscripts in brackets: 5-HT(2C), CaCl(2)
        // (the subtype and its receptor word are the receptor: entities.tsv, serotonin-receptor)
        String r = all("Serotonin 5-HT(2C) receptors and CaCl(2) were studied.");
        assertTrue(r.contains("CHEMICAL:serotonin=[Serotonin]"), r);
        assertTrue(r.contains("PROTEIN:HTR2C=[5-HT(2C) receptors]"), r);
        assertFalse(r.contains("[2C") || r.contains(", 2C"), r);
        String zh = all("血清素5-HT(1A)受体被激活。");
        assertTrue(zh.contains("=[5-HT(1A)受体]"), zh);
        assertFalse(zh.contains("[1A") || zh.contains(", 1A"), zh);
        // a bracket after a space still defines, and so does one glued to a Chinese name
        String d = all("Matrix metalloproteinase 9 (MMP9) rose, and 间充质干细胞(MSCs)增多。");
        assertTrue(d.contains("PROTEIN:MMP-9=[Matrix metalloproteinase 9, MMP9]"), d);
        assertTrue(d.contains("CELL:mesenchymal stem cell=[间充质干细胞, MSCs]"), d);
    }
}
