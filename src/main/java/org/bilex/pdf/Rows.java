package org.bilex.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Rows of segments: the one grouping step that both {@link Layout} (lines) and {@link TableBands}
 * (table rows across a gutter) work on. Segments are taken top to bottom; each joins the recent row
 * whose core it overlaps most (at least half of the smaller core height), else it opens a row. A
 * row's core (top, bottom, size) is that of its largest segment, so a superscript or a small
 * label does not stretch it. Rows come out top to bottom, their segments left to right.
 */
final class Rows {

    /** How many of the latest rows a segment is compared with (rows of one y range are recent). */
    static final int LOOK_BACK = 12;

    private Rows() {
    }

    /** One row: its segments left to right and its core. */
    static final class Row {
        final List<Segment> segs = new ArrayList<>();
        float top, bottom, size;

        void add(Segment s) {
            segs.add(s);
            if (segs.size() == 1 || s.size > size * 1.05f) {
                top = s.top;
                bottom = s.bottom;
                size = s.size;
            }
        }

        float x0() {
            float v = Float.POSITIVE_INFINITY;
            for (Segment s : segs) v = Math.min(v, s.x0);
            return v;
        }

        float x1() {
            float v = Float.NEGATIVE_INFINITY;
            for (Segment s : segs) v = Math.max(v, s.x1);
            return v;
        }
    }

    /** The rows of the segments, top to bottom, each left to right. */
    static List<Row> of(List<Segment> segs) {
        List<Segment> sorted = new ArrayList<>(segs);
        sorted.sort(Comparator.comparingDouble((Segment s) -> s.top).thenComparingDouble(s -> s.x0));
        List<Row> rows = new ArrayList<>();
        for (Segment s : sorted) {
            Row best = null;
            float bestOv = 0.5f;
            for (int k = rows.size() - 1; k >= 0 && k >= rows.size() - LOOK_BACK; k--) {
                Row r = rows.get(k);
                float ov = s.overlapRatio(r.top, r.bottom);
                if (ov >= bestOv) {
                    bestOv = ov;
                    best = r;
                }
            }
            if (best == null) {
                best = new Row();
                rows.add(best);
            }
            best.add(s);
        }
        rows.sort(Comparator.comparingDouble((Row r) -> r.top));
        for (Row r : rows) r.segs.sort(Comparator.comparingDouble((Segment s) -> s.x0));
        return rows;
    }
}
