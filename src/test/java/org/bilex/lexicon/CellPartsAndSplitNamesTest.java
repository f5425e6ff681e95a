package org.bilex.lexicon;

import org.bilex.lexicon.build.BuildProbe;
import org.junit.jupiter.api.Test;

import static org.bilex.testing.RealModels.all;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * MeSH's cellular structures (A11.284: organelles, membranes, junctions) are no CELL (mesh-trees.tsv),
 * and a vocabulary name split inside its brackets ("19)" of Cellosaurus's HB(11;19)) is no form
 * (LexiconBuilder.balanced). Sentences written for this test, in both languages.
 */
class CellPartsAndSplitNamesTest {

    @Test
    void aNameMustPairItsBrackets() {
        assertFalse(BuildProbe.balanced("19)"));
        assertFalse(BuildProbe.balanced("HB(11"));
        assertTrue(BuildProbe.balanced("HB(11;19)"));
        assertTrue(BuildProbe.balanced("NAD(P)H oxidase"));
    }

    @Test
    void cellPartsAreNoCells() {
        String r = all("Tight junctions, mitochondria and the endoplasmic reticulum of keratinocytes were damaged.");
        assertFalse(r.contains("CELL:tight junctions"), r);
        assertFalse(r.contains("CELL:mitochondria"), r);
        assertFalse(r.contains("CELL:endoplasmic reticulum"), r);
        // the cell type itself is still a CELL
        assertTrue(r.contains("CELL:keratinocyte=[keratinocytes]"), r);
    }

    @Test
    void aSplitHalfIsNoCellLine() {
        String r = all("Patients with IgA nephropathy (n = 19) and controls (n = 14) were enrolled.");
        assertFalse(r.contains("CELL"), r);
        String zh = all("纳入IgA肾病患者（n = 19）和对照（n = 14）。");
        assertFalse(zh.contains("CELL"), zh);
    }
}
