package org.bilex.pdf;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The text regions of a page image, for OCR one region at a time: a recursive XY-cut on the ink of
 * the binarised image. A region is cut
 *
 * <ol>
 *   <li>into horizontal <b>bands</b> at rows that are white across it for at least {@code bandGap}
 *   line heights (a title above the columns, a full-width figure between them);</li>
 *   <li>else into <b>columns</b> at column gutters: strips at least {@code gutterMin} line heights wide
 *   that are white from the top of the region to its bottom, with lines of text on both sides, at
 *   least two on each and {@code gutterLines} on one (word spaces, even the wide ones of justified
 *   lines or after a full-width comma, do not line up over several lines; a gutter does);</li>
 *   <li>else, when its upper or lower part has such a gutter but the whole has not (an abstract
 *   spanning the columns with only a line's leading between it and them), at the white row gap that
 *   leaves the tallest part with a gutter.</li>
 * </ol>
 *
 * Each part is cut again until nothing cuts; the regions come in reading order (bands top to bottom,
 * columns left to right). The line height is the median height of the ink rows of narrow vertical
 * slices of the page (each slice sees the lines of one column, whether or not the columns' lines
 * align). The work is on a grid of cells of about a point ({@code cell} pixels square, a cell is ink
 * when any of its pixels is darker than mid grey), with prefix sums so that every "is this strip
 * white" question costs one subtraction.
 */
final class Regions {

    /**
     * How a region is cut; all in line heights. {@code columnMin}: a box is cut at none of its
     * gutters when one of the parts they leave is narrower than this (the columns of a table, read
     * row by row as one region); 0: no minimum. {@code bandJoin}: two neighbouring bands whose white
     * gap is at most this tall are one when together they have a gutter (a white row the columns
     * happen to share, not the end of the columns); 0: never. {@code columnEnd}: a white row across a
     * band of columns is a column's end, not a band gap, when the text below it, for at least this
     * many lines, stays inside the band's columns and leaves at least one of them empty (the short
     * column ended there, the others go on: they are read to their end first); a block that runs
     * across a gutter below it (a box, a table, a figure spanning the columns) is a band as before;
     * 0: never. {@code spanLines}: a box with no white band and no gutter is cut at a row gap into a
     * block and columns (an abstract spanning the columns with a line's leading below it) only when
     * the columns' part has a gutter with at least this many lines beside it and the block's part has
     * none; fewer lines are no evidence of columns (the character grid of a justified CJK paragraph
     * lines up by chance over two or three lines: stacked white halves of full-width commas 3-4 pt
     * wide); 0: gutterLines as for any gutter.
     */
    record Params(float bandGap, float gutterMin, float gutterLines, float columnMin, float bandJoin, float columnEnd, float spanLines) {
        Params(float bandGap, float gutterMin, float gutterLines) {
            this(bandGap, gutterMin, gutterLines, 0f, 0f, 0f, 0f);
        }

        Params(float bandGap, float gutterMin, float gutterLines, float columnMin, float bandJoin) {
            this(bandGap, gutterMin, gutterLines, columnMin, bandJoin, 0f, 0f);
        }

        Params(float bandGap, float gutterMin, float gutterLines, float columnMin, float bandJoin, float columnEnd) {
            this(bandGap, gutterMin, gutterLines, columnMin, bandJoin, columnEnd, 0f);
        }
    }

    /** A region in pixels, ends exclusive. */
    record Box(int x0, int y0, int x1, int y1) {
        int width() {
            return x1 - x0;
        }

        int height() {
            return y1 - y0;
        }
    }

    /** Grey level below which a pixel is ink. */
    static final int INK = 128;
    /** Vertical slices the line height is measured in. */
    static final int SLICES = 8;
    /** Recursion depth bound (a pathological image cannot recurse without end). */
    static final int MAX_DEPTH = 40;

    private final int w;
    private final int h;
    /** rowSum[y * (w + 1) + x]: ink cells of row y left of x. */
    private final int[] rowSum;
    /** colSum[x * (h + 1) + y]: ink cells of column x above y. */
    private final int[] colSum;
    private final Params params;
    private int lineH;

    private Regions(boolean[][] ink, Params params) {
        this.h = ink.length;
        this.w = h == 0 ? 0 : ink[0].length;
        this.params = params;
        rowSum = new int[h * (w + 1)];
        colSum = new int[w * (h + 1)];
        for (int y = 0; y < h; y++) {
            int base = y * (w + 1);
            for (int x = 0; x < w; x++) rowSum[base + x + 1] = rowSum[base + x] + (ink[y][x] ? 1 : 0);
        }
        for (int x = 0; x < w; x++) {
            int base = x * (h + 1);
            for (int y = 0; y < h; y++) colSum[base + y + 1] = colSum[base + y] + (ink[y][x] ? 1 : 0);
        }
    }

    /** The regions of a grey page image, in pixels of the image, in reading order. */
    static List<Box> find(BufferedImage img, int cell, Params params) {
        boolean[][] ink = cells(img, cell);
        List<Box> out = new ArrayList<>();
        for (Box b : find(ink, params)) {
            out.add(new Box(b.x0 * cell, b.y0 * cell, Math.min(img.getWidth(), b.x1 * cell), Math.min(img.getHeight(), b.y1 * cell)));
        }
        return out;
    }

    /** The regions of an ink bitmap ({@code ink[y][x]}), in cells, in reading order; none when it has no ink. */
    static List<Box> find(boolean[][] ink, Params params) {
        Regions r = new Regions(ink, params);
        List<Box> out = new ArrayList<>();
        if (r.w == 0 || r.h == 0) return out;
        r.lineH = r.lineHeight();
        r.cut(new Box(0, 0, r.w, r.h), 0, out);
        return out;
    }

    /** The ink of an image on a grid of {@code cell}-pixel squares. */
    static boolean[][] cells(BufferedImage img, int cell) {
        int cw = (img.getWidth() + cell - 1) / cell;
        int ch = (img.getHeight() + cell - 1) / cell;
        boolean[][] ink = new boolean[ch][cw];
        Raster r = img.getRaster();
        int[] row = new int[img.getWidth() * r.getNumBands()];
        int[] grey = new int[img.getWidth()];
        for (int y = 0; y < img.getHeight(); y++) {
            greyRow(r, y, row, grey);
            boolean[] out = ink[y / cell];
            for (int x = 0; x < grey.length; x++) if (grey[x] < INK) out[x / cell] = true;
        }
        return ink;
    }

    /**
     * Row {@code y} of an image's raster as grey levels: the mean of the first three bands of a colour
     * image, the first band of a grey one. {@code row} holds the row's samples (width × bands).
     */
    static void greyRow(Raster r, int y, int[] row, int[] grey) {
        int bands = r.getNumBands();
        r.getPixels(0, y, grey.length, 1, row);
        for (int x = 0; x < grey.length; x++) {
            grey[x] = bands >= 3 ? (row[x * bands] + row[x * bands + 1] + row[x * bands + 2]) / 3 : row[x * bands];
        }
    }

    /** The median height (cells) of the runs of ink rows within narrow slices of the page; at least 2. */
    int lineHeight() {
        List<Integer> runs = new ArrayList<>();
        for (int s = 0; s < SLICES; s++) {
            int x0 = s * w / SLICES;
            int x1 = (s + 1) * w / SLICES;
            if (x1 <= x0) continue;
            int start = -1;
            for (int y = 0; y <= h; y++) {
                boolean ink = y < h && !whiteRow(y, x0, x1);
                if (ink && start < 0) start = y;
                if (!ink && start >= 0) {
                    if (y - start >= 2) runs.add(y - start);
                    start = -1;
                }
            }
        }
        if (runs.isEmpty()) return 10;
        int[] a = runs.stream().mapToInt(Integer::intValue).toArray();
        Arrays.sort(a);
        return Math.max(2, a[a.length / 2]);
    }

    boolean whiteRow(int y, int x0, int x1) {
        int base = y * (w + 1);
        return rowSum[base + x1] - rowSum[base + x0] == 0;
    }

    boolean whiteCol(int x, int y0, int y1) {
        int base = x * (h + 1);
        return colSum[base + y1] - colSum[base + y0] == 0;
    }

    /** The box shrunk to its ink, or null when it has none. */
    Box trim(Box b) {
        int y0 = b.y0;
        int y1 = b.y1;
        while (y0 < y1 && whiteRow(y0, b.x0, b.x1)) y0++;
        while (y1 > y0 && whiteRow(y1 - 1, b.x0, b.x1)) y1--;
        if (y0 >= y1) return null;
        int x0 = b.x0;
        int x1 = b.x1;
        while (x0 < x1 && whiteCol(x0, y0, y1)) x0++;
        while (x1 > x0 && whiteCol(x1 - 1, y0, y1)) x1--;
        return new Box(x0, y0, x1, y1);
    }

    /** White row gaps inside a trimmed box: {start, end} pairs, ends exclusive. */
    List<int[]> rowGaps(Box b) {
        List<int[]> out = new ArrayList<>();
        int start = -1;
        for (int y = b.y0; y < b.y1; y++) {
            boolean white = whiteRow(y, b.x0, b.x1);
            if (white && start < 0) start = y;
            if (!white && start >= 0) {
                out.add(new int[] {start, y});
                start = -1;
            }
        }
        return out;
    }

    /**
     * Gutters of a trimmed box: white column gaps at least gutterMin lines wide with lines of text
     * on both sides, at least two on each and gutterLines on one (a short heading beside white
     * above a line with a wide gap after a full-width comma is no gutter; a column that ends two
     * lines into the band beside a long one is).
     */
    List<int[]> gutters(Box b) {
        List<int[]> out = new ArrayList<>();
        if (b.height() < 2 * lineH) return out;
        float min = params.gutterMin() * lineH;
        int start = -1;
        for (int x = b.x0; x < b.x1; x++) {
            boolean white = whiteCol(x, b.y0, b.y1);
            if (white && start < 0) start = x;
            if (!white && start >= 0) {
                if (x - start >= min) {
                    int left = lines(b.x0, start, b.y0, b.y1);
                    int right = lines(x, b.x1, b.y0, b.y1);
                    if (Math.min(left, right) >= 2 && Math.max(left, right) >= params.gutterLines()) out.add(new int[] {start, x});
                }
                start = -1;
            }
        }
        // a part narrower than a text column: the gutters are those of a table, whose cells are read row by row
        float minCol = params.columnMin() * lineH;
        for (int i = 0; minCol > 0 && !out.isEmpty() && i <= out.size(); i++) {
            Box part = trim(new Box(i == 0 ? b.x0 : out.get(i - 1)[1], b.y0, i == out.size() ? b.x1 : out.get(i)[0], b.y1));
            if (part != null && part.width() < minCol) return new ArrayList<>();
        }
        return out;
    }

    /** Whether a part has a gutter with at least spanLines lines on one side of it (step 4's columns). */
    boolean spanColumns(Box part) {
        List<int[]> gs = gutters(part);
        if (gs.isEmpty()) return false;
        if (params.spanLines() <= 0) return true;
        for (int[] g : gs) {
            int left = lines(part.x0, g[0], part.y0, part.y1);
            int right = lines(g[1], part.x1, part.y0, part.y1);
            if (Math.max(left, right) >= params.spanLines()) return true;
        }
        return false;
    }

    /** The runs of ink rows between x0 and x1 (the lines of text there). */
    int lines(int x0, int x1, int y0, int y1) {
        int n = 0;
        boolean in = false;
        for (int y = y0; y < y1; y++) {
            boolean ink = !whiteRow(y, x0, x1);
            if (ink && !in) n++;
            in = ink;
        }
        return n;
    }

    /** Cuts a box into bands at the given white row gaps, each band cut again. */
    private void cutBands(Box b, List<int[]> gaps, int depth, List<Box> out) {
        int y = b.y0;
        for (int[] g : gaps) {
            cut(new Box(b.x0, y, b.x1, g[0]), depth + 1, out);
            y = g[1];
        }
        cut(new Box(b.x0, y, b.x1, b.y1), depth + 1, out);
    }

    /**
     * Whether band gap {@code i} of box {@code b} is where a short column ends: the band above it
     * (from the band gap before, or the box's top) has gutters, and the text below it, band by band
     * down to the first band that has ink on a gutter or outside the columns (a box, a table, a figure
     * across the page, a footnote or page number across a gutter), keeps inside the columns, at least
     * {@code columnEnd} lines of it, and leaves at least one column empty.
     */
    boolean columnEnd(Box b, List<int[]> bandGaps, int i) {
        if (params.columnEnd() <= 0) return false;
        Box above = trim(new Box(b.x0, i == 0 ? b.y0 : bandGaps.get(i - 1)[1], b.x1, bandGaps.get(i)[0]));
        if (above == null) return false;
        List<int[]> gutters = gutters(above);
        if (gutters.isEmpty()) return false;
        int n = gutters.size() + 1;
        int[] cx0 = new int[n];
        int[] cx1 = new int[n];
        for (int c = 0; c < n; c++) {
            cx0[c] = c == 0 ? above.x0 : gutters.get(c - 1)[1];
            cx1[c] = c == n - 1 ? above.x1 : gutters.get(c)[0];
        }
        boolean[] used = new boolean[n];
        int lines = 0;
        for (int j = i + 1; j <= bandGaps.size(); j++) {
            int y0 = bandGaps.get(j - 1)[1];
            int y1 = j < bandGaps.size() ? bandGaps.get(j)[0] : b.y1;
            // ink on a gutter or outside the columns: the columns' continuation ends here
            boolean across = !white(b.x0, cx0[0], y0, y1) || !white(cx1[n - 1], b.x1, y0, y1);
            for (int c = 0; c + 1 < n && !across; c++) across = !white(cx1[c], cx0[c + 1], y0, y1);
            if (across) break;
            for (int c = 0; c < n; c++) used[c] |= !white(cx0[c], cx1[c], y0, y1);
            lines += lines(b.x0, b.x1, y0, y1);
        }
        boolean empty = false;
        for (boolean u : used) empty |= !u;
        return empty && lines >= params.columnEnd();
    }

    /** Whether the box x0..x1, y0..y1 has no ink. */
    boolean white(int x0, int x1, int y0, int y1) {
        if (x1 <= x0) return true;
        for (int y = y0; y < y1; y++) if (!whiteRow(y, x0, x1)) return false;
        return true;
    }

    private void cut(Box box, int depth, List<Box> out) {
        Box b = trim(box);
        if (b == null) return;
        if (depth >= MAX_DEPTH) {
            out.add(b);
            return;
        }
        List<int[]> gaps = rowGaps(b);
        List<int[]> bandGaps = new ArrayList<>();
        for (int[] g : gaps) if (g[1] - g[0] >= params.bandGap() * lineH) bandGaps.add(g);
        List<int[]> bands = new ArrayList<>();
        List<int[]> tall = new ArrayList<>();
        for (int i = 0; i < bandGaps.size(); i++) {
            int[] g = bandGaps.get(i);
            // 0. the end of a short column is no band gap: the columns are cut at their gutters below
            if (columnEnd(b, bandGaps, i)) continue;
            bands.add(g);
            if (g[1] - g[0] > params.bandJoin() * lineH) tall.add(g);
        }
        // 1. bands at white rows taller than bandJoin (all band gaps when it is 0): what lies above
        // such a gap is read before what lies below, columns or not (a figure too light to be ink
        // leaves one)
        if (!tall.isEmpty()) {
            cutBands(b, tall, depth, out);
            return;
        }
        // 2. columns at gutters that run from top to bottom, before the shorter band gaps: a white
        // row the columns happen to share (a column that ends above a heading in the other) must not
        // cut both columns in two and read their halves in the wrong order
        List<int[]> gutters = gutters(b);
        if (!gutters.isEmpty()) {
            int x = b.x0;
            for (int[] g : gutters) {
                cut(new Box(x, b.y0, g[0], b.y1), depth + 1, out);
                x = g[1];
            }
            cut(new Box(x, b.y0, b.x1, b.y1), depth + 1, out);
            return;
        }
        // 3. bands at the other white rows at least bandGap tall; two neighbouring bands that have a
        // gutter together are one (the columns go on below a title band)
        if (!bands.isEmpty()) {
            int top = b.y0;
            for (int i = 0; i <= bands.size(); i++) {
                int end = i < bands.size() ? bands.get(i)[0] : b.y1;
                if (i < bands.size()) {
                    int after = i + 1 < bands.size() ? bands.get(i + 1)[0] : b.y1;
                    Box union = trim(new Box(b.x0, top, b.x1, after));
                    if (union != null && !gutters(union).isEmpty()) continue;
                }
                cut(new Box(b.x0, top, b.x1, end), depth + 1, out);
                if (i < bands.size()) top = bands.get(i)[1];
            }
            return;
        }
        // 4. a spanning block above or below columns: the row gap leaving the tallest part with a gutter
        // (spanLines lines beside it) while the other part has none (the spanning block); when both
        // parts have gutters, or the gutter has only a few lines beside it, the box is no block over
        // columns but one text whose character grid lines up by chance over a few lines (a justified
        // CJK paragraph: the white halves of full-width commas stacked 3-4 pt wide)
        int[] best = null;
        int bestH = 0;
        for (int[] g : gaps) {
            Box top = trim(new Box(b.x0, b.y0, b.x1, g[0]));
            Box bottom = trim(new Box(b.x0, g[1], b.x1, b.y1));
            boolean topCols = top != null && !gutters(top).isEmpty();
            boolean bottomCols = bottom != null && !gutters(bottom).isEmpty();
            if (topCols == bottomCols) continue;
            Box part = topCols ? top : bottom;
            if (!spanColumns(part)) continue;
            if (part.height() > bestH) {
                best = g;
                bestH = part.height();
            }
        }
        if (best != null) {
            cut(new Box(b.x0, b.y0, b.x1, best[0]), depth + 1, out);
            cut(new Box(b.x0, best[1], b.x1, b.y1), depth + 1, out);
            return;
        }
        out.add(b);
    }
}
