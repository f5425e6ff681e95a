package org.bilex.pdf;

import java.util.List;

/**
 * A line of text: glyphs on one baseline, left to right, with the spaces that the layout
 * implies already present as glyphs whose text is " " (with a zero-width box at the gap).
 *
 * @param page     1-based page number
 * @param glyphs   glyphs left to right
 * @param box      union of the glyph boxes
 * @param fontSize dominant font size of the line
 * @param bold     whether most of the line is bold
 */
public record TextLine(int page, List<Glyph> glyphs, BBox box, float fontSize, boolean bold) {

    public TextLine {
        glyphs = List.copyOf(glyphs);
    }

    /** The line's text: the concatenation of its glyphs' texts. */
    public String text() {
        StringBuilder sb = new StringBuilder();
        for (Glyph g : glyphs) sb.append(g.text());
        return sb.toString();
    }
}
