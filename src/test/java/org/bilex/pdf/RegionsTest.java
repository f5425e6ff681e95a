package org.bilex.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The gutter finder of OCR (Regions): a recursive XY-cut on synthetic ink bitmaps. */
class RegionsTest {

    static final Regions.Params P = new Regions.Params(1.2f, 0.3f, 3f);
    /** Line height, leading and word gap of the synthetic text, in cells. */
    static final int LINE = 10;
    static final int PITCH = 14;

    /** Draws lines of "words" (ink rectangles) from x0 to x1, the word gaps moving from line to line. */
    static void text(boolean[][] ink, int x0, int x1, int y0, int lines, int seed) {
        for (int l = 0; l < lines; l++) {
            int y = y0 + l * PITCH;
            int x = x0;
            int k = seed + l;
            while (x < x1) {
                int word = 12 + (k * 7) % 23; // 12..34 cells
                int end = Math.min(x1, x + word);
                for (int yy = y; yy < y + LINE; yy++) for (int xx = x; xx < end; xx++) ink[yy][xx] = true;
                x = end + 3 + (k % 3); // word spaces of 3..5 cells (justified: up to half a line)
                k += 5;
            }
        }
    }

    static boolean[][] page(int w, int h) {
        return new boolean[h][w];
    }

    @Test
    void aTitleOverTwoColumnsGivesTitleThenLeftThenRight() {
        boolean[][] ink = page(400, 300);
        text(ink, 20, 380, 10, 2, 1); // title across the page
        text(ink, 20, 196, 50, 15, 2); // left column
        text(ink, 204, 380, 50, 15, 3); // right column, an 8-cell gutter (0.8 line)
        List<Regions.Box> r = Regions.find(ink, P);
        assertEquals(3, r.size(), r.toString());
        assertEquals(20, r.get(0).x0());
        assertTrue(r.get(0).x1() > 370, "the title spans both columns: " + r.get(0));
        assertEquals(10 + PITCH + LINE, r.get(0).y1());
        assertTrue(r.get(1).x1() <= 196 && r.get(1).x0() == 20, r.get(1).toString());
        assertTrue(r.get(2).x0() >= 204 && r.get(2).x1() == 380, r.get(2).toString());
        assertEquals(50, r.get(1).y0());
        assertEquals(50 + 14 * PITCH + LINE, r.get(2).y1());
    }

    @Test
    void anAbstractOnlyALeadingAboveTheColumnsIsCutOffAtTheRowGapThatLeavesTheColumns() {
        boolean[][] ink = page(400, 300);
        text(ink, 20, 380, 10, 4, 1); // abstract across the page, then the columns at the same pitch
        text(ink, 20, 196, 10 + 4 * PITCH, 12, 2);
        text(ink, 203, 380, 10 + 4 * PITCH, 12, 4);
        List<Regions.Box> r = Regions.find(ink, P);
        assertEquals(3, r.size(), r.toString());
        assertEquals(10 + 3 * PITCH + LINE, r.get(0).y1(), "the abstract ends with its own last line");
        assertEquals(10 + 4 * PITCH, r.get(1).y0());
        assertTrue(r.get(1).x1() <= 196 && r.get(2).x0() >= 203, r.toString());
    }

    @Test
    void aOneColumnPageIsOneRegionAndWordSpacesAreNoGutter() {
        boolean[][] ink = page(400, 300);
        text(ink, 20, 380, 10, 18, 1);
        List<Regions.Box> r = Regions.find(ink, P);
        assertEquals(1, r.size(), r.toString());
        assertEquals(10 + 17 * PITCH + LINE, r.get(0).y1());
    }

    @Test
    void aShortHeadingOverALineWithOneWideGapIsNoGutter() {
        boolean[][] ink = page(400, 100);
        text(ink, 20, 80, 10, 1, 1); // heading "3 Discussion", white to its right
        for (int y = 10 + PITCH; y < 10 + PITCH + LINE; y++) {
            for (int x = 20; x < 380; x++) ink[y][x] = x < 150 || x >= 158; // a wide gap after a full-width comma
        }
        List<Regions.Box> r = Regions.find(ink, P);
        assertEquals(1, r.size(), r.toString());
    }

