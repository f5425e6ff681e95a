package org.bilex.pdf;

/**
 * A glyph (or an OCR word) while the page is being laid out. Mutable and private to one
 * {@link PdfBoxReader#read} call.
 *
 * <p>Two vertical extents are kept: the <em>core</em> ({@code cTop..cBot}) is what the layout
 * compares (derived from the baseline and the font size, so that glyphs of different fonts on one
 * baseline line up), the <em>output</em> box ({@code oX0..oY1}) is what ends up in {@link Glyph#box()}.
 * For text in the main direction of the page both share {@code x0..x1}.
 */
final class RawGlyph {
    String text;
    /** Horizontal extent in the layout frame (text direction adjusted). */
    float x0, x1;
    /** Baseline y (top-down) in the layout frame. */
    float base;
    /** Effective font size in points. */
    float size;
    /** Core vertical extent used for line grouping. */
    float cTop, cBot;
    /** Output box in page coordinates. */
    float oX0, oY0, oX1, oY1;
    boolean bold;
    String font;
    /** Index of the font in the document (for per-font judgement), -1 for OCR words. */
    int fontId = -1;
    /** Character code (single code fonts), -1 when not known. */
    int code = -1;
    /** Order in the content stream. */
    int seq;
    /** An OCR word: always separated from its neighbours by a space. */
    boolean word;
    /** Text direction in degrees (0, 90, 180, 270) as PDFBox reports it. */
    int dir;

    float width() {
        return x1 - x0;
    }

    /** 0 unknown, 1 white space, 2 not; a glyph's text only changes by merging an accent into it. */
    private byte spaceState;

    boolean isSpace() {
        if (spaceState == 0) spaceState = isBlank(text) ? (byte) 1 : (byte) 2;
        return spaceState == 1;
    }

    /** Empty or only white space, including no-break and ideographic spaces. */
    static boolean isBlank(String t) {
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) return false;
        }
        return true;
    }

    /** Sets the core from the baseline and size (typographic em box: 0.75 above, 0.25 below). */
    void coreFromBaseline() {
        cTop = base - 0.75f * size;
        cBot = base + 0.25f * size;
    }

    Glyph toGlyph() {
        return new Glyph(text, new BBox(oX0, oY0, oX1, oY1), size, bold, font);
    }
}
