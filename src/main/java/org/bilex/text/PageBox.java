package org.bilex.text;

import org.bilex.pdf.BBox;

/** A box on a page, in points from the top-left corner, rounded to 0.1 pt for stable output. */
public record PageBox(int page, double x0, double y0, double x1, double y1) {

    public static PageBox of(int page, BBox b) {
        return new PageBox(page, r(b.x0()), r(b.y0()), r(b.x1()), r(b.y1()));
    }

    private static double r(float v) {
        return Math.round(v * 10.0) / 10.0;
    }
}
