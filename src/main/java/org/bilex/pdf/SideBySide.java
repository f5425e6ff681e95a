package org.bilex.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Two blocks of running text side by side inside one region: a sidebar or key-points box beside
 * the abstract, or two columns that the page's gutters do not separate. The right block shows as
 * pieces of running text (segments joined over gaps under {@link #GAP} em, at least {@link #WIDE}
 * em wide: table cells are narrower) that start at one x (within {@link #ALIGN} em) on two rows or
 * more, with room for running text left of them. Between the first and the last of those rows
 * nothing crosses that x, and the text left of it ends at least {@link #GAP} em before it: that
 * strip is white on a run of rows, from the first such row to the last, widened up and down over
 * rows that stay clear of the strip and follow on at line spacing (at most {@link #ROW_GAP} em
 * apart), with running text left of the strip on two rows or more. The rows of the two blocks
 * need not line up (a box's lines sit between the abstract's). The run is read as the text left of
 * the strip, then the text right of it; rows above and below it keep their place.
 * A river of word spaces in a justified paragraph never makes such a run: the lines above and below
 * it cross the strip, so it would hold only the rows of the gap themselves, which is required to be
 * more (a row with text on one side only) unless there are at least three of them.
 *
 * <p>The parts are looked at again, so that a box beside a box is also taken apart (to a depth of
 * {@link #DEPTH}).
 */
final class SideBySide {

    /** Least gap (em) between the two texts of a row. */
    static final float GAP = 1.0f;
    /** Least width (em) of the text on either side of the gap: running text, not table cells. */
    static final float WIDE = 8f;
    /** The starts right of the gap line up within this (em). */
    static final float ALIGN = 0.3f;
    /** Rows of one run follow each other at most this far apart (em, bottom to top). */
    static final float ROW_GAP = 1.5f;
    /** How many times the parts are split again. */
    static final int DEPTH = 3;

    private SideBySide() {
    }

    /** The segments in reading order parts: one part when nothing stands side by side. */
    static List<List<Segment>> split(List<Segment> segs) {
        List<List<Segment>> out = new ArrayList<>();
        split(segs, DEPTH, out);
        return out;
    }

    private static void split(List<Segment> segs, int depth, List<List<Segment>> out) {
        List<Rows.Row> rows = depth > 0 && segs.size() >= 4 ? Rows.of(segs) : List.of();
        int[] run = rows.isEmpty() ? null : findRun(rows);
        if (run == null) {
            out.add(segs);
            return;
        }
        float cut = run[2] / 100f;
        List<Segment> above = new ArrayList<>();
        List<Segment> left = new ArrayList<>();
        List<Segment> right = new ArrayList<>();
        List<Segment> below = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            for (Segment s : rows.get(r).segs) {
                if (r < run[0]) above.add(s);
                else if (r > run[1]) below.add(s);
                else if (s.cx() < cut) left.add(s);
                else right.add(s);
            }
        }
        for (List<Segment> part : List.of(above, left, right, below)) {
            if (!part.isEmpty()) split(part, depth - 1, out);
        }
    }

    /** {first row, last row, strip centre x 100} of the first run found, or null. */
    private static int[] findRun(List<Rows.Row> rows) {
        float regionX0 = Float.POSITIVE_INFINITY;
        for (Rows.Row row : rows) regionX0 = Math.min(regionX0, row.x0());
        List<List<float[]>> pieces = new ArrayList<>(rows.size());
        List<float[]> starts = new ArrayList<>(); // {row, x} of wide pieces with room for text left of them
        for (int r = 0; r < rows.size(); r++) {
            Rows.Row row = rows.get(r);
            List<float[]> ps = pieces(row);
            pieces.add(ps);
            for (float[] p : ps) {
                if (p[1] - p[0] >= WIDE * row.size && p[0] >= regionX0 + (WIDE + GAP) * row.size) starts.add(new float[] {r, p[0]});
            }
        }
        if (starts.size() < 2) return null;
        starts.sort((a, b) -> Float.compare(a[1], b[1]));
        for (int i = 0; i < starts.size(); ) {
            int j = i;
            float size = rows.get((int) starts.get(i)[0]).size;
            while (j < starts.size() && starts.get(j)[1] - starts.get(i)[1] <= ALIGN * size) j++;
            int[] run = run(rows, pieces, starts.subList(i, j));
            if (run != null) return run;
            i = j;
        }
        return null;
    }

    /** A row's pieces: its segments joined over gaps narrower than {@link #GAP} em, left to right. */
    private static List<float[]> pieces(Rows.Row row) {
        List<float[]> out = new ArrayList<>();
        for (Segment s : row.segs) {
            float[] last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && s.x0 - last[1] < GAP * row.size) last[1] = Math.max(last[1], s.x1);
            else out.add(new float[] {s.x0, s.x1});
        }
        return out;
    }

    /** The run of rows beside which the anchors (wide pieces starting at one x) stand, or null. */
    private static int[] run(List<Rows.Row> rows, List<List<float[]>> pieces, List<float[]> anchors) {
        float hi = Float.POSITIVE_INFINITY;
        int first = Integer.MAX_VALUE;
        int last = -1;
        java.util.Set<Integer> anchorRows = new java.util.TreeSet<>();
        for (float[] a : anchors) {
            hi = Math.min(hi, a[1]);
            first = Math.min(first, (int) a[0]);
            last = Math.max(last, (int) a[0]);
            anchorRows.add((int) a[0]);
        }
        if (anchorRows.size() < 2) return null;
        float size = 0;
        for (int r = first; r <= last; r++) size = Math.max(size, rows.get(r).size);
        float stripLo = hi - GAP * size;
        for (int r = first; r <= last; r++) if (crosses(rows.get(r), stripLo, hi)) return null;
        while (first > 0 && !crosses(rows.get(first - 1), stripLo, hi) && follows(rows.get(first - 1), rows.get(first))) first--;
        while (last + 1 < rows.size() && !crosses(rows.get(last + 1), stripLo, hi) && follows(rows.get(last), rows.get(last + 1))) last++;
        if (last - first + 1 <= anchorRows.size() && anchorRows.size() < 3) return null;
        float lo = stripLo;
        for (int r = first; r <= last; r++) {
            for (float[] p : pieces.get(r)) if (p[1] <= stripLo + 0.5f) lo = Math.max(lo, p[1]);
        }
        int leftRows = 0; // running text on the left
        for (int r = first; r <= last; r++) {
            for (float[] p : pieces.get(r)) {
                if (p[1] <= lo + 0.5f && p[1] - p[0] >= WIDE * rows.get(r).size) {
                    leftRows++;
                    break;
                }
            }
        }
        if (leftRows < 2) return null;
        return new int[] {first, last, Math.round((lo + hi) / 2f * 100f)};
    }

    private static boolean crosses(Rows.Row row, float lo, float hi) {
        for (Segment s : row.segs) if (s.x0 < hi - 0.5f && s.x1 > lo + 0.5f) return true;
        return false;
    }

    private static boolean follows(Rows.Row upper, Rows.Row lower) {
        return lower.top - upper.bottom <= ROW_GAP * Math.max(upper.size, lower.size);
    }
}
