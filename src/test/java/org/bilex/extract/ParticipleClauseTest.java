package org.bilex.extract;

import static org.bilex.extract.ExtractorFixture.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.bilex.core.EntityType;
import org.junit.jupiter.api.Test;

/**
 * Issue 11 (relen4): a clause that goes on with a participle after a comma ("X binds Y, thereby suppressing Z", "X acts
 * on cells, inducing the production of Z", "X activates Y, leading to Z") has the main clause's subject (English patterns
 * participle-clause, participle-clause-prep); the Chinese clause with a dropped subject ("X与Y结合，从而抑制Z") is read so by
 * the window rules. Sentences written for these tests.
 */
class ParticipleClauseTest {

    private static final ExtractorFixture FX = new ExtractorFixture(List.of(
            row(EntityType.CHEMICAL, "curcumin", "CHEBI:3962", "curcumin"),
            row(EntityType.CHEMICAL, "curcumin", "CHEBI:3962", "姜黄素"),
            row(EntityType.PROTEIN, "NF-κB", "", "NF-κB"),
            row(EntityType.PROTEIN, "STAT3", "STAT3", "STAT3"),
            row(EntityType.CYTOKINE, "IL-6", "IL6", "IL-6"),
            row(EntityType.CYTOKINE, "IL-17A", "IL17A", "IL-17A"),
            row(EntityType.CYTOKINE, "CXCL1", "CXCL1", "CXCL1"),
            row(EntityType.CELL, "keratinocyte", "CL:0000312", "keratinocytes"),
            row(EntityType.CELL, "keratinocyte", "CL:0000312", "角质形成细胞"),
            row(EntityType.PROCESS, "inflammation", "", "inflammation"),
            row(EntityType.PROCESS, "inflammation", "", "炎症"),
            row(EntityType.PROCESS, "fibrosis", "", "fibrosis"),
            row(EntityType.PROCESS, "fibrosis", "", "纤维化")),
            Map.of());

    @Test
    void englishAParticipleAfterTheClauseHasItsSubject() {
        assertEquals(List.of("curcumin INHIBITS inflammation"), FX.parsed("Curcumin binds to NF-κB, thereby suppressing inflammation."));
        assertEquals(List.of("IL-17A UPREGULATES CXCL1"), FX.parsed("IL-17A acts on keratinocytes, inducing the production of CXCL1."));
    }

    /** A participle whose preposition makes the trigger ("leading to"): the main clause's subject drives what it leads to. */
    @Test
    void englishLeadingToAfterTheClause() {
        List<String> got = FX.parsed("IL-6 activates STAT3, leading to fibrosis.");
        assertTrue(got.contains("IL-6 PROMOTES fibrosis"), got.toString());
        assertTrue(got.contains("IL-6 ACTIVATES STAT3"), got.toString());
    }

    /** A participle with a subject of its own is no continuation of the main clause ("..., with IL-6 inducing Z"). */
    @Test
    void englishAParticipleWithItsOwnSubjectKeepsIt() {
        List<String> got = FX.parsed("Curcumin binds to NF-κB, with IL-6 inducing fibrosis.");
        assertTrue(got.stream().noneMatch(r -> r.startsWith("curcumin")), got.toString());
    }

    @Test
    void chineseAClauseWithADroppedSubjectHasTheFirstClausesSubject() {
        assertEquals(List.of("curcumin INHIBITS inflammation"), FX.windowed("姜黄素与NF-κB结合，从而抑制炎症。"));
        assertTrue(FX.windowed("IL-6激活STAT3，进而导致纤维化。").contains("IL-6 PROMOTES fibrosis"));
    }
}
