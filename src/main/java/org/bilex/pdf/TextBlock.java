package org.bilex.pdf;

import java.util.List;

/**
 * A block of lines that belong together by layout (a paragraph-like region: same column,
 * regular line spacing, similar font), as found by the layout analysis.
 *
 * @param page    1-based page number
 * @param column  0 for full-width blocks (spanning all columns), else 1..n left to right
 * @param lines   lines top to bottom
 * @param box     union of the line boxes
 */
public record TextBlock(int page, int column, List<TextLine> lines, BBox box) {

    public TextBlock {
        lines = List.copyOf(lines);
    }
}
