package org.bilex.extract;

import static org.bilex.extract.ExtractorFixture.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import org.bilex.core.EntityType;
import org.junit.jupiter.api.Test;

/**
 * Issue 11 (zhprec, fresh ChinaXiv audit: 6 of 9 fresh papers, 17 of 33 wrong relations took their subject from an
 * earlier clause): a Chinese clause that states a list's own rise or fall with no agent ("IL-6的表达较模型组显著下降，")
 * is one result of a series; the clauses after it take no subject from it nor from the clauses before it (the agent of
 * the series, a drug the lexicon does not know, is unnamed). A change whose clause names its agent, an adverb of a next
 * step (继而, 随之), and a rise right before a verb with its object after it keep their readings. English counterpart:
 * "IL-6 levels fell and STAT3 expression was downregulated" states no relation either. Sentences written for these tests.
 */
class ChineseResultSeriesTest {

    private static final ExtractorFixture FX = new ExtractorFixture(List.of(
            row(EntityType.PROCESS, "inflammation", "", "炎症"),
            row(EntityType.PROTEIN, "S100A9", "S100A9", "S100A9"),
            row(EntityType.PROTEIN, "RAGE", "AGER", "RAGE"),
            row(EntityType.PROTEIN, "STAT3", "STAT3", "STAT3"),
            row(EntityType.PROTEIN, "NF-κB", "", "NF-κB"),
            row(EntityType.PROTEIN, "collagen", "", "胶原"),
            row(EntityType.CYTOKINE, "IL-6", "IL6", "IL-6"),
            row(EntityType.CYTOKINE, "TNF-α", "TNF", "TNF-α"),
            row(EntityType.CHEMICAL, "lipopolysaccharide", "CHEBI:16412", "LPS"),
            row(EntityType.CHEMICAL, "curcumin", "CHEBI:3962", "姜黄素"),
            row(EntityType.CELL, "macrophage", "CL:0000235", "巨噬细胞")),
            Map.of());

    private static List<String> relations(String... sentences) {
        return FX.windowed(sentences);
    }

    /** "A较模型组显著下降，…，B的表达明显下调": a result with no agent is no agent of the next result. */
    @Test
    void aFallenResultIsNoAgentOfTheNextChange() {
        // two mentions of the list before its fall: the first one was taken as the topic of the next change
        assertEquals(List.of(), relations("结果各组胶原总量及各型胶原较模型组显著下降，STAT3、IL-6的表达明显下调。"));
        assertEquals(List.of(), relations("结果胶原总量及各型胶原较模型组显著下降，心功能明显改善，IL-6、TNF-α的表达明显下调。"));
        assertEquals(List.of(), relations("IL-6总量及IL-6的分泌较对照组明显减少，STAT3的表达显著下调。"));
    }

    /** "A表达上调，B表达下调，同时增强了C的活性": two results side by side; the verb after them has an unnamed agent. */
    @Test
    void aSeriesOfResultsHidesTheTopicBeforeIt() {
        assertEquals(List.of(), relations("处理后S100A9表达上调，IL-6表达下调，同时增强了STAT3的活性。"));
    }

    /** A result whose clause names its agent goes on with it: "LPS能促使IL-6增加，TNF-α水平升高". */
    @Test
    void aCausedChangeKeepsItsAgentForTheNextClause() {
        List<String> r = relations("LPS能促使IL-6增加，TNF-α水平升高。");
        assertTrue(r.contains("lipopolysaccharide UPREGULATES IL-6"), r.toString());
        assertTrue(r.contains("lipopolysaccharide UPREGULATES TNF-α"), r.toString());
    }

    /** An adverb of a next step goes on from the agent of the changes before: "使其表达上调，继而促进了炎症". */
    @Test
    void aChainAdverbGoesOnPastTheResult() {
        List<String> r = relations("NF-κB作用于S100A9使其表达上调，继而促进了炎症。");
        assertTrue(r.contains("NF-κB UPREGULATES S100A9"), r.toString());
        assertTrue(r.contains("NF-κB PROMOTES inflammation"), r.toString());
        List<String> s = relations("NF-κB作用于S100A9使其表达上调，IL-6水平随之升高。");
        assertTrue(s.contains("NF-κB UPREGULATES IL-6"), s.toString());
    }

    /** A single rise before a verb with its object after it stays the topic (ChineseStateTopicTest). */
    @Test
    void aRisenListBeforeAVerbStillActs() {
        assertEquals(List.of("S100A9 ACTIVATES RAGE"), relations("S100A9表达上调，并激活RAGE。"));
    }

    /** The English counterpart: two results side by side state no relation. */
    @Test
    void englishResultsSideBySideStateNothing() {
        assertEquals(List.of(), FX.parsed("IL-6 levels fell and STAT3 expression was downregulated."));
    }
}
