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
}
