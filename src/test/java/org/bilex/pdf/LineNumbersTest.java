package org.bilex.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A review manuscript numbers its lines in the left margin (see {@code Layout.withoutLineNumbers}):
 * the numbers are not part of the text and are not glued to the lines beside them. A table whose first
 * column numbers its rows, inside the text's column, keeps its numbers.
 */
class LineNumbersTest {

    @TempDir
    Path dir;

    private static final float SIZE = 9f;
    private static final float LEFT = 90f;
    private static final float PITCH = 18f;

    private static String[] pool(boolean zh) {
        return zh ? "巨噬细胞分泌的外泌体可以调节肿瘤微环境中的免疫反应".split("")
                : "macrophages release small vesicles that shape the immune response inside the tumour bed".split(" ");
    }

    private List<String> lines(PdfPage page) {
        List<String> out = new ArrayList<>();
        for (TextBlock b : page.blocks()) for (TextLine l : b.lines()) out.add(RealPdfTest.norm(l.text()));
        return out;
    }

    private void numberedManuscript(boolean zh) throws Exception {
        List<String> want = new ArrayList<>();
        String sep = zh ? "" : " ";
        PdfPage page = TestPdfs.drawnPage(dir, zh, (cs, f) -> {
            float y = TestPdfs.H - 80f;
            for (int i = 0; i < 30; i++, y -= PITCH) {
                String n = String.valueOf(i + 1);
                // right-aligned at x = 70, 20 pt left of the text
                LineTest.text(cs, f, 7f, 70f - TestPdfs.width(f, 7f, n), y, n);
                List<String> w = SidebarBesideAbstractTest.words(f, pool(zh), 3 * i, TestPdfs.W - LEFT - 60f, zh);
                SidebarBesideAbstractTest.justify(cs, f, LEFT, TestPdfs.W - 60f, y, w);
                want.add(String.join(sep, w));
            }
        });
        List<String> out = lines(page);
        String all = String.join("\n", out);
        for (String w : want) assertTrue(out.contains(RealPdfTest.norm(w)), "\"" + w + "\" without its line number:\n" + all);
        for (String l : out) assertTrue(!l.matches("\\d+.*"), "no line starts with a line number:\n" + all);
    }

    @Test
    void englishMarginLineNumbersAreLeftOut() throws Exception {
        numberedManuscript(false);
    }

    @Test
    void chineseMarginLineNumbersAreLeftOut() throws Exception {
        numberedManuscript(true);
    }

    /** A table's numbered rows (numbers at the text's left edge): kept. */
    private void numberedTableRows(boolean zh) throws Exception {
        PdfPage page = TestPdfs.drawnPage(dir, zh, (cs, f) -> {
            float y = TestPdfs.H - 80f;
            List<String> w = SidebarBesideAbstractTest.words(f, pool(zh), 0, TestPdfs.W - LEFT - 60f, zh);
            SidebarBesideAbstractTest.justify(cs, f, LEFT, TestPdfs.W - 60f, y, w);
            y -= PITCH;
            for (int i = 0; i < 12; i++, y -= PITCH) {
                LineTest.text(cs, f, SIZE, LEFT, y, String.valueOf(i + 1));
                LineTest.text(cs, f, SIZE, LEFT + 60f, y, pool(zh)[i % pool(zh).length]);
                LineTest.text(cs, f, SIZE, LEFT + 200f, y, String.valueOf(100 + 7 * i));
            }
        });
        long numbered = lines(page).stream().filter(l -> l.matches("\\d+.*")).count();
        assertEquals(12, numbered, "the table's 12 numbered rows keep their numbers:\n" + String.join("\n", lines(page)));
    }

    @Test
    void englishNumberedTableRowsKeepTheirNumbers() throws Exception {
        numberedTableRows(false);
    }

    @Test
    void chineseNumberedTableRowsKeepTheirNumbers() throws Exception {
        numberedTableRows(true);
    }
}
