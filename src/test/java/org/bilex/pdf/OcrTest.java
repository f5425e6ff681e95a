package org.bilex.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.Assumptions;

/** Image-only pages: OCR when tesseract is there, a warning when it is not. */
class OcrTest {

    @TempDir
    static Path dir;
    static Path scan;

    @BeforeAll
    static void make() throws Exception {
        scan = dir.resolve("scan.pdf");
        TestPdfs.writeScan(scan, new String[] {"This first page has a real text layer."},
                new String[] {"Mesenchymal stem cells release exosomes", "that promote skin wound healing.",
                        "Exosome therapy reduced inflammation in 2023."});
    }

    @Test
    void imageOnlyPageIsOcred() throws Exception {
        Assumptions.assumeTrue(Tesseract.find() != null, "tesseract not installed");
        PdfDocument d = new PdfBoxReader(new PdfOptions(true, 300, "eng", 100)).read(scan);
        assertEquals(PageText.TEXT, d.pages().get(0).text());
        PdfPage p = d.pages().get(1);
        assertEquals(PageText.OCR, p.text());
        assertTrue(d.warnings().isEmpty(), d.warnings().toString());
        StringBuilder sb = new StringBuilder();
        for (TextBlock b : p.blocks()) for (TextLine l : b.lines()) sb.append(l.text()).append('\n');
        String text = sb.toString();
        assertTrue(text.contains("Mesenchymal stem cells release exosomes"), text);
        assertTrue(text.contains("skin wound healing"), text);
        assertTrue(text.contains("2023"), text);
        // in reading order, one line per printed line
        assertTrue(text.indexOf("Mesenchymal") < text.indexOf("wound") && text.indexOf("wound") < text.indexOf("2023"));
        TextLine first = p.blocks().get(0).lines().get(0);
        assertTrue(first.box().x0() > 60 && first.box().x0() < 85, "OCR boxes are in points: " + first.box());
    }

    @Test
    void withoutOcrTheImagePageIsLeftOutWithAWarning() throws Exception {
        PdfDocument d = new PdfBoxReader(PdfOptions.defaults().withOcr(false)).read(scan);
        assertEquals(PageText.EMPTY, d.pages().get(1).text());
        assertTrue(d.pages().get(1).blocks().isEmpty());
        assertEquals(1, d.warnings().size(), d.warnings().toString());
        String w = d.warnings().get(0);
        assertTrue(w.contains("page 2"), w);
        assertTrue(w.contains("tesseract-ocr") && w.contains("tesseract-ocr-chi-sim"), w);
    }

    @Test
    void tsvRowsBecomeLinesOfWords() {
        List<String> tsv = List.of(
                "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext",
                "1\t1\t0\t0\t0\t0\t0\t0\t2480\t3508\t-1\t",
                "4\t1\t1\t1\t1\t0\t300\t400\t900\t50\t-1\t",
                "5\t1\t1\t1\t1\t1\t300\t400\t200\t50\t96.5\tStem",
                "5\t1\t1\t1\t1\t2\t520\t400\t180\t50\t95.1\tcells",
                "5\t1\t1\t1\t1\t3\t720\t402\t48\t48\t12.0\t~",
                "4\t1\t1\t1\t2\t0\t300\t480\t300\t52\t-1\t",
                "5\t1\t1\t1\t2\t1\t300\t480\t48\t52\t91.0\t干",
                "5\t1\t1\t1\t2\t2\t352\t480\t48\t52\t90.0\t细",
                "5\t1\t1\t1\t2\t3\t404\t480\t48\t52\t92.0\t胞");
        List<Segment> segs = Tesseract.parseTsv(tsv, 72f / 300f);
        assertEquals(2, segs.size());
        assertEquals(2, segs.get(0).glyphs.size(), "low-confidence noise dropped");
        Layout.Result r = Layout.run(1, segs, true, true);
        List<String> lines = r.blocks().stream().flatMap(b -> b.lines().stream()).map(TextLine::text).toList();
        assertEquals(List.of("Stem cells", "干 细 胞"), lines);
        assertEquals(72f, r.blocks().get(0).box().x0(), 0.01f);
    }

    @Test
    void linesWithAndWithoutDescendersGetOneFontSizeInBothLanguages() {
        // one font: a line with descenders is 52 px of ink, one without (ascenders only) 40 px, one
        // whose only descender is a comma 44 px; ideographs fill the em box whatever the line says
        String head = "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext";
        List<String> tsv = List.of(head,
                "4\t1\t1\t1\t1\t0\t300\t400\t900\t52\t-1\t",
                "5\t1\t1\t1\t1\t1\t300\t400\t400\t52\t95\tsignalling",
                "5\t1\t1\t1\t1\t2\t720\t400\t300\t52\t95\tpathway",
                "4\t1\t1\t1\t2\t0\t300\t470\t900\t40\t-1\t",
                "5\t1\t1\t1\t2\t1\t300\t470\t200\t40\t95\tthe",
                "5\t1\t1\t1\t2\t2\t520\t470\t500\t40\t95\tmicroenvironment",
                "4\t1\t1\t1\t3\t0\t300\t540\t900\t44\t-1\t",
                "5\t1\t1\t1\t3\t1\t300\t540\t300\t44\t95\tKIRC,",
                "5\t1\t1\t1\t3\t2\t620\t540\t200\t44\t95\tother",
                "4\t1\t1\t1\t4\t0\t300\t610\t300\t52\t-1\t",
                "5\t1\t1\t1\t4\t1\t300\t610\t200\t52\t95\t巨噬细胞",
                "5\t1\t1\t1\t4\t2\t520\t610\t80\t52\t95\tM2");
        float pt = 72f / 300f;
        List<Segment> segs = Tesseract.parseTsv(tsv, pt);
        assertEquals(4, segs.size());
        float full = segs.get(0).glyphs.get(0).size;
        assertEquals(0.85f * 52 * pt, full, 0.01f, "a line with descenders: 0.85 of its ink height");
        assertEquals(full, segs.get(1).glyphs.get(0).size, 0.05f * full, "a line without descenders: the same size, not 0.76 of it");
        assertEquals(full, segs.get(2).glyphs.get(0).size, 0.05f * full, "a comma's tail only: the same size");
        assertEquals(full, segs.get(3).glyphs.get(0).size, 0.01f, "ideographs: 0.85 of the ink height, as before");
        assertEquals((470 + 40) * pt, segs.get(1).glyphs.get(0).base, 0.01f, "without descenders the ink ends on the baseline");
    }
}
