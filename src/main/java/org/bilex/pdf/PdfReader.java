package org.bilex.pdf;

import java.nio.file.Path;

/** The PDF stage: reads a PDF into pages, blocks and lines in reading order. */
public interface PdfReader {

    /**
     * Reads one PDF.
     *
     * @throws PdfException when the file is not a readable PDF (encrypted, truncated, empty,
     *                      not a PDF, no text on any page)
     */
    PdfDocument read(Path file) throws PdfException;
}
