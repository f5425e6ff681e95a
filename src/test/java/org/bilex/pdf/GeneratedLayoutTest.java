package org.bilex.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading order on generated layouts built from the paragraphs of the corpus truth text. */
class GeneratedLayoutTest {

    static final String TITLE = "间充质干细胞外泌体在皮肤组织修复与再生中的机制";
    static final String CAPTION = "图 1 间充质干细胞外泌体的来源与功能示意图 (Figure 1 spans both columns)";

    @TempDir
    static Path dir;
    static List<String> paragraphs;
    static final PdfBoxReader READER = new PdfBoxReader(PdfOptions.defaults().withOcr(false));

    @BeforeAll
    static void setUp() throws Exception {
        List<String> all = TestPdfs.truthParagraphs();
        paragraphs = new ArrayList<>();
        int chars = 0;
        for (String p : all) { // enough text for two or three pages
            paragraphs.add(p);
            chars += p.length();
            if (chars > 6000) break;
        }
    }

    private record Run(PdfDocument doc, List<String> placed) {
    }

    private static Run build(String name, TestPdfs.Spec spec) throws Exception {
        Path pdf = dir.resolve(name + ".pdf");
        List<String> placed = TestPdfs.writeLayout(pdf, spec, TITLE, paragraphs);
        return new Run(READER.read(pdf), placed);
    }

    private static boolean furniture(String line) {
        String s = OrderCheck.squeeze(line);
        return s.matches("\\d+") || s.equals(OrderCheck.squeeze(TestPdfs.RUNNING_HEAD))
                || s.equals(OrderCheck.squeeze(TITLE));
    }

    private static void assertInOrder(Run r) {
        TextBlock first = r.doc().pages().get(0).blocks().get(0);
        assertEquals(TITLE, first.lines().get(0).text(), "the title comes first");
        OrderCheck.Result res = OrderCheck.check(OrderCheck.lines(r.doc()), String.join("", r.placed()),
                GeneratedLayoutTest::furniture);
        assertTrue(res.total() > 100, "too few lines: " + res);
        assertTrue(res.fraction() >= 0.98, res.toString());
    }

    private static void assertColumns(Run r, int expected) {
        List<PdfPage> pages = r.doc().pages();
        assertTrue(pages.size() >= 2, "expected at least two pages");
        // every page but the last (which may be short) is a full body page
        for (int i = 0; i < pages.size() - 1; i++) {
            assertEquals(expected, pages.get(i).columns(), "columns on page " + (i + 1));
        }
    }

    /** The page number and (from page 2) the running head are blocks of their own. */
    private static void assertFurnitureAlone(Run r) {
        for (PdfPage p : r.doc().pages()) {
            TextBlock num = find(p, String.valueOf(p.number()), true);
            assertNotNull(num, "page number block on page " + p.number());
            assertEquals(1, num.lines().size(), "page number alone on page " + p.number());
            if (p.number() > 1) {
                TextBlock head = find(p, OrderCheck.squeeze(TestPdfs.RUNNING_HEAD), true);
                assertNotNull(head, "running head on page " + p.number());
                assertEquals(1, head.lines().size(), "running head alone on page " + p.number());
            }
        }
    }

    static TextBlock find(PdfPage p, String squeezed, boolean whole) {
        for (TextBlock b : p.blocks()) {
            for (TextLine l : b.lines()) {
                String t = OrderCheck.squeeze(l.text());
                if (whole ? t.equals(squeezed) : t.contains(squeezed)) return b;
            }
        }
        return null;
    }

    @Test
    void singleColumn() throws Exception {
        Run r = build("one", new TestPdfs.Spec(1, 0, 10.5f, 17f, false, 0, null));
        assertInOrder(r);
        assertColumns(r, 1);
        assertFurnitureAlone(r);
    }

    @Test
    void twoColumnsJustified() throws Exception {
        Run r = build("two", new TestPdfs.Spec(2, 18f, 9.5f, 14f, true, 0, null));
        assertInOrder(r);
        assertColumns(r, 2);
        assertFurnitureAlone(r);
    }

    @Test
    void threeColumns() throws Exception {
        Run r = build("three", new TestPdfs.Spec(3, 14f, 9f, 13f, true, 0, null));
        assertInOrder(r);
        assertColumns(r, 3);
        assertFurnitureAlone(r);
    }

    @Test
    void twoColumnsNarrowGutter() throws Exception {
        Run r = build("narrow", new TestPdfs.Spec(2, 9f, 10.5f, 15f, true, 0, null));
        assertInOrder(r);
        assertColumns(r, 2);
    }

    @Test
    void fullWidthCaptionBetweenBands() throws Exception {
        Run r = build("caption", new TestPdfs.Spec(2, 16f, 9.5f, 14f, true, 12, CAPTION));
        assertInOrder(r);
        PdfPage p1 = r.doc().pages().get(0);
        assertEquals(2, p1.columns());
        TextBlock cap = find(p1, OrderCheck.squeeze(CAPTION), true);
        assertNotNull(cap, "caption block");
        assertEquals(0, cap.column(), "the caption is full width");
        assertEquals(1, cap.lines().size(), "the caption is a block of its own");
        // the upper band (both columns) comes before the caption, the lower band after it
        int capIdx = p1.blocks().indexOf(cap);
        for (int i = 0; i < p1.blocks().size(); i++) {
            TextBlock b = p1.blocks().get(i);
            if (b.column() == 0) continue;
            if (b.box().y1() < cap.box().y0()) assertTrue(i < capIdx, "upper band block after the caption: " + i);
            if (b.box().y0() > cap.box().y1()) assertTrue(i > capIdx, "lower band block before the caption: " + i);
        }
    }
}
