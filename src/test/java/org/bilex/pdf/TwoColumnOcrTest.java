package org.bilex.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * OCR of a two-column page image drawn in the test (Java2D, 300 dpi, a 5 pt gutter): English in the
 * left column, Chinese (WenQuanYi Micro Hei) in the right, the lines of the two at the same heights.
 * Each line read must stay in its column: no segment crosses the gutter, and the words of a line are
 * those of one column.
 */
class TwoColumnOcrTest {

    static final String[] EN = {"Curcumin inhibited the", "activation of STAT3 in", "human gastric cancer",
            "cells and reduced the", "growth of tumours."};
    static final String[] ZH = {"姜黄素抑制胃癌细胞中", "信号转导和转录激活因", "子的活化并且降低了肿",
            "瘤的生长速度和体积。", "该结果提示其作用。"};
    static final float PT_PER_PX = 72f / 300f;

    /** The page; the left column is as wide as its longest line, so that line ends at the gutter. */
    static BufferedImage page(Font latin, Font cjk, int colW, int gutterPx) {
        BufferedImage img = new BufferedImage(60 + 2 * colW + gutterPx + 60, 60 + EN.length * 60 + 40, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = TestPages.paper(img);
        for (int i = 0; i < EN.length; i++) {
            int base = 100 + i * 60;
            g.setFont(latin);
            g.drawString(EN[i], 60, base);
            g.setFont(cjk);
            g.drawString(ZH[i], 60 + colW + gutterPx, base);
        }
        g.dispose();
        return img;
    }

    @Test
    void theLinesOfTwoColumnsAreNotMerged() throws Exception {
        Path exe = Tesseract.find();
        Assumptions.assumeTrue(exe != null, "tesseract not installed");
        Assumptions.assumeTrue(Arrays.asList(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames())
                .contains("WenQuanYi Micro Hei"), "WenQuanYi Micro Hei not installed");
        Font latin = new Font(Font.SANS_SERIF, Font.PLAIN, 44); // about 10.5 pt at 300 dpi
        Font cjk = new Font("WenQuanYi Micro Hei", Font.PLAIN, 46);
        int gutter = 21; // 5 pt
        BufferedImage probe = new BufferedImage(1, 1, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D pg = probe.createGraphics();
        int colW = 0;
        for (String l : EN) colW = Math.max(colW, pg.getFontMetrics(latin).stringWidth(l));
        pg.dispose();
        BufferedImage img = page(latin, cjk, colW, gutter);
        OcrSettings s = new OcrSettings("default", "chi_sim+eng", 6, 0, 40, 1.2f, 1.2f, 0.3f, 3f);
        List<Segment> segs = Tesseract.ocr(exe, img, PT_PER_PX, null, s);
        float gutterPt = (60 + colW + gutter / 2f) * PT_PER_PX;
        int left = 0;
        int right = 0;
        for (Segment seg : segs) {
            assertFalse(seg.x0 < gutterPt && seg.x1 > gutterPt, "a line crosses the gutter: " + text(seg));
            String t = text(seg);
            boolean han = t.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
            if (seg.x1 < gutterPt) {
                left++;
                assertFalse(han, "Chinese in the English column: " + t);
            } else {
                right++;
                assertTrue(han, "no Chinese in the Chinese column: " + t);
            }
        }
        assertEquals(EN.length, left, "one segment per English line");
        assertEquals(ZH.length, right, "one segment per Chinese line");
        String all = String.join(" ", segs.stream().map(TwoColumnOcrTest::text).toList());
        assertTrue(all.contains("STAT3"), all);
        assertTrue(all.replace(" ", "").contains("姜黄素"), all);
    }

    static String text(Segment s) {
        StringBuilder sb = new StringBuilder();
        for (RawGlyph g : s.glyphs) sb.append(g.text).append(' ');
        return sb.toString().strip();
    }
}
