package org.bilex.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A short box (a sidebar) beside the top of an abstract that does not reach the right margin, with
 * the body's two columns below: the white between abstract and box is not a gutter (the body's
 * lines run across its x row after row, see {@link Layout#SIDEBAR_CROSSINGS}), so the body is read
 * as two columns and no body line joins text of both columns.
 */
class SidebarGutterTest {

    @TempDir
    Path dir;

    private static final float SIZE = 10f;
    private static final float LEFT = 50f;
    private static final float PITCH = 14f;

    private List<String> read(boolean zh) throws Exception {
        PdfPage page = TestPdfs.drawnPage(dir, zh, (cs, f) -> {
            String abs = zh ? "间充质干细胞外泌体研究进展测试期刊间充质干细胞外泌体研究进展测试" : "abstract text of the article that runs on to here and a bit further";
            String side = zh ? "期刊研究进展测试" : "key points of a box";
            String c1 = zh ? "间充质干细胞外泌体研究进展测试期" : "left column text of an article in a journal";
            String c2 = zh ? "外泌体研究进展测试期刊间充质干细" : "right column text of the same article as well";
            // the box starts 1.5 em right of the abstract, past the body's gutter
            float boxX = LEFT + f.getStringWidth(abs) / 1000f * SIZE + 1.5f * SIZE;
            assertTrue(boxX > 330f && boxX < 420f, "box at " + boxX);
            float y = TestPdfs.H - 80f;
            for (int i = 0; i < 8; i++, y -= PITCH) {
                LineTest.text(cs, f, SIZE, LEFT, y, abs);
                if (i > 0 && i < 5) LineTest.text(cs, f, SIZE, boxX, y, side);
            }
            y -= PITCH;
            for (int i = 0; i < 16; i++, y -= PITCH) {
                LineTest.text(cs, f, SIZE, LEFT, y, c1);
                LineTest.text(cs, f, SIZE, 300f, y, c2);
            }
        });
        List<String> out = TestPdfs.columnLines(page);
        String all = String.join("\n", out);
        assertEquals(2, page.columns(), all);
        return out;
    }

    private void bodyColumnsStayApart(boolean zh) throws Exception {
        List<String> out = read(zh);
        String all = String.join("\n", out);
        String left = zh ? "间充质干细胞外泌体研究进展测试期" : "left column";
        String right = zh ? "外泌体研究进展测试期刊间充质干细" : "right column";
        int n1 = 0;
        int n2 = 0;
        for (String s : out) {
            boolean l = s.contains(left) && !s.contains("期刊间充质干细胞外泌体研究进展测试");
            boolean r = s.contains(right);
            assertTrue(!(l && r), "a line of both columns: " + s + "\n" + all);
            if (l) n1++;
            if (r && !s.contains("期刊间充质干细胞外泌体研究进展测试")) n2++;
        }
        assertEquals(16, n1, all);
        assertEquals(16, n2, all);
    }

    @Test
    void englishSidebarBesideTheAbstractMakesNoGutter() throws Exception {
        bodyColumnsStayApart(false);
    }

    @Test
    void chineseSidebarBesideTheAbstractMakesNoGutter() throws Exception {
        bodyColumnsStayApart(true);
    }
}
