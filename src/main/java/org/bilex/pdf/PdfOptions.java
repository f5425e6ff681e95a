package org.bilex.pdf;

import java.nio.file.Path;

/**
 * Settings of {@link PdfBoxReader}.
 *
 * @param ocr            OCR pages without a usable text layer (needs {@code tesseract} on PATH)
 * @param ocrDpi         resolution at which pages are rendered for OCR
 * @param ocrLanguages   tesseract language list, e.g. {@code "chi_sim+eng"}, or {@code "auto"}: the settings of
 *                       {@code ocrSettings} for the language of the document ({@link OcrSettings})
 * @param maxPages       files with more pages are refused ("too-large")
 * @param maxStreamBytes files with a page content stream that decompresses to more bytes are refused
 *                       ("too-large"): the guard against compression bombs (see {@link PdfGuard})
 * @param ocrSettings    the OCR settings table, one row per page language ({@link OcrSettings}): the file the
 *                       models manifest lists for the {@code pdf} component ({@link PdfBoxReader#load}), or
 *                       {@link #DEFAULT_OCR_SETTINGS} for callers without a manifest; read at the first OCRed page
 */
public record PdfOptions(boolean ocr, int ocrDpi, String ocrLanguages, int maxPages, long maxStreamBytes, Path ocrSettings) {

    public static final int DEFAULT_DPI = 300;
    /** Tesseract languages and settings from the OCR settings table, by the language of the document's text layer. */
    public static final String AUTO = "auto";
    public static final String DEFAULT_LANGUAGES = AUTO;
    public static final int DEFAULT_MAX_PAGES = 5000;
    /** 64 MiB: a page of a dense vector figure has a few MiB; a bomb has gigabytes. */
    public static final long DEFAULT_MAX_STREAM_BYTES = 64L << 20;
    /** The OCR settings of the models folder in the working directory (as {@code --models}' default). */
    public static final Path DEFAULT_OCR_SETTINGS = Path.of("models", "pdf", "ocr.tsv");

    public PdfOptions {
        if (ocrDpi < 50 || ocrDpi > 1200) throw new IllegalArgumentException("ocrDpi must be 50..1200: " + ocrDpi);
        if (ocrLanguages == null || !ocrLanguages.matches("[A-Za-z0-9_+]+")) {
            throw new IllegalArgumentException("ocrLanguages must look like chi_sim+eng: " + ocrLanguages);
        }
        if (maxPages < 1) throw new IllegalArgumentException("maxPages must be positive: " + maxPages);
        if (maxStreamBytes < 1) throw new IllegalArgumentException("maxStreamBytes must be positive: " + maxStreamBytes);
        if (ocrSettings == null) throw new IllegalArgumentException("ocrSettings must not be null");
    }

    public PdfOptions(boolean ocr, int ocrDpi, String ocrLanguages, int maxPages, long maxStreamBytes) {
        this(ocr, ocrDpi, ocrLanguages, maxPages, maxStreamBytes, DEFAULT_OCR_SETTINGS);
    }

    public PdfOptions(boolean ocr, int ocrDpi, String ocrLanguages, int maxPages) {
        this(ocr, ocrDpi, ocrLanguages, maxPages, DEFAULT_MAX_STREAM_BYTES);
    }

    /** OCR on when tesseract is on PATH, 300 dpi, settings of models/pdf/ocr.tsv, at most 5000 pages, streams up to 64 MiB. */
    public static PdfOptions defaults() {
        return new PdfOptions(Tesseract.find() != null, DEFAULT_DPI, DEFAULT_LANGUAGES, DEFAULT_MAX_PAGES);
    }

    public PdfOptions withOcr(boolean on) {
        return new PdfOptions(on, ocrDpi, ocrLanguages, maxPages, maxStreamBytes, ocrSettings);
    }

    public PdfOptions withMaxPages(int n) {
        return new PdfOptions(ocr, ocrDpi, ocrLanguages, n, maxStreamBytes, ocrSettings);
    }

    public PdfOptions withMaxStreamBytes(long n) {
        return new PdfOptions(ocr, ocrDpi, ocrLanguages, maxPages, n, ocrSettings);
    }

    public PdfOptions withOcrSettings(Path file) {
        return new PdfOptions(ocr, ocrDpi, ocrLanguages, maxPages, maxStreamBytes, file);
    }
}
