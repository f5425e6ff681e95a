package org.bilex.pdf;

/** What the text layer of a page turned out to be. */
public enum PageText {
    /** A usable text layer. */
    TEXT,
    /** No text layer (image only, or blank). */
    EMPTY,
    /** A text layer whose characters do not map to real text (fonts without a Unicode map). */
    GARBLED,
    /** The text comes from OCR of the rendered page. */
    OCR
}
