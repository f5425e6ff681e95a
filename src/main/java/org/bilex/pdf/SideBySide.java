package org.bilex.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * Two blocks of running text side by side inside one region: a sidebar or key-points box beside
 * the abstract, or two columns that the page's gutters do not separate. A row of such a region
 * has a wide gap (at least {@link #GAP} em) with running text on both sides (each piece, its
 * segments joined over narrower gaps, at least {@link #WIDE} em wide: table cells are narrower), and on at least two rows the text right of the gap starts at the same x
 * (within {@link #ALIGN} em). The strip between the left text's end and that start is then white on
 * a run of rows: from the first such row to the last, widened up and down over rows that stay clear
 * of the strip and follow on at line spacing (at most {@link #ROW_GAP} em apart). The run is read as
 * the text left of the strip, then the text right of it; rows above and below it keep their place.
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

    private static final boolean DEBUG = Boolean.getBoolean("bilex.debug.side");

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
        if (DEBUG) System.err.printf("side-by-side rows %.0f..%.0f at x %.1f%n", rows.get(run[0]).top, rows.get(run[1]).bottom, cut);
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
        // candidate gaps: {row, left end, start}
        List<float[]> cands = new ArrayList<>();
        for (int r = 0; r < rows.size(); r++) {
            Rows.Row row = rows.get(r);
            if (row.segs.size() < 2) continue;
            // pieces: the row's segments joined over gaps narrower than GAP
            List<float[]> pieces = new ArrayList<>();
            for (Segment s : row.segs) {
                float[] last = pieces.isEmpty() ? null : pieces.get(pieces.size() - 1);
                if (last != null && s.x0 - last[1] < GAP * row.size) last[1] = Math.max(last[1], s.x1);
                else pieces.add(new float[] {s.x0, s.x1});
            }
            for (int j = 1; j < pieces.size(); j++) {
                float[] p = pieces.get(j - 1);
                float[] q = pieces.get(j);
                if (p[1] - p[0] >= WIDE * row.size && q[1] - q[0] >= WIDE * row.size) cands.add(new float[] {r, p[1], q[0]});
            }
        }
        if (cands.size() < 2) return null;
        cands.sort((a, b) -> Float.compare(a[2], b[2]));
        for (int i = 0; i < cands.size(); ) {
            int j = i;
            float size = rows.get((int) cands.get(i)[0]).size;
            while (j < cands.size() && cands.get(j)[2] - cands.get(i)[2] <= ALIGN * size) j++;
            int[] run = j - i >= 2 ? run(rows, cands.subList(i, j)) : null;
            if (run != null) return run;
            i = j;
        }
        return null;
    }

    private static int[] run(List<Rows.Row> rows, List<float[]> anchors) {
        float lo = Float.NEGATIVE_INFINITY;
        float hi = Float.POSITIVE_INFINITY;
        int first = Integer.MAX_VALUE;
        int last = -1;
        for (float[] a : anchors) {
            lo = Math.max(lo, a[1]);
            hi = Math.min(hi, a[2]);
            first = Math.min(first, (int) a[0]);
            last = Math.max(last, (int) a[0]);
        }
        if (hi <= lo) return null;
        for (int r = first; r <= last; r++) if (crosses(rows.get(r), lo, hi)) return null;
        while (first > 0 && !crosses(rows.get(first - 1), lo, hi) && follows(rows.get(first - 1), rows.get(first))) first--;
        while (last + 1 < rows.size() && !crosses(rows.get(last + 1), lo, hi) && follows(rows.get(last), rows.get(last + 1))) last++;
        int distinct = 0;
        int prev = -1;
        for (float[] a : anchors) {
            if ((int) a[0] != prev) distinct++;
            prev = (int) a[0];
        }
        if (last - first + 1 <= distinct && distinct < 3) return null;
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
