package org.bilex.text;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.bilex.pdf.PageText;
import org.bilex.pdf.PdfBoxReader;
import org.bilex.pdf.PdfDocument;
import org.bilex.pdf.PdfOptions;
import org.bilex.pdf.TestPdfs;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The text stage measured end to end: character error rate against the article's exact text
 * on the corpus PDF and on PDFs made from that text in other layouts, no page furniture and no
 * layout spaces between CJK characters in the output.
 */
class TextQualityTest {

    static final Path CORPUS = Path.of("../shared/corpus/000_bc1c06d065d022ba.pdf");
    static final Path TRUTH = Path.of("../shared/corpus-src/000_bc1c06d065d022ba.truth.md");
    static final Pattern CJK_SPACE_CJK = Pattern.compile("[\\p{IsHan}，。、；：！？（）【】《》“”][ \\u00A0\\u3000]+[\\p{IsHan}，。、；：！？（）【】《》“”]");
    static final Set<Role> BODY = EnumSet.of(Role.ABSTRACT, Role.BODY, Role.KEYWORDS);
    static final PdfBoxReader NO_OCR = new PdfBoxReader(PdfOptions.defaults().withOcr(false));
    static final LayoutTextCleaner CLEANER = new LayoutTextCleaner();

    @TempDir
    static Path dir;
    static List<String> paragraphs;

    @BeforeAll
    static void setUp() throws Exception {
        List<String> all = TestPdfs.truthParagraphs();
        paragraphs = new ArrayList<>();
        int chars = 0;
        for (String p : all) {
            paragraphs.add(p);
            chars += p.length();
            if (chars > 5000) break;
        }
    }

    static String text(CleanDocument doc, Set<Role> roles) {
        StringBuilder sb = new StringBuilder();
        for (Paragraph p : doc.paragraphs()) if (roles.contains(p.role())) sb.append(p.text()).append('\n');
        return sb.toString();
    }

    static void assertNoCjkSpaces(CleanDocument doc) {
        for (Paragraph p : doc.paragraphs()) {
            assertFalse(CJK_SPACE_CJK.matcher(p.text()).find(), () -> "CJK-space-CJK left in: " + p.text());
        }
    }

    @Test
    void corpusBodyTextIsWithinHalfAPercentOfTheTruth() throws Exception {
        CleanDocument doc = CLEANER.clean(NO_OCR.read(CORPUS));
        StringBuilder truth = new StringBuilder();
        for (String l : Files.readAllLines(TRUTH, StandardCharsets.UTF_8)) if (!l.startsWith("#")) truth.append(l).append('\n');
        double cer = Cer.rate(truth.toString(), text(doc, BODY));
        System.out.printf("corpus CER %.5f%n", cer);
        assertTrue(cer <= 0.005, "CER " + cer);
        assertNoCjkSpaces(doc);
        // the running head of pages 2-3 and the page numbers are gone, and recorded as dropped
        assertTrue(doc.droppedLines().stream().anyMatch(l -> l.contains("间充质干细胞外泌体在皮肤组织修复与再生中的研究进展")));
        assertTrue(doc.droppedLines().stream().anyMatch(l -> l.endsWith(": 1")));
        for (Paragraph p : doc.paragraphs()) {
            assertFalse(p.text().contains("中的研究进展中") || p.text().matches("\\d+"), p.text());
        }
        // sections: title, abstracts, 8 numbered headings, body with its heading
        assertEquals(Role.TITLE, doc.paragraphs().get(0).role());
        assertEquals(2, doc.paragraphs().stream().filter(p -> p.role() == Role.ABSTRACT).count());
        assertEquals(8, doc.paragraphs().stream().filter(p -> p.role() == Role.HEADING).count());
        Paragraph p42 = doc.paragraphs().stream().filter(p -> p.text().startsWith("皮肤创面愈合是有序的")).findFirst().orElseThrow();
        assertEquals("4.2 MSCs-exo在皮肤创面愈合中的作用", p42.heading());
        // citation marks are data, out of the match text
        assertTrue(p42.citations().stream().anyMatch(c -> c.refs().equals(List.of(28))));
        assertFalse(p42.match().text().contains("[28]"));
    }

