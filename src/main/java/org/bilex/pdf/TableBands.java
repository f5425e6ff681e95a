package org.bilex.pdf;

import java.util.ArrayList;
import java.util.List;

import org.bilex.pdf.Rows.Row;

/**
 * A full-width table on a page of columns: its rows cross the gutter, so that its cells fall into
 * both columns and would be read as column 1's cells, then column 2's. Such a table shows as a run
 * of rows, one below the other at table pitch, each with cells on both sides of a gutter where the
 * cells right of it do not start at the column edge (nor at a paragraph indent) but further in (or,
 * where a table column does start at the column edge, the row has two cells or more, several em
 * apart, on each side of the gutter: a column's line is one piece), and
 * line up (left, right or centre) from row to row, with at least three cells to the row. Running text
 * beside running text never does: a column's lines start at its edge. Every segment of such a run is
 * full width, and so is a one-line caption directly above it (or a note directly below it) that is
 * closer to the table than to the text of its own column.
 *
 * <p>All distances are in em of the page's body font size.
 */
final class TableBands {

    /** Cells right of a gutter begin at least this far from it: past a paragraph indent (1–2 em). */
    static final float CELL_OFFSET = 2.5f;
    /** The first cells right of the gutter of two rows line up (left, right or centre) within this. */
    static final float CELL_ALIGN = 0.6f;
    /** Rows of one table follow each other at most this far apart (top to top). */
    static final float ROW_PITCH = 3.0f;
    /** Least rows in a run: a heading beside a paragraph is one row, a table has a head and rows. */
    static final int MIN_ROWS = 3;
    /** Least cells (segments) on a row: one cell each side could be two columns' lines. */
    static final int MIN_CELLS = 3;

    private TableBands() {
    }

    /** Marks the segments of full-width tables (and their one-line caption or note) full width. */
    static void mark(List<Segment> segs, List<Layout.Gutter> gutters, float body) {
        if (gutters.isEmpty() || body <= 0) return;
        List<Row> rows = rows(segs);
        for (int gi = 0; gi < gutters.size(); gi++) {
            Layout.Gutter g = gutters.get(gi);
            float rightLimit = gi + 1 < gutters.size() ? gutters.get(gi + 1).lo() : Float.POSITIVE_INFINITY;
            float leftLimit = gi > 0 ? gutters.get(gi - 1).hi() : Float.NEGATIVE_INFINITY;
            Segment[] key = new Segment[rows.size()];
            for (int r = 0; r < rows.size(); r++) key[r] = keyCell(rows.get(r), g, leftLimit, rightLimit, body);
            int r = 0;
            while (r < rows.size()) {
                if (key[r] == null) {
                    r++;
                    continue;
                }
                int end = r + 1;
                while (end < rows.size() && key[end] != null
                        && rows.get(end).top - rows.get(end - 1).top <= ROW_PITCH * body
                        && aligned(key[end - 1], key[end], body)) {
                    end++;
                }
                if (end - r >= MIN_ROWS) {
                    for (int k = r; k < end; k++) for (Segment s : rows.get(k).segs) s.fullWidth = true;
                    if (r > 0 && attached(rows, r - 1, r, rows.get(r).top - rows.get(r - 1).bottom, g, body, -1)) {
                        for (Segment s : rows.get(r - 1).segs) s.fullWidth = true;
                    }
                    if (end < rows.size() && attached(rows, end, end - 1, rows.get(end).top - rows.get(end - 1).bottom, g, body, +1)) {
                        for (Segment s : rows.get(end).segs) s.fullWidth = true;
                    }
                }
                r = end;
            }
        }
    }

    /** The rows ({@link Rows}) of the segments not yet full width. */
    private static List<Row> rows(List<Segment> segs) {
        List<Segment> open = new ArrayList<>();
        for (Segment s : segs) if (!s.fullWidth) open.add(s);
        return Rows.of(open);
    }

    /**
     * The first cell right of the gutter when the row looks like a table row across it: cells on
     * both sides, at least {@link #MIN_CELLS} in all, and the first right of it away from the column
     * edge; otherwise null.
     */
    private static Segment keyCell(Row row, Layout.Gutter g, float leftLimit, float rightLimit, float body) {
        int left = 0;
        int cells = 0;
        Segment first = null;
        List<Segment> lefts = new ArrayList<>();
        List<Segment> rights = new ArrayList<>();
        for (Segment s : row.segs) {
            float c = s.cx();
            if (c < leftLimit || c > rightLimit) continue;
            cells++;
            if (c < g.center()) {
                left++;
                lefts.add(s);
            } else {
                rights.add(s);
                if (first == null || s.x0 < first.x0) first = s;
            }
        }
        if (left == 0 || first == null || cells < MIN_CELLS) return null;
        if (first.x0 >= g.hi() + CELL_OFFSET * body) return first;
        // a table column that starts at the column edge: cells apart on both sides of the gutter
        return separateCells(lefts, body) && separateCells(rights, body) ? first : null;
    }

    /**
     * Two cells or more (segments left to right, as {@link Rows} gives them), each at least
     * {@link Layout#LINE_SPLIT_GAP} em from the one before: a table's cells, not a column's line.
     */
    private static boolean separateCells(List<Segment> segs, float body) {
        if (segs.size() < 2) return false;
        for (int i = 1; i < segs.size(); i++) {
            if (segs.get(i).x0 - segs.get(i - 1).x1 < Layout.LINE_SPLIT_GAP * body) return false;
        }
        return true;
    }

    private static boolean aligned(Segment a, Segment b, float body) {
        float tol = CELL_ALIGN * body;
        return Math.abs(a.x0 - b.x0) <= tol || Math.abs(a.x1 - b.x1) <= tol || Math.abs(a.cx() - b.cx()) <= tol;
    }

    /**
     * Whether row {@code k} (a caption above the table, dir -1, or a note below it, dir +1) lies on
     * one side of the gutter only and is closer to the table than to the next text of its side.
     */
    private static boolean attached(List<Row> rows, int k, int tableRow, float gap, Layout.Gutter g, float body, int dir) {
        Row row = rows.get(k);
        if (gap > ROW_PITCH * body) return false;
        boolean left = false;
        boolean right = false;
        float x0 = Float.POSITIVE_INFINITY;
        float x1 = Float.NEGATIVE_INFINITY;
        for (Segment s : row.segs) {
            if (s.cx() < g.center()) left = true;
            else right = true;
            x0 = Math.min(x0, s.x0);
            x1 = Math.max(x1, s.x1);
        }
        if (left == right) return false;
        int n = k + dir;
        if (n < 0 || n >= rows.size()) return true;
        Row next = rows.get(n);
        for (Segment s : next.segs) {
            if (s.x1 > x0 && s.x0 < x1) { // text of its side beyond it
                float other = dir < 0 ? row.top - next.bottom : next.top - row.bottom;
                return other > gap;
            }
        }
        return true;
    }
}