    @Test
    void aShortRightColumnBesideALongOneIsAColumnAndAFigureBandEndsTheColumns() {
        boolean[][] ink = page(400, 400);
        text(ink, 20, 196, 10, 12, 2);
        text(ink, 204, 380, 10, 2, 3); // the article ends two lines into the right column
        for (int y = 230; y < 300; y++) for (int x = 60; x < 340; x++) ink[y][x] = true; // a full-width figure
        text(ink, 20, 380, 320, 3, 5); // its caption across the page
        List<Regions.Box> r = Regions.find(ink, P);
        assertEquals(4, r.size(), r.toString());
        assertTrue(r.get(0).x1() <= 196 && r.get(1).x0() >= 204, r.toString());
        assertEquals(new Regions.Box(60, 230, 340, 300), r.get(2));
        assertEquals(320, r.get(3).y0());
    }

    @Test
    void columnsWhoseLinesDoNotAlignAreStillCutAndABlankPageHasNoRegion() {
        boolean[][] ink = page(400, 300);
        text(ink, 20, 196, 10, 15, 2);
        text(ink, 204, 380, 17, 15, 3); // lines of the two columns half a pitch apart: no white row across the page
        List<Regions.Box> r = Regions.find(ink, P);
        assertEquals(2, r.size(), "two columns: " + r);
        assertTrue(r.get(0).x1() <= 196 && r.get(1).x0() >= 204, r.toString());
        assertTrue(Regions.find(new boolean[0][0], P).isEmpty());
        assertTrue(Regions.find(page(50, 50), P).isEmpty(), "no ink, no region");
    }

    @Test
    void aWhiteRowTheColumnsShareDoesNotCutThemInTwo() {
        // the right column ends above a heading of the left one: a white row runs across the page
        // there, but the columns go on: the left column, then the right one (not top-left,
        // top-right, bottom-left)
        boolean[][] ink = page(400, 400);
        text(ink, 20, 380, 10, 2, 1); // title across the page
        text(ink, 20, 196, 50, 10, 2); // left column, first part
        text(ink, 204, 380, 50, 10, 3); // right column, ends here
        text(ink, 20, 80, 50 + 10 * PITCH + 8, 1, 4); // a heading in the left column after a band-tall white row
        text(ink, 20, 196, 50 + 11 * PITCH + 8, 8, 5); // the left column goes on
        List<Regions.Box> split = Regions.find(ink, P);
        assertEquals(4, split.size(), "without band_join: title, the columns' upper halves, the left one's rest: " + split);
        assertTrue(split.get(2).x0() >= 204, "the right column before the rest of the left one: " + split);
        List<Regions.Box> r = Regions.find(ink, new Regions.Params(1.2f, 0.3f, 3f, 0f, 2.4f));
        assertEquals(4, r.size(), r.toString());
        assertTrue(r.get(0).x1() > 370, "the title first: " + r);
        assertTrue(r.get(1).x1() <= 196 && r.get(1).y0() == 50 && r.get(2).x1() <= 196 && r.get(2).y0() == 50 + 10 * PITCH + 8,
                "the whole left column (cut at its own white row): " + r);
        assertTrue(r.get(3).x0() >= 204 && r.get(3).y1() == 50 + 9 * PITCH + LINE, "then the right column: " + r);
        // a tall white gap (a figure too light to be ink) ends the columns even with band_join
        boolean[][] fig = page(400, 500);
        text(fig, 20, 196, 10, 10, 2);
        text(fig, 204, 380, 10, 10, 3);
        text(fig, 20, 196, 10 + 10 * PITCH + 60, 8, 4);
        text(fig, 204, 380, 10 + 10 * PITCH + 60, 8, 5);
        List<Regions.Box> f = Regions.find(fig, new Regions.Params(1.2f, 0.3f, 3f, 0f, 2.4f));
        assertEquals(4, f.size(), f.toString());
        assertTrue(f.get(1).x0() >= 204 && f.get(1).y0() == 10 && f.get(2).x0() == 20, "above the gap left, right, then below: " + f);
    }

