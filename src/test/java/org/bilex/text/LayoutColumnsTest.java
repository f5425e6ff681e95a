package org.bilex.text;

import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Columns that never merge, on the typeset layouts of src/test/resources/layouts: a full-width title
 * and abstract above two justified columns with a narrow gutter (4 pt Chinese, 6 pt English) that end
 * half way down the page. Before the white-strip gutters ({@code pdf/WhiteStrips}) the lines of both
 * columns were read as one (CER about 0.5). And three justified columns (5 pt gutters Chinese, 6 pt
 * English) under a full-width abstract, the third column short: before the gutter search stopped at
 * the previous column ({@code Layout.whiteStrip}) the third column's start took the first gutter, or
 * the white beside the short column, for its own. Ragged-right columns with a 4 pt gutter, whose
 * left lines end inside the white the column starts leave ({@code Layout.splitAtGutters}), and two
 * columns cut by a full-width figure without text ({@code Layout.whiteBands}).
 */
class LayoutColumnsTest {

    private static String readBack(CleanDocument d) {
        StringBuilder sb = new StringBuilder();
        for (Paragraph p : d.paragraphs()) sb.append(p.text()).append('\n');
        return sb.toString();
    }

    private static void columnsReadInOrder(String name) throws Exception {
        CleanDocument d = LayoutRolesTest.clean(name);
        List<String> truth = Files.readAllLines(LayoutRolesTest.LAYOUTS.resolve(name + ".txt"));
        double cer = Cer.rate(String.join("\n", truth), readBack(d));
        assertTrue(cer < 0.01, name + " CER " + cer);
        // every column paragraph is one paragraph of its own, whole, in order
        List<Paragraph> ps = d.paragraphs();
        assertEquals(truth.size(), ps.size(), readBack(d));
        for (int i = 2; i < truth.size(); i++) {
            assertEquals(Role.BODY, ps.get(i).role(), ps.get(i).text());
            assertEquals(Cer.normalise(truth.get(i)), Cer.normalise(ps.get(i).text()));
        }
        assertEquals(Role.ABSTRACT, ps.get(1).role());
    }

    @Test
    void chineseColumnsWithAFourPointGutterDoNotMerge() throws Exception {
        columnsReadInOrder("gutter-zh");
    }

    @Test
    void englishColumnsWithASixPointGutterDoNotMerge() throws Exception {
        columnsReadInOrder("gutter-en");
    }

    @Test
    void chineseThreeColumnsWithAShortLastColumnReadInOrder() throws Exception {
        columnsReadInOrder("threecol-zh");
    }

    @Test
    void englishThreeColumnsWithAShortLastColumnReadInOrder() throws Exception {
        columnsReadInOrder("threecol-en");
    }

    @Test
    void chineseRaggedColumnsWithAFourPointGutterDoNotMerge() throws Exception {
        columnsReadInOrder("ragged-zh");
    }

    @Test
    void englishRaggedColumnsWithAFourPointGutterDoNotMerge() throws Exception {
        columnsReadInOrder("ragged-en"); // lines of the left column end inside the white strip found
    }

    /** Columns above a full-width figure (no text layer) are read before its caption and the columns below. */
    private static void figureCutsTheColumns(String name) throws Exception {
        CleanDocument d = LayoutRolesTest.clean(name);
        List<String> truth = Files.readAllLines(LayoutRolesTest.LAYOUTS.resolve(name + ".txt"));
        double cer = Cer.rate(String.join("\n", truth), readBack(d));
        assertTrue(cer < 0.01, name + " CER " + cer + "\n" + readBack(d));
        List<Paragraph> ps = d.paragraphs();
        assertEquals(truth.size(), ps.size(), readBack(d));
        assertEquals(Role.CAPTION, ps.get(4).role(), ps.get(4).text());
        for (int i = 1; i < truth.size(); i++) assertEquals(Cer.normalise(truth.get(i)), Cer.normalise(ps.get(i).text()));
    }

    @Test
    void chineseColumnsAreCutByAFullWidthFigure() throws Exception {
        figureCutsTheColumns("figure-zh");
    }

    @Test
    void englishColumnsAreCutByAFullWidthFigure() throws Exception {
        figureCutsTheColumns("figure-en");
    }
}
