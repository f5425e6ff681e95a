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
 * Issue 11 (carries), guide MARKER_OF (a marker identifies a cell): a cell named by several markers written closed up
 * ("CD4+CD25+ T cells", "CD4+CD25+调节性T细胞") is marked by each of them, not only by the first (family marked,
 * name templates "X+*", "X-positive *", "X阳性*" of relation-triggers.tsv, RelationRules.nameFits). Sentences written for
 * these tests.
 */
class MarkerChainNameTest {

    private static final ExtractorFixture FX = new ExtractorFixture(List.of(
            row(EntityType.MARKER, "CD4", "CD4", "CD4"),
            row(EntityType.MARKER, "CD25", "IL2RA", "CD25"),
            row(EntityType.MARKER, "CD8", "CD8A", "CD8"),
            row(EntityType.MARKER, "CD45RO", "PTPRC", "CD45RO"),
            row(EntityType.CELL, "T cell", "CL:0000084", "T cells"),
            row(EntityType.CELL, "T cell", "CL:0000084", "T细胞"),
            row(EntityType.CELL, "regulatory T cell", "CL:0000815", "regulatory T cells"),
            row(EntityType.CELL, "regulatory T cell", "CL:0000815", "调节性T细胞"),
            // the lexicon names Tregs by their two markers, as the real one does
            row(EntityType.CELL, "regulatory T cell", "CL:0000815", "CD4+CD25+ regulatory T cells"),
            row(EntityType.CELL, "regulatory T cell", "CL:0000815", "CD4+CD25+调节性T细胞"),
            row(EntityType.PROCESS, "inflammation", "", "inflammation"),
            row(EntityType.PROCESS, "inflammation", "", "炎症")),
            Map.of());

    private static List<String> markers(List<String> relations) {
        return relations.stream().filter(r -> r.contains(" MARKER_OF ")).toList();
    }

    @Test
    void englishEachMarkerOfTheNameMarksTheCells() {
        List<String> got = markers(FX.windowed("CD4+CD25+ regulatory T cells suppress inflammation."));
        assertEquals(List.of("CD25 MARKER_OF regulatory T cell", "CD4 MARKER_OF regulatory T cell"), got);
        // one marker and the head after white space: one relation, as before
        assertEquals(1, markers(FX.windowed("CD8+ T cells infiltrated the lesion.")).size());
    }

    @Test
    void chineseEachMarkerOfTheNameMarksTheCells() {
        List<String> got = markers(FX.windowed("CD4+CD25+调节性T细胞可抑制炎症。"));
        assertEquals(List.of("CD25 MARKER_OF regulatory T cell", "CD4 MARKER_OF regulatory T cell"), got);
    }

    /** The templates' fits: one per marker closed up before the head, none for white space after the last. */
    @Test
    void aChainOfMarkersFitsOncePerMarker() {
        RelationRules rules = RelationRules.load(ExtractorFixture.RULES);
        List<RelationRules.NameFit> fits = rules.nameFits("CD4+CD45RO+ T cells").stream()
                .filter(f -> f.trigger().family().equals("marked") && f.trigger().lang().equals("en")
                        && f.trigger().form().equals("X+*")).toList();
        assertEquals(2, fits.size(), fits.toString());
        assertEquals(List.of(0, 3), List.of(fits.get(0).start(), fits.get(0).end()));
        assertEquals(List.of(4, 10), List.of(fits.get(1).start(), fits.get(1).end()));
        List<RelationRules.NameFit> spaced = rules.nameFits("CD4+ CD25 T cells").stream()
                .filter(f -> f.trigger().family().equals("marked") && f.trigger().lang().equals("en")
                        && f.trigger().form().equals("X+*")).toList();
        assertEquals(1, spaced.size(), spaced.toString());
        // "X-positive *": the same chain with the word
        assertEquals(2, rules.nameFits("CD4-positive CD8-positive T cells").stream()
                .filter(f -> f.trigger().form().equals("X-positive *")).count());
        assertFalse(rules.nameFits("CD4-positive T cells").stream()
                .filter(f -> f.trigger().form().equals("X-positive *")).count() > 1);
    }
}
