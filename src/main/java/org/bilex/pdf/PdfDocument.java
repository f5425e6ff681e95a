package org.bilex.pdf;

import java.util.List;

/**
 * The result of the PDF stage for one file.
 *
 * @param pages    the pages in order
 * @param warnings human-readable warnings (pages left out, OCR not available, ...)
 */
public record PdfDocument(List<PdfPage> pages, List<String> warnings) {

    public PdfDocument {
        pages = List.copyOf(pages);
        warnings = List.copyOf(warnings);
    }
}
