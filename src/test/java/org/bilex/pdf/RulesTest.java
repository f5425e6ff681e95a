package org.bilex.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.GraphicsEnvironment;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Rules erased before OCR ({@link Rules}): a table drawn in the test at 300 dpi, its rows between
 * horizontal rules and its cells in a vertical frame, once in English and once in Chinese. The rules
 * go, the letters and ideographs (a Chinese 一 and an English dash included) stay, and tesseract reads
 * the rows that it reads as dashes with the rules left in.
 */
class RulesTest {

    static final String[][] EN = {{"Group", "n", "Expression"}, {"original", "40", "6.96"}, {"directly", "25", "7.10"}, {"report", "17", "5.96"}};
    static final String[][] ZH = {{"组别", "例数", "表达量"}, {"对照组", "40", "6.96"}, {"一号组", "25", "7.10"}, {"治疗组", "17", "5.96"}};

    /** A table of rows 60 px apart with a 2 px rule under each and a frame; the cells at x 80, 560, 900. */
    static BufferedImage table(String[][] rows, Font font) {
        BufferedImage img = new BufferedImage(1300, 80 + rows.length * 70, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = TestPages.paper(img);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setFont(font);
        g.setStroke(new BasicStroke(2f));
        int[] xs = {80, 560, 900};
        for (int r = 0; r < rows.length; r++) {
            int base = 90 + r * 70;
            for (int c = 0; c < xs.length; c++) g.drawString(rows[r][c], xs[c], base);
            g.drawLine(50, base + 18, 1250, base + 18);
        }
        g.drawLine(50, 30, 1250, 30);
        g.drawLine(50, 30, 50, 90 + (rows.length - 1) * 70 + 18);
        g.drawLine(1250, 30, 1250, 90 + (rows.length - 1) * 70 + 18);
        g.dispose();
        return img;
    }

    static int ink(BufferedImage img, int x0, int y0, int x1, int y1) {
        int n = 0;
        for (int y = y0; y < y1; y++) for (int x = x0; x < x1; x++) if ((img.getRaster().getSample(x, y, 0)) < Rules.INK) n++;
        return n;
    }

    static Font cjk(int size) {
        Assumptions.assumeTrue(Arrays.asList(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames())
                .contains("WenQuanYi Micro Hei"), "WenQuanYi Micro Hei not installed");
        return new Font("WenQuanYi Micro Hei", Font.PLAIN, size);
    }

    void rulesGoTextStays(String[][] rows, Font font) {
        BufferedImage img = table(rows, font);
        BufferedImage out = Rules.erase(img, 125); // 30 pt at 300 dpi
        for (int r = 0; r < rows.length; r++) {
            int rule = 90 + r * 70 + 18;
            assertTrue(ink(out, 40, rule - 2, 1260, rule + 3) < 10, "the rule under row " + r + " is gone (but for its anti-aliased ends)");
            assertTrue(ink(img, 40, rule - 2, 1260, rule + 3) > 2000, "row " + r + " has a rule");
            int text = ink(img, 60, rule - 60, 1240, rule - 4);
            assertTrue(text > 200, "row " + r + " has text");
            assertEquals(text, ink(out, 60, rule - 60, 1240, rule - 4), "the text of row " + r + " is untouched");
        }
        assertTrue(ink(img, 45, 30, 56, 300) > 400, "a left frame");
        assertTrue(ink(out, 45, 30, 56, 300) < 10, "the left frame is gone (but for its anti-aliased ends)");
        assertSame(img, Rules.erase(img, 0), "0: nothing erased");
        BufferedImage plain = table(new String[][] {rows[0]}, font);
        Graphics2D g = plain.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, plain.getWidth(), 40);
        g.fillRect(0, 100, plain.getWidth(), plain.getHeight() - 100);
        g.fillRect(0, 0, 60, plain.getHeight());
        g.fillRect(1240, 0, 60, plain.getHeight());
        g.dispose();
        assertSame(plain, Rules.erase(plain, 125), "text alone has no rule");
    }

    @Test
    void englishTableRulesAreErased() {
        rulesGoTextStays(EN, new Font(Font.SANS_SERIF, Font.PLAIN, 40));
    }

    @Test
    void chineseTableRulesAreErased() {
        rulesGoTextStays(ZH, cjk(42));
    }

    @Test
    void tesseractReadsTheRowsOnceTheRulesAreGone() throws Exception {
        Path exe = Tesseract.find();
        Assumptions.assumeTrue(exe != null, "tesseract not installed");
        float pt = 72f / 300f;
        OcrSettings s = new OcrSettings("default", "HanS", 6, 0, 40, 1.2f, 1.2f, 0.3f, 3f, 0f, 0f, 0f, "eng", 0.8f, 30f);
        String en = words(Tesseract.ocr(exe, table(EN, new Font(Font.SANS_SERIF, Font.PLAIN, 40)), pt, null, s));
        for (String[] row : EN) for (String cell : row) assertTrue(en.contains(cell), cell + " in " + en);
        String zh = words(Tesseract.ocr(exe, table(ZH, cjk(42)), pt, null, s)).replace(" ", "");
        for (String[] row : ZH) assertTrue(zh.contains(row[0]), row[0] + " in " + zh);
    }

    static String words(List<Segment> segs) {
        return segs.stream().flatMap(x -> x.glyphs.stream()).map(gl -> gl.text).collect(Collectors.joining(" "));
    }
}