    private double layout(String name, TestPdfs.Spec spec) throws Exception {
        Path pdf = dir.resolve(name + ".pdf");
        List<String> placed = TestPdfs.writeLayout(pdf, spec, "间充质干细胞外泌体研究进展", paragraphs);
        CleanDocument doc = CLEANER.clean(NO_OCR.read(pdf));
        double cer = Cer.rate(String.join("\n", placed), text(doc, EnumSet.of(Role.BODY, Role.ABSTRACT, Role.FRONT)));
        System.out.printf("%s CER %.5f%n", name, cer);
        assertNoCjkSpaces(doc);
        for (Paragraph p : doc.paragraphs()) {
            assertFalse(p.text().contains(TestPdfs.RUNNING_HEAD), "running head left in " + p.text());
        }
        return cer;
    }

    @Test
    void singleColumn() throws Exception {
        assertTrue(layout("one", new TestPdfs.Spec(1, 0, 10.5f, 17f, false, 0, null)) <= 0.005);
    }

    @Test
    void twoJustifiedColumns() throws Exception {
        assertTrue(layout("two", new TestPdfs.Spec(2, 18f, 9.5f, 14f, true, 0, null)) <= 0.005);
    }

    @Test
    void threeColumns() throws Exception {
        assertTrue(layout("three", new TestPdfs.Spec(3, 14f, 9f, 13f, true, 0, null)) <= 0.005);
    }

    @Test
    void narrowGutter() throws Exception {
        assertTrue(layout("narrow", new TestPdfs.Spec(2, 9f, 10.5f, 15f, true, 0, null)) <= 0.005);
    }

    @Test
    void scannedCopyIsReadByOcr() throws Exception {
        Assumptions.assumeTrue(onPath("tesseract") || System.getenv("CI") != null, "tesseract not installed");
        Path pdf = dir.resolve("forscan.pdf");
        List<String> placed = TestPdfs.writeLayout(pdf, new TestPdfs.Spec(1, 0, 12f, 20f, false, 0, null),
                "间充质干细胞外泌体研究进展", paragraphs.subList(0, 2));
        Path scan = dir.resolve("scan.pdf");
        try (PDDocument src = Loader.loadPDF(pdf.toFile()); PDDocument out = new PDDocument()) {
            BufferedImage img = new PDFRenderer(src).renderImageWithDPI(0, 300f, ImageType.GRAY);
            PDPage page = new PDPage(PDRectangle.A4);
            out.addPage(page);
            PDImageXObject x = LosslessFactory.createFromImage(out, img);
            try (PDPageContentStream cs = new PDPageContentStream(out, page)) {
                cs.drawImage(x, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
            }
            out.save(scan.toFile());
        }
        PdfDocument read = new PdfBoxReader().read(scan);
        assertEquals(PageText.OCR, read.pages().get(0).text());
        CleanDocument doc = CLEANER.clean(read);
        assertNoCjkSpaces(doc);
        // the first page of the layout holds the title and the start of the first paragraph
        String ocr = text(doc, EnumSet.allOf(Role.class));
        String expected = Cer.normalise(String.join("", placed));
        String got = Cer.normalise(ocr);
        String prefix = expected.substring(0, Math.min(expected.length(), got.length()));
        double cer = (double) Cer.distance(prefix, got.substring(0, Math.min(got.length(), prefix.length()))) / prefix.length();
        System.out.printf("scanned CER %.5f over %d chars%n", cer, prefix.length());
        assertTrue(cer <= 0.05, "OCR CER " + cer);
        assertTrue(doc.paragraphs().stream().allMatch(p -> p.provenance().ocr(0, p.text().length())));
    }

    static boolean onPath(String exe) {
        for (String d : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (Files.isExecutable(Path.of(d, exe))) return true;
        }
        return false;
    }
}
