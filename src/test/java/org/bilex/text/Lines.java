package org.bilex.text;

import org.bilex.core.Chars;
import org.bilex.pdf.BBox;
import org.bilex.pdf.Glyph;
import org.bilex.pdf.TextLine;

import java.util.ArrayList;
import java.util.List;

/** Builds synthetic PDF lines for tests: one glyph per char, CJK chars one em wide, others half. */
public final class Lines {

    private Lines() {
    }

    /** The text of a paragraph built from {@code lines}, one under the other, with {@code d} deciding line-end hyphens. */
    public static String paragraph(Dehyphenator d, String... lines) {
        ParagraphTextBuilder b = new ParagraphTextBuilder(d);
        float y = 100;
        for (String l : lines) {
            b.addLine(line(1, 50, y, 10, l), (int) y);
            y += 14;
        }
        return b.text();
    }

    public static TextLine line(int page, float x, float y, float size, String text) {
        List<Glyph> glyphs = new ArrayList<>();
        float cx = x;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            float w = Chars.isCjk(c) ? size : size * 0.5f;
            glyphs.add(new Glyph(String.valueOf(c), new BBox(cx, y, cx + (c == ' ' ? 0 : w), y + size), size, false, "F"));
            cx += w;
        }
        BBox box = new BBox(x, y, cx, y + size);
        return new TextLine(page, glyphs, box, size, false);
    }

    /** A line whose chars from index {@code supFrom} to {@code supTo} are set as small raised superscript. */
    public static TextLine lineWithSuperscript(int page, float x, float y, float size, String text, int supFrom, int supTo) {
        List<Glyph> glyphs = new ArrayList<>();
        float cx = x;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean sup = i >= supFrom && i < supTo;
            float s = sup ? size * 0.6f : size;
            float w = Chars.isCjk(c) ? s : s * 0.5f;
            float top = sup ? y - size * 0.1f : y;
            glyphs.add(new Glyph(String.valueOf(c), new BBox(cx, top, cx + w, top + s), s, false, "F"));
            cx += w;
        }
        return new TextLine(page, glyphs, new BBox(x, y, cx, y + size), size, false);
    }
}
