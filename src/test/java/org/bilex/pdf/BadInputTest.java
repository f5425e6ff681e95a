package org.bilex.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Files that are not readable PDFs give a PdfException with the right reason and one line. */
class BadInputTest {

    @TempDir
    static Path dir;
    static Path twoPages;
    static final PdfBoxReader READER = new PdfBoxReader(PdfOptions.defaults().withOcr(false));

    @BeforeAll
    static void make() throws Exception {
        twoPages = dir.resolve("two-pages.pdf");
        try (PDDocument doc = new PDDocument()) {
            TestPdfs.addTextPage(doc, "Exosomes derived from mesenchymal stem cells.", "A second line of text.");
            TestPdfs.addTextPage(doc, "The second page.");
            doc.save(twoPages.toFile());
        }
    }

    static PdfException fails(Path p, PdfReader reader, String reason) {
        PdfException e = assertThrows(PdfException.class, () -> reader.read(p));
        assertEquals(reason, e.reason(), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
        assertTrue(e.getMessage().contains(p.getFileName().toString()), "names the file: " + e.getMessage());
        return e;
    }

    @Test
    void zeroBytes() throws Exception {
        Path p = Files.write(dir.resolve("empty.pdf"), new byte[0]);
        fails(p, READER, "empty-file");
    }

    @Test
    void textFileNamedPdf() throws Exception {
        Path p = Files.writeString(dir.resolve("notes.pdf"), "These are notes, not a PDF.\n".repeat(100));
        fails(p, READER, "not-a-pdf");
    }

    @Test
    void htmlPageSavedAsPdf() throws Exception {
        Path p = Files.writeString(dir.resolve("page.pdf"), "<!DOCTYPE html><html><body>%PDF-1.7 later</body></html>"
                .indent(2000), StandardCharsets.UTF_8);
        fails(p, READER, "not-a-pdf");
    }

    @Test
    void missingFile() {
        fails(dir.resolve("does-not-exist.pdf"), READER, "not-a-pdf");
    }

    @Test
    void userPassword() throws Exception {
        Path p = dir.resolve("locked.pdf");
        TestPdfs.encrypt(twoPages, p, "secret");
        PdfException e = fails(p, READER, "encrypted");
        assertTrue(e.getMessage().contains("password"));
    }

    @Test
    void ownerPasswordOnlyIsReadNormally() throws Exception {
        Path p = dir.resolve("owner-only.pdf");
        TestPdfs.encrypt(twoPages, p, null);
        PdfDocument d = READER.read(p);
        assertEquals(2, d.pages().size());
        assertEquals("Exosomes derived from mesenchymal stem cells.",
                d.pages().get(0).blocks().get(0).lines().get(0).text());
    }

    @ParameterizedTest
    @ValueSource(doubles = {0.05, 0.5, 0.95})
    void truncated(double fraction) throws Exception {
        Path p = dir.resolve("cut-" + fraction + ".pdf");
        TestPdfs.truncate(TestPdfs.CORPUS_PDF, p, fraction);
        fails(p, READER, "truncated");
    }

    @Test
    void truncatedSmallFile() throws Exception {
        Path p = dir.resolve("cut-small.pdf");
        TestPdfs.truncate(twoPages, p, 0.5);
        fails(p, READER, "truncated");
    }

    /** The text of every page, for comparing a repaired file with its original. */
    static java.util.List<String> text(Path p) throws PdfException {
        java.util.List<String> out = new java.util.ArrayList<>();
        for (PdfPage page : READER.read(p).pages()) {
            for (var b : page.blocks()) for (var l : b.lines()) out.add(page.number() + ": " + l.text());
        }
        return out;
    }

    static byte[] withoutEof(byte[] b) {
        String tail = new String(b, b.length - 64, 64, StandardCharsets.ISO_8859_1);
        return Arrays.copyOf(b, b.length - 64 + tail.lastIndexOf("%%EOF"));
    }

    /**
     * Complete files that do not end as they should are read whole, as Poppler and qpdf read them
     * (issue 14: they were refused as truncated): the final %%EOF missing, bytes appended after it
     * (an HTML error page, a signature), the cross-reference table damaged or cut off with the
     * trailer; for the small test PDF and the corpus PDF.
     */
    @ParameterizedTest
    @ValueSource(strings = {"no-eof", "html-appended", "bytes-appended", "xref-damaged", "xref-garbage", "xref-cut"})
    void completeFilesWithABrokenEndAreRead(String damage) throws Exception {
        for (Path src : new Path[]{twoPages, TestPdfs.CORPUS_PDF}) {
            byte[] b = Files.readAllBytes(src);
            String latin = new String(b, StandardCharsets.ISO_8859_1);
            int xref = latin.lastIndexOf("xref");
            byte[] m = switch (damage) {
                case "no-eof" -> withoutEof(b);
                case "html-appended" -> concat(b, ("<!DOCTYPE html><html><body>" + "Service unavailable. ".repeat(4000)
                        + "</body></html>\n").getBytes(StandardCharsets.US_ASCII));
                case "bytes-appended" -> concat(b, new byte[]{'P', 'K', 3, 4, (byte) 0xff, 0x00, 0x13, 'x', 'y'});
                case "xref-damaged" -> {
                    byte[] c = b.clone();
                    for (int i = xref + 12; i < Math.min(c.length - 40, xref + 600); i++) {
                        if (c[i] >= '0' && c[i] <= '9') c[i] = (byte) ('0' + (c[i] - '0' + 7) % 10);
                    }
                    yield c;
                }
                case "xref-garbage" -> {
                    byte[] c = b.clone();
                    for (int i = xref; i < Math.min(c.length - 40, xref + 300); i++) c[i] = (byte) ('#' + i % 7);
                    yield c;
                }
                default -> Arrays.copyOf(b, xref); // everything after the last object lost
            };
            Path p = Files.write(dir.resolve(damage + "-" + src.getFileName()), m);
            assertEquals(text(src), text(p), damage + " of " + src.getFileName());
        }
    }

    static byte[] concat(byte[] a, byte[] b) {
        byte[] c = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, c, a.length, b.length);
        return c;
    }

