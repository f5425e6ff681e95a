package org.bilex.pdf;

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
 * OCR reading order of a page whose right column ends above a heading of the left one (Java2D, 300
 * dpi, shipped settings of pages without a text layer): a white row runs across the page there, yet
 * the left column is read to its end before the right column (ocr.tsv {@code column_end}); a table
 * across the page below a short column is no column's end: the columns above it, the table, then
 * the columns below it; and a small table is read row by row, not column by column
 * ({@code column_min}). Each in English and in Chinese.
 */
class ShortColumnOcrTest {

    static final float PT_PER_PX = 72f / 300f;

    /** Title across the page; left column: top lines, a heading after a short white gap, more lines; right column: lines that end above the heading. */
    static BufferedImage page(Font font, String title, String[] leftTop, String heading, String[] leftBottom, String[] right) {
        BufferedImage img = new BufferedImage(1700, 1300, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = TestPages.paper(img);
        g.setFont(font.deriveFont(60f));
        g.drawString(title, 100, 150);
        g.setFont(font);
        int y = 300;
        for (String l : leftTop) {
            g.drawString(l, 100, y);
            y += 60;
        }
        int y2 = 300;
        for (String l : right) {
            g.drawString(l, 900, y2);
            y2 += 60;
        }
        y = Math.max(y, y2) + 60; // the white row across the page: about two line heights
        g.drawString(heading, 100, y);
        y += 60;
        for (String l : leftBottom) {
            g.drawString(l, 100, y);
            y += 60;
        }
        g.dispose();
        return img;
    }

    /** A table of four columns and five rows, no rules. */
    static BufferedImage table(Font font, String[][] rows) {
        BufferedImage img = new BufferedImage(1700, 500, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = TestPages.paper(img);
        g.setFont(font);
        int[] x = {100, 600, 900, 1250};
        for (int r = 0; r < rows.length; r++) for (int c = 0; c < 4; c++) g.drawString(rows[r][c], x[c], 100 + r * 70);
        g.dispose();
        return img;
    }

    static String read(BufferedImage img) throws Exception {
        return read(img, OcrSettings.of("default"));
    }

    static String read(BufferedImage img, OcrSettings settings) throws Exception {
        Path exe = Tesseract.find();
        List<Segment> segs = Tesseract.ocr(exe, img, PT_PER_PX, null, settings);
        StringBuilder sb = new StringBuilder();
        for (TextBlock b : Layout.runRegions(1, segs).blocks()) for (TextLine l : b.lines()) sb.append(l.text()).append('\n');
        return sb.toString();
    }

    static void assumeOcr(String fontFamily) {
        Assumptions.assumeTrue(Tesseract.find() != null, "tesseract not installed");
        if (fontFamily != null) {
            Assumptions.assumeTrue(Arrays.asList(GraphicsEnvironment.getLocalGraphicsEnvironment().getAvailableFontFamilyNames())
                    .contains(fontFamily), fontFamily + " not installed");
        }
    }

    /** Whether {@code first} comes before {@code second} in the text, spaces aside (OCR spaces the words of Chinese lines). */
    static void before(String text, String first, String second) {
        String t = text.replace(" ", "");
        int a = t.indexOf(first.replace(" ", ""));
        int b = t.indexOf(second.replace(" ", ""));
        assertTrue(a >= 0 && b >= 0 && a < b, "'" + first + "' before '" + second + "' in:\n" + text);
    }

    @Test
    void englishLeftColumnIsReadToItsEndBeforeTheShortRightOne() throws Exception {
        assumeOcr(null);
        Font f = new Font(Font.SERIF, Font.PLAIN, 42);
        String text = read(page(f, "Curcumin and kidney fibrosis: a review of the signalling",
                new String[] {"Renal fibrosis is the common", "end of chronic kidney disease", "and its treatment remains", "a challenge for clinicians."},
                "Methods",
                new String[] {"Kidney sections were stained", "with Masson trichrome."},
                new String[] {"Macrophages secrete cytokines", "that activate fibroblasts", "in the injured kidney."}));
        before(text, "Renal fibrosis", "Kidney sections");
        before(text, "Kidney sections", "Macrophages secrete");
    }

    @Test
    void chineseLeftColumnIsReadToItsEndBeforeTheShortRightOne() throws Exception {
        assumeOcr("WenQuanYi Micro Hei");
        Font f = new Font("WenQuanYi Micro Hei", Font.PLAIN, 42);
        String text = read(page(f, "姜黄素与肾纤维化的信号通路研究进展",
                new String[] {"肾纤维化是慢性肾病的共同", "结局，其治疗仍然是临床上", "面临的难题。"},
                "方法",
                new String[] {"肾脏切片进行马松染色。", "结果显示纤维化减轻。"},
                new String[] {"巨噬细胞分泌炎症因子", "激活成纤维细胞并促进", "细胞外基质的沉积。"}));
        before(text, "结局", "肾脏切片");
        before(text, "肾脏切片", "细胞分泌");
    }

    @Test
    void aTableIsReadRowByRowInBothLanguages() throws Exception {
        assumeOcr(null);
        String en = read(table(new Font(Font.SERIF, Font.PLAIN, 40), new String[][] {
                {"Group", "n", "Expression", "P value"}, {"Control", "32", "4.49", "0.22"}, {"Curcumin", "30", "6.97", "0.34"},
                {"Rapamycin", "11", "6.10", "0.21"}, {"Combined", "27", "3.20", "0.25"}}));
        before(en, "Control", "Curcumin");
        before(en, "4.49", "Curcumin");
        before(en, "6.97", "Rapamycin");
        assumeOcr("WenQuanYi Micro Hei");
        String zh = read(table(new Font("WenQuanYi Micro Hei", Font.PLAIN, 40), new String[][] {
                {"组别", "例数", "表达量", "P值"}, {"对照组", "32", "4.49", "0.22"}, {"姜黄素组", "30", "6.97", "0.34"},
                {"雷帕霉素组", "11", "6.10", "0.21"}, {"联合组", "27", "3.20", "0.25"}}));
        before(zh, "对照组", "姜黄素组");
        before(zh, "4.49", "姜黄素组");
        before(zh, "6.97", "联合组");
    }

    /** Two columns (the right one shorter), a white row, a table across the page, a white row, two columns. */
    static BufferedImage tablePage(Font font, String[] leftTop, String[] rightTop, String[][] rows, String[] leftBottom, String[] rightBottom) {
        BufferedImage img = new BufferedImage(1700, 1400, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = TestPages.paper(img);
        g.setFont(font);
        for (int i = 0; i < leftTop.length; i++) g.drawString(leftTop[i], 100, 150 + i * 60);
        for (int i = 0; i < rightTop.length; i++) g.drawString(rightTop[i], 900, 150 + i * 60);
        int y = 150 + leftTop.length * 60 + 80;
        int[] x = {100, 700, 1050, 1350};
        for (String[] row : rows) {
            for (int c = 0; c < 4; c++) g.drawString(row[c], x[c], y);
            y += 65;
        }
        y += 80;
        for (int i = 0; i < leftBottom.length; i++) g.drawString(leftBottom[i], 100, y + i * 60);
        for (int i = 0; i < rightBottom.length; i++) g.drawString(rightBottom[i], 900, y + i * 60);
        g.dispose();
        return img;
    }

    @Test
    void englishTableAcrossThePageBelowAShortColumnIsReadBetweenTheColumns() throws Exception {
        assumeOcr(null);
        String text = read(tablePage(new Font(Font.SERIF, Font.PLAIN, 42),
                new String[] {"Renal fibrosis is the common", "end of chronic kidney disease", "and its treatment remains", "a challenge for clinicians."},
                new String[] {"Macrophages secrete cytokines", "that activate fibroblasts."},
                new String[][] {{"Group", "n", "Collagen", "P value"}, {"Control", "32", "4.49", "0.22"}, {"Curcumin", "30", "6.97", "0.34"}},
                new String[] {"Kidney sections were stained", "with Masson trichrome."},
                new String[] {"Fibronectin was measured", "by western blotting."}));
        before(text, "a challenge", "Macrophages");
        before(text, "fibroblasts", "Control");
        before(text, "Curcumin", "Kidney sections");
        before(text, "Masson", "Fibronectin");
    }

    @Test
    void chineseTableAcrossThePageBelowAShortColumnIsReadBetweenTheColumns() throws Exception {
        assumeOcr("WenQuanYi Micro Hei");
        String text = read(tablePage(new Font("WenQuanYi Micro Hei", Font.PLAIN, 42),
                new String[] {"肾纤维化是慢性肾病的共同", "结局，其治疗仍然是临床上", "面临的难题。"},
                new String[] {"巨噬细胞分泌炎症因子", "激活成纤维细胞。"},
                new String[][] {{"组别", "例数", "胶原", "P值"}, {"对照组", "32", "4.49", "0.22"}, {"姜黄素组", "30", "6.97", "0.34"}},
                new String[] {"肾脏切片进行马松染色。", "结果显示纤维化减轻。"},
                new String[] {"纤连蛋白以蛋白印迹", "法检测。"}));
        before(text, "面临的难题", "炎症因子");
        before(text, "成纤维细胞", "对照组");
        before(text, "姜黄素组", "肾脏切片");
        before(text, "纤维化减轻", "纤连蛋白");
    }
}
