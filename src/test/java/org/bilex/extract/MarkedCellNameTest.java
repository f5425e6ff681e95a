package org.bilex.extract;

import static org.bilex.extract.ExtractorFixture.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.bilex.core.EntityType;
import org.junit.jupiter.api.Test;

/**
 * Issue 11 (relen4), guide MARKER_OF (a marker identifies a cell): a cell named by the marker it is positive for
 * ("CD4+ T cells", "CD163+巨噬细胞", "CXCR4阳性细胞") is marked by that marker (relation-triggers.tsv, family marked,
 * name templates "X+*", "X阳性*"; relation-predicates.tsv reverses it: the marker MARKER_OF the cell). Sentences
 * written for these tests.
 */
class MarkedCellNameTest {

    private static final ExtractorFixture FX = new ExtractorFixture(List.of(
            row(EntityType.MARKER, "CD4", "CD4", "CD4"),
            row(EntityType.MARKER, "CD163", "CD163", "CD163"),
            row(EntityType.PROTEIN, "CXCR4", "CXCR4", "CXCR4"),
            row(EntityType.PROTEIN, "SDF-1", "CXCL12", "SDF-1"),
            row(EntityType.CELL, "T cell", "CL:0000084", "T cells"),
            row(EntityType.CELL, "T cell", "CL:0000084", "T细胞"),
            row(EntityType.CELL, "macrophage", "CL:0000235", "macrophages"),
            row(EntityType.CELL, "macrophage", "CL:0000235", "巨噬细胞"),
            row(EntityType.CELL, "Th17 cell", "CL:0000899", "Th17 CD4+ T cells"),
            row(EntityType.PROCESS, "inflammation", "", "inflammation"),
            row(EntityType.PROCESS, "inflammation", "", "炎症")),
            Map.of());

    @Test
    void englishACellNamedByItsMarkerIsMarkedByIt() {
        List<String> got = FX.windowed("CD4+ T cells and CD163+ macrophages infiltrated the lesion.");
        assertTrue(got.contains("CD4 MARKER_OF CD4+ T cell"), got.toString());
        assertTrue(got.contains("CD163 MARKER_OF CD163+ macrophage"), got.toString());
    }

    @Test
    void chineseACellNamedByItsMarkerIsMarkedByIt() {
        List<String> got = FX.windowed("病灶中CD163+巨噬细胞和CD4+T细胞浸润增加。");
        assertTrue(got.contains("CD163 MARKER_OF CD163+ macrophage"), got.toString());
        assertTrue(got.contains("CD4 MARKER_OF CD4+ T cell"), got.toString());
    }

    /** A protein marker named alone elsewhere in the document marks the cells named by it, in both languages. */
    @Test
    void aProteinMarkerNamedInTheDocumentMarksItsCells() {
        assertTrue(FX.windowed("SDF-1与CXCR4结合。", "移植后CXCR4阳性细胞明显增多。").contains("CXCR4 MARKER_OF CXCR4+ cell"));
        assertTrue(FX.windowed("SDF-1 binds CXCR4.", "CXCR4+ cells accumulated in the graft.").contains("CXCR4 MARKER_OF CXCR4+ cell"));
    }

    /** A marker that is not the start of the cell's name ("Th17 CD4+ T cells": Th17 cells) marks nothing. */
    @Test
    void aMarkerInsideTheNameMarksNothing() {
        List<String> got = FX.windowed("Th17 CD4+ T cells promote inflammation.");
        assertTrue(got.stream().noneMatch(r -> r.contains("MARKER_OF")), got.toString());
    }

    /** The cell alone, with no marker in its name, is marked by nothing. */
    @Test
    void aCellWithoutAMarkerIsMarkedByNothing() {
        assertEquals(List.of(), FX.windowed("CD4 is a coreceptor.", "T cells infiltrated the lesion."));
    }

    /** The template fits a name that goes on after the literal following X, and X stops before white space. */
    @Test
    void aStarTemplateFitsTheRestOfTheName() {
        RelationRules rules = RelationRules.load(ExtractorFixture.RULES);
        List<RelationRules.NameFit> fits = rules.nameFits("CD36 + endothelial cells").stream()
                .filter(f -> f.trigger().family().equals("marked") && f.trigger().lang().equals("en")).toList();
        assertEquals(1, fits.size(), fits.toString());
        assertEquals(0, fits.get(0).start());
        assertEquals(4, fits.get(0).end());
        assertTrue(rules.nameFits("CD4+").stream().noneMatch(f -> f.trigger().family().equals("marked")), "no rest after +");
    }
}