    @Test
    void tooManyPages() throws Exception {
        PdfException e = fails(twoPages, new PdfBoxReader(new PdfOptions(false, 300, "eng", 1)), "too-large");
        assertTrue(e.getMessage().contains("2 pages"), e.getMessage());
    }

    @Test
    void damaged() throws Exception {
        Path p = Files.writeString(dir.resolve("junk.pdf"), "%PDF-1.7\n1 0 obj << /Type /Nonsense >> endobj\n"
                + "trailer << /Root 9 0 R >>\n%%EOF\n", StandardCharsets.US_ASCII);
        fails(p, READER, "damaged");
    }

    @Test
    void blankPagesHaveNoText() throws Exception {
        Path p = dir.resolve("blank.pdf");
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            doc.addPage(new PDPage());
            doc.save(p.toFile());
        }
        PdfException e = fails(p, READER, "no-text");
        assertTrue(e.getMessage().contains("OCR"), e.getMessage());
    }

    @Test
    void paddingAfterEofIsNotTruncation() throws Exception {
        Path p = dir.resolve("padded.pdf");
        byte[] b = Files.readAllBytes(twoPages);
        byte[] padded = Arrays.copyOf(b, b.length + 4000); // NUL padding, as some servers add
        Files.write(p, padded);
        assertEquals(2, READER.read(p).pages().size());
    }

    /** A hand-made PDF: catalog, a page tree declaring {@code count} pages, one page with text; complete or cut before its end. */
    static String rawPdf(int count, boolean complete) {
        String content = "BT /F1 12 Tf 72 700 Td (Exosomes carry proteins.) Tj ET";
        String[] objs = {"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count " + count + " >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>",
                "<< /Length " + content.length() + " >>\nstream\n" + content + "\nendstream",
                "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"};
        StringBuilder sb = new StringBuilder("%PDF-1.7\n");
        java.util.List<Integer> offsets = new java.util.ArrayList<>();
        for (int i = 0; i < objs.length; i++) {
            offsets.add(sb.length());
            sb.append(i + 1).append(" 0 obj\n").append(objs[i]).append("\nendobj\n");
        }
        if (!complete) return sb.toString();
        int xref = sb.length();
        sb.append("xref\n0 ").append(objs.length + 1).append("\n0000000000 65535 f \n");
        for (int o : offsets) sb.append(String.format("%010d 00000 n \n", o));
        sb.append("trailer\n<< /Size ").append(objs.length + 1).append(" /Root 1 0 R >>\nstartxref\n").append(xref).append("\n%%EOF\n");
        return sb.toString();
    }

    /** Pages missing from a file that ends as a PDF should are damage, not truncation (issue 14). */
    @Test
    void missingPagesAreTruncationOnlyInAFileCutShort() throws Exception {
        Path whole = Files.writeString(dir.resolve("tree.pdf"), rawPdf(2, true), StandardCharsets.US_ASCII);
        assertTrue(fails(whole, READER, "damaged").getMessage().contains("declares 2 pages but only 1"));
        // cut inside its page object: truncated
        String raw = rawPdf(2, false);
        Path cut = Files.writeString(dir.resolve("tree-cut.pdf"), raw.substring(0, raw.indexOf("/Contents 4 0 R")), StandardCharsets.US_ASCII);
        fails(cut, READER, "truncated");
        Path fine = Files.writeString(dir.resolve("tree-ok.pdf"), rawPdf(1, true), StandardCharsets.US_ASCII);
        assertEquals(1, READER.read(fine).pages().size());
    }
}
