package org.bilex.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Narrow column gutters found from the glyph boxes of the whole page, and the runs that were
 * built across them taken apart again.
 *
 * <p>{@link Segments} joins glyphs whose gap is below {@link Segments#JOIN_GAP} em, so two columns
 * set with a gutter narrower than that (4–8 pt is common in Chinese journals) come out as one run
 * per row, and {@link Layout#findGutters} (which looks for column starts) sees no column. This class
 * looks at the white instead: a gutter is a vertical strip, at least {@link #MIN_WIDTH} wide, that
 * the glyphs of many runs in a row leave empty while each of those runs has text on both sides of it
 * (a run crossing the strip with a gap there). It is the whitespace-strip method of Breuel's
 * whitespace cover restricted to vertical strips and computed on a 0.5 pt grid of the runs, chosen
 * because it needs no column start (a narrow gutter hides them), is linear in the glyphs, and
 * gives the rows the strip covers: a full-width title or abstract above the columns (a run with a
 * glyph in the strip) ends the strip, so the abstract is never cut, and columns that end half way
 * down the page end it too. A strip must be seen in {@link #MIN_ROWS} runs one after the other,
 * with at most one in ten runs blocking it, so the word spaces of justified lines (rivers) are not
 * taken for a gutter.
 */
final class WhiteStrips {

    /** Narrowest gutter found, in points. */
    static final float MIN_WIDTH = 3.2f;
    /** Runs one after the other that must leave the strip white. */
    static final int MIN_ROWS = 6;
    private static final float BIN = 0.5f;
    /**
     * Text a run must have on each side of its gap, in em, for the gap to count: a column of
     * reference numbers before a hanging indent leaves a white strip too, but no column beside it.
     */
    static final float SIDE = 3f;

    /** A white strip lo..hi between the tops of the first and last runs it separates. */
    record Strip(float lo, float hi, float top, float bottom) {
    }

    private WhiteStrips() {
    }

    /**
     * The strips of a page. When the runs as built show none, the runs of each row are joined (see
     * {@link #joinRows}) and strips at least {@link #JOINED_MIN_WIDTH} wide are looked for again:
     * short columns whose lines fall apart at the gutter on some rows and not on others. Half of
     * {@link #MIN_ROWS} runs as built must cross such a strip white (columns glued by the gutter),
     * so that runs that merely line up (a form, the cells of a table) make none.
     */
    static List<Strip> find(List<Segment> segs) {
        List<Strip> out = find(segs, false);
        if (!out.isEmpty()) return out;
        List<Strip> joined = new ArrayList<>();
        for (Strip st : find(segs, true)) {
            if (st.hi() - st.lo() >= JOINED_MIN_WIDTH && glued(segs, st) * 2 >= MIN_ROWS) joined.add(st);
        }
        return joined;
    }

    /** Rows one after the other that must run white through a gutter the document showed earlier. */
    static final int KNOWN_ROWS = 2;

    /**
     * Strips where a gutter of the document's earlier pages (a body-column gutter, see
     * {@link Layout.Result#gutters}) runs white through at least {@link #KNOWN_ROWS} rows one after the
     * other, each with {@link #SIDE} em of text on both sides and no glyph inside the gutter: the
     * short columns of a last page (an article that ends two lines down) show too few rows for
     * {@link #find} but sit where the columns of the pages before sat. A row with a glyph in the
     * gutter ends the strip; a row on one side of it only (a column's last, short line) neither
     * counts nor ends it. Rows are those of {@link Rows}, however far apart their runs.
     */
    static List<Strip> known(List<Segment> segs, List<Layout.Gutter> gutters) {
        List<Segment> inked = new ArrayList<>();
        for (Segment s : segs) if (s.nonSpaceCount() > 0) inked.add(s);
        List<Rows.Row> rows = Rows.of(inked);
        List<Strip> out = new ArrayList<>();
        for (Layout.Gutter g : gutters) {
            int count = 0;
            float top = 0;
            float bottom = 0;
            for (Rows.Row row : rows) {
                int state = crossing(row.segs, g.lo(), g.hi());
                if (state > 0) {
                    if (count == 0) top = row.top;
                    count++;
                    for (Segment s : row.segs) bottom = Math.max(bottom, s.bottom);
                } else if (state < 0) {
                    if (count >= KNOWN_ROWS) out.add(new Strip(g.lo(), g.hi(), top, bottom));
                    count = 0;
                    bottom = 0;
                }
            }
            if (count >= KNOWN_ROWS) out.add(new Strip(g.lo(), g.hi(), top, bottom));
        }
        return out;
    }

    /**
     * 1: the row has {@link #SIDE} em of text on both sides of lo..hi and no glyph inside; -1: a glyph
     * inside; 0: text on one side only.
     */
    private static int crossing(List<Segment> row, float lo, float hi) {
        float size = 0;
        float leftX0 = Float.POSITIVE_INFINITY;
        float leftX1 = Float.NEGATIVE_INFINITY;
        float rightX0 = Float.POSITIVE_INFINITY;
        float rightX1 = Float.NEGATIVE_INFINITY;
        for (Segment s : row) {
            size = Math.max(size, s.size);
            for (RawGlyph g : s.glyphs) {
                if (g.isSpace()) continue;
                if (g.x1 > lo + BIN && g.x0 < hi - BIN) return -1;
                if (g.x1 <= lo + BIN) {
                    leftX0 = Math.min(leftX0, g.x0);
                    leftX1 = Math.max(leftX1, g.x1);
                } else {
                    rightX0 = Math.min(rightX0, g.x0);
                    rightX1 = Math.max(rightX1, g.x1);
                }
            }
        }
        return leftX1 - leftX0 >= SIDE * size && rightX1 - rightX0 >= SIDE * size ? 1 : 0;
    }

    /** Runs as built that cross the strip with a gap there: the columns glued into one run. */
    private static int glued(List<Segment> segs, Strip st) {
        int n = 0;
        for (Segment s : segs) {
            if (s.x0 >= st.lo() || s.x1 <= st.hi() || s.bottom < st.top() - 1f || s.top > st.bottom() + 1f) continue;
            boolean ink = false;
            for (RawGlyph g : s.glyphs) if (!g.isSpace() && g.x1 > st.lo() + BIN && g.x0 < st.hi() - BIN) ink = true;
            if (!ink) n++;
        }
        return n;
    }

    /**
     * Narrowest strip (pt) found among joined runs: a river of wide word spaces in justified text
     * (which joined runs expose) stays narrower than the narrowest gutter seen (4 pt).
     */
    static final float JOINED_MIN_WIDTH = 4f;

    private static List<Strip> find(List<Segment> segs, boolean join) {
        List<Segment> rows = new ArrayList<>();
        float minX = Float.POSITIVE_INFINITY;
        float maxX = Float.NEGATIVE_INFINITY;
        for (Segment s : segs) {
            if (s.nonSpaceCount() == 0) continue;
            rows.add(s);
            minX = Math.min(minX, s.x0);
            maxX = Math.max(maxX, s.x1);
        }
        if (rows.size() < MIN_ROWS || maxX - minX < 20f) return List.of();
        rows.sort(Comparator.comparingDouble((Segment s) -> s.top).thenComparingDouble(s -> s.x0));
        if (join) rows = joinRows(rows);
        int nb = (int) Math.ceil((maxX - minX) / BIN) + 1;
        // per bin: the current run of runs that have a gap there (start row index, count, blocked)
        int[] runStart = new int[nb];
        int[] runCount = new int[nb];
        int[] runBlocked = new int[nb];
        float[] runTop = new float[nb];
        float[] runBottom = new float[nb];
        // the best finished run of each bin
        List<int[]> found = new ArrayList<>(); // {bin, count}
        List<float[]> spans = new ArrayList<>(); // {top, bottom}
        java.util.Arrays.fill(runStart, -1);
        boolean[] gapHere = new boolean[nb];
        boolean[] inkHere = new boolean[nb];
        for (int r = 0; r < rows.size(); r++) {
            Segment s = rows.get(r);
            java.util.Arrays.fill(gapHere, false);
            java.util.Arrays.fill(inkHere, false);
            RawGlyph prev = null;
            for (RawGlyph g : s.glyphs) {
                if (g.isSpace()) continue;
                int b0 = Math.max(0, (int) ((g.x0 - minX) / BIN));
                int b1 = Math.min(nb - 1, (int) ((g.x1 - minX) / BIN));
                for (int b = b0; b <= b1; b++) inkHere[b] = true;
                if (prev != null && g.x0 - prev.x1 >= MIN_WIDTH && prev.x1 - s.x0 >= SIDE * s.size && s.x1 - g.x0 >= SIDE * s.size) {
                    int a0 = Math.max(0, (int) ((prev.x1 - minX) / BIN) + 1);
                    int a1 = Math.min(nb - 1, (int) ((g.x0 - minX) / BIN) - 1);
                    for (int b = a0; b <= a1; b++) gapHere[b] = true;
                }
                prev = g;
            }
            for (int b = 0; b < nb; b++) {
                if (gapHere[b] && !inkHere[b]) {
                    if (runStart[b] < 0) {
                        runStart[b] = r;
                        runCount[b] = 0;
                        runBlocked[b] = 0;
                        runTop[b] = s.top;
                    }
                    runCount[b]++;
                    runBottom[b] = s.bottom;
                } else if (inkHere[b] && runStart[b] >= 0) {
                    runBlocked[b]++;
                    if (runBlocked[b] * 10 > runCount[b] + runBlocked[b] || runBlocked[b] > 3) {
                        close(b, runCount, runStart, runTop, runBottom, found, spans);
                    }
                }
            }
        }
        for (int b = 0; b < nb; b++) close(b, runCount, runStart, runTop, runBottom, found, spans);
        // neighbouring bins whose runs overlap in y make one strip; it must be wide enough
        found.sort(Comparator.comparingInt(a -> a[0]));
        List<Strip> out = new ArrayList<>();
        int i = 0;
        while (i < found.size()) {
            int j = i;
            float top = spans.get(found.get(i)[2])[0];
            float bottom = spans.get(found.get(i)[2])[1];
            while (j + 1 < found.size() && found.get(j + 1)[0] == found.get(j)[0] + 1) {
                float[] sp = spans.get(found.get(j + 1)[2]);
                if (sp[0] > bottom || sp[1] < top) break;
                top = Math.max(top, sp[0]);
                bottom = Math.min(bottom, sp[1]);
                j++;
            }
            float lo = minX + found.get(i)[0] * BIN;
            float hi = minX + (found.get(j)[0] + 1) * BIN;
            if (hi - lo >= MIN_WIDTH - 2 * BIN) out.add(new Strip(lo, hi, top, bottom));
            i = j + 1;
        }
        return out;
    }

    /**
     * Runs of one row at most this far apart (em) are joined for finding strips: a gutter's worth,
     * not the white between the cells of a table (which must not make a gutter).
     */
    static final float ROW_JOIN = 2f;

    /**
     * Runs of one row and size joined into one (for finding strips only): a justified line whose
     * word space at the gutter is wide enough to part the two columns' runs still shows the gap.
     */
    private static List<Segment> joinRows(List<Segment> sorted) {
        List<Segment> out = new ArrayList<>(sorted.size());
        Segment cur = null;
        List<RawGlyph> gs = null;
        for (Segment s : sorted) {
            if (cur != null && s.overlapRatio(cur.top, cur.bottom) >= 0.5f && Math.abs(s.size - cur.size) <= 0.05f * cur.size
                    && s.x0 >= cur.x1 && s.x0 - cur.x1 <= ROW_JOIN * cur.size) {
                gs.addAll(s.glyphs);
                cur = Segment.of(gs);
                out.set(out.size() - 1, cur);
                gs = new ArrayList<>(gs);
                continue;
            }
            gs = new ArrayList<>(s.glyphs);
            cur = s;
            out.add(s);
        }
        return out;
    }

    private static void close(int b, int[] runCount, int[] runStart, float[] runTop, float[] runBottom,
                              List<int[]> found, List<float[]> spans) {
        if (runStart[b] >= 0 && runCount[b] >= MIN_ROWS) {
            spans.add(new float[] {runTop[b], runBottom[b]});
            found.add(new int[] {b, runCount[b], spans.size() - 1});
        }
        runStart[b] = -1;
    }

    /**
     * Cuts every run that crosses a strip, within the strip's rows, at its gap there: a line is
     * never built from glyphs on both sides of a gutter.
     */
    static List<Segment> split(List<Segment> segs, List<Strip> strips) {
        if (strips.isEmpty()) return segs;
        List<Segment> out = new ArrayList<>(segs.size() + 16);
        for (Segment s : segs) {
            Segment cur = s;
            boolean changed = true;
            while (changed) {
                changed = false;
                for (Strip st : strips) {
                    if (cur.x0 >= st.lo() || cur.x1 <= st.hi() || cur.bottom < st.top() - 1f || cur.top > st.bottom() + 1f) continue;
                    List<RawGlyph> gs = cur.glyphs;
                    int cut = -1;
                    RawGlyph prev = null;
                    for (int k = 0; k < gs.size(); k++) {
                        RawGlyph g = gs.get(k);
                        if (g.isSpace()) continue;
                        if (prev != null && prev.x1 <= st.lo() + 2 * BIN && g.x0 >= st.hi() - 2 * BIN) {
                            cut = k;
                            break;
                        }
                        prev = g;
                    }
                    if (cut > 0) {
                        int end = cut; // spaces before the cut stay with the left part
                        out.add(Segment.of(new ArrayList<>(gs.subList(0, end))));
                        cur = Segment.of(new ArrayList<>(gs.subList(cut, gs.size())));
                        changed = true;
                        break;
                    }
                }
            }
            out.add(cur);
        }
        return out;
    }
}
