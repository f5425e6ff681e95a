package org.bilex.text;

import java.util.List;

/**
 * The result of the text stage.
 *
 * @param paragraphs      paragraphs in reading order (all roles; references included)
 * @param references      number of entries found in the reference list
 * @param pages           number of pages of the PDF
 * @param droppedLines    lines removed as running heads, footers and page numbers
 * @param warnings        warnings carried over from the PDF stage and added here
 */
public record CleanDocument(List<Paragraph> paragraphs, int references, int pages, List<String> droppedLines,
                            List<String> warnings) {

    public CleanDocument {
        paragraphs = List.copyOf(paragraphs);
        droppedLines = List.copyOf(droppedLines);
        warnings = List.copyOf(warnings);
    }
}
