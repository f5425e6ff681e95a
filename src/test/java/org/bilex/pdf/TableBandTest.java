package org.bilex.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A full-width table between two columns of running text: its rows cross the gutter, the cells left
 * of it would fall into column 1 and the cells right of it into column 2. The table (with its
 * one-line caption) is read as one full-width band after both columns above it and before both
 * columns below it, and no cell of it lands in a column (see {@link TableBands}).
 */
class TableBandTest {

    @TempDir
    Path dir;

    private static final float SIZE = 9f;
    private static final float LEFT = 50f;
    private static final float COL2 = 305f;
    private static final float PITCH = 13f;
    private static final float ROW = 16f;

    private List<String> read(boolean zh, float[] cells) throws Exception {
        PdfPage page = TestPdfs.drawnPage(dir, zh, (cs, f) -> {
            PDFont digits = TestPdfs.helvetica();
            String c1 = zh ? "间充质干细胞外泌体研究进展测试期刊间充质干" : "left column text of an article in a journal";
            String c2 = zh ? "外泌体研究进展测试期刊间充质干细胞外泌体" : "right column text of the same article here";
            float y = TestPdfs.H - 80f;
            for (int i = 0; i < 12; i++, y -= PITCH) {
                LineTest.text(cs, f, SIZE, LEFT, y, c1);
                LineTest.text(cs, f, SIZE, COL2, y, c2);
            }
            y -= 1.2f * PITCH;
            LineTest.text(cs, f, SIZE, LEFT, y, zh ? "表 细胞外泌体研究" : "Table 1. Measured indices");
            y -= ROW;
            String[] names = zh ? new String[] {"组别", "细胞", "外泌体", "干细胞", "期刊"}
                    : new String[] {"Group", "Biology", "what", "replicate", "part"};
            for (int r = 0; r < names.length; r++, y -= ROW) {
                LineTest.text(cs, f, SIZE, LEFT, y, names[r]);
                if (r == 0) {
                    LineTest.text(cs, f, SIZE, cells[0], y, zh ? "数" : "n");
                    LineTest.text(cs, f, SIZE, cells[1], y, zh ? "进展" : "Level");
                    LineTest.text(cs, f, SIZE, cells[2], y, zh ? "研究" : "P value");
                } else {
                    LineTest.text(cs, digits, SIZE, cells[0], y, String.valueOf(10 + 7 * r));
                    LineTest.text(cs, digits, SIZE, cells[1], y, r + ".5" + r);
                    LineTest.text(cs, digits, SIZE, cells[2], y, "0.4" + r);
                }
            }
            y -= 0.8f * PITCH;
            for (int i = 0; i < 10; i++, y -= PITCH) {
                LineTest.text(cs, f, SIZE, LEFT, y, c1);
                LineTest.text(cs, f, SIZE, COL2, y, c2);
            }
        });
        List<String> out = TestPdfs.columnLines(page);
        assertEquals(2, page.columns(), String.join("\n", out));
        return out;
    }

    private void tableIsOneBand(boolean zh) throws Exception {
        tableIsOneBand(zh, new float[] {190f, 250f, 420f});
    }

    private void tableIsOneBand(boolean zh, float[] cells) throws Exception {
        List<String> out = read(zh, cells);
        String all = String.join("\n", out);
        int first = -1;
        int last = -1;
        for (int k = 0; k < out.size(); k++) {
            String s = out.get(k);
            boolean cell = s.contains("0.4") || s.contains(zh ? "表" : "Table") || s.contains(zh ? "组别" : "Group")
                    || s.contains(zh ? "研究" : "P value") && !s.contains(zh ? "研究进展测试" : "column");
            if (!cell) continue;
            assertTrue(s.startsWith("0 "), "a table line in a column: " + s + "\n" + all);
            if (first < 0) first = k;
            last = k;
        }
        assertTrue(first > 0, all);
        // both columns above are read before the table, both columns below after it
        int col2 = 0;
        for (int k = 0; k < first; k++) if (out.get(k).startsWith("2 ")) col2++;
        assertEquals(12, col2, all);
        for (int k = last + 1; k < out.size(); k++) assertTrue(!out.get(k).startsWith("0 "), all);
        int below = 0;
        for (int k = last + 1; k < out.size(); k++) if (out.get(k).startsWith("1 ")) below++;
        assertEquals(10, below, all);
    }

    @Test
    void englishFullWidthTableAcrossTheGutterIsOneBand() throws Exception {
        tableIsOneBand(false);
    }

    @Test
    void chineseFullWidthTableAcrossTheGutterIsOneBand() throws Exception {
        tableIsOneBand(true);
    }

    /** A table column starting right at column 2's edge: two cells several em apart on each side. */
    @Test
    void englishTableWithACellColumnAtTheColumnEdgeIsOneBand() throws Exception {
        tableIsOneBand(false, new float[] {150f, COL2, 420f});
    }

    @Test
    void chineseTableWithACellColumnAtTheColumnEdgeIsOneBand() throws Exception {
        tableIsOneBand(true, new float[] {150f, COL2, 420f});
    }
}
