package org.bilex.pdf;

import java.util.ArrayList;
import java.util.List;

/**
 * A horizontal run of glyphs on one baseline with no large gap: the unit the column analysis works
 * on. Its core ({@link #top}..{@link #bottom}, {@link #base}, {@link #size}) is that of its largest
 * glyphs, so that superscripts and subscripts do not widen it.
 */
final class Segment {
    final List<RawGlyph> glyphs = new ArrayList<>();
    float x0 = Float.POSITIVE_INFINITY;
    float x1 = Float.NEGATIVE_INFINITY;
    float top, bottom, base, size;
    /** Full width (column 0) after classification. */
    boolean fullWidth;
    /** Column 1..n after classification. */
    int column;
    /** OCR: the page region ({@link Regions}, reading order) the segment was read in; -1 when none. */
    int region = -1;

    /** Adds a glyph; a space joins the run but never stretches or sizes it. */
    void add(RawGlyph g) {
        glyphs.add(g);
        if (g.isSpace()) return;
        x0 = Math.min(x0, g.x0);
        x1 = Math.max(x1, g.x1);
        if (glyphs.size() == 1 || g.size > size * 1.05f) {
            size = g.size;
            base = g.base;
            top = g.cTop;
            bottom = g.cBot;
        }
    }

    float cx() {
        return (x0 + x1) / 2f;
    }

    float cy() {
        return (top + bottom) / 2f;
    }

    float height() {
        return bottom - top;
    }

    /** Vertical overlap of the two cores divided by the smaller core height. */
    float overlapRatio(float oTop, float oBottom) {
        float ov = Math.min(bottom, oBottom) - Math.max(top, oTop);
        float h = Math.min(bottom - top, oBottom - oTop);
        return h <= 0 ? 0 : ov / h;
    }

    int nonSpaceCount() {
        int n = 0;
        for (RawGlyph g : glyphs) if (!g.isSpace()) n++;
        return n;
    }

    static Segment of(List<RawGlyph> gs) {
        Segment s = new Segment();
        for (RawGlyph g : gs) s.add(g);
        return s;
    }
}
