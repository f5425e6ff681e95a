package org.bilex.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A landscape table page inside a portrait article, as journals print one: page 1 has two body
 * columns; page 2 is A4 landscape (842 x 595 pt) turned by {@code /Rotate 90}, a wide table drawn
 * upright in its own frame. Its right-hand cells (x beyond 595) are read, not dropped as off the
 * page (the page's turned size had been used as the glyphs' frame), and the body gutter of page 1 does
 * not cut the table's rows where a gap between two of its cells happens to lie on it.
 */
class TurnedTablePageTest {

    @TempDir
    Path dir;

    private static final float SIZE = 9f;
    private static final float LEFT = 50f;
    private static final float GUTTER = 12f;
    private static final float COL2 = 303f;

    private PdfDocument read(boolean zh, boolean turn, List<List<String>> rows) throws Exception {
        Path p = dir.resolve((zh ? "zh" : "en") + turn + ".pdf");
        String[] pool = zh ? "巨噬细胞分泌的外泌体可以调节肿瘤微环境中的免疫反应".split("")
                : "macrophages release small vesicles that shape the immune response inside the tumour bed".split(" ");
        try (PDDocument doc = new PDDocument()) {
            PDFont f = zh ? TestPdfs.cjkFont(doc) : TestPdfs.helvetica();
            PDPage body = new PDPage(PDRectangle.A4);
            doc.addPage(body);
            try (PDPageContentStream cs = new PDPageContentStream(doc, body)) {
                float y = TestPdfs.H - 70f;
                for (int i = 0; i < 40; i++, y -= 12.6f) {
                    SidebarBesideAbstractTest.justify(cs, f, LEFT, COL2 - GUTTER, y,
                            SidebarBesideAbstractTest.words(f, pool, 5 * i, COL2 - GUTTER - LEFT, zh));
                    SidebarBesideAbstractTest.justify(cs, f, COL2, TestPdfs.W - LEFT, y,
                            SidebarBesideAbstractTest.words(f, pool, 5 * i + 3, TestPdfs.W - LEFT - COL2, zh));
                }
            }
            PDPage table = new PDPage(new PDRectangle(TestPdfs.H, TestPdfs.W));
            if (turn) table.setRotation(90);
            doc.addPage(table);
            // cell x positions: one gap between two cells lies on page 1's gutter (291..303)
            float[] xs = {50f, 160f, 230f, 310f, 420f, 520f, 640f, 740f};
            String[] heads = zh ? new String[] {"组别", "细胞", "外泌体", "免疫", "反应", "肿瘤", "调节", "微环境"}
                    : new String[] {"Group", "Cells", "Vesicles", "Dose", "Response", "Tumour", "Months", "Ratio"};
            try (PDPageContentStream cs = new PDPageContentStream(doc, table)) {
                float y = TestPdfs.W - 60f;
                for (int r = 0; r < 12; r++, y -= 16f) {
                    List<String> row = new ArrayList<>();
                    for (int c = 0; c < xs.length; c++) {
                        String cell = r == 0 ? heads[c] : (c == 0 ? pool[r % pool.length] + (zh ? "" : " " + r) : String.valueOf(10 * r + c));
                        LineTest.text(cs, f, SIZE, xs[c], y, cell);
                        row.add(cell);
                    }
                    rows.add(row);
                }
            }
            doc.save(p.toFile());
        }
        return new PdfBoxReader(PdfOptions.defaults().withOcr(false)).read(p);
    }

    private void tableRowsWhole(boolean zh, boolean turn) throws Exception {
        List<List<String>> rows = new ArrayList<>();
        PdfDocument d = read(zh, turn, rows);
        List<String> lines = new ArrayList<>();
        for (TextBlock b : d.pages().get(1).blocks()) for (TextLine l : b.lines()) lines.add(RealPdfTest.norm(l.text()));
        String all = String.join("\n", lines);
        assertEquals(2, d.pages().get(0).columns(), "page 1 has two body columns");
        for (List<String> row : rows) {
            String want = RealPdfTest.norm(String.join(" ", row));
            assertTrue(lines.contains(want), "row \"" + want + "\" read whole on the table page:\n" + all);
        }
    }

    @Test
    void englishTurnedTablePageKeepsItsRightCellsAndRows() throws Exception {
        tableRowsWhole(false, true);
    }

    @Test
    void chineseTurnedTablePageKeepsItsRightCellsAndRows() throws Exception {
        tableRowsWhole(true, true);
    }

    @Test
    void englishLandscapeTablePageAfterPortraitColumnsKeepsItsRows() throws Exception {
        tableRowsWhole(false, false);
    }
}
