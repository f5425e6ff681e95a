package org.bilex.pdf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A table inside one column of a two-column page: its cells are cut apart by gaps of several em, and
 * every cell lines up with the cells above and below it. It is read row by row, left to right (each
 * row one line in its column), not cell column by cell column (see {@link Layout#GRID_ALIGN}); the
 * column beside it stays a column of its own.
 */
class ColumnTableTest {

    @TempDir
    Path dir;

    private static final float SIZE = 9f;
    private static final float LEFT = 50f;
    private static final float COL2 = 305f;
    private static final float PITCH = 13f;
    private static final float ROW = 15f;
    private static final float[] CELLS = {LEFT, 120f, 175f, 235f};

    private List<String> read(boolean zh, String[][] table) throws Exception {
        return TestPdfs.columnLines(TestPdfs.drawnPage(dir, zh, (cs, f) -> {
            PDFont digits = TestPdfs.helvetica();
            String c1 = zh ? "间充质干细胞外泌体研究进展测试期刊间充质干" : "left column text of an article in a journal";
            String c2 = zh ? "外泌体研究进展测试期刊间充质干细胞外泌体" : "right column text of the same article here";
            float y = TestPdfs.H - 80f;
            for (int i = 0; i < 8; i++, y -= PITCH) LineTest.text(cs, f, SIZE, LEFT, y, c1);
            y -= 0.5f * PITCH;
            for (int r = 0; r < table.length; r++, y -= ROW) {
                for (int c = 0; c < table[r].length; c++) {
                    boolean digit = Character.isDigit(table[r][c].charAt(0));
                    LineTest.text(cs, digit ? digits : f, SIZE, CELLS[c], y, table[r][c]);
                }
            }
            y -= 0.5f * PITCH;
            for (int i = 0; i < 8; i++, y -= PITCH) LineTest.text(cs, f, SIZE, LEFT, y, c1);
            y = TestPdfs.H - 80f;
            for (int i = 0; i < 26; i++, y -= PITCH) LineTest.text(cs, f, SIZE, COL2, y, c2);
        }));
    }

    private void rowByRow(boolean zh) throws Exception {
        String[][] table = zh
                ? new String[][] {{"组别", "数", "进展", "研究"}, {"细胞", "17", "1.51", "0.41"}, {"外泌体", "24", "2.52", "0.42"},
                        {"干细胞", "31", "3.53", "0.43"}, {"期刊", "38", "4.54", "0.44"}}
                : new String[][] {{"Group", "n", "Level", "P value"}, {"Biology", "17", "1.51", "0.41"}, {"what", "24", "2.52", "0.42"},
                        {"replicate", "31", "3.53", "0.43"}, {"part", "38", "4.54", "0.44"}};
        List<String> out = read(zh, table);
        String all = String.join("\n", out);
        int prev = -1;
        for (String[] row : table) {
            String want = "1 " + String.join(" ", row);
            int at = out.indexOf(want);
            assertTrue(at > prev, "row \"" + want + "\" as one line after the row before it:\n" + all);
            prev = at;
        }
        for (String l : out) {
            assertTrue(!l.startsWith("2 ") || !l.contains("0.4"), "no cell in column 2: " + l + "\n" + all);
        }
    }

    @Test
    void englishTableInAColumnIsReadRowByRow() throws Exception {
        rowByRow(false);
    }

    @Test
    void chineseTableInAColumnIsReadRowByRow() throws Exception {
        rowByRow(true);
    }
}