    @Test
    void theColumnsOfATableAreNoTextColumnsWhenColumnMinIsSet() {
        boolean[][] ink = page(400, 200);
        for (int row = 0; row < 6; row++) {
            int y = 10 + row * PITCH;
            text(ink, 20, 70, y, 1, row); // a label cell, 5 line heights wide
            text(ink, 150, 170, y, 1, row + 1); // a number
            text(ink, 250, 280, y, 1, row + 2);
        }
        assertEquals(3, Regions.find(ink, P).size(), "without a column minimum the table is cut into its columns");
        List<Regions.Box> r = Regions.find(ink, new Regions.Params(1.2f, 0.3f, 3f, 8f, 0f));
        assertEquals(1, r.size(), "one region, read row by row: " + r);
        // text columns are far wider than 8 line heights: still cut
        boolean[][] cols = page(400, 300);
        text(cols, 20, 196, 10, 15, 2);
        text(cols, 204, 380, 10, 15, 3);
        assertEquals(2, Regions.find(cols, new Regions.Params(1.2f, 0.3f, 3f, 8f, 0f)).size());
    }

    /** The shipped cut (column_min 8, no band_join) with a short column's end told from a band: column_end 3 lines. */
    static final Regions.Params END = new Regions.Params(1.2f, 0.3f, 3f, 8f, 0f, 3f);

    @Test
    void aShortColumnsEndIsNoBandTheOtherColumnIsReadToItsEndFirst() {
        // the right column ends above a heading of the left one: a white row runs across the page
        // there, and below it the text keeps inside the left column, the right one empty
        boolean[][] ink = page(400, 400);
        text(ink, 20, 380, 10, 2, 1); // title across the page
        text(ink, 20, 196, 50, 10, 2); // left column, first part
        text(ink, 204, 380, 50, 10, 3); // right column, ends here
        int heading = 50 + 10 * PITCH + 8;
        text(ink, 20, 80, heading, 1, 4); // a heading in the left column after a band-tall white row
        text(ink, 20, 196, heading + PITCH, 8, 5); // the left column goes on
        List<Regions.Box> r = Regions.find(ink, END);
        assertEquals(4, r.size(), r.toString());
        assertTrue(r.get(0).x1() > 370, "the title first: " + r);
        assertTrue(r.get(1).x1() <= 196 && r.get(1).y0() == 50 && r.get(2).x1() <= 196 && r.get(2).y0() == heading,
                "the whole left column (cut at its own white row): " + r);
        assertTrue(r.get(3).x0() >= 204 && r.get(3).y1() == 50 + 9 * PITCH + LINE, "then the right column: " + r);
        // the same page with column_end 0: the band cut reads the right column before the left one's rest
        List<Regions.Box> off = Regions.find(ink, new Regions.Params(1.2f, 0.3f, 3f, 8f, 0f, 0f));
        assertTrue(off.get(2).x0() >= 204, off.toString());
        // two lines under the white row are fewer than column_end: a band as before
        boolean[][] two = page(400, 400);
        text(two, 20, 196, 10, 10, 2);
        text(two, 204, 380, 10, 6, 3);
        text(two, 20, 196, 10 + 10 * PITCH + 8, 2, 4);
        List<Regions.Box> t = Regions.find(two, END);
        assertEquals(3, t.size(), t.toString());
        assertTrue(t.get(1).x0() >= 204 && t.get(2).y0() == 10 + 10 * PITCH + 8, "left, right, then the two lines: " + t);
    }

