package org.bilex.pdf;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Checks of the raw file before PDFBox sees it: missing, a folder, empty, not a PDF; and whether it
 * ends as a PDF should ({@code %%EOF}). A file that does not is not refused here: a complete PDF
 * with its final {@code %%EOF} missing or with bytes appended after it (an HTML error page, a
 * signature) is common, and PDFBox's lenient parser reads it, as Poppler and qpdf do. The reader
 * judges such a file by what it finds in it ({@link PdfBoxReader}: objects or pages missing make it
 * {@code truncated}).
 */
final class PdfFiles {

    /**
     * The file's size and whether it ends as a PDF does: {@code %%EOF} followed only by white space
     * or padding, or at least its {@code startxref} in the last kilobyte (a damaged last line is
     * damage, not truncation).
     */
    record Checked(long size, boolean endsWithEof) {
    }

    static final int HEADER_WINDOW = 1024;
    static final int EOF_WINDOW = 1024;
    static final int PADDED_EOF_WINDOW = 64 * 1024;

    private PdfFiles() {
    }

    /** Returns the file size and how it ends, or throws the reason the file cannot be a PDF. */
    static Checked check(Path file) throws PdfException {
        if (Files.isDirectory(file)) {
            throw new PdfException("not-a-pdf", file + ": a folder, not a PDF file");
        }
        if (!Files.exists(file)) {
            throw new PdfException("not-a-pdf", file + ": no such file");
        }
        if (!Files.isRegularFile(file)) {
            throw new PdfException("not-a-pdf", file + ": not a regular file");
        }
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
            long size = raf.length();
            if (size == 0) throw new PdfException("empty-file", file + ": the file is empty (0 bytes)");
            byte[] head = new byte[(int) Math.min(HEADER_WINDOW, size)];
            raf.readFully(head);
            if (indexOf(head, "%PDF-".getBytes(StandardCharsets.US_ASCII), 0) < 0) {
                throw new PdfException("not-a-pdf", file + ": not a PDF (no %PDF- header in the first "
                        + HEADER_WINDOW + " bytes)");
            }
            int n = (int) Math.min(PADDED_EOF_WINDOW, size);
            byte[] tail = new byte[n];
            raf.seek(size - n);
            raf.readFully(tail);
            return new Checked(size, endsWithEof(tail) || lastIndexOf(
                    java.util.Arrays.copyOfRange(tail, Math.max(0, tail.length - EOF_WINDOW), tail.length),
                    "startxref".getBytes(StandardCharsets.US_ASCII)) >= 0);
        } catch (IOException e) {
            throw new PdfException("damaged", file + ": cannot read the file: " + e.getMessage(), e);
        }
    }

    /** %%EOF within the last kilobyte, or followed only by white space and NUL padding. */
    static boolean endsWithEof(byte[] tail) {
        byte[] eof = "%%EOF".getBytes(StandardCharsets.US_ASCII);
        int last = lastIndexOf(tail, eof);
        if (last < 0) return false;
        int after = last + eof.length;
        if (tail.length - after <= EOF_WINDOW - eof.length) return true;
        for (int i = after; i < tail.length; i++) {
            byte b = tail[i];
            if (b != 0 && b != ' ' && b != '\r' && b != '\n' && b != '\t' && b != '\f') return false;
        }
        return true;
    }

    static int lastIndexOf(byte[] hay, byte[] needle) {
        outer:
        for (int i = hay.length - needle.length; i >= 0; i--) {
            for (int j = 0; j < needle.length; j++) if (hay[i + j] != needle[j]) continue outer;
            return i;
        }
        return -1;
    }

    static int indexOf(byte[] hay, byte[] needle, int from) {
        outer:
        for (int i = Math.max(0, from); i <= hay.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) if (hay[i + j] != needle[j]) continue outer;
            return i;
        }
        return -1;
    }
}
