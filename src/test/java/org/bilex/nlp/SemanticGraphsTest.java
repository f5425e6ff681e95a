package org.bilex.nlp;

import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.semgrex.SemgrexMatcher;
import edu.stanford.nlp.semgraph.semgrex.SemgrexPattern;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SemanticGraphsTest {

    // "IL-6 activates STAT3": offsets in the match text
    private static DependencyGraph active() {
        return new DependencyGraph(List.of(
                new DependencyGraph.Word(1, 0, 4, "IL-6", "il-6", "NN", 2, "nsubj"),
                new DependencyGraph.Word(2, 5, 14, "activates", "activate", "VBZ", 0, "root"),
                new DependencyGraph.Word(3, 15, 20, "STAT3", "stat3", "NN", 2, "obj")));
    }

    @Test
    void semgrexMatchesTheConvertedGraphWithLemmaAndOffsets() {
        SemanticGraph sg = SemanticGraphs.of(active());
        SemgrexMatcher m = SemgrexPattern.compile("{lemma:activate}=trigger >nsubj {}=subj >obj {}=obj").matcher(sg);
        assertTrue(m.find());
        assertEquals("IL-6", m.getNode("subj").word());
        assertEquals(15, m.getNode("obj").beginPosition());
        assertEquals(20, m.getNode("obj").endPosition());
        assertEquals("activates", m.getNode("trigger").word());
        assertFalse(SemgrexPattern.compile("{}=t >/nsubj:pass/ {}=o").matcher(sg).find());
    }

    @Test
    void chineseWordsAndCtbTagsMatchToo() {
        // 外泌体 抑制 炎症 : exosomes inhibit inflammation
        SemanticGraph sg = SemanticGraphs.of(new DependencyGraph(List.of(
                new DependencyGraph.Word(1, 0, 3, "外泌体", "外泌体", "NN", 2, "nsubj"),
                new DependencyGraph.Word(2, 3, 5, "抑制", "抑制", "VV", 0, "root"),
                new DependencyGraph.Word(3, 5, 7, "炎症", "炎症", "NN", 2, "obj"))));
        SemgrexMatcher m = SemgrexPattern.compile("{word:抑制;tag:VV}=trigger >obj {}=obj").matcher(sg);
        assertTrue(m.find());
        assertEquals("炎症", m.getNode("obj").word());
    }

    @Test
    void aGraphWithABadHeadIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new DependencyGraph(List.of(
                new DependencyGraph.Word(1, 0, 1, "a", "a", "DT", 1, "root"))));
    }
}
