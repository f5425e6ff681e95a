package org.bilex.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The corpus PDF: a Chinese two-column review with a full-width title and abstract. */
class CorpusReadingOrderTest {

    static final String RUNNING_HEAD = "间充质干细胞外泌体在皮肤组织修复与再生中的研究进展";
    static PdfDocument doc;
    static String truth;

    @BeforeAll
    static void read() throws Exception {
        doc = new PdfBoxReader(PdfOptions.defaults().withOcr(false)).read(TestPdfs.CORPUS_PDF);
        truth = Files.readString(TestPdfs.CORPUS_TRUTH, StandardCharsets.UTF_8).replace("#", "");
    }

    static boolean furniture(String line) {
        String s = OrderCheck.squeeze(line);
        return s.matches("\\d+") || s.equals(RUNNING_HEAD);
    }

    @Test
    void bodyLinesComeInTheOrderOfTheText() {
        OrderCheck.Result r = OrderCheck.check(OrderCheck.lines(doc), truth, CorpusReadingOrderTest::furniture);
        assertTrue(r.total() > 150, r.toString());
        assertTrue(r.fraction() >= 0.98, r.toString());
    }

    @Test
    void everyPageHasTwoColumnsAndATextLayer() {
        assertEquals(3, doc.pages().size());
        for (PdfPage p : doc.pages()) {
            assertEquals(PageText.TEXT, p.text());
            assertEquals(2, p.columns(), "page " + p.number());
        }
        assertTrue(doc.warnings().isEmpty(), doc.warnings().toString());
    }

    @Test
    void titleAndAbstractAreFullWidthAndFirst() {
        List<TextBlock> b = doc.pages().get(0).blocks();
        assertEquals(0, b.get(0).column());
        assertEquals("间充质干细胞外泌体在皮肤组织修复与再生中的机制及临床应用研究进展",
                OrderCheck.squeeze(b.get(0).lines().get(0).text() + b.get(0).lines().get(1).text()));
        assertTrue(b.get(1).lines().get(0).text().startsWith("【摘要】"));
        assertEquals(0, b.get(1).column());
        assertTrue(b.get(2).lines().get(0).text().startsWith("[Abstract]"));
        assertEquals(0, b.get(2).column());
        assertTrue(b.get(3).lines().get(0).text().startsWith("干细胞是一种"), "body starts in column 1");
        assertEquals(1, b.get(3).column());
    }

    @Test
    void pageNumbersAndRunningHeadsAreBlocksOfTheirOwn() {
        for (PdfPage p : doc.pages()) {
            TextBlock num = GeneratedLayoutTest.find(p, String.valueOf(p.number()), true);
            assertNotNull(num, "page number on page " + p.number());
            assertEquals(1, num.lines().size());
            assertEquals(p.blocks().get(p.blocks().size() - 1), num, "the page number is read last");
            if (p.number() > 1) {
                TextBlock head = GeneratedLayoutTest.find(p, RUNNING_HEAD, true);
                assertNotNull(head, "running head on page " + p.number());
                assertEquals(1, head.lines().size());
                assertEquals(p.blocks().get(0), head, "the running head is read first");
            }
        }
    }

    @Test
    void headingsAreBlocksOfTheirOwn() throws Exception {
        List<String> headings = new ArrayList<>();
        for (String l : Files.readAllLines(TestPdfs.CORPUS_TRUTH, StandardCharsets.UTF_8)) {
            if (l.startsWith("## ") || l.startsWith("### ")) headings.add(OrderCheck.squeeze(l.replace("#", "")));
        }
        assertEquals(8, headings.size());
        for (String h : headings) {
            TextBlock found = null;
            for (PdfPage p : doc.pages()) {
                TextBlock b = GeneratedLayoutTest.find(p, h, true);
                if (b != null) found = b;
            }
            assertNotNull(found, "heading " + h);
            assertEquals(1, found.lines().size(), "heading " + h + " alone in its block");
        }
    }

    @Test
    void justifiedEnglishKeepsWordSpaces() {
        String all = String.join("\n", OrderCheck.lines(doc));
        assertTrue(all.contains("Mesenchymal stem cells are non-hematopoietic stem cells originating from mesoderm"), all);
        assertTrue(all.contains("clinical application of mesenchymal stem cell exosomes in skin tissue repair and regeneration."));
        assertTrue(all.contains("间充质干细胞是起源于中胚层的非造血干细胞"), "CJK text is not split");
        assertTrue(all.contains("泌效应被认为是MSCs的主要作用机制[1]，特别是通过分"), "citation marks stay in their line");
    }
}
