package org.bilex.text;

import org.bilex.core.Citation;
import org.bilex.core.MatchFolder;
import org.bilex.core.MappedText;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class MatchFolderTest {

    @Test
    void foldsFullWidthFormsLigaturesAndSpaces() {
        MappedText m = MatchFolder.fold("间充质干细胞（mesenchymal stem cells，MSCs）ﬁbroblasts\u00A0and\u2009IL\u20106", List.of());
        assertEquals("间充质干细胞(mesenchymal stem cells,MSCs)fibroblasts and IL-6", m.text());
        // every char maps back: the expanded ligature maps to its one source char
        int fi = m.text().indexOf("fi");
        assertEquals(m.sourceStart(fi), m.sourceStart(fi + 1));
        assertEquals("ﬁ", "间充质干细胞（mesenchymal stem cells，MSCs）ﬁbroblasts".substring(m.sourceStart(fi), m.sourceEnd(fi + 2)));
    }

    @Test
    void takesCitationMarksOutAndMapsBack() {
        String text = "MSCs的主要作用机制[1]，特别是IL-17[41],MSCs-exo有望";
        List<Citation> cits = CitationFinder.find(text, new java.util.BitSet());
        MappedText m = MatchFolder.fold(text, cits);
        assertEquals("MSCs的主要作用机制,特别是IL-17,MSCs-exo有望", m.text());
        int i = m.text().indexOf("MSCs-exo");
        assertEquals("MSCs-exo", text.substring(m.sourceStart(i), m.sourceEnd(i + 8)));
    }

    @Test
    void dropsSpacesNextToChineseButKeepsEnglishWordSpaces() {
        MappedText m = MatchFolder.fold("人类iPSCs 的外泌体 and  the  cells", List.of());
        assertEquals("人类iPSCs的外泌体and the cells", m.text());
    }

    @Test
    void keepsWordsApartWhereACitationStoodBetweenThem() {
        String text = "cells[12]and";
        MappedText m = MatchFolder.fold(text, CitationFinder.find(text, new java.util.BitSet()));
        assertEquals("cells and", m.text());
    }

    @Test
    void sliceRebasesOntoTheSpan() {
        String text = "前一句。MSCs（骨髓）来源。";
        MappedText m = MatchFolder.fold(text, List.of());
        MappedText s = m.slice(4, text.length());
        assertEquals("MSCs(骨髓)来源。", s.text());
        assertEquals(0, s.sourceStart(0));
        assertEquals(text.length() - 4, s.sourceEnd(s.length()));
    }

    @Test
    void foldsKangxiRadicalsSoThatChineseTermsMatch() {
        MappedText m = MatchFolder.fold("\u2F8E管\u2F63成与eﬀect", List.of());
        assertEquals("血管生成与effect", m.text());
        assertEquals("血管生成", MatchFolder.foldString("\u2F8E管\u2F63成"));
        assertEquals(0, m.sourceStart(0));
        int e = m.text().indexOf("effect");
        assertEquals(6, m.sourceStart(e + 1)); // ﬀ expands to two chars of its one source char
        assertEquals(6, m.sourceStart(e + 2));
        assertEquals(7, m.sourceStart(e + 3));
    }
}
