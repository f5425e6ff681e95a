package org.bilex.extract;

import static org.bilex.extract.ExtractorFixture.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.bilex.core.EntityType;
import org.junit.jupiter.api.Test;

/**
 * Issue 11 (relen4), English dependency patterns (relation-patterns-en.tsv, relation-triggers.tsv): a cell named as
 * the source or producer of a molecule carries it (guide CARRIES); an agent effective against, for or in a disease,
 * or approved for or against it, treats it (guide TREATS, a disease object only); and a nominal trigger whose
 * by-phrase the parser hangs on the verb after the of-object still has its agent (nominal-of-by-misattached).
 * Chinese sentences have no parse and no such rows (来源, 有效 are not triggers of the window rules): English only.
 * Sentences written for these tests.
 */
class EnglishSourceAndEffectiveTest {

    private static final ExtractorFixture FX = new ExtractorFixture(List.of(
            row(EntityType.CELL, "Th17 cell", "CL:0000899", "Th17 cells"),
            row(EntityType.CELL, "mast cell", "CL:0000097", "mast cells"),
            row(EntityType.CELL, "regulatory T cell", "CL:0000815", "regulatory T cells"),
            row(EntityType.CYTOKINE, "IL-17A", "IL17A", "IL-17A"),
            row(EntityType.CYTOKINE, "IL-10", "IL10", "IL-10"),
            row(EntityType.CHEMICAL, "histamine", "CHEBI:18295", "histamine"),
            row(EntityType.CHEMICAL, "methotrexate", "CHEBI:44185", "methotrexate"),
            row(EntityType.CHEMICAL, "ipilimumab", "", "ipilimumab"),
            row(EntityType.CHEMICAL, "vitamin D", "", "vitamin D"),
            row(EntityType.TISSUE, "skin", "UBERON:0002097", "skin"),
            row(EntityType.DISEASE, "psoriasis", "DOID:8893", "psoriasis"),
            row(EntityType.DISEASE, "melanoma", "DOID:1909", "melanoma"),
            row(EntityType.PROCESS, "inflammation", "", "inflammation"),
            row(EntityType.PROCESS, "immune tolerance", "", "immune tolerance")),
            Map.of());

    @Test
    void aCellNamedAsTheSourceOfAMoleculeCarriesIt() {
        assertEquals(List.of("Th17 cell CARRIES IL-17A"), FX.parsed("Th17 cells are the main source of IL-17A."));
        assertEquals(List.of("mast cell CARRIES histamine"), FX.parsed("Mast cells serve as a major source of histamine."));
        assertEquals(List.of("mast cell CARRIES histamine"), FX.parsed("Mast cells are major producers of histamine."));
    }

    /** Only a cell or vesicle and a molecule make the pair: a tissue named as a source states nothing. */
    @Test
    void aSourceThatIsNoCellCarriesNothing() {
        assertEquals(List.of(), FX.parsed("The skin is a source of vitamin D."));
    }

    @Test
    void anAgentEffectiveAgainstADiseaseTreatsIt() {
        assertEquals(List.of("methotrexate TREATS psoriasis"), FX.parsed("Methotrexate is effective against psoriasis."));
        assertEquals(List.of("methotrexate TREATS psoriasis"), FX.parsed("Methotrexate was effective in psoriasis."));
        assertEquals(List.of("methotrexate TREATS psoriasis"), FX.parsed("Methotrexate is effective in patients with psoriasis."));
    }

    /** Effective in reducing a process is no treatment of it: the gerund's own verb reads it (adjective-gerund). */
    @Test
    void effectiveInReducingAProcessInhibitsIt() {
        assertEquals(List.of("methotrexate INHIBITS inflammation"), FX.parsed("Methotrexate is effective in reducing inflammation."));
    }

    @Test
    void aDrugApprovedAgainstADiseaseTreatsIt() {
        assertEquals(List.of("ipilimumab TREATS melanoma"), FX.parsed("Ipilimumab has been approved by the FDA against advanced-stage melanoma."));
        assertEquals(List.of("ipilimumab TREATS melanoma"), FX.parsed("Ipilimumab is approved for melanoma."));
    }

    /** "through the production of IL-10 by regulatory T cells": the by-phrase hung on the verb is still the nominal's agent. */
    @Test
    void aMisattachedByPhraseIsTheNominalsAgent() {
        List<String> got = FX.parsed("Immune tolerance is maintained through the production of IL-10 by regulatory T cells in the skin.");
        assertTrue(got.contains("regulatory T cell CARRIES IL-10"), got.toString());
    }
}