    @Test
    void aBoxOrTableAcrossTheGutterBelowTheColumnsStaysABand() {
        // columns, a white row, a block across the page (a box, a table, a figure), the columns go on
        // below it: the block and what follows it are bands, though one column is empty beside it
        boolean[][] ink = page(400, 500);
        text(ink, 20, 196, 10, 10, 2);
        text(ink, 204, 380, 10, 6, 3); // the right column ends early above the box
        int box = 10 + 10 * PITCH + 8;
        text(ink, 30, 370, box, 4, 4); // boxed text across the gutter
        int below = box + 4 * PITCH + 8;
        text(ink, 20, 196, below, 8, 5); // the left column goes on below the box; the right one is empty
        List<Regions.Box> r = Regions.find(ink, END);
        assertEquals(4, r.size(), r.toString());
        assertTrue(r.get(0).x1() <= 196 && r.get(1).x0() >= 204, "the columns above the box: " + r);
        assertEquals(box, r.get(2).y0(), "the box: " + r);
        assertTrue(r.get(2).x0() == 30 && r.get(2).x1() == 370, "the box whole: " + r);
        assertEquals(below, r.get(3).y0(), "then the text below it: " + r);
        // a table whose cells leave the gutter white but lie in both columns: a band too
        boolean[][] tab = page(400, 500);
        text(tab, 20, 196, 10, 10, 2);
        text(tab, 204, 380, 10, 10, 3);
        int t0 = 10 + 10 * PITCH + 8;
        for (int row = 0; row < 5; row++) {
            text(tab, 20, 80, t0 + row * PITCH, 1, row); // a label cell
            text(tab, 150, 180, t0 + row * PITCH, 1, row + 1); // a number left of the gutter
            text(tab, 300, 330, t0 + row * PITCH, 1, row + 2); // a number right of it
        }
        int b0 = t0 + 5 * PITCH + 8;
        text(tab, 20, 196, b0, 6, 6);
        text(tab, 204, 380, b0, 6, 7);
        List<Regions.Box> s = Regions.find(tab, END);
        assertEquals(5, s.size(), s.toString());
        assertEquals(t0, s.get(2).y0(), "the table after both upper columns: " + s);
        assertTrue(s.get(2).x0() == 20 && s.get(2).x1() == 330, "the table whole, read row by row: " + s);
        assertTrue(s.get(3).y0() == b0 && s.get(3).x1() <= 196 && s.get(4).x0() >= 204, "then the lower columns: " + s);
    }

    /** A paragraph whose white strips line up by chance over three lines, then over three others. */
    static boolean[][] chanceStrips(boolean cjk) {
        boolean[][] ink = page(400, 140);
        int[] ends = {120, 380, 380, 380, 380, 380, 100}; // a heading, five full lines, a short last line
        for (int l = 0; l < ends.length; l++) {
            int y = 10 + l * PITCH;
            if (cjk) {
                // a justified CJK grid: ideographs 10 cells wide, 1 cell apart
                for (int x = 20; x + 10 <= ends[l]; x += 11) for (int yy = y; yy < y + LINE; yy++) for (int xx = x; xx < x + 10; xx++) ink[yy][xx] = true;
            } else {
                text(ink, 20, ends[l], y, 1, l);
            }
        }
        // the white half of a full-width comma (or a wide word space) at one x on lines 0-2, at another on 3-5;
        // letters around them and at the other place
        for (int l = 0; l < 6; l++) {
            int x0 = l < 3 ? 300 : 200;
            int other = l < 3 ? 200 : 300;
            for (int yy = 10 + l * PITCH; yy < 10 + l * PITCH + LINE; yy++) {
                for (int xx = x0 - 3; xx < x0 + 7; xx++) ink[yy][xx] = xx < x0 || xx >= x0 + 4;
                if (l > 0) for (int xx = other - 3; xx < other + 7; xx++) ink[yy][xx] = true;
            }
        }
        return ink;
    }

    @Test
    void whiteStripsThatLineUpOverThreeLinesOfAParagraphAreNoColumns() {
        Regions.Params span = new Regions.Params(1.2f, 0.3f, 3f, 0f, 0f, 0f, 5f);
        for (boolean cjk : new boolean[] {true, false}) {
            boolean[][] ink = chanceStrips(cjk);
            List<Regions.Box> r = Regions.find(ink, span);
            assertEquals(1, r.size(), (cjk ? "Chinese" : "English") + ": one paragraph, one region: " + r);
            // without the span_lines evidence the three lines below the strip are cut off as columns
            assertTrue(Regions.find(ink, P).size() > 1, (cjk ? "Chinese" : "English") + ": " + Regions.find(ink, P));
        }
        // an abstract over twelve lines of columns is still cut off from them
        boolean[][] ink = page(400, 300);
        text(ink, 20, 380, 10, 4, 1);
        text(ink, 20, 196, 10 + 4 * PITCH, 12, 2);
        text(ink, 203, 380, 10 + 4 * PITCH, 12, 4);
        assertEquals(3, Regions.find(ink, span).size(), Regions.find(ink, span).toString());
    }
}
