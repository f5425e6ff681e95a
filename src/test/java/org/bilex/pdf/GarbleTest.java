package org.bilex.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Detection of mojibake text layers, and OCR of such a page. */
class GarbleTest {

    static final Path FHIT = TestPdfs.REAL.resolve(
            "zh_biomed_journal-page_FHIT-PCR-SSCP_fonts-not-embedded_unknown-license.pdf");

    /** The verdict for every page of a file. */
    static List<Garble.Verdict> verdicts(Path pdf) throws IOException {
        List<Garble.Verdict> out = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            GlyphCollector c = new GlyphCollector();
            for (PDPage p : doc.getPages()) out.add(Garble.judge(c.collect(p)));
        }
        return out;
    }

    @Test
    void fhitPageIsGarbled() throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(FHIT));
        Garble.Verdict v = verdicts(FHIT).get(0);
        assertTrue(v.garbled(), v.toString());
        assertEquals(1, v.garbledFonts().size(), "only the GBK 宋体 font is judged garbled: " + v);
    }

    @Test
    void noOtherRealPageIsGarbled() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(TestPdfs.REAL));
        List<Path> files = new ArrayList<>();
        files.add(TestPdfs.CORPUS_PDF);
        files.add(TestPdfs.REAL.resolve(RealPdfTest.EMM));
        files.add(TestPdfs.REAL.resolve(RealPdfTest.JTMO));
        files.add(TestPdfs.REAL.resolve(RealPdfTest.ZH));
        for (Path f : files) {
            List<Garble.Verdict> vs = verdicts(f);
            for (int i = 0; i < vs.size(); i++) {
                assertFalse(vs.get(i).garbled(), f.getFileName() + " page " + (i + 1) + ": " + vs.get(i));
                assertEquals(0, vs.get(i).junk(), f.getFileName() + " page " + (i + 1));
            }
        }
    }

    @Test
    void junkCharacters() {
        assertTrue(Garble.isJunk(""));
        assertTrue(Garble.isJunk("\u0003"));
        assertTrue(Garble.isJunk("\uE012"));
        assertTrue(Garble.isJunk("\uFFFD"));
        assertFalse(Garble.isJunk("基"));
        assertFalse(Garble.isJunk("é"));
        assertTrue(Garble.isLatin1Symbolic("»"));
        assertFalse(Garble.isLatin1Symbolic("a"));
    }

    @Test
    void gbkFontNamesAreRecognised() {
        assertEquals("宋体", LegacyCjk.gbkName("ËÎÌå"));
        assertEquals(null, LegacyCjk.gbkName("TimesNewRoman"));
        assertEquals(null, LegacyCjk.gbkName("Müller"));
    }

    @Test
    void withoutOcrTheFhitPageGivesNoText() {
        Assumptions.assumeTrue(Files.isRegularFile(FHIT));
        PdfException e = assertThrows(PdfException.class,
                () -> new PdfBoxReader(PdfOptions.defaults().withOcr(false)).read(FHIT));
        assertEquals("no-text", e.reason());
        assertTrue(e.getMessage().contains("tesseract-ocr"), e.getMessage());
    }

    @Test
    void withOcrTheFhitPageComesBackWithChineseAndEnglish() throws Exception {
        Assumptions.assumeTrue(Files.isRegularFile(FHIT));
        Assumptions.assumeTrue(Tesseract.find() != null, "tesseract not installed");
        PdfDocument d = new PdfBoxReader(PdfOptions.defaults().withOcr(true)).read(FHIT);
        PdfPage p = d.pages().get(0);
        assertEquals(PageText.OCR, p.text());
        String text = OrderCheck.squeeze(String.join("\n", OrderCheck.lines(d)));
        // the Chinese captions, decoded from the GBK bytes of the legacy font
        assertTrue(text.contains("基因外显子"), text);
        assertTrue(text.contains("电泳图"), text);
        // the English captions, from OCR
        assertTrue(text.contains("Agaroseelectrophoresis"), text);
        assertTrue(text.contains("SSCPanalysisofFHITexon"), text);
    }
}
