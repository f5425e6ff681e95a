package org.bilex.extract;

import static org.bilex.extract.ExtractorFixture.row;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.bilex.core.EntityType;
import org.junit.jupiter.api.Test;

/**
 * Issue 11 (relenA), English recall of PROMOTES: "Y results from X", "Y arising from X", "Y stems from X" (family
 * causedby of relation-triggers.tsv, read only by the dependency patterns with the object's preposition; relation-
 * predicates.tsv turns it round): X PROMOTES the process or disease Y. A present participle after its noun reads the
 * same way (pattern acl-prep-gerund: "inflammation leading to fibrosis"). The Chinese counterpart "Y由X引起" is read by
 * the Chinese rules already and asserted here; "Y源于X" has no Chinese reading yet. Sentences written for these tests.
 */
class ReverseCauseTest {

    private static final ExtractorFixture FX = new ExtractorFixture(List.of(
            row(EntityType.PROTEIN, "Bcl-2", "BCL2", "Bcl-2"),
            row(EntityType.CELL, "macrophage", "", "macrophages"),
            row(EntityType.CELL, "monocyte", "", "monocytes"),
            row(EntityType.PROCESS, "fibrosis", "", "fibrosis"),
            row(EntityType.PROCESS, "fibrosis", "", "纤维化"),
            row(EntityType.PROCESS, "chronic inflammation", "", "chronic inflammation"),
            row(EntityType.PROCESS, "chronic inflammation", "", "慢性炎症"),
            row(EntityType.PROCESS, "oxidative stress", "", "oxidative stress"),
            row(EntityType.PROCESS, "apoptosis", "", "apoptosis"),
            row(EntityType.PROCESS, "immune response", "", "immune response"),
            row(EntityType.DISEASE, "adverse event", "", "adverse events"),
            row(EntityType.DISEASE, "tissue injury", "", "tissue injury")),
            Map.of());

    /** "Y results from X", "Y arising from X": X drives the process or disease Y. */
    @Test
    void whatAThingResultsFromDrivesIt() {
        assertEquals(List.of("chronic inflammation PROMOTES fibrosis"), FX.parsed("Fibrosis often results from chronic inflammation."));
        assertEquals(List.of("immune response PROMOTES adverse event"),
                FX.parsed("It has been shown that these adverse events result from an overactive immune response."));
        assertEquals(List.of("oxidative stress PROMOTES tissue injury"),
                FX.parsed("Tissue injury arising from oxidative stress was reduced by the treatment."));
        assertEquals(List.of("chronic inflammation PROMOTES fibrosis"), FX.windowed("纤维化由慢性炎症引起。"));
    }

    /** A present participle after its noun with the preposition of its trigger: "X leading to Y". */
    @Test
    void aParticipleAfterItsNounReadsItsPreposition() {
        assertEquals(List.of("chronic inflammation PROMOTES fibrosis"), FX.parsed("Chronic inflammation leading to fibrosis was observed."));
    }

    /** What a cell arises from, or a loss a thing results from, states no PROMOTES. */
    @Test
    void aCellOrALossResultsInNothing() {
        assertEquals(List.of(), FX.parsed("In the tissue, macrophages arise from monocytes."));
        assertEquals(List.of(), FX.parsed("In these cells, apoptosis results from the loss of Bcl-2."));
    }
}
