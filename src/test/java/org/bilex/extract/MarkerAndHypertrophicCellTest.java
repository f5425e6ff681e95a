package org.bilex.extract;

import org.bilex.core.EntityType;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.bilex.testing.RealModels.entity;
import static org.bilex.testing.RealModels.has;
import static org.bilex.testing.RealModels.hasNo;
import static org.bilex.testing.RealModels.mentions;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * On the real models, both languages: a cell named by a protein marker with the bare head cell (compose.tsv
 * zh-marker-cells, en-marker-cells, now for PROTEIN markers as for CD antigens), and a cell kind grown large as a
 * cell of its own (zh-hypertrophic-cell, en-hypertrophic-cell), apart from the mast cell (肥大细胞).
 */
class MarkerAndHypertrophicCellTest {

    @Test
    void chineseCellsNamedByAProteinMarker() {
        List<String> m = mentions("术后角膜中CXCR4+细胞和CXCR4阳性细胞明显增多。");
        has(m, EntityType.CELL, "CXCR4+细胞");
        has(m, EntityType.CELL, "CXCR4阳性细胞");
        assertEquals("CXCR4+ cell", entity("术后角膜中CXCR4+细胞增多。", "CXCR4+细胞").canonical());
        // the protein named alone stays the protein
        has(mentions("SDF-1与CXCR4结合。"), EntityType.PROTEIN, "CXCR4");
    }

    @Test
    void englishCellsNamedByAProteinMarker() {
        List<String> m = mentions("CXCR4+ cells accumulated in the graft.");
        has(m, EntityType.CELL, "CXCR4+ cells");
        hasNo(m, "CXCR4");
        assertEquals("CXCR4+ cell", entity("CXCR4+ cells accumulated in the graft.", "CXCR4+ cells").canonical());
    }

    @Test
    void chineseHypertrophicCellIsACellOfItsOwn() {
        List<String> m = mentions("肥大软骨细胞和肥大的软骨细胞分泌X型胶原，而肥大细胞释放组胺。");
        has(m, EntityType.CELL, "肥大软骨细胞");
        has(m, EntityType.CELL, "肥大的软骨细胞");
        has(m, EntityType.CELL, "肥大细胞");
        assertEquals("hypertrophic chondrocyte", entity("肥大软骨细胞分泌X型胶原。", "肥大软骨细胞").canonical());
        assertEquals("mast cell", entity("肥大细胞释放组胺。", "肥大细胞").canonical());
    }

    @Test
    void englishHypertrophicCellIsACellOfItsOwn() {
        List<String> m = mentions("Hypertrophic adipocytes and hypertrophied cardiomyocytes secrete IL-6.");
        has(m, EntityType.CELL, "Hypertrophic adipocytes");
        has(m, EntityType.CELL, "hypertrophied cardiomyocytes");
        hasNo(m, "adipocytes");
        assertEquals("hypertrophic adipocyte", entity("Hypertrophic adipocytes secrete IL-6.", "Hypertrophic adipocytes").canonical());
    }
}
