package org.bilex.extract;

import static org.bilex.extract.ExtractorFixture.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.bilex.core.EntityType;
import org.junit.jupiter.api.Test;

/**
 * Issue 11 (relenB), English dependency patterns characterized-production* (relation-patterns-en.tsv): cells
 * characterized by the production, secretion or release of a molecule carry it (guide CARRIES: a cell secretes
 * a molecule), as a passive clause, a participle after the noun, or a participle clause after the main clause
 * whose subject it shares. The noun is a level word (relation-cues.tsv), so the whole list joined to its
 * complement is carried. Only a cell or vesicle and a molecule make the pair (relation-predicates.tsv carry): a
 * disease characterized by a cytokine states nothing, and "characterized by the expression of" is no secretion.
 * Chinese sentences have no parse and no window rule reads 以…为特征: English only. Sentences written for these tests.
 */
class CharacterizedProductionTest {

    private static final ExtractorFixture FX = new ExtractorFixture(List.of(
            row(EntityType.CELL, "Th17 cell", "CL:0000899", "Th17 cells"),
            row(EntityType.CELL, "Th2 cell", "CL:0000546", "Th2 cells"),
            row(EntityType.CELL, "mast cell", "CL:0000097", "mast cells"),
            row(EntityType.CYTOKINE, "IL-17A", "IL17A", "IL-17A"),
            row(EntityType.CYTOKINE, "IL-22", "IL22", "IL-22"),
            row(EntityType.CYTOKINE, "IL-4", "IL4", "IL-4"),
            row(EntityType.CYTOKINE, "IL-13", "IL13", "IL-13"),
            row(EntityType.CHEMICAL, "histamine", "CHEBI:18295", "histamine"),
            row(EntityType.DISEASE, "psoriasis", "DOID:8893", "psoriasis")),
            Map.of());

    @Test
    void cellsCharacterizedByTheProductionOfAMoleculeCarryIt() {
        assertEquals(List.of("Th17 cell CARRIES IL-17A", "Th17 cell CARRIES IL-22"),
                FX.parsed("Th17 cells are characterized by the production of IL-17A and IL-22."));
        assertEquals(List.of("mast cell CARRIES histamine"), FX.parsed("Mast cells are characterised by the release of histamine."));
    }

    @Test
    void aParticipleAfterTheCellsReadsTheSame() {
        List<String> got = FX.parsed("Th2 cells, characterized by the secretion of IL-4 and IL-13, accumulate in the lesions.");
        assertEquals(List.of("Th2 cell CARRIES IL-13", "Th2 cell CARRIES IL-4"), got);
    }

    /** A participle clause after the main clause has the main clause's subject, not the noun right before it. */
    @Test
    void aParticipleClauseAfterTheMainClauseHasItsSubject() {
        List<String> got = FX.parsed("Th17 cells show a secretion pattern different from that of Th2 cells, characterized by the production of IL-17A and IL-22.");
        assertTrue(got.contains("Th17 cell CARRIES IL-17A"), got.toString());
        assertTrue(got.contains("Th17 cell CARRIES IL-22"), got.toString());
        assertFalse(got.contains("Th2 cell CARRIES IL-17A"), got.toString());
    }

    @Test
    void aDiseaseCharacterizedByACytokineCarriesNothing() {
        assertEquals(List.of(), FX.parsed("Psoriasis is characterized by the production of IL-17A."));
    }

    @Test
    void expressionIsNoSecretion() {
        assertEquals(List.of(), FX.parsed("Th2 cells are characterized by the expression of IL-4."));
    }
}
