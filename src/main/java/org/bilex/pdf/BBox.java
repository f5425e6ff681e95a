package org.bilex.pdf;

/**
 * An axis-aligned box in PDF points, in page coordinates with the origin at the top left
 * of the page and y growing downwards (the convention of PDFBox's text positions).
 */
public record BBox(float x0, float y0, float x1, float y1) {

    public BBox {
        if (x1 < x0) { float t = x0; x0 = x1; x1 = t; }
        if (y1 < y0) { float t = y0; y0 = y1; y1 = t; }
    }

    public float width() { return x1 - x0; }

    public float height() { return y1 - y0; }

    public float centerX() { return (x0 + x1) / 2f; }

    public float centerY() { return (y0 + y1) / 2f; }

    public BBox union(BBox o) {
        if (o == null) return this;
        return new BBox(Math.min(x0, o.x0), Math.min(y0, o.y0), Math.max(x1, o.x1), Math.max(y1, o.y1));
    }

    /** Overlap of the two boxes' horizontal extents, in points (0 when disjoint). */
    public float overlapX(BBox o) {
        return Math.max(0f, Math.min(x1, o.x1) - Math.max(x0, o.x0));
    }

    /** Overlap of the two boxes' vertical extents, in points (0 when disjoint). */
    public float overlapY(BBox o) {
        return Math.max(0f, Math.min(y1, o.y1) - Math.max(y0, o.y0));
    }
}
