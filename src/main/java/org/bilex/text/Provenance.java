package org.bilex.text;

import org.bilex.core.Chars;
import org.bilex.pdf.BBox;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Where each char of a paragraph's text sits in the PDF: its page, the line it was on and its
 * glyph box. Chars the cleaning inserted (a joining space) have no box. Immutable.
 */
public final class Provenance {

    private final int[] page;
    private final int[] line;
    private final float[] box; // x0,y0,x1,y1 per char; NaN when none

    Provenance(int[] page, int[] line, float[] box) {
        this.page = page;
        this.line = line;
        this.box = box;
    }

    public int length() {
        return page.length;
    }

    /** 1-based page of char i, or 0 when the char was inserted by the cleaning. */
    public int page(int i) {
        return page[i];
    }

    /** The first page in [start, end), or the nearest page before when the span has none. */
    public int firstPage(int start, int end) {
        for (int i = start; i < end && i < page.length; i++) if (page[i] > 0) return page[i];
        for (int i = Math.min(start, page.length) - 1; i >= 0; i--) if (page[i] > 0) return page[i];
        return 1;
    }

    /** Box of char i, or null. */
    public BBox box(int i) {
        if (Float.isNaN(box[4 * i])) return null;
        return new BBox(box[4 * i], box[4 * i + 1], box[4 * i + 2], box[4 * i + 3]);
    }

    /** Whether the chars of [start, end) come from OCR lines (line ids of OCR pages are negative). */
    public boolean ocr(int start, int end) {
        for (int i = start; i < end && i < line.length; i++) if (line[i] < 0) return true;
        return false;
    }

    /** The boxes of the span [start, end): one box per PDF line the span touches, in text order. */
    public List<PageBox> boxes(int start, int end) {
        List<PageBox> out = new ArrayList<>();
        int curLine = Integer.MIN_VALUE;
        int curPage = 0;
        BBox cur = null;
        for (int i = start; i < end && i < page.length; i++) {
            BBox b = box(i);
            if (b == null) continue;
            if (line[i] != curLine) {
                if (cur != null) out.add(PageBox.of(curPage, cur));
                curLine = line[i];
                curPage = page[i];
                cur = b;
            } else {
                cur = cur.union(b);
            }
        }
        if (cur != null) out.add(PageBox.of(curPage, cur));
        return out;
    }

    /** The provenance of [start, end). */
    public Provenance slice(int start, int end) {
        return new Provenance(Arrays.copyOfRange(page, start, end), Arrays.copyOfRange(line, start, end),
                Arrays.copyOfRange(box, 4 * start, 4 * end));
    }

    /** Accumulates per-char provenance alongside a StringBuilder. */
    public static final class Builder {
        private int[] page = new int[256];
        private int[] line = new int[256];
        private float[] box = new float[1024];
        private int n;

        public void add(int pg, int ln, BBox b) {
            if (n == page.length) {
                page = Arrays.copyOf(page, n * 2);
                line = Arrays.copyOf(line, n * 2);
                box = Arrays.copyOf(box, n * 8);
            }
            page[n] = pg;
            line[n] = ln;
            if (b == null) {
                Arrays.fill(box, 4 * n, 4 * n + 4, Float.NaN);
            } else {
                box[4 * n] = b.x0();
                box[4 * n + 1] = b.y0();
                box[4 * n + 2] = b.x1();
                box[4 * n + 3] = b.y1();
            }
            n++;
        }

        /** An inserted char: it takes the page of the char before it and no box. */
        public void addInserted() {
            add(n > 0 ? page[n - 1] : 0, n > 0 ? line[n - 1] : 0, null);
        }

        public int length() {
            return n;
        }

        public void truncate(int len) {
            n = Math.min(n, len);
        }

        public Provenance build() {
            return new Provenance(Arrays.copyOf(page, n), Arrays.copyOf(line, n), Arrays.copyOf(box, 4 * n));
        }
    }
}
