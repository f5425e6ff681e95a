package org.bilex.text;

import org.bilex.core.Citation;
import org.junit.jupiter.api.Test;

import java.util.BitSet;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CitationFinderTest {

    @Test
    void bracketedMarksWithRangesAndLists() {
        List<Citation> c = CitationFinder.find("功能性极化[6-7]。研究[1,4]表明[12]，and [3–5] or 【20】", new BitSet());
        assertEquals(5, c.size());
        assertEquals(List.of(6, 7), c.get(0).refs());
        assertEquals(List.of(1, 4), c.get(1).refs());
        assertEquals(List.of(12), c.get(2).refs());
        assertEquals(List.of(3, 4, 5), c.get(3).refs());
        assertEquals(List.of(20), c.get(4).refs());
    }

    @Test
    void superscriptNumbersAfterWordsAreCitationsButExponentsAreNot() {
        String text = "inflammation1,2 and 106 cells";
        BitSet sup = new BitSet();
        sup.set(12, 15); // "1,2"
        sup.set(22, 23); // the 6 of 10^6
        List<Citation> c = CitationFinder.find(text, sup);
        assertEquals(1, c.size());
        assertEquals(List.of(1, 2), c.get(0).refs());
        assertEquals(12, c.get(0).start());
    }

    @Test
    void nonsenseIsNotACitation() {
        assertTrue(CitationFinder.find("a [b] c [0] d [5-2]", new BitSet()).isEmpty());
    }
}
