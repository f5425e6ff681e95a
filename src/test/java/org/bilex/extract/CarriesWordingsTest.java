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
 * Issue 11 (carries), CARRIES (annotation guide: a vesicle or cell carries, secretes or transfers a molecule) in two
 * more English wordings read by the dependency patterns: a second object joined by "along with" / "together with"
 * (patterns along-with-carry*), and a cell that expresses a cytokine or growth factor, or a vesicle that expresses a
 * protein or miRNA (family express of relation-triggers.tsv and relation-predicates.tsv). Chinese lists need no
 * pattern (the list words join them: checked here); Chinese 表达 is no trigger of the express family (as a window verb
 * it took the ends of other relations), so a Chinese "cells express X" states nothing: checked here too. Sentences
 * written for these tests.
 */
class CarriesWordingsTest {

    private static final ExtractorFixture FX = new ExtractorFixture(List.of(
            row(EntityType.CELL, "macrophage", "CL:0000235", "macrophages"),
            row(EntityType.CELL, "macrophage", "CL:0000235", "Macrophages"),
            row(EntityType.CELL, "macrophage", "CL:0000235", "巨噬细胞"),
            row(EntityType.CELL, "Th17 cell", "CL:0000899", "Th17 cells"),
            row(EntityType.CELL, "Th17 cell", "CL:0000899", "Th17细胞"),
            row(EntityType.CELL, "neutrophil", "CL:0000775", "neutrophils"),
            row(EntityType.CELL, "keratinocyte", "CL:0000312", "Keratinocytes"),
            row(EntityType.CELL, "keratinocyte", "CL:0000312", "keratinocytes"),
            row(EntityType.VESICLE, "exosome", "", "Exosomes"),
            row(EntityType.VESICLE, "exosome", "", "exosomes"),
            row(EntityType.VESICLE, "exosome", "", "外泌体"),
            row(EntityType.CYTOKINE, "IL-6", "IL6", "IL-6"),
            row(EntityType.CYTOKINE, "TNF-α", "TNF", "TNF-α"),
            row(EntityType.CYTOKINE, "IL-1β", "IL1B", "IL-1β"),
            row(EntityType.CYTOKINE, "IL-8", "CXCL8", "IL-8"),
            row(EntityType.CYTOKINE, "IL-17", "", "IL-17"),
            row(EntityType.CYTOKINE, "IL-22", "IL22", "IL-22"),
            row(EntityType.CYTOKINE, "IL-36", "", "IL-36"),
            row(EntityType.GROWTH_FACTOR, "VEGF-C", "VEGFC", "VEGF-C"),
            row(EntityType.PROTEIN, "PD-L1", "CD274", "PD-L1"),
            row(EntityType.PROTEIN, "TLR4", "TLR4", "TLR4"),
            row(EntityType.MARKER, "CD63", "CD63", "CD63"),
            row(EntityType.CHEMICAL, "lipopolysaccharide", "CHEBI:16412", "LPS"),
            row(EntityType.PROCESS, "inflammation", "", "Inflammation"),
            row(EntityType.PROCESS, "inflammation", "", "inflammation")),
            Map.of());

    private static List<String> parsed(String... sentences) {
        return FX.parsed(sentences);
    }

    /** "X produces A along with B": B is made by X too; in Chinese the list words give the same. */
    @Test
    void alongWithIsOneMoreObject() {
        assertEquals(List.of("macrophage CARRIES IL-1β", "macrophage CARRIES IL-6", "macrophage CARRIES TNF-α"),
                parsed("Macrophages secrete IL-6 along with TNF-α and IL-1β."));
        assertEquals(List.of("Th17 cell CARRIES IL-17", "Th17 cell CARRIES IL-22"),
                parsed("Th17 cells produce IL-17 together with IL-22."));
        // in a relative clause on the cells
        List<String> rel = parsed("We found neutrophils that release IL-8 along with TNF-α in the lesions.");
        assertTrue(rel.contains("neutrophil CARRIES IL-8"), rel.toString());
        assertTrue(rel.contains("neutrophil CARRIES TNF-α"), rel.toString());
        assertEquals(List.of("macrophage CARRIES IL-6", "macrophage CARRIES TNF-α"), parsed("巨噬细胞分泌IL-6以及TNF-α。"));
        // "with" alone is no coordination: what the cells are treated with is no second molecule
        assertFalse(parsed("Macrophages secrete IL-6 with LPS.").contains("macrophage CARRIES lipopolysaccharide"));
    }

    /** A cell that expresses a cytokine or growth factor makes it; a vesicle that expresses a protein carries it. */
    @Test
    void expressingASecretedMoleculeIsCarrying() {
        assertEquals(List.of("keratinocyte CARRIES IL-36"), parsed("Keratinocytes express IL-36."));
        assertEquals(List.of("macrophage CARRIES VEGF-C"), parsed("In the tumour, macrophages expressed VEGF-C."));
        assertEquals(List.of("exosome CARRIES PD-L1"), parsed("Exosomes expressed PD-L1."));
        // a receptor a cell expresses is no cargo; a marker on a vesicle is left to the MARKER_OF wordings
        assertEquals(List.of(), parsed("Keratinocytes express TLR4."));
        assertEquals(List.of(), parsed("Exosomes express CD63."));
        // a process expresses nothing
        assertEquals(List.of(), parsed("Inflammation expressed IL-6."));
        // Chinese 表达 is no trigger of the family
        assertEquals(List.of(), parsed("巨噬细胞表达VEGF-C。"));
    }
}
