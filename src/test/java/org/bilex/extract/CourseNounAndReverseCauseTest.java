package org.bilex.extract;

import static org.bilex.extract.ExtractorFixture.row;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.bilex.core.EntityType;
import org.junit.jupiter.api.Test;

/**
 * Issue 11 (relenA), English recall of PROMOTES / INHIBITS / ACTIVATES over the dependency patterns:
 * <ul>
 * <li>a course noun (relation-cues.tsv course: "the progression of", "the development of", "the onset of") stands for
 *     the disease or process it governs, in every pattern ("IL-6, which accelerates the progression of atherosclerosis");
 *     the Chinese rules read "促进动脉粥样硬化的进展" already, with the course composed into a process;</li>
 * <li>"Y results from X", "Y arising from X" (family causedby, relation-predicates.tsv turns it round): X PROMOTES Y; the
 *     Chinese counterpart "Y由X引起" is read already, "Y源于X" is not (no Chinese row of the family yet);</li>
 * <li>agent nouns of a family (inducer, stimulator, suppressor) after a copula or "as": "X is a potent inducer of Y".
 *     No Chinese reading yet ("X是Y的诱导剂" gives nothing), so English only.</li>
 * </ul>
 * Sentences written for these tests.
 */
class CourseNounAndReverseCauseTest {

    private static final ExtractorFixture FX = new ExtractorFixture(List.of(
            row(EntityType.CYTOKINE, "IL-6", "IL6", "IL-6"),
            row(EntityType.CYTOKINE, "IL-7", "IL7", "IL-7"),
            row(EntityType.GROWTH_FACTOR, "VEGF", "VEGFA", "VEGF"),
            row(EntityType.PROTEIN, "p53", "TP53", "p53"),
            row(EntityType.PROTEIN, "Bcl-2", "BCL2", "Bcl-2"),
            row(EntityType.CHEMICAL, "curcumin", "", "curcumin"),
            row(EntityType.CHEMICAL, "curcumin", "", "姜黄素"),
            row(EntityType.CELL, "T cell", "", "T cells"),
            row(EntityType.CELL, "macrophage", "", "macrophages"),
            row(EntityType.CELL, "monocyte", "", "monocytes"),
            row(EntityType.PROCESS, "fibrosis", "", "fibrosis"),
            row(EntityType.PROCESS, "fibrosis", "", "纤维化"),
            row(EntityType.PROCESS, "chronic inflammation", "", "chronic inflammation"),
            row(EntityType.PROCESS, "chronic inflammation", "", "慢性炎症"),
            row(EntityType.PROCESS, "oxidative stress", "", "oxidative stress"),
            row(EntityType.PROCESS, "apoptosis", "", "apoptosis"),
            row(EntityType.PROCESS, "autophagy", "", "autophagy"),
            row(EntityType.PROCESS, "angiogenesis", "", "angiogenesis"),
            row(EntityType.DISEASE, "atherosclerosis", "", "atherosclerosis"),
            row(EntityType.DISEASE, "atherosclerosis", "", "动脉粥样硬化"),
            row(EntityType.DISEASE, "colitis", "", "colitis"),
            row(EntityType.DISEASE, "tissue injury", "", "tissue injury")),
            Map.of());

    private static List<String> en(String... sentences) {
        return FX.parsed(sentences);
    }

    private static List<String> zh(String... sentences) {
        return FX.windowed(sentences);
    }

    /** A course noun in a parsed shape stands for the disease or process after its "of". */
    @Test
    void aCourseNounStandsForTheDiseaseItGoverns() {
        assertEquals(List.of("chronic inflammation PROMOTES fibrosis"),
                en("Chronic inflammation drives the progression of fibrosis."));
        assertEquals(List.of("IL-6 PROMOTES atherosclerosis"),
                en("IL-6, which accelerates the progression of atherosclerosis, was elevated in these patients."));
        assertEquals(List.of("curcumin TREATS colitis"),
                en("Curcumin, which inhibits the development of colitis, was safe in mice."));
        // the Chinese rules compose "动脉粥样硬化的进展" into a process of its own, which IL-6 promotes
        assertEquals(List.of("IL-6 PROMOTES atherosclerosis progression"), zh("IL-6促进动脉粥样硬化的进展。"));
    }

    /** The course of a cell is no process of the guide: nothing is stated of the cells. */
    @Test
    void theCourseOfACellStatesNothing() {
        assertEquals(List.of(), en("IL-7 promotes the development of T cells."));
    }

    /** "Y results from X", "Y arising from X": X drives the process or disease Y. */
    @Test
    void whatAThingResultsFromDrivesIt() {
        assertEquals(List.of("chronic inflammation PROMOTES fibrosis"),
                en("Fibrosis often results from chronic inflammation."));
        assertEquals(List.of("oxidative stress PROMOTES tissue injury"),
                en("Tissue injury arising from oxidative stress was reduced by the treatment."));
        assertEquals(List.of("chronic inflammation PROMOTES fibrosis"), zh("纤维化由慢性炎症引起。"));
    }

    /** What a cell arises from, or a loss a thing results from, states no PROMOTES. */
    @Test
    void aCellOrALossResultsInNothing() {
        assertEquals(List.of(), en("In the tissue, macrophages arise from monocytes."));
        assertEquals(List.of(), en("In these cells, apoptosis results from the loss of Bcl-2."));
    }

    /** "X is a potent inducer of Y", "X acts as a stimulator of Y", "X is a suppressor of Y". */
    @Test
    void anAgentNounAfterACopulaOrAsActsOnItsObject() {
        assertEquals(List.of("IL-6 PROMOTES apoptosis"), en("IL-6 is a potent inducer of apoptosis."));
        assertEquals(List.of("IL-6 PROMOTES autophagy"), en("IL-6 acts as an inducer of autophagy."));
        assertEquals(List.of("VEGF PROMOTES angiogenesis"), en("VEGF is a potent stimulator of angiogenesis."));
        assertEquals(List.of("p53 INHIBITS angiogenesis"), en("p53 is a suppressor of angiogenesis."));
    }
}
