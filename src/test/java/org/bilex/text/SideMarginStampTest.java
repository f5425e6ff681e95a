package org.bilex.text;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.util.Matrix;
import org.bilex.pdf.PdfDocument;
import org.bilex.pdf.TestPdfs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A stamp set upright along the page's edge ("Downloaded from … by guest on …", a database's name) on
 * every page is furniture like a running foot: it is dropped, and it never glues itself to the first
 * paragraph of the page (before, the rotated line came out as a block of its own at the end of the
 * page and joined the next page's opening paragraph). Text set upright inside the page (a vertical
 * label) is no furniture and stays.
 */
class SideMarginStampTest {

    @TempDir
    Path dir;

    private static final float W = PDRectangle.A4.getWidth();
    private static final float H = PDRectangle.A4.getHeight();
    private static final float SIZE = 10f;

    private static final String[] EN = {
            "Mesenchymal stem cells secrete exosomes that carry proteins and RNA between cells.",
            "Exosomes derived from these cells reduce inflammation in the injured skin of mice.",
            "The vesicles carry miR-21, which lowers the level of PTEN in fibroblasts.",
    };
    private static final String[] ZH = {
            "间充质干细胞是起源于中胚层的非造血干细胞，",
            "可在体外增殖并具有自我更新、多向分化潜能和免疫调节功能。",
            "间充质干细胞来源的外泌体在皮肤组织修复与再生中具有重要作用。",
    };

    private static void upright(PDPageContentStream cs, PDFont f, float x, float y, String s) throws Exception {
        cs.beginText();
        cs.setFont(f, 7f);
        cs.setTextMatrix(Matrix.getRotateInstance(Math.PI / 2, x, y));
        cs.showText(s);
        cs.endText();
    }

    private CleanDocument read(boolean zh, String stamp, float stampX) throws Exception {
        String[] body = zh ? ZH : EN;
        TestPdfs.Drawing page = (cs, f) -> {
            float y = H - 90f;
            for (int i = 0; i < 12; i++, y -= 16f) TestPdfs.text(cs, f, SIZE, 60f, y, body[i % body.length]);
            upright(cs, f, stampX, 200f, stamp);
        };
        PdfDocument pdf = TestPdfs.drawnDocument(dir, zh, page, page);
        return new LayoutTextCleaner().clean(pdf);
    }

    private static String squeeze(String s) {
        return s.replaceAll("\\s+", "");
    }

    private static void stampDropped(CleanDocument d, String stamp, String[] body) {
        List<String> texts = new ArrayList<>();
        for (Paragraph p : d.paragraphs()) texts.add(squeeze(p.text()));
        String all = String.join("", texts);
        assertFalse(all.contains(squeeze(stamp).substring(0, 8)), () -> "stamp kept: " + texts);
        assertTrue(d.droppedLines().stream().anyMatch(l -> squeeze(l).contains(squeeze(stamp))), d.droppedLines().toString());
        for (String line : body) assertTrue(all.contains(squeeze(line)), line);
    }

    @Test
    void englishDownloadStampAlongTheRightEdgeIsDropped() throws Exception {
        String stamp = "Downloaded from https://journal.example.org/article/12/3/45 by guest on 25 June 2025";
        stampDropped(read(false, stamp, W - 12f), stamp, EN);
    }

    @Test
    void chineseStampRepeatedAlongTheLeftEdgeIsDropped() throws Exception {
        assumeTrue(TestPdfs.hasCjkFont(), "the CJK test font is missing");
        String stamp = "测试杂志 2026年 第12期";
        stampDropped(read(true, stamp, 20f), stamp, ZH);
    }

    @Test
    void uprightTextInsideThePageStays() throws Exception {
        String label = "Relative expression of the marker";
        CleanDocument d = read(false, label, W / 2f + 150f);
        String all = squeeze(String.join("", d.paragraphs().stream().map(Paragraph::text).toList()));
        assertTrue(all.contains(squeeze(label)), () -> "label lost; dropped: " + d.droppedLines());
    }
}
