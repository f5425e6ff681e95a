package org.bilex.pdf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Layout analysis of one page: from {@link Segment}s to lines, blocks and reading order.
 *
 * <ol>
 *   <li><b>Columns.</b> Gutters are found from column starts: an x where several runs of running text
 *   begin, open to their left, with text of the previous column beside them on the same rows, and
 *   not crossed by the lines between them (which would make it a paragraph indent). The gutter is the
 *   widest white strip left of that start (see {@link #findGutters}).</li>
 *   <li><b>Bands.</b> A segment that covers a gutter (title, abstract, full-width caption, running head),
 *   sits in it (a centred page number), or is centred on the page with nothing beside it is full
 *   width, and so is everything on its row; so are the rows of a full-width table that cross a
 *   gutter (see {@link TableBands}). Full-width rows cut the page into horizontal bands.</li>
 *   <li><b>White bands.</b> White at least {@link #BAND_GAP} em high across all columns at once (a
 *   full-width figure or table without a text layer) also ends a band (see {@link #whiteBands}).</li>
 *   <li><b>Order.</b> Bands top to bottom; in a band column 1 top to bottom, then column 2, ...;
 *   full-width regions in between get column 0 (on a single-column page everything is column 1).</li>
 *   <li><b>Lines.</b> In one region and column, segments whose cores overlap vertically form a row;
 *   a row is cut into separate lines at gaps wider than {@link #LINE_SPLIT_GAP} em unless it is a
 *   justified line of a paragraph. Spaces are inserted at gaps wider than {@link #SPACE_GAP} em, and
 *   a space glyph is kept where the gap it stands in is wider than {@link #HIDDEN_SPACE_GAP} em.</li>
 *   <li><b>Blocks.</b> A line continues the block above it when the vertical gap is at most
 *   about one line, the line pitch stays regular, font size and weight agree, the two overlap
 *   horizontally, and it is not the indented first line of a new paragraph.</li>
 * </ol>
 *
 * Costs are n·log n in the glyphs plus work per run and per row; nothing is quadratic in the glyphs
 * of a page.
 */
final class Layout {

    /** Gap (em) above which a space glyph is inserted between two glyphs of a line. */
    static final float SPACE_GAP = 0.18f;
    /**
     * Gap (em) at or below which a space glyph of the content stream parts no words: the glyphs on
     * its two sides touch or overlap, so no reader sees a space there. Some typesetters write each
     * kerning step as a space glyph of a dummy font, with the next letter drawn back over it
     * ({@code kno w n f or}); a word space, even in tight justified text, leaves a visible gap of a
     * tenth of an em or more.
     */
    static final float HIDDEN_SPACE_GAP = 0.05f;
    /** Gap (em) at which a row of one column is cut into separate lines (figure labels, table cells). */
    static final float LINE_SPLIT_GAP = 3.0f;

    /**
     * The blocks of a page, its number of body columns and the gutters between them (empty when the
     * page has one body column: the labels of a figure make no gutter worth passing on).
     */
    record Result(List<TextBlock> blocks, int columns, List<Gutter> gutters) {
    }

    /** A gutter between two columns: lo..hi is the white strip. */
    record Gutter(float lo, float hi) {
        float center() {
            return (lo + hi) / 2f;
        }
    }

    private Layout() {
    }

    /**
     * Lays out the segments of one page (all in one text direction).
     *
     * @param detectColumns false to read everything as a single column
     * @param ocr           the segments come from OCR (no font weights, rough sizes)
     */
    static Result run(int page, List<Segment> segments, boolean detectColumns, boolean ocr) {
        return run(page, segments, detectColumns, ocr, List.of());
    }

    /**
     * As {@link #run(int, List, boolean, boolean)}, with the gutters of the document's earlier
     * pages: a page whose columns are too short to show a gutter of their own (an article that ends
     * two lines into its last page) is cut where the document's gutter runs white through its rows
     * (see {@link WhiteStrips#known}).
     */
    static Result run(int page, List<Segment> segments, boolean detectColumns, boolean ocr, List<Gutter> known) {
        List<Segment> segs = new ArrayList<>(segments.size());
        for (Segment s : segments) if (s.nonSpaceCount() > 0) segs.add(s);
        if (detectColumns) segs = withoutLineNumbers(segs);
        if (segs.isEmpty()) return new Result(List.of(), 1, List.of());
        float body = bodySize(segs);
        List<WhiteStrips.Strip> strips = detectColumns ? WhiteStrips.find(segs) : List.of();
        if (!strips.isEmpty()) segs = WhiteStrips.split(segs, strips);
        List<Gutter> starts = detectColumns ? findGutters(segs, body) : List.of();
        if (detectColumns && strips.isEmpty() && starts.isEmpty() && !known.isEmpty()) {
            strips = WhiteStrips.known(segs, known);
            if (!strips.isEmpty()) {
                segs = WhiteStrips.split(segs, strips);
                starts = findGutters(segs, body);
            }
        }
        List<Gutter> gutters = detectColumns ? withStrips(starts, strips, body) : List.of();
        if (!gutters.isEmpty()) segs = splitAtGutters(segs, gutters, body);
        classify(segs, gutters, body);
        if (!gutters.isEmpty()) spanningBreaks(segs, gutters.size() + 1, body);
        List<TextBlock> blocks = new ArrayList<>();
        List<Float> cuts = gutters.isEmpty() ? List.of() : whiteBands(segs, body);
        List<Region> regions = regions(segs, cuts, body);
        for (int ri = 0; ri < regions.size(); ri++) {
            Region r = regions.get(ri);
            if (r.fullWidth) {
                for (List<Segment> part : detectColumns ? SideBySide.split(r.segs) : List.of(r.segs)) addBlocks(blocks, page, gutters.isEmpty() ? 1 : 0, part, ocr);
            } else {
                Map<Integer, List<Segment>> byCol = new HashMap<>();
                for (Segment s : r.segs) byCol.computeIfAbsent(s.column, k -> new ArrayList<>()).add(s);
                int lastCol = 0;
                for (int c : byCol.keySet()) lastCol = Math.max(lastCol, c);
                Map<Integer, List<Segment>> notes = new java.util.TreeMap<>();
                for (int c = 1; c <= gutters.size() + 1; c++) {
                    List<Segment> cs = byCol.get(c);
                    if (cs == null) continue;
                    if (!ocr && c < lastCol && ri == regions.size() - 1) {
                        List<Segment> n = columnNotes(cs, body);
                        if (!n.isEmpty()) {
                            notes.put(c, n);
                            cs = new ArrayList<>(cs);
                            cs.removeAll(n);
                        }
                    }
                    for (List<Segment> part : SideBySide.split(cs)) addBlocks(blocks, page, c, part, ocr);
                }
                for (Map.Entry<Integer, List<Segment>> e : notes.entrySet()) addBlocks(blocks, page, e.getKey(), e.getValue(), ocr);
            }
        }
        int columns = countColumns(segs, gutters);
        return new Result(blocks, columns, columns > 1 ? List.copyOf(gutters) : List.of());
    }

    /**
     * Lays out OCR segments that were read region by region ({@link Segment#region}, see
     * {@link Regions}): each region is laid out on its own, in the regions' reading order, so that no
     * line, block or column of the page layout joins text of two regions (tesseract's word boxes of
     * narrow columns leave too little of a gutter for {@link #run} to find: bench 3-column Chinese
     * scans read 56%-88% wrong with their columns interleaved). A region's blocks get the column of
     * the region: the column slots are the x-ranges of the regions that have another region beside
     * them (overlapping intervals merged); a region within one slot is that column, one across
     * several (a title, a spanning abstract) or in none is full width (0). A page with fewer than two
     * slots keeps each region's own columns. Each region of several is laid out as one column, with
     * neither columns nor side-by-side texts detected in it: the regions were cut at every gutter the
     * ink shows, so a white strip between tesseract's word boxes that line up over a region's lines
     * is none (bench 054-span-abstract-zh and 010-1col-zh: the line ends of a column were read as a
     * column of their own). Segments without a region, or all in one, are laid out as by
     * {@link #run} with columns detected.
     */
    static Result runRegions(int page, List<Segment> segments) {
        Map<Integer, List<Segment>> byRegion = new java.util.TreeMap<>();
        for (Segment s : segments) {
            if (s.region < 0) return run(page, segments, true, true);
            byRegion.computeIfAbsent(s.region, k -> new ArrayList<>()).add(s);
        }
        if (byRegion.size() <= 1) return run(page, segments, true, true);
        List<List<Segment>> regions = new ArrayList<>(byRegion.values());
        int n = regions.size();
        float[][] box = new float[n][];
        for (int i = 0; i < n; i++) {
            float[] b = {Float.MAX_VALUE, Float.MAX_VALUE, -Float.MAX_VALUE, -Float.MAX_VALUE};
            for (Segment s : regions.get(i)) {
                b[0] = Math.min(b[0], s.x0);
                b[1] = Math.min(b[1], s.top);
                b[2] = Math.max(b[2], s.x1);
                b[3] = Math.max(b[3], s.bottom);
            }
            box[i] = b;
        }
        List<float[]> slots = columnSlots(box);
        List<TextBlock> blocks = new ArrayList<>();
        int columns = slots.size() >= 2 ? slots.size() : 1;
        for (int i = 0; i < n; i++) {
            Result r = run(page, regions.get(i), false, true);
            int col = slots.size() >= 2 ? slotOf(box[i], slots) : -1;
            if (col < 0) columns = Math.max(columns, r.columns());
            for (TextBlock b : r.blocks()) blocks.add(col < 0 ? b : new TextBlock(b.page(), col, b.lines(), b.box()));
        }
        return new Result(blocks, columns, List.of());
    }

    /**
     * The column slots of regions ({x0, top, x1, bottom} each): the x-ranges of the regions with
     * another region beside them (overlapping vertically, apart horizontally), overlapping ranges
     * merged, left to right.
     */
    static List<float[]> columnSlots(float[][] box) {
        List<float[]> ranges = new ArrayList<>();
        for (int i = 0; i < box.length; i++) {
            for (int j = 0; j < box.length; j++) {
                if (i == j) continue;
                boolean beside = box[i][1] < box[j][3] && box[j][1] < box[i][3] && (box[i][2] <= box[j][0] || box[j][2] <= box[i][0]);
                if (beside) {
                    ranges.add(new float[] {box[i][0], box[i][2]});
                    break;
                }
            }
        }
        ranges.sort(Comparator.comparingDouble(r -> r[0]));
        List<float[]> out = new ArrayList<>();
        for (float[] r : ranges) {
            float[] last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && r[0] < last[1]) last[1] = Math.max(last[1], r[1]);
            else out.add(new float[] {r[0], r[1]});
        }
        return out;
    }

    /** The column (1..n) of the one slot a region lies in, or 0 when it reaches into several or none. */
    static int slotOf(float[] box, List<float[]> slots) {
        int col = 0;
        for (int k = 0; k < slots.size(); k++) {
            float[] s = slots.get(k);
            float ov = Math.min(box[2], s[1]) - Math.max(box[0], s[0]);
            if (ov <= 0.1f * Math.min(box[2] - box[0], s[1] - s[0])) continue;
            if (col != 0) return 0;
            col = k + 1;
        }
        return col;
    }

    /**
     * The gutters found from column starts, and each white strip none of them covers (a gutter too
     * narrow for {@link #findGutters}, see {@link WhiteStrips}) when it leaves a column on both sides.
     */
    static List<Gutter> withStrips(List<Gutter> gutters, List<WhiteStrips.Strip> strips, float body) {
        if (strips.isEmpty()) return gutters;
        List<Gutter> out = new ArrayList<>(gutters);
        for (WhiteStrips.Strip st : strips) {
            boolean covered = false;
            for (Gutter g : gutters) if (st.lo() < g.hi() + 2f && st.hi() > g.lo() - 2f) covered = true;
            if (!covered) out.add(new Gutter(st.lo(), st.hi()));
        }
        out.sort(Comparator.comparingDouble(Gutter::lo));
        for (int k = 1; k < out.size(); ) { // two strips must leave a column between them
            if (out.get(k).lo() - out.get(k - 1).hi() < 4f * body) out.remove(k);
            else k++;
        }
        return out;
    }

    /**
     * Body columns: 1 + the gutters with at least three items on either side and three lines of
     * running text (at least a third of the column wide) on one side, so that the labels of a
     * figure do not count.
     */
    static int countColumns(List<Segment> segs, List<Gutter> gutters) {
        if (gutters.isEmpty()) return 1;
        float minX = Float.POSITIVE_INFINITY;
        float maxX = Float.NEGATIVE_INFINITY;
        for (Segment s : segs) {
            minX = Math.min(minX, s.x0);
            maxX = Math.max(maxX, s.x1);
        }
        int[] wide = new int[gutters.size() + 2];
        int[] any = new int[gutters.size() + 2];
        for (Segment s : segs) {
            if (s.fullWidth) continue;
            int c = s.column;
            float lo = c == 1 ? minX : gutters.get(c - 2).hi();
            float hi = c == gutters.size() + 1 ? maxX : gutters.get(c - 1).lo();
            any[c]++;
            if (s.x1 - s.x0 >= (hi - lo) / 3f) wide[c]++;
        }
        int n = 1;
        for (int g = 1; g <= gutters.size(); g++) {
            if (any[g] >= 3 && any[g + 1] >= 3 && Math.max(wide[g], wide[g + 1]) >= 3) n++;
        }
        return n;
    }

    // ------------------------------------------------------------------ sizes

    /** The most common font size, weighted by glyph count (0.25 pt resolution). */
    static float bodySize(List<Segment> segs) {
        Map<Integer, Integer> hist = new HashMap<>();
        for (Segment s : segs) {
            for (RawGlyph g : s.glyphs) {
                if (g.isSpace()) continue;
                hist.merge(Math.round(g.size * 4f), g.word ? Math.max(1, g.text.length()) : 1, Integer::sum);
            }
        }
        int best = 0;
        int bestN = -1;
        for (Map.Entry<Integer, Integer> e : hist.entrySet()) {
            if (e.getValue() > bestN || (e.getValue() == bestN && e.getKey() < best)) {
                best = e.getKey();
                bestN = e.getValue();
            }
        }
        return best / 4f;
    }

    // ------------------------------------------------------------------ columns

    /**
     * Finds the gutters of the page from the left edges of its columns. A column start is an x where
     * at least three runs of running text begin (within 2 pt); it is a column (and not a paragraph
     * indent) when those runs are open to their left (nothing on their row runs up to them), at least
     * two of them have text further left on the same row (the previous column), and, between the
     * first and the last of them, few runs of running text cross that x (at most half as many as start
     * there: full-width rows between bands are allowed, the lines of an indented paragraph are not).
     * The gutter is the widest strip left of the start that the rows of those runs leave white (one
     * in ten may run into it). Starts that see the same strip (hanging indents, text wrapped around a
     * picture) give one gutter.
     */
    static List<Gutter> findGutters(List<Segment> segs, float body) {
        if (segs.size() < 6) return List.of();
        float x0 = Float.POSITIVE_INFINITY;
        float x1 = Float.NEGATIVE_INFINITY;
        for (Segment s : segs) {
            x0 = Math.min(x0, s.x0);
            x1 = Math.max(x1, s.x1);
        }
        float minWide = Math.min(0.15f * (x1 - x0), 8f * body);
        float minCol = 4f * body;
        List<Segment> wide = new ArrayList<>();
        for (Segment s : segs) if (s.x1 - s.x0 >= minWide) wide.add(s);
        if (wide.size() < 6) return List.of();
        Segment[] byTop = segs.toArray(new Segment[0]);
        Arrays.sort(byTop, Comparator.comparingDouble((Segment s) -> s.top));
        float[] tops = new float[byTop.length];
        for (int i = 0; i < byTop.length; i++) tops[i] = byTop[i].top;

        wide.sort(Comparator.comparingDouble((Segment s) -> s.x0));
        List<Gutter> out = new ArrayList<>();
        List<Integer> strength = new ArrayList<>();
        for (int i = 0; i < wide.size(); ) {
            int j = i; // a cluster of starts within 2 pt of the first
            while (j < wide.size() && wide.get(j).x0 - wide.get(i).x0 <= 2f) j++;
            List<Segment> anchors = wide.subList(i, j);
            float start = wide.get(i).x0;
            i = j;
            if (anchors.size() < 3 || start < x0 + minCol || start > x1 - minCol) continue;
            int open = 0;
            int withLeft = 0;
            List<float[]> lefts = new ArrayList<>(); // extents of what lies left of open anchors
            float yMin = Float.POSITIVE_INFINITY;
            float yMax = Float.NEGATIVE_INFINITY;
            for (Segment a : anchors) {
                float minGap = 0.6f * a.size;
                boolean blocked = false;
                int before = lefts.size();
                for (int k = lowerBound(tops, a.top - 2f * a.size); k < byTop.length && byTop[k].top <= a.bottom; k++) {
                    Segment n = byTop[k];
                    if (n == a || n.x0 >= a.x0 - 0.5f || n.overlapRatio(a.top, a.bottom) < 0.5f) continue;
                    if (n.x1 > start - minGap) {
                        blocked = true;
                        break;
                    }
                    lefts.add(new float[] {n.x0, n.x1});
                }
                if (blocked) {
                    while (lefts.size() > before) lefts.remove(lefts.size() - 1);
                    continue;
                }
                open++;
                if (lefts.size() > before) withLeft++;
                yMin = Math.min(yMin, a.cy());
                yMax = Math.max(yMax, a.cy());
            }
            if (open < 3 || open < 0.6f * anchors.size() || withLeft < 2) continue;
            int crossing = 0;
            float edge = Math.max(EDGE_MIN, EDGE_TOLERANCE * body);
            for (Segment s : wide) {
                if (s.x0 < start - 1f && s.x1 > start + 1f && s.cy() > yMin && s.cy() < yMax
                        && !gluedAt(s, start, edge)) crossing++;
            }
            if (crossing > Math.max(2, open / 2)) continue;
            // a short run of starts beside the top of a block (a sidebar beside the abstract) that
            // running text crosses row after row below it: the white beside a box, not a gutter
            int below = 0;
            for (Segment s : wide) {
                if (s.x0 < start - 1f && s.x1 > start + 1f && s.cy() > yMax && !gluedAt(s, start, edge)) below++;
            }
            if (below > SIDEBAR_CROSSINGS * open) continue;
            Gutter g = whiteStrip(lefts, start, start - x0 - minCol, open / 10, Math.max(0.6f * body, 2f), minCol);
            if (g == null || g.lo() < x0 + minCol) continue;
            out.add(g);
            strength.add(open);
        }
        // starts behind one white strip: the first is the column, the others indents (hanging
        // indents of a reference list, text wrapped around a photo); otherwise neighbouring gutters
        // must leave a real column between them
        for (int k = 1; k < out.size(); ) {
            Gutter a = out.get(k - 1);
            Gutter b = out.get(k);
            if (b.lo() < a.hi() + 1f) {
                // one strip seen from two starts: keep what both see as white
                Gutter both = new Gutter(Math.max(a.lo(), b.lo()), Math.min(a.hi(), b.hi()));
                if (both.hi() - both.lo() >= Math.max(0.6f * body, 2f)) {
                    out.set(k - 1, both);
                    strength.set(k - 1, strength.get(k - 1) + strength.get(k));
                } else if (strength.get(k) > strength.get(k - 1)) {
                    out.set(k - 1, b);
                    strength.set(k - 1, strength.get(k));
                }
                out.remove(k);
                strength.remove(k);
            } else if (out.get(k).lo() - out.get(k - 1).hi() < minCol) {
                int drop = strength.get(k) > strength.get(k - 1) ? k - 1 : k;
                out.remove(drop);
                strength.remove(drop);
            } else {
                k++;
            }
        }
        return out;
    }

    /**
     * The widest strip in {@code [start - window, start]} that at most {@code tolerance} of the given
     * extents cover (so one overfull line does not close it, and a column of reference numbers
     * in front of the start is not taken for the gutter); null when narrower than {@code minWidth}.
     * The search runs from the start leftwards and stops at the first unbroken stretch of text at
     * least {@code minColumn} wide: that is the previous column, and a wider white further left (the
     * gutter before it, or the white beside a short column or under a full-width block) belongs to
     * another column start.
     */
    static Gutter whiteStrip(List<float[]> extents, float start, float window, int tolerance, float minWidth, float minColumn) {
        float binW = 0.5f;
        float from = start - window;
        int n = (int) Math.ceil(window / binW);
        if (n <= 0) return null;
        int[] cov = new int[n + 1];
        for (float[] e : extents) {
            if (e[1] <= from || e[0] >= start) continue;
            int b0 = Math.max(0, (int) ((e[0] - from) / binW));
            int b1 = Math.min(n - 1, (int) Math.ceil((e[1] - from) / binW) - 1);
            if (b1 < b0) continue;
            cov[b0]++;
            cov[b1 + 1]--;
        }
        int[] c = new int[n];
        int acc = 0;
        for (int b = 0; b < n; b++) {
            acc += cov[b];
            c[b] = acc;
        }
        int colBins = Math.max(1, (int) Math.ceil(minColumn / binW));
        int bestS = -1;
        int bestLen = 0;
        int white = 0;
        int ink = 0;
        for (int b = n - 1; b >= 0; b--) {
            if (c[b] <= tolerance) {
                white++;
                ink = 0;
                // strictly wider: among equally wide strips the one nearest to the start wins
                if (white > bestLen) {
                    bestLen = white;
                    bestS = b;
                }
            } else {
                white = 0;
                if (++ink >= colBins && bestLen > 0) break;
            }
        }
        if (bestS < 0 || bestLen * binW < minWidth) return null;
        float lo = from + bestS * binW;
        float hi = Math.min(start, from + (bestS + bestLen) * binW);
        return new Gutter(lo, hi);
    }

    /**
     * Whether the run has a gap of a gutter's worth ({@link #GUTTER_GAP} em) whose right side starts
     * at {@code x} (within {@code edge}): two column lines glued over a narrow gutter, which does not
     * cross the column start at x as a full-width line does.
     */
    static boolean gluedAt(Segment s, float x, float edge) {
        RawGlyph prev = null;
        for (RawGlyph g : s.glyphs) {
            if (g.isSpace()) continue;
            if (prev != null && Math.abs(g.x0 - x) <= edge && g.x0 - prev.x1 >= Math.max(WORD_GAP, GUTTER_GAP) * s.size) return true;
            prev = g;
        }
        return false;
    }

    /** First index whose value is at least v. */
    private static int lowerBound(float[] sorted, float v) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < v) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }

    /**
     * How far (em of the body size, at least {@link #EDGE_MIN} pt) the first glyph after a gap may
     * lie from a gutter's right edge for the gap to be that gutter: the lines of a column start at
     * its edge, while a word space of a full-width line that happens to fall near the gutter ends
     * wherever the next word begins.
     */
    static final float EDGE_TOLERANCE = 0.05f;
    /** Least edge tolerance in points (the gutter's edges are found on a 0.5 pt grid). */
    static final float EDGE_MIN = 0.75f;
    /**
     * A column start whose runs are crossed below them by more than this many wide runs per start is
     * the inner edge of a box beside a full-width block (a sidebar beside the abstract, with the body's
     * two columns running across its x below), not a column: a real gutter runs down its columns.
     */
    static final int SIDEBAR_CROSSINGS = 2;
    /** A gap (em) at most this wide is a word space, never a gutter. */
    static final float WORD_GAP = 0.25f;
    /** A gap (em) this wide that ends at a column's edge is its gutter, however wide the strip found. */
    static final float GUTTER_GAP = 0.4f;

    /** Cuts segments that bridge a gutter at an inner gap lying in the gutter. */
    static List<Segment> splitAtGutters(List<Segment> segs, List<Gutter> gutters, float body) {
        float edge = Math.max(EDGE_MIN, EDGE_TOLERANCE * body);
        List<Segment> out = new ArrayList<>(segs.size());
        for (Segment s : segs) {
            Segment cur = s;
            boolean changed = true;
            while (changed) {
                changed = false;
                for (Gutter g : gutters) {
                    if (!(cur.x0 < g.lo() && cur.x1 > g.hi())) continue;
                    List<RawGlyph> gs = cur.glyphs;
                    int cut = -1;
                    // only a gap that is most of the gutter (or a gutter's worth: the strip found
                    // beside ragged lines is wider than the gutter) and ends at the column start: two
                    // columns glued by a narrow gutter, not a (letter-spaced) full-width line
                    float bestGap = Math.max(WORD_GAP * cur.size, Math.min(0.6f * (g.hi() - g.lo()), GUTTER_GAP * cur.size));
                    RawGlyph prev = null;
                    for (int k = 0; k < gs.size(); k++) {
                        RawGlyph gl = gs.get(k);
                        if (gl.isSpace()) continue;
                        if (prev != null) {
                            float gap = gl.x0 - prev.x1;
                            boolean atEdge = Math.abs(gl.x0 - g.hi()) <= edge;
                            if (gap >= bestGap && atEdge && prev.x1 <= g.hi()) {
                                bestGap = gap;
                                cut = k;
                            }
                        }
                        prev = gl;
                    }
                    if (cut > 0) {
                        out.add(Segment.of(gs.subList(0, cut)));
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

    /** See {@link #columnNotes}: footnote lines are set at most this share of the body size. */
    static final float NOTE_SIZE = 0.86f;
    /** See {@link #columnNotes}: the most rows of footnotes under one column. */
    static final int NOTE_ROWS = 8;
    /** See {@link #columnNotes}: the white (em of the body size) between a column's text and its footnotes. */
    static final float NOTE_GAP = 0.8f;

    /** See {@link #columnNotes}: the widest gap (em) between the pieces of a footnote line (a justified line's word spaces). */
    static final float NOTE_WORD_GAP = 2f;

    /** The row's pieces are one line of text: no gap between them wider than {@link #NOTE_WORD_GAP} em (table cells are). */
    private static boolean oneRun(Rows.Row r) {
        for (int i = 1; i < r.segs.size(); i++) {
            if (r.segs.get(i).x0 - r.segs.get(i - 1).x1 > NOTE_WORD_GAP * r.size) return false;
        }
        return true;
    }

    /**
     * Footnotes set under one column of the page's last band (a corresponding author, equal
     * contribution, dates under the first column of an article's first page): the column's last rows,
     * at most {@link #NOTE_ROWS}, each one line of text (no gap over {@link #NOTE_WORD_GAP} em: a
     * justified line's word spaces are narrower, a table's cells wider) in type at most {@link #NOTE_SIZE} of the body
     * size, after white of {@link #NOTE_GAP} em or more below body-size text of the column. They are
     * read after the band's last column, as footnotes are read after the body of their page, so that a
     * paragraph running on from the foot of one column to the top of the next is not cut by them. A
     * table's rows (several cells each) and a caption above them are no such rows.
     */
    static List<Segment> columnNotes(List<Segment> col, float body) {
        List<Rows.Row> rows = Rows.of(col);
        int k = rows.size();
        while (k > 0 && rows.size() - k < NOTE_ROWS) {
            Rows.Row r = rows.get(k - 1);
            if (r.size > NOTE_SIZE * body || !oneRun(r)) break;
            k--;
        }
        if (k == rows.size() || k == 0) return List.of();
        Rows.Row above = rows.get(k - 1);
        if (above.size <= NOTE_SIZE * body || rows.get(k).top - above.bottom < NOTE_GAP * body) return List.of();
        List<Segment> out = new ArrayList<>();
        for (int i = k; i < rows.size(); i++) out.addAll(rows.get(i).segs);
        return out;
    }

    /** The fewest numbers that make a margin column of line numbers (see {@link #withoutLineNumbers}). */
    static final int LINE_NUMBERS_MIN = 8;

    /**
     * A review manuscript's line numbers: runs of one to four digits, at least {@link #LINE_NUMBERS_MIN}
     * of them, in the margin left of all other text of the page (their right edges before its left
     * edge) or right of it, their values rising from the top of the page down. They are no text of the
     * article; left in, each is glued to the line beside it ("12 Willingham et al."). A table's
     * numbered rows sit inside the text's column, not left of all of it.
     */
    static List<Segment> withoutLineNumbers(List<Segment> segs) {
        List<Segment> nums = new ArrayList<>();
        float textLeft = Float.POSITIVE_INFINITY;
        float textRight = Float.NEGATIVE_INFINITY;
        for (Segment s : segs) {
            if (isNumber(s)) {
                nums.add(s);
            } else {
                textLeft = Math.min(textLeft, s.x0);
                textRight = Math.max(textRight, s.x1);
            }
        }
        if (nums.size() < LINE_NUMBERS_MIN) return segs;
        List<Segment> drop = new ArrayList<>();
        for (boolean left : new boolean[] {true, false}) {
            List<Segment> side = new ArrayList<>();
            for (Segment s : nums) {
                if (left ? s.x1 < textLeft - 0.3f * s.size : s.x0 > textRight + 0.3f * s.size) side.add(s);
            }
            if (side.size() < LINE_NUMBERS_MIN) continue;
            side.sort(Comparator.comparingDouble(Segment::cy));
            long prev = Long.MIN_VALUE;
            boolean rising = true;
            for (Segment s : side) {
                long v = Long.parseLong(digits(s));
                if (v <= prev) {
                    rising = false;
                    break;
                }
                prev = v;
            }
            if (rising) drop.addAll(side);
        }
        if (drop.isEmpty()) return segs;
        List<Segment> out = new ArrayList<>(segs);
        out.removeAll(drop);
        return out;
    }

    private static boolean isNumber(Segment s) {
        String d = digits(s);
        return d != null && !d.isEmpty() && d.length() <= 4;
    }

    /** The segment's text when it is digits only (spaces aside), else null. */
    private static String digits(Segment s) {
        StringBuilder sb = new StringBuilder();
        for (RawGlyph g : s.glyphs) {
            if (g.isSpace()) continue;
            for (int k = 0; k < g.text.length(); k++) {
                char c = g.text.charAt(k);
                if (c < '0' || c > '9') return null;
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** Sets {@link Segment#fullWidth} and {@link Segment#column}. */
    static void classify(List<Segment> segs, List<Gutter> gutters) {
        classify(segs, gutters, bodySize(segs));
    }

    /** Sets {@link Segment#fullWidth} and {@link Segment#column} ({@code body}: the body font size). */
    static void classify(List<Segment> segs, List<Gutter> gutters, float body) {
        for (Segment s : segs) {
            s.fullWidth = false;
            s.column = 1;
            for (Gutter g : gutters) {
                if (s.x0 < g.lo() - 0.5f && s.x1 > g.hi() + 0.5f) {
                    float extL = g.center() - s.x0;
                    float extR = s.x1 - g.center();
                    float mn = Math.min(extL, extR);
                    float mx = Math.max(extL, extR);
                    if (mn < 0.25f * mx && mn < 4f * s.size) { // a line running into the gutter
                        if (extR > extL) s.column++;
                        continue;
                    }
                    s.fullWidth = true;
                    break;
                }
                float c = s.cx();
                if (c >= g.lo() && c <= g.hi()) { // sits in the gutter: a centred page number
                    s.fullWidth = true;
                    break;
                }
                if (c > g.hi()) s.column++;
            }
        }
        if (gutters.isEmpty()) return;
        closeRows(segs, gutters);
        TableBands.mark(segs, gutters, body);
        centredAlone(segs);
        brokenFullRows(segs);
        // everything on the row of a full-width segment is full width too
        List<float[]> iv = new ArrayList<>();
        for (Segment s : segs) if (s.fullWidth) iv.add(new float[] {s.top, s.bottom});
        if (iv.isEmpty()) return;
        float[][] merged = mergeIntervals(iv);
        for (Segment s : segs) {
            if (!s.fullWidth && inIntervals(merged, s.cy())) s.fullWidth = true;
        }
    }

    /**
     * A full-width justified line can have a wide word gap near the gutter, which splits it into two
     * runs that do not cross the gutter. It shows because the right run does not start at the column
     * edge but inside the gutter, close to the left run: both are full width.
     */
    private static void closeRows(List<Segment> segs, List<Gutter> gutters) {
        for (Gutter g : gutters) {
            float gw = g.hi() - g.lo();
            List<Segment> lefts = new ArrayList<>();
            List<Segment> rights = new ArrayList<>();
            for (Segment s : segs) {
                if (s.fullWidth) continue;
                if (s.cx() < g.center()) {
                    if (s.x1 > g.lo() - gw) lefts.add(s);
                } else if (s.x0 < g.hi() - Math.max(1.5f, 0.1f * gw) && s.x0 > g.lo() - gw) {
                    rights.add(s);
                }
            }
            for (Segment b : rights) {
                for (Segment a : lefts) {
                    if (b.x0 - a.x1 < 0.8f * gw && a.overlapRatio(b.top, b.bottom) >= 0.5f) {
                        a.fullWidth = true;
                        b.fullWidth = true;
                    }
                }
            }
        }
    }

    /** Rows looked at above and below a broken full-width row for the full-width lines around it. */
    static final int BROKEN_LOOK = 3;

    /**
     * A justified line of a full-width paragraph (an abstract over a narrow gutter) whose word space
     * falls on the gutter is cut there into pieces that no longer cross it. It shows as a row of pieces
     * in two columns or more (or a piece in the gutter full width and pieces beside it not), between
     * full-width lines (the nearest above and below, at most
     * {@link #BROKEN_LOOK} rows away, at line spacing) that begin where it begins (within an em), and
     * ending where the full-width line above it ends (the paragraph's right edge): a row of two
     * columns' lines ends at the columns' edges, not at a full-width paragraph's, and has column
     * text above or below it. Its pieces are full width; rows broken one after the other are taken
     * in turn (up to {@link #BROKEN_LOOK} passes).
     */
    private static void brokenFullRows(List<Segment> segs) {
        List<Rows.Row> rows = Rows.of(segs);
        for (int pass = 0; pass < BROKEN_LOOK; pass++) {
            if (!markBroken(rows)) return;
        }
    }

    private static boolean markBroken(List<Rows.Row> rows) {
        List<Segment> mark = new ArrayList<>();
        for (int k = 0; k < rows.size(); k++) {
            Rows.Row r = rows.get(k);
            float[] up = fullAround(rows, k, -1);
            float[] down = up == null ? null : fullAround(rows, k, +1);
            if (down == null) continue;
            float em = r.size;
            if (Math.abs(up[0] - down[0]) > em) continue;
            List<Segment> pieces = new ArrayList<>();
            float x0 = Float.POSITIVE_INFINITY;
            float x1 = Float.NEGATIVE_INFINITY;
            int colMin = Integer.MAX_VALUE;
            int colMax = -1;
            boolean full = true;
            boolean someFull = false;
            for (Segment s : r.segs) {
                if (s.x1 < up[0] - em || s.x0 > up[1] + em) continue; // beside the paragraph (a sidebar)
                pieces.add(s);
                x0 = Math.min(x0, s.x0);
                x1 = Math.max(x1, s.x1);
                if (s.fullWidth) {
                    someFull = true;
                    continue;
                }
                full = false;
                colMin = Math.min(colMin, s.column);
                colMax = Math.max(colMax, s.column);
            }
            if (full || pieces.size() < 2 || (colMin == colMax && !someFull)) continue;
            if (Math.abs(x0 - up[0]) > em || Math.abs(x1 - up[1]) > em) continue;
            mark.addAll(pieces);
        }
        for (Segment s : mark) s.fullWidth = true;
        return !mark.isEmpty();
    }

    /**
     * The extent of the widest full-width segment of the nearest row above (dir -1) or below (+1)
     * row k that has one, with the pieces beside it at word spacing (up to 1.5 em), within
     * {@link #BROKEN_LOOK} rows and at line spacing; null when there is none.
     */
    private static float[] fullAround(List<Rows.Row> rows, int k, int dir) {
        Rows.Row from = rows.get(k);
        Rows.Row prev = from;
        for (int n = k + dir, step = 0; n >= 0 && n < rows.size() && step < BROKEN_LOOK; n += dir, step++) {
            Rows.Row r = rows.get(n);
            float gap = dir < 0 ? prev.top - r.bottom : r.top - prev.bottom;
            if (gap > 1.5f * Math.max(prev.size, r.size)) return null;
            Segment best = null;
            for (Segment s : r.segs) {
                if (s.fullWidth && (best == null || s.x1 - s.x0 > best.x1 - best.x0)) best = s;
            }
            if (best != null) {
                // with the pieces it is broken from (word gaps up to an em): a word in the gutter
                // marked full width, the rest of its line not
                float x0 = best.x0;
                float x1 = best.x1;
                for (Segment s : r.segs) { // left to right
                    if (s.x0 > x1 && s.x0 - x1 <= 1.5f * r.size) x1 = Math.max(x1, s.x1);
                }
                for (int i = r.segs.size() - 1; i >= 0; i--) {
                    Segment s = r.segs.get(i);
                    if (s.x1 < x0 && x0 - s.x1 <= 1.5f * r.size) x0 = Math.min(x0, s.x0);
                }
                return new float[] {x0, x1};
            }
            prev = r;
        }
        return null;
    }

    /**
     * A line centred on the page, alone on its row, with nothing in the other columns beside it (a
     * title, a running head or page number above or below a three-column page) is full width,
     * though it does not reach the gutters.
     */
    private static void centredAlone(List<Segment> segs) {
        float minX = Float.POSITIVE_INFINITY;
        float maxX = Float.NEGATIVE_INFINITY;
        for (Segment s : segs) {
            minX = Math.min(minX, s.x0);
            maxX = Math.max(maxX, s.x1);
        }
        float mid = (minX + maxX) / 2f;
        float tol = Math.max(3f, 0.03f * (maxX - minX));
        List<Segment> found = new ArrayList<>();
        for (Segment s : segs) {
            if (s.fullWidth || Math.abs(s.cx() - mid) > tol) continue;
            float top = s.top - 1.5f * s.size;
            float bottom = s.bottom + 1.5f * s.size;
            boolean alone = true;
            for (Segment o : segs) {
                if (o == s) continue;
                // nothing in the other columns near it, and nothing else on its own row (the last
                // word of a justified line, cut off by a wide word space, may sit at the page centre)
                if ((o.column != s.column && !o.fullWidth && o.bottom > top && o.top < bottom)
                        || o.overlapRatio(s.top, s.bottom) >= 0.5f) {
                    alone = false;
                    break;
                }
            }
            if (alone) found.add(s);
        }
        for (Segment s : found) s.fullWidth = true;
    }

    private static float[][] mergeIntervals(List<float[]> iv) {
        iv.sort(Comparator.comparingDouble(a -> a[0]));
        List<float[]> out = new ArrayList<>();
        for (float[] a : iv) {
            if (!out.isEmpty() && a[0] <= out.get(out.size() - 1)[1]) {
                float[] l = out.get(out.size() - 1);
                l[1] = Math.max(l[1], a[1]);
            } else {
                out.add(new float[] {a[0], a[1]});
            }
        }
        return out.toArray(new float[0][]);
    }

    private static boolean inIntervals(float[][] iv, float y) {
        int lo = 0;
        int hi = iv.length - 1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (y < iv[mid][0]) hi = mid - 1;
            else if (y > iv[mid][1]) lo = mid + 1;
            else return true;
        }
        return false;
    }

    /** See {@link #spanningBreaks}: the most (em) by which the other columns may end above the block away from its column. */
    static final float SPAN_LEVEL = 8f;
    /** See {@link #spanningBreaks}: a break is at least this white (em) whatever the line gap. */
    static final float SPAN_MIN_GAP = 0.3f;
    /** See {@link #spanningBreaks}: the most (em) by which the columns below the block may start apart. */
    static final float SPAN_START = 1.0f;
    /** See {@link #spanningBreaks}: the white above and below the block is this many times its column's line gap. */
    static final float SPAN_BREAK = 1.3f;

    /**
     * A block that spans the columns but is no wider than one of them (a short "References" heading
     * over a two-column reference list, a box across the page whose lines are short, a caption
     * set left): CSS multi-column and journal templates end the columns above it (level to within a
     * few lines), set the block, and start the columns again level below it. It shows as rows of one
     * column {@code c0} with every other column white beside them; the block starts at the first of
     * these rows with a break above it (white wider than {@code c0}'s line gap there, {@link #SPAN_BREAK}
     * times, and at least {@link #SPAN_MIN_GAP} em: rows before it are the end of a column longer than
     * the others) and ends with the run, followed by a break too; each other column has text above
     * and below, its text above ends within {@link #SPAN_LEVEL} em of where {@code c0}'s ends and its
     * text below starts within {@link #SPAN_START} em of where {@code c0}'s starts. A heading inside
     * one column has the other column's text beside it; a figure in one column beside running text of
     * the other has no break in that text. The block's segments become full width, so the columns
     * above it are read before it and those below after (fresh layouts, issue 12: the body's right
     * column had been read after the left column of the reference list below it, 38-49% CER).
     * Full-width segments count as {@code c0}'s text only.
     */
    static void spanningBreaks(List<Segment> segs, int ncol, float body) {
        for (int c0 = 1; c0 <= ncol; c0++) {
            float[][] own = columnRows(segs, c0, true);
            if (own.length < 3) continue;
            float[][][] others = new float[ncol + 1][][];
            boolean empty = false;
            for (int c = 1; c <= ncol; c++) {
                if (c == c0) continue;
                others[c] = columnRows(segs, c, false);
                if (others[c].length == 0) empty = true;
            }
            if (empty) continue;
            List<float[]> spans = new ArrayList<>();
            int i = 1;
            while (i < own.length - 1) {
                int j = i - 1;
                while (j + 1 < own.length && whiteBeside(others, c0, own[i][0], own[j + 1][1])) j++;
                if (j < i) {
                    i++;
                    continue;
                }
                // the block starts at the first break in the run: rows above it are the end of a column
                // longer than the others (columns above a spanning block end level only within a few lines)
                int k = i;
                while (k <= j && !isBreak(own, k, body)) k++;
                if (k <= j && j < own.length - 1 && isSpan(own, k, j, others, c0, body)) spans.add(new float[] {own[k][0], own[j][1]});
                i = j + 1;
            }
            for (float[] sp : spans) {
                for (Segment s : segs) {
                    if (!s.fullWidth && s.column == c0 && s.cy() >= sp[0] && s.cy() <= sp[1]) s.fullWidth = true;
                }
            }
        }
    }

    /** The white above row k of a column is wider than the column's line gap above it (see {@link #spanningBreaks}). */
    private static boolean isBreak(float[][] own, int k, float body) {
        float gap = own[k][0] - own[k - 1][1];
        float line = k >= 2 ? own[k - 1][0] - own[k - 2][1] : 0f;
        return gap >= Math.max(SPAN_MIN_GAP * body, SPAN_BREAK * line);
    }

    /** The merged vertical extents, top to bottom, of the segments of column c (and the full-width ones when asked). */
    private static float[][] columnRows(List<Segment> segs, int c, boolean withFull) {
        List<float[]> iv = new ArrayList<>();
        for (Segment s : segs) {
            if (s.fullWidth ? withFull : s.column == c) iv.add(new float[] {s.top, s.bottom});
        }
        return mergeIntervals(iv);
    }

    /** No row of any column other than c0 overlaps top..bottom. */
    private static boolean whiteBeside(float[][][] others, int c0, float top, float bottom) {
        for (int c = 1; c < others.length; c++) {
            if (c == c0) continue;
            for (float[] r : others[c]) if (r[0] < bottom && r[1] > top) return false;
        }
        return true;
    }

    private static boolean isSpan(float[][] own, int i, int j, float[][][] others, int c0, float body) {
        float top = own[i][0];
        float bottom = own[j][1];
        float above0 = own[i - 1][1];
        float below0 = own[j + 1][0];
        float gapBelow = below0 - bottom;
        float lineBelow = j + 2 < own.length ? own[j + 2][0] - own[j + 1][1] : 0f;
        if (gapBelow < Math.max(SPAN_MIN_GAP * body, SPAN_BREAK * lineBelow)) return false;
        for (int c = 1; c < others.length; c++) {
            if (c == c0) continue;
            float aboveC = Float.NaN;
            float belowC = Float.NaN;
            for (float[] r : others[c]) {
                if (r[1] <= top) aboveC = r[1];
                else if (r[0] >= bottom && Float.isNaN(belowC)) belowC = r[0];
            }
            if (Float.isNaN(aboveC) || Float.isNaN(belowC)) return false;
            if (Math.abs(aboveC - above0) > SPAN_LEVEL * body || Math.abs(belowC - below0) > SPAN_START * body) return false;
        }
        return true;
    }

    // ------------------------------------------------------------------ regions

    private static final class Region {
        final boolean fullWidth;
        final List<Segment> segs = new ArrayList<>();

        Region(boolean fullWidth) {
            this.fullWidth = fullWidth;
        }
    }

    /**
     * White (em of the body size) across the whole page, all columns at once, that cuts the page into
     * bands: the place of a full-width figure or table without a text layer. Paragraph and heading
     * spacing stays well below it, and the gaps of one column never count while the others run on.
     */
    static final float BAND_GAP = 3.0f;

    /**
     * The middles of the white bands at least {@link #BAND_GAP} em high that run across the whole
     * page between text above and text below (a recursive XY cut's horizontal cut, taken once).
     */
    static List<Float> whiteBands(List<Segment> segs, float body) {
        List<float[]> iv = new ArrayList<>(segs.size());
        for (Segment s : segs) iv.add(new float[] {s.top, s.bottom});
        float[][] merged = mergeIntervals(iv);
        List<Float> out = new ArrayList<>();
        for (int k = 1; k < merged.length; k++) {
            float gap = merged[k][0] - merged[k - 1][1];
            if (gap >= BAND_GAP * body) out.add((merged[k][0] + merged[k - 1][1]) / 2f);
        }
        return out;
    }

    /**
     * Bands and full-width regions, top to bottom; a band also ends at each of {@code cuts} (white
     * across the page, see {@link #whiteBands}), so that every column above it is read before the
     * columns below it.
     */
    private static List<Region> regions(List<Segment> segs, List<Float> cuts, float body) {
        if (!cuts.isEmpty()) {
            List<Region> out = new ArrayList<>();
            int from = 0;
            List<Segment> sorted = new ArrayList<>(segs);
            sorted.sort(Comparator.comparingDouble(Segment::cy));
            for (int k = 0; k <= cuts.size(); k++) {
                float limit = k < cuts.size() ? cuts.get(k) : Float.POSITIVE_INFINITY;
                int to = from;
                while (to < sorted.size() && sorted.get(to).cy() < limit) to++;
                if (to > from) out.addAll(regions(sorted.subList(from, to), List.of(), body));
                from = to;
            }
            return out;
        }
        List<Segment> fw = new ArrayList<>();
        for (Segment s : segs) if (s.fullWidth) fw.add(s);
        if (fw.isEmpty()) {
            Region r = new Region(false);
            r.segs.addAll(segs);
            return List.of(r);
        }
        List<float[]> iv = new ArrayList<>();
        for (Segment s : fw) iv.add(new float[] {s.top, s.bottom});
        float[][] merged = mergeIntervals(iv);
        float[] centers = new float[merged.length];
        for (int i = 0; i < merged.length; i++) centers[i] = (merged[i][0] + merged[i][1]) / 2f;
        // slot 2k: band above interval k; slot 2k+1: interval k
        List<List<Segment>> slots = new ArrayList<>();
        for (int i = 0; i < 2 * merged.length + 1; i++) slots.add(new ArrayList<>());
        for (Segment s : segs) {
            int k = countBelow(centers, s.cy());
            if (s.fullWidth) {
                int idx = nearestInterval(merged, s.cy());
                slots.get(2 * idx + 1).add(s);
            } else {
                slots.get(2 * k).add(s);
            }
        }
        List<Region> out = new ArrayList<>();
        for (int i = 0; i < slots.size(); i++) {
            List<Segment> sl = slots.get(i);
            if (sl.isEmpty()) continue;
            boolean isFw = (i & 1) == 1 || isStray(sl);
            Region last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && last.fullWidth == isFw) {
                last.segs.addAll(sl);
            } else {
                Region r = new Region(isFw);
                r.segs.addAll(sl);
                out.add(r);
            }
        }
        for (int k = 0; k + 1 < out.size(); k++) {
            if (out.get(k).fullWidth && !out.get(k + 1).fullWidth) {
                Region stub = stub(out.get(k), out.get(k + 1), body);
                if (stub != null) out.add(k + 1, stub);
                pullLastLine(out.get(k), out.get(k + 1));
            }
        }
        return out;
    }

    /** White (em of the body size) across all columns that ends a stub below a full-width region (see {@link #stub}). */
    static final float STUB_GAP = 2.0f;
    /** The most rows (at 1.6 em each) a stub may have (see {@link #stub}). */
    static final int STUB_ROWS = 4;

    /**
     * The rows at the top of a band that go on from the full-width region above it (at most a line
     * below it) and are cut from the band's columns by white across all of them ({@link #STUB_GAP}
     * em, less than a white band's {@link #BAND_GAP}): a box beside a short abstract that reaches
     * below it, with the abstract's last line beside it, over columns that start lower down. The
     * stub is read as a band of its own (its column 1, then its column 2), before the columns
     * below; it has at most {@link #STUB_ROWS} rows. Columns that run on from under the full-width
     * region have no white across all of them so near their top. Moves the stub's segments out of
     * {@code band} and returns it; null when there is none.
     */
    private static Region stub(Region fw, Region band, float body) {
        float fwBottom = Float.NEGATIVE_INFINITY;
        for (Segment s : fw.segs) fwBottom = Math.max(fwBottom, s.bottom);
        List<float[]> iv = new ArrayList<>(band.segs.size());
        for (Segment s : band.segs) iv.add(new float[] {s.top, s.bottom});
        float[][] rows = mergeIntervals(iv);
        if (rows.length < 2 || rows[0][0] - fwBottom > body) return null;
        for (int k = 0; k + 1 < rows.length; k++) {
            if (rows[k][1] - rows[0][0] > STUB_ROWS * 1.6f * body) return null;
            if (rows[k + 1][0] - rows[k][1] < STUB_GAP * body) continue;
            float cut = rows[k][1];
            Region stub = new Region(false);
            for (Segment s : band.segs) if (s.bottom <= cut) stub.segs.add(s);
            band.segs.removeAll(stub.segs);
            return stub;
        }
        return null;
    }

    /**
     * The last line of a full-width paragraph that ends short (the "...appro-" / "priately utilized."
     * of an abstract) does not reach the gutter and so falls into the band below. When the band's
     * first row is such a line alone in column 1, at the regular line spacing below the full-width
     * region, with its left edge and size, it moves up into the full-width region.
     */
    private static void pullLastLine(Region fw, Region band) {
        Segment last = null;
        float fwLeft = Float.POSITIVE_INFINITY;
        for (Segment s : fw.segs) {
            fwLeft = Math.min(fwLeft, s.x0);
            if (last == null || s.bottom > last.bottom) last = s;
        }
        Segment first = null;
        for (Segment s : band.segs) if (first == null || s.top < first.top) first = s;
        if (last == null || first == null) return;
        List<Segment> row = new ArrayList<>();
        for (Segment s : band.segs) {
            if (s.overlapRatio(first.top, first.bottom) >= 0.5f) row.add(s);
        }
        float size = last.size;
        for (Segment s : row) {
            if (s.column != 1 || Math.abs(s.size - size) > 0.08f * size) return;
        }
        float gap = first.top - last.bottom;
        if (gap < -0.3f * size || gap > 1.0f * size) return;
        float rowLeft = Float.POSITIVE_INFINITY;
        for (Segment s : row) rowLeft = Math.min(rowLeft, s.x0);
        if (Math.abs(rowLeft - fwLeft) > size) return;
        band.segs.removeAll(row);
        fw.segs.addAll(row);
    }

    /**
     * A band that is only a row or two in a single column (the short last line of a full-width
     * paragraph): reading it as full width keeps it with its paragraph and changes no order.
     */
    private static boolean isStray(List<Segment> band) {
        int col = band.get(0).column;
        float top = Float.POSITIVE_INFINITY;
        float bottom = Float.NEGATIVE_INFINITY;
        float size = 0;
        for (Segment s : band) {
            if (s.column != col) return false;
            top = Math.min(top, s.top);
            bottom = Math.max(bottom, s.bottom);
            size = Math.max(size, s.size);
        }
        return bottom - top <= 3f * size;
    }

    /** Number of values in the sorted array that are below y. */
    private static int countBelow(float[] sorted, float y) {
        int i = Arrays.binarySearch(sorted, y);
        if (i < 0) return -i - 1;
        return i;
    }

    private static int nearestInterval(float[][] iv, float y) {
        int best = 0;
        float bestD = Float.POSITIVE_INFINITY;
        int lo = 0;
        int hi = iv.length - 1;
        while (lo <= hi) { // narrow down, then look at the neighbours
            int mid = (lo + hi) >>> 1;
            if (y < iv[mid][0]) hi = mid - 1;
            else lo = mid + 1;
        }
        for (int k = Math.max(0, hi - 1); k <= Math.min(iv.length - 1, hi + 1); k++) {
            float d = y < iv[k][0] ? iv[k][0] - y : (y > iv[k][1] ? y - iv[k][1] : 0f);
            if (d < bestD) {
                bestD = d;
                best = k;
            }
        }
        return best;
    }

    // ------------------------------------------------------------------ lines

    /** A line while blocks are formed: glyphs left to right and its core geometry. */
    static final class Line {
        final List<RawGlyph> glyphs = new ArrayList<>();
        float x0 = Float.POSITIVE_INFINITY;
        float x1 = Float.NEGATIVE_INFINITY;
        float top, bottom, base, size;
        boolean bold;

        float width() {
            return x1 - x0;
        }
    }

    /**
     * A table row in a column: cells (pieces of a row cut at gaps over {@link #LINE_SPLIT_GAP} em)
     * of which at least {@link #GRID_ALIGNED} line up (left edge, right edge or centre within
     * {@link #GRID_ALIGN} em) with the cells of the row above or below, no farther than
     * {@link #GRID_ROW_GAP} em away. Such a row stays one line, read left to right, so that a table is
     * read row by row and not cell column by cell column; rows of two cells count only when the cells
     * are short ({@link #GRID_CELL_WIDTH} em): two wide pieces on a row are two columns' lines.
     */
    static final float GRID_ALIGN = 0.6f;
    /** See {@link #GRID_ALIGN}. */
    static final int GRID_ALIGNED = 2;
    /** See {@link #GRID_ALIGN}. */
    static final float GRID_ROW_GAP = 2.0f;
    /** See {@link #GRID_ALIGN}. */
    static final float GRID_CELL_WIDTH = 10f;

    static List<Line> lines(List<Segment> segs) {
        List<Rows.Row> rows = Rows.of(segs);
        List<List<float[]>> cells = new ArrayList<>(rows.size());
        for (Rows.Row r : rows) cells.add(cells(r));
        List<Line> out = new ArrayList<>();
        for (int ri = 0; ri < rows.size(); ri++) {
            Rows.Row r = rows.get(ri);
            boolean keep = inParagraph(rows, cells, ri) || gridRow(rows, cells, ri);
            Line cur = null;
            float curX1 = 0;
            for (Segment s : r.segs) {
                float big = LINE_SPLIT_GAP * Math.max(s.size, cur == null ? 0 : cur.size);
                if (cur == null || (!keep && s.x0 - curX1 > big)) {
                    cur = new Line();
                    out.add(cur);
                    curX1 = Float.NEGATIVE_INFINITY;
                }
                addToLine(cur, s);
                curX1 = Math.max(curX1, s.x1);
            }
        }
        for (Line l : out) finishLine(l);
        out.sort(Comparator.comparingDouble((Line l) -> l.top).thenComparingDouble(l -> l.x0));
        return out;
    }

    /** The cells of a row: its extents between gaps wider than {@link #LINE_SPLIT_GAP} em, left to right. */
    private static List<float[]> cells(Rows.Row r) {
        List<float[]> out = new ArrayList<>();
        float[] cur = null;
        float size = 0;
        for (Segment s : r.segs) {
            if (cur == null || s.x0 - cur[1] > LINE_SPLIT_GAP * Math.max(s.size, size)) {
                cur = new float[] {s.x0, s.x1};
                out.add(cur);
                size = s.size;
            } else {
                cur[1] = Math.max(cur[1], s.x1);
                size = Math.max(size, s.size);
            }
        }
        return out;
    }

    /** Whether row {@code ri} is a table row: see {@link #GRID_ALIGN}. */
    private static boolean gridRow(List<Rows.Row> rows, List<List<float[]>> cells, int ri) {
        Rows.Row r = rows.get(ri);
        List<float[]> c = cells.get(ri);
        if (c.size() < 2 || !tableCells(c, r.size)) return false;
        for (int k : new int[] {ri - 1, ri + 1}) {
            if (k < 0 || k >= rows.size()) continue;
            Rows.Row n = rows.get(k);
            float s = Math.max(r.size, n.size);
            if (Math.max(n.top - r.bottom, r.top - n.bottom) > GRID_ROW_GAP * s) continue;
            List<float[]> nc = cells.get(k);
            if (nc.size() < 2 || !tableCells(nc, n.size)) continue;
            int aligned = 0;
            for (float[] a : c) {
                for (float[] b : nc) {
                    if (Math.abs(a[0] - b[0]) <= GRID_ALIGN * s || Math.abs(a[1] - b[1]) <= GRID_ALIGN * s
                            || Math.abs(a[0] + a[1] - b[0] - b[1]) <= 2f * GRID_ALIGN * s) {
                        aligned++;
                        break;
                    }
                }
            }
            if (aligned >= GRID_ALIGNED) return true;
        }
        return false;
    }

    /** Three cells or more, or two short ones (see {@link #GRID_CELL_WIDTH}). */
    private static boolean tableCells(List<float[]> c, float size) {
        if (c.size() >= 3) return true;
        for (float[] a : c) if (a[1] - a[0] > GRID_CELL_WIDTH * size) return false;
        return true;
    }

    /**
     * Whether a row with a wide gap is a justified line of a paragraph (a line above or below it is
     * one cell across the gap, see {@link #cells}) rather than table cells or figure labels.
     */
    private static boolean inParagraph(List<Rows.Row> rows, List<List<float[]>> cells, int ri) {
        Rows.Row r = rows.get(ri);
        if (r.segs.size() < 2) return true;
        float x0 = r.segs.get(0).x0;
        float x1 = Float.NEGATIVE_INFINITY;
        for (Segment s : r.segs) x1 = Math.max(x1, s.x1);
        for (int k : new int[] {ri - 1, ri + 1}) {
            if (k < 0 || k >= rows.size()) continue;
            Rows.Row n = rows.get(k);
            if (Math.max(n.top - r.bottom, r.top - n.bottom) > 1.5f * r.size) continue;
            // a neighbour that is one cell reads as one line: one run, or the words of a justified line in a narrow
            // column with their spaces stretched ("intestinal   dysbiosis   is   marked   by"), several runs
            List<float[]> line = cells.get(k);
            if (line.size() != 1) continue;
            if (line.get(0)[0] <= x0 + r.size && line.get(0)[1] >= x1 - r.size) return true;
        }
        return false;
    }

    private static void addToLine(Line l, Segment s) {
        if (l.glyphs.isEmpty() || s.size > l.size * 1.05f) {
            l.top = s.top;
            l.bottom = s.bottom;
            l.base = s.base;
            l.size = s.size;
        }
        l.glyphs.addAll(s.glyphs);
        l.x0 = Math.min(l.x0, s.x0);
        l.x1 = Math.max(l.x1, s.x1);
    }

    private static void finishLine(Line l) {
        l.glyphs.sort(Comparator.comparingDouble((RawGlyph g) -> g.x0).thenComparingInt(g -> g.seq));
        Map<Integer, Integer> sizes = new HashMap<>();
        int bold = 0;
        int n = 0;
        for (RawGlyph g : l.glyphs) {
            if (g.isSpace()) continue;
            int w = g.word ? Math.max(1, g.text.length()) : 1;
            n += w;
            if (g.bold) bold += w;
            sizes.merge(Math.round(g.size * 4f), w, Integer::sum);
        }
        int best = -1;
        int bestN = -1;
        for (Map.Entry<Integer, Integer> e : sizes.entrySet()) {
            if (e.getValue() > bestN || (e.getValue() == bestN && e.getKey() > best)) {
                best = e.getKey();
                bestN = e.getValue();
            }
        }
        if (best > 0) l.size = best / 4f;
        l.bold = n > 0 && bold * 2 > n;
    }

    /** The line as output: spaces inserted at gaps, leading/trailing/double spaces dropped. */
    static TextLine toTextLine(int page, Line l) {
        List<Glyph> out = new ArrayList<>(l.glyphs.size() + 8);
        RawGlyph prev = null; // previous non-space glyph
        boolean pendingSpace = false;
        RawGlyph spaceProto = null;
        for (RawGlyph g : l.glyphs) {
            if (g.isSpace()) {
                if (prev != null) {
                    pendingSpace = true;
                    if (spaceProto == null) spaceProto = g;
                }
                continue;
            }
            if (prev != null) {
                float gap = g.x0 - prev.x1;
                float em = Math.max(prev.size, g.size);
                boolean gapSpace = prev.word || g.word || gap > SPACE_GAP * em;
                boolean shownSpace = pendingSpace && gap > HIDDEN_SPACE_GAP * em;
                if (shownSpace || gapSpace) {
                    if (spaceProto != null) {
                        out.add(new Glyph(" ", new BBox(spaceProto.oX0, spaceProto.oY0, spaceProto.oX1, spaceProto.oY1),
                                spaceProto.size, spaceProto.bold, spaceProto.font));
                    } else {
                        float x = (prev.oX1 + g.oX0) / 2f;
                        if (prev.dir == 0 && g.dir == 0) x = (prev.x1 + g.x0) / 2f;
                        out.add(new Glyph(" ", new BBox(x, prev.oY0, x, prev.oY1), prev.size, prev.bold, prev.font));
                    }
                }
            }
            out.add(g.toGlyph());
            prev = g;
            pendingSpace = false;
            spaceProto = null;
        }
        BBox box = null;
        for (Glyph g : out) box = g.box().union(box);
        return new TextLine(page, out, box, l.size, l.bold);
    }

    // ------------------------------------------------------------------ blocks

    private static final class Block {
        final List<Line> lines = new ArrayList<>();
        float left = Float.POSITIVE_INFINITY;
        float right = Float.NEGATIVE_INFINITY;
        float pitch = -1;

        Line last() {
            return lines.get(lines.size() - 1);
        }

        void add(Line l) {
            if (lines.size() == 1) pitch = l.base - last().base;
            lines.add(l);
            left = Math.min(left, l.x0);
            right = Math.max(right, l.x1);
        }
    }

    /**
     * Whether line {@code li} opens a new paragraph after {@code p}: {@code p} ends short of the
     * column's right edge, the line is indented and runs to the right edge, and the line after it
     * returns to the left edge (with a hanging indent, as in reference lists, it does not).
     */
    private static boolean isParagraphStart(List<Line> lines, int li, Line p, float left, float colRight) {
        Line l = lines.get(li);
        float s = Math.max(p.size, l.size);
        if (colRight - p.x1 < 1.0f * s) return false;
        if (l.x0 - left < 0.8f * s || l.x0 - p.x0 < 0.8f * s) return false;
        if (colRight - l.x1 > 2.0f * s) return false;
        for (int k = li + 1; k < lines.size() && k <= li + 12; k++) {
            Line n = lines.get(k);
            if (n.top < l.bottom - 0.3f * s) continue; // same row
            if (n.top - l.bottom > 1.2f * s) return true;
            if (Math.min(n.x1, l.x1) - Math.max(n.x0, l.x0) <= 0) continue;
            return Math.abs(n.x0 - p.x0) <= 0.5f * s;
        }
        return true;
    }

    private static void addBlocks(List<TextBlock> out, int page, int column, List<Segment> segs, boolean ocr) {
        List<Line> lines = lines(segs);
        float colRight = Float.NEGATIVE_INFINITY;
        for (Line l : lines) colRight = Math.max(colRight, l.x1);
        List<Block> blocks = new ArrayList<>();
        List<Block> open = new ArrayList<>();
        float sizeTol = ocr ? 0.4f : 0.08f;
        for (int li = 0; li < lines.size(); li++) {
            Line l = lines.get(li);
            Block best = null;
            float bestGap = Float.POSITIVE_INFINITY;
            for (int k = open.size() - 1; k >= 0; k--) {
                Block b = open.get(k);
                Line p = b.last();
                float s = Math.max(p.size, l.size);
                float gap = l.top - p.bottom;
                if (gap > 2.5f * s) {
                    open.remove(k);
                    continue;
                }
                if (gap < -0.3f * Math.min(p.size, l.size) || gap > 1.2f * s) continue;
                float ovX = Math.min(l.x1, p.x1) - Math.max(l.x0, p.x0);
                float ovB = Math.min(l.x1, b.right) - Math.max(l.x0, b.left);
                if (ovX <= 0 && ovB < 0.5f * Math.min(l.width(), b.right - b.left)) continue;
                if (Math.abs(l.size - p.size) > sizeTol * s) continue;
                if (!ocr && l.bold != p.bold) continue;
                if (b.pitch > 0 && l.base - p.base > 1.25f * b.pitch + 0.1f * s) continue;
                if (isParagraphStart(lines, li, p, b.left, colRight)) continue;
                if (gap < bestGap) {
                    bestGap = gap;
                    best = b;
                }
            }
            if (best == null) {
                best = new Block();
                blocks.add(best);
                open.add(best);
                best.lines.add(l);
                best.left = l.x0;
                best.right = l.x1;
            } else {
                best.add(l);
            }
        }
        for (Block b : blocks) {
            List<TextLine> tls = new ArrayList<>(b.lines.size());
            BBox box = null;
            for (Line l : b.lines) {
                TextLine tl = toTextLine(page, l);
                if (tl.glyphs().isEmpty()) continue;
                tls.add(tl);
                box = tl.box().union(box);
            }
            if (!tls.isEmpty()) out.add(new TextBlock(page, column, tls, box));
        }
    }
}
