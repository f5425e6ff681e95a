package org.bilex.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Six rows of two columns under a full-width abstract, with a 5 pt gutter: on two rows the
 * left line ends short and the two columns are two runs (too few column starts for a gutter), on the others it reaches the gutter
 * and they come out as one run. Neither way alone gives six rows in a row, so the gutter is found with the
 * runs of each row joined ({@link WhiteStrips#find}), and no line joins both columns.
 */
class ShortNarrowColumnsTest {

    @TempDir
    Path dir;

    private static final float SIZE = 10f;
    private static final float EDGE = 290f;
    private static final float COL2 = 295f;
    private static final float PITCH = 14f;

    private void columnsStayApart(boolean zh) throws Exception {
        Path p = dir.resolve((zh ? "zh" : "en") + ".pdf");
        String abs = zh ? "间充质干细胞外泌体研究进展测试期刊间充质干细胞外泌体研究进展测试期刊间充质干细胞外泌体研究进展"
                : "abstract text of the article that runs across the whole page from margin to the margin";
        String c1 = zh ? "间充质干细胞外泌体研究进展测试期" : "left column text of an article in";
        String c2 = zh ? "外泌体研究进展测试期刊间充质干细" : "right column text of the same one";
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            PDFont f = zh ? TestPdfs.cjkFont(doc) : TestPdfs.helvetica();
            float w1 = f.getStringWidth(c1) / 1000f * SIZE;
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                float y = TestPdfs.H - 80f;
                for (int i = 0; i < 5; i++, y -= PITCH) LineTest.text(cs, f, SIZE, 45f, y, abs);
                y -= 2 * PITCH;
                for (int i = 0; i < 6; i++, y -= PITCH) {
                    float end = i == 1 || i == 4 ? EDGE - 1.2f * SIZE : EDGE;
                    LineTest.text(cs, f, SIZE, end - w1, y, c1);
                    LineTest.text(cs, f, SIZE, COL2, y, c2);
                }
            }
            doc.save(p.toFile());
        }
        PdfPage page = TestPdfs.firstPage(p);
        List<String> out = TestPdfs.columnLines(page);
        String all = String.join("\n", out);
        int n1 = 0;
        int n2 = 0;
        for (String s : out) {
            if (s.startsWith("1 ")) n1++;
            if (s.startsWith("2 ")) n2++;
        }
        assertEquals(6, n1, all);
        assertEquals(6, n2, all);
        assertTrue(all.indexOf("2 ") > all.lastIndexOf("1 "), all);
    }

    @Test
    void englishShortColumnsWithANarrowGutterStayApart() throws Exception {
        columnsStayApart(false);
    }

    @Test
    void chineseShortColumnsWithANarrowGutterStayApart() throws Exception {
        columnsStayApart(true);
    }
}
