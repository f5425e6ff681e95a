package org.bilex.text;

import org.bilex.pdf.PdfDocument;

/** The text stage: turns the PDF stage's lines into clean, structured paragraphs. */
public interface TextCleaner {

    CleanDocument clean(PdfDocument pdf);
}
