package org.bilex.pdf;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Footnotes set under the first column only (see {@code Layout.columnNotes}): read after the second
 * column, as a page's footnotes are read after its body, so that the paragraph running on from the
 * foot of column 1 to the top of column 2 is not cut by them. A small table at the foot of column 1
 * (rows of several cells) stays where it stands.
 */
class ColumnNotesTest {

    @TempDir
    Path dir;

    private static final float LEFT = 50f;
    private static final float GUTTER = 12f;
    private static final float COL2 = 303f;
    private static final float PITCH = 12.6f;

    private static String[] pool(boolean zh) {
        return zh ? "巨噬细胞分泌的外泌体可以调节肿瘤微环境中的免疫反应".split("")
                : "macrophages release small vesicles that shape the immune response inside the tumour bed".split(" ");
    }

    /** Two justified columns; column 1 has {@code n1} lines, column 2 {@code n2}; returns their lines. */
    private static List<List<String>> body(PDPageContentStream cs, PDFont f, boolean zh, float y, int n1, int n2) throws Exception {
        String sep = zh ? "" : " ";
        List<String> c1 = new ArrayList<>();
        List<String> c2 = new ArrayList<>();
        for (int i = 0; i < Math.max(n1, n2); i++, y -= PITCH) {
            if (i < n1) {
                List<String> l = SidebarBesideAbstractTest.words(f, pool(zh), 5 * i, COL2 - GUTTER - LEFT, zh);
                SidebarBesideAbstractTest.justify(cs, f, LEFT, COL2 - GUTTER, y, l);
                c1.add(String.join(sep, l));
            }
            if (i < n2) {
                List<String> l = SidebarBesideAbstractTest.words(f, pool(zh), 5 * i + 3, TestPdfs.W - LEFT - COL2, zh);
                SidebarBesideAbstractTest.justify(cs, f, COL2, TestPdfs.W - LEFT, y, l);
                c2.add(String.join(sep, l));
            }
        }
        return List.of(c1, c2);
    }

    private void notesUnderFirstColumn(boolean zh) throws Exception {
        List<String> want = new ArrayList<>();
        PdfPage page = TestPdfs.drawnPage(dir, zh, (cs, f) -> {
            float y = TestPdfs.H - 70f;
            LineTest.text(cs, f, 14f, LEFT, y, zh ? "巨噬细胞与外泌体的相互作用" : "Macrophages and their vesicles");
            y -= 2.2f * PITCH;
            List<List<String>> b = body(cs, f, zh, y, 40, 46);
            float ny = y - 40 * PITCH - 1.2f * PITCH;
            List<String> notes = zh ? List.of("外泌体研究进展", "细胞免疫测试期刊") : List.of("* Correspondence: tumour cells", "These authors contributed equally");
            for (String n : notes) {
                LineTest.text(cs, f, 7f, LEFT, ny, n);
                ny -= 9f;
            }
            want.add(b.get(0).get(39));
            want.add(b.get(1).get(0));
            want.add(b.get(1).get(45));
            want.addAll(notes);
        });
        List<String> out = TestPdfs.normLines(page);
        TestPdfs.assertInOrder(out, want);
        // the body's lines repeat words of one pool, so a line may occur twice: the notes come after the last line of
        // the body wherever it occurs, and the body's lines all come before them
        int lastBody = out.lastIndexOf(RealPdfTest.norm(want.get(2)));
        int firstNote = out.indexOf(RealPdfTest.norm(want.get(3)));
        assertTrue(firstNote > lastBody && firstNote == out.size() - 2, "notes after the whole body:\n" + String.join("\n", out));
    }

    @Test
    void englishNotesUnderTheFirstColumnAreReadAfterTheSecond() throws Exception {
        notesUnderFirstColumn(false);
    }

    @Test
    void chineseNotesUnderTheFirstColumnAreReadAfterTheSecond() throws Exception {
        notesUnderFirstColumn(true);
    }

    private void tableUnderFirstColumn(boolean zh) throws Exception {
        List<String> want = new ArrayList<>();
        PdfPage page = TestPdfs.drawnPage(dir, zh, (cs, f) -> {
            float y = TestPdfs.H - 70f;
            LineTest.text(cs, f, 14f, LEFT, y, zh ? "巨噬细胞与外泌体的相互作用" : "Macrophages and their vesicles");
            y -= 2.2f * PITCH;
            List<List<String>> b = body(cs, f, zh, y, 40, 46);
            float ty = y - 40 * PITCH - 1.2f * PITCH;
            String sep = " ";
            for (int r = 0; r < 3; r++, ty -= 9f) {
                String a = pool(zh)[r];
                String v1 = String.valueOf(10 + r);
                String v2 = String.valueOf(0.5 + r);
                LineTest.text(cs, f, 7f, LEFT, ty, a);
                LineTest.text(cs, f, 7f, LEFT + 90f, ty, v1);
                LineTest.text(cs, f, 7f, LEFT + 170f, ty, v2);
                if (r == 2) want.add(a + sep + v1 + sep + v2);
            }
            want.add(0, b.get(0).get(39));
            want.add(b.get(1).get(0));
        });
        TestPdfs.assertInOrder(TestPdfs.normLines(page), want);
    }

    @Test
    void englishTableUnderTheFirstColumnStaysThere() throws Exception {
        tableUnderFirstColumn(false);
    }

    @Test
    void chineseTableUnderTheFirstColumnStaysThere() throws Exception {
        tableUnderFirstColumn(true);
    }
}
