package org.bilex.pdf;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A block across both columns that is no wider than one of them (see {@code Layout.spanningBreaks}):
 * two columns of body text end (the left one a line longer), a short heading set at the left margin
 * follows after white, and two columns start again level below it (a reference list in two columns
 * under its heading, a box of short lines across the page). The body's right column is read before
 * the heading, the heading before the columns below. And the cases that are not one: a heading inside
 * the left column with the right column's text beside it, and a hole in the right column (a figure
 * without a text layer) beside the left column's running text, keep plain column order.
 */
class SpanningBreakTest {

    @TempDir
    Path dir;

    private static final float SIZE = 9f;
    private static final float LEFT = 50f;
    private static final float GUTTER = 12f;
    private static final float COL2 = 303f;
    private static final float PITCH = 12.6f;

    private static String[] pool(boolean zh) {
        return zh ? "巨噬细胞分泌的外泌体可以调节肿瘤微环境中的免疫反应".split("")
                : "macrophages release small vesicles that shape the immune response inside the tumour bed".split(" ");
    }

    private static String[] refPool(boolean zh) {
        return zh ? "间充质干细胞外泌体研究进展测试期刊".split("") : "Author AB Journal of Tests volume pages year title".split(" ");
    }

    /** Draws two justified columns of the given lines from y down; returns the lines as drawn (col 1, col 2). */
    private static List<List<String>> columns(PDPageContentStream cs, PDFont f, String[] pool, float y, int n1, int n2, int seed, boolean zh)
            throws Exception {
        String sep = zh ? "" : " ";
        List<String> c1 = new ArrayList<>();
        List<String> c2 = new ArrayList<>();
        for (int i = 0; i < Math.max(n1, n2); i++, y -= PITCH) {
            if (i < n1) {
                List<String> l = SidebarBesideAbstractTest.words(f, pool, seed + 5 * i, COL2 - GUTTER - LEFT, zh);
                SidebarBesideAbstractTest.justify(cs, f, LEFT, COL2 - GUTTER, y, l);
                c1.add(String.join(sep, l));
            }
            if (i < n2) {
                List<String> l = SidebarBesideAbstractTest.words(f, pool, seed + 5 * i + 3, TestPdfs.W - LEFT - COL2, zh);
                SidebarBesideAbstractTest.justify(cs, f, COL2, TestPdfs.W - LEFT, y, l);
                c2.add(String.join(sep, l));
            }
        }
        return List.of(c1, c2);
    }

    private void headingAcrossColumns(boolean zh) throws Exception {
        List<String> want = new ArrayList<>();
        String heading = zh ? "研究进展" : "References";
        PdfPage page = TestPdfs.drawnPage(dir, zh, (cs, f) -> {
            float y = TestPdfs.H - 70f;
            LineTest.text(cs, f, 14f, LEFT, y, zh ? "巨噬细胞与外泌体的相互作用" : "Macrophages and their vesicles");
            y -= 2.2f * PITCH;
            List<List<String>> body = columns(cs, f, pool(zh), y, 14, 13, 0, zh); // the left column a line longer
            y -= 14 * PITCH + 0.9f * PITCH;
            LineTest.text(cs, f, 10.5f, LEFT, y, heading);
            y -= 1.5f * PITCH;
            List<List<String>> refs = columns(cs, f, refPool(zh), y, 8, 8, 1, zh);
            want.add(body.get(0).get(0));
            want.add(body.get(0).get(13));
            want.add(body.get(1).get(0));
            want.add(body.get(1).get(12));
            want.add(heading);
            want.add(refs.get(0).get(0));
            want.add(refs.get(0).get(7));
            want.add(refs.get(1).get(0));
            want.add(refs.get(1).get(7));
        });
        TestPdfs.assertInOrder(TestPdfs.normLines(page), want);
    }

    @Test
    void englishShortHeadingOverTwoColumnListIsReadBetweenTheBands() throws Exception {
        headingAcrossColumns(false);
    }

    @Test
    void chineseShortHeadingOverTwoColumnListIsReadBetweenTheBands() throws Exception {
        headingAcrossColumns(true);
    }

    /** A heading inside the left column, with the right column's text running on beside it: plain column order. */
    private void headingInColumn(boolean zh) throws Exception {
        List<String> want = new ArrayList<>();
        String heading = zh ? "测试" : "Discussion";
        PdfPage page = TestPdfs.drawnPage(dir, zh, (cs, f) -> {
            float y = TestPdfs.H - 70f;
            LineTest.text(cs, f, 14f, LEFT, y, zh ? "巨噬细胞与外泌体的相互作用" : "Macrophages and their vesicles");
            y -= 2.2f * PITCH;
            List<List<String>> top = columns(cs, f, pool(zh), y, 10, 0, 0, zh);
            // the right column runs on without a break from the top to the bottom
            List<List<String>> right = columns(cs, f, pool(zh), y, 0, 24, 2, zh);
            y -= 10 * PITCH + 0.9f * PITCH;
            LineTest.text(cs, f, 10.5f, LEFT, y, heading);
            y -= 1.5f * PITCH;
            List<List<String>> below = columns(cs, f, pool(zh), y, 10, 0, 4, zh);
            want.add(top.get(0).get(9));
            want.add(heading);
            want.add(below.get(0).get(0));
            want.add(right.get(1).get(0));
            want.add(right.get(1).get(23));
        });
        TestPdfs.assertInOrder(TestPdfs.normLines(page), want);
    }

    @Test
    void englishHeadingInsideAColumnStaysInIt() throws Exception {
        headingInColumn(false);
    }

    @Test
    void chineseHeadingInsideAColumnStaysInIt() throws Exception {
        headingInColumn(true);
    }

    /**
     * The right column has a hole (a figure without text) beside the left column's running text, and
     * both columns go on level below it: the left column's lines beside the hole have no break above
     * them, so they stay in the left column, read before the right column.
     */
    private void holeBesideRunningText(boolean zh) throws Exception {
        List<String> want = new ArrayList<>();
        PdfPage page = TestPdfs.drawnPage(dir, zh, (cs, f) -> {
            float y = TestPdfs.H - 70f;
            LineTest.text(cs, f, 14f, LEFT, y, zh ? "巨噬细胞与外泌体的相互作用" : "Macrophages and their vesicles");
            y -= 2.2f * PITCH;
            List<List<String>> left = columns(cs, f, pool(zh), y, 30, 0, 0, zh);
            List<List<String>> above = columns(cs, f, pool(zh), y, 0, 10, 2, zh);
            List<List<String>> below = columns(cs, f, pool(zh), y - 18 * PITCH, 0, 12, 4, zh);
            want.add(left.get(0).get(0));
            want.add(left.get(0).get(12));
            want.add(left.get(0).get(29));
            want.add(above.get(1).get(0));
            want.add(above.get(1).get(9));
            want.add(below.get(1).get(0));
        });
        TestPdfs.assertInOrder(TestPdfs.normLines(page), want);
    }

    @Test
    void englishHoleInOneColumnBesideRunningTextKeepsColumnOrder() throws Exception {
        holeBesideRunningText(false);
    }

    @Test
    void chineseHoleInOneColumnBesideRunningTextKeepsColumnOrder() throws Exception {
        holeBesideRunningText(true);
    }
}
