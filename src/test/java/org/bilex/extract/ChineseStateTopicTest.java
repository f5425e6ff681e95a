package org.bilex.extract;

import static org.bilex.extract.ExtractorFixture.row;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.bilex.core.EntityType;
import org.junit.jupiter.api.Test;

/**
 * Issue 11 (relzh): a Chinese list whose own rise is written after it with no agent ("S100A9表达上调，") stays the topic
 * of a later clause that has no subject of its own ("…，并通过激活RAGE促进肿瘤进展": S100A9 ACTIVATES RAGE, PROMOTES the
 * progression); after its fall the later clause is the loss's doing and states nothing of the list, and a later change
 * word with its object before it takes no such topic. English counterpart: "S100A9 was upregulated and activated RAGE".
 * Sentences written for these tests.
 */
class ChineseStateTopicTest {

    private static final ExtractorFixture FX = new ExtractorFixture(List.of(
            row(EntityType.PROCESS, "inflammation", "", "炎症"),
            row(EntityType.PROCESS, "apoptosis", "", "凋亡"),
            row(EntityType.PROTEIN, "S100A9", "S100A9", "S100A9"),
            row(EntityType.PROTEIN, "RAGE", "AGER", "RAGE"),
            row(EntityType.PROTEIN, "STAT3", "STAT3", "STAT3"),
            row(EntityType.CYTOKINE, "IL-6", "IL6", "IL-6"),
            row(EntityType.CYTOKINE, "TNF-α", "TNF", "TNF-α")),
            Map.of());

    private static List<String> relations(String... sentences) {
        return FX.windowed(sentences);
    }

    /** "X表达上调，并激活Y": the list whose expression rose acts in the clause after. */
    @Test
    void aRisenListActsInTheNextClause() {
        assertEquals(List.of("S100A9 ACTIVATES RAGE"), relations("S100A9表达上调，并激活RAGE。"));
        assertEquals(List.of("IL-6 ACTIVATES STAT3", "IL-6 PROMOTES inflammation"), relations("IL-6水平升高，并通过激活STAT3促进炎症。"));
    }

    /** "X表达降低，从而抑制Y": what follows a fall is the loss's doing: nothing of X. */
    @Test
    void aFallenListIsNoTopic() {
        assertEquals(List.of(), relations("IL-6表达降低，从而抑制STAT3的激活。"));
    }

    /** "X水平升高，Y降低": two changes side by side; the risen list is no agent of the other change. */
    @Test
    void aRisenListIsNoAgentOfTheNextChange() {
        assertEquals(List.of(), relations("IL-6水平升高，TNF-α降低。"));
    }

    /** The English counterpart, read by the whole relation stage. */
    @Test
    void englishARisenSubjectActs() {
        assertEquals(List.of("S100A9 ACTIVATES RAGE"), FX.parsed("S100A9 was upregulated and activated RAGE."));
    }
}
