package org.bilex.pdf;

import java.util.List;

/**
 * One page: its size, its blocks in reading order, and what its text layer was.
 *
 * @param number  1-based page number
 * @param width   page width in points
 * @param height  page height in points
 * @param blocks  text blocks in reading order
 * @param text    the state of the page's text layer
 * @param columns the number of body columns found on the page (1 when single column)
 */
public record PdfPage(int number, float width, float height, List<TextBlock> blocks, PageText text, int columns) {

    public PdfPage {
        blocks = List.copyOf(blocks);
    }
}
