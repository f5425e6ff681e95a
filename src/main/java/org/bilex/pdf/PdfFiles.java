package org.bilex.pdf;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Checks of the raw file before PDFBox sees it: empty, not a PDF, cut short. */
final class PdfFiles {

    static final int HEADER_WINDOW = 1024;
    static final int EOF_WINDOW = 1024;
    static final int PADDED_EOF_WINDOW = 64 * 1024;

    private PdfFiles() {
    }

    /** Returns the file size, or throws the reason the file cannot be a complete PDF. */
    static long check(Path file) throws PdfException {
        if (!Files.isRegularFile(file)) {
            throw new PdfException("not-a-pdf", file + ": no such file");
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
            if (!endsWithEof(tail)) {
                throw new PdfException("truncated", file + ": the PDF is truncated (no %%EOF at the end of the file;"
                        + " it was probably cut short while downloading or copying)");
            }
            return size;
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
