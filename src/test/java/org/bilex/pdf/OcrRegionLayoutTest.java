package org.bilex.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;

/**
 * The page layout of OCR read region by region ({@link Layout#runRegions}): tesseract's TSV of a
 * title and three justified columns 4 pt apart, each column an image of its own (TSV page 2, 3, 4),
 * the columns' lines at the same heights. Every line of the layout holds the words of one region,
 * the blocks come title first and then column by column, and the columns are numbered 1..3 with the
 * title full width (0). Written once with English and once with Chinese words.
 */
class OcrRegionLayoutTest {

    static final float PT_PER_PX = 72f / 300f;
    /** Column left edges and width, points: 161 pt columns with 4 pt gutters. */
    static final float[] COL_X = {45f, 210f, 375f};
    static final float COL_W = 161f;

    static final String[][] EN = {
            {"Curcumin", "inhibited", "the", "activation", "of", "STAT"},
            {"in", "human", "gastric", "cancer", "cells", "and"},
            {"reduced", "the", "growth", "of", "xenograft", "tumours."},
            {"Silencing", "of", "TP", "restored", "the", "effect"}};
    static final String[][] ZH = {
            {"姜黄素", "抑制", "胃癌", "细胞中", "信号", "转导"},
            {"和转录", "激活", "因子", "的活化", "并且", "降低"},
            {"了肿瘤", "的生长", "速度", "和体积", "该结果", "提示"},
            {"沉默", "基因", "后其", "作用", "得以", "恢复"}};

    /** One TSV row per line (level 4) and word (level 5); region r is TSV page r + 1, boxes in pixels of its image. */
    static List<String> tsv(String title, String[][] words) {
        List<String> rows = new ArrayList<>();
        rows.add("level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext");
        int margin = 25;
        // region 0: the title, one line across the page
        rows.add(row(4, 1, 1, 0, margin, margin, 1500, 60, -1, ""));
        rows.add(row(5, 1, 1, 1, margin, margin, 1500, 60, 95, title));
        for (int c = 0; c < 3; c++) {
            int page = c + 2;
            for (int l = 0; l < 4; l++) {
                int top = margin + l * 55;
                int lineW = Math.round(COL_W / PT_PER_PX);
                rows.add(row(4, page, l + 1, 0, margin, top, lineW, 40, -1, ""));
                String[] ws = words[(l + c) % words.length];
                int step = lineW / ws.length;
                for (int k = 0; k < ws.length; k++) {
                    int w = k == ws.length - 1 ? lineW - k * step : step - 12;
                    rows.add(row(5, page, l + 1, k + 1, margin + k * step, top, w, 40, 92, ws[k] + (c + 1)));
                }
            }
        }
        return rows;
    }

    static String row(int level, int page, int line, int word, int left, int top, int w, int h, int conf, String text) {
        return String.format(Locale.ROOT, "%d\t%d\t1\t1\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%s", level, page, line, word, left, top, w, h, conf, text);
    }

    /** Offsets of the four images on the page, points: the title above, the columns below it. */
    static float[][] offsets() {
        float m = 25 * PT_PER_PX;
        return new float[][] {{COL_X[0] - m, 50f - m}, {COL_X[0] - m, 80f - m}, {COL_X[1] - m, 80f - m}, {COL_X[2] - m, 80f - m}};
    }

    static void check(String title, String[][] words) {
        OcrSettings s = new OcrSettings("default", "chi_sim+eng", 6, 0, 40, 1.2f, 1.2f, 0.3f, 3f);
        List<Segment> segs = Tesseract.parseTsv(tsv(title, words), PT_PER_PX, s, offsets());
        Layout.Result r = Layout.runRegions(1, segs);
        List<Integer> columns = new ArrayList<>();
        for (TextBlock b : r.blocks()) {
            for (TextLine l : b.lines()) {
                String t = l.text();
                long regions = t.codePoints().filter(ch -> ch >= '1' && ch <= '3').distinct().count();
                assertTrue(regions <= 1, "a line joins words of two columns: " + t);
                int col = t.contains("1") ? 1 : t.contains("2") ? 2 : t.contains("3") ? 3 : 0;
                assertEquals(col, b.column(), "column of " + t);
                if (columns.isEmpty() || columns.get(columns.size() - 1) != col) columns.add(col);
            }
        }
        assertEquals(List.of(0, 1, 2, 3), columns, "title, then column 1, 2, 3");
        assertEquals(3, r.columns());
    }

    @Test
    void englishColumnsReadRegionByRegion() {
        check("Curcumin in gastric cancer", EN);
    }

    @Test
    void chineseColumnsReadRegionByRegion() {
        check("姜黄素与胃癌研究进展", ZH);
    }

    @Test
    void slotsMergeOverlappingColumnsAndSpanningRegionsAreFullWidth() {
        float[][] boxes = {{45, 50, 550, 70}, {45, 80, 205, 600}, {45, 610, 120, 640}, {130, 610, 205, 640},
                {210, 80, 370, 640}, {375, 80, 550, 640}};
        List<float[]> slots = Layout.columnSlots(boxes);
        assertEquals(3, slots.size());
        assertEquals(0, Layout.slotOf(boxes[0], slots));
        assertEquals(1, Layout.slotOf(boxes[2], slots));
        assertEquals(1, Layout.slotOf(boxes[3], slots));
        assertEquals(3, Layout.slotOf(boxes[5], slots));
    }

    /**
     * A title region and a body region whose every line tesseract returns with a wide gap at the
     * same place (word boxes of a justified Chinese column, or words spread by justification): the
     * ink had no gutter there (the regions would have cut it), so the region is one column, read
     * line by line, not its lines' left halves and then their right halves.
     */
    static List<String> falseGutter(String title, String[] left, String[] right, int leftW, int gap, int rightW) {
        List<String> rows = new ArrayList<>();
        rows.add("level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext");
        rows.add(row(4, 1, 1, 0, 25, 25, 1500, 60, -1, ""));
        rows.add(row(5, 1, 1, 1, 25, 25, 1500, 60, 95, title));
        for (int l = 0; l < left.length; l++) {
            int top = 25 + l * 55;
            rows.add(row(4, 2, l + 1, 0, 25, top, leftW + gap + rightW, 40, -1, ""));
            rows.add(row(5, 2, l + 1, 1, 25, top, leftW, 40, 92, left[l]));
            rows.add(row(5, 2, l + 1, 2, 25 + leftW + gap, top, rightW, 40, 92, right[l])); // under split_gap: one segment a line
        }
        return rows;
    }

    static void checkOneColumn(String title, String[] left, String[] right, int leftW, int gap, int rightW) {
        OcrSettings s = new OcrSettings("default", "chi_sim+eng", 6, 0, 40, 1.2f, 1.2f, 0.3f, 3f);
        float m = 25 * PT_PER_PX;
        List<Segment> segs = Tesseract.parseTsv(falseGutter(title, left, right, leftW, gap, rightW), PT_PER_PX, s, new float[][] {{45f - m, 50f - m}, {45f - m, 80f - m}});
        StringBuilder text = new StringBuilder();
        for (TextBlock b : Layout.runRegions(1, segs).blocks()) for (TextLine l : b.lines()) text.append(l.text()).append('\n');
        String t = text.toString();
        int at = t.indexOf(title);
        assertTrue(at >= 0, t);
        for (int l = 0; l < left.length; l++) {
            int a = t.indexOf(left[l]);
            int b = t.indexOf(right[l]);
            assertTrue(at < a && a < b, "line " + l + " left half, then its right half, after the line before:\n" + t);
            at = b;
        }
    }

    @Test
    void englishRegionWithAFalseGutterInItsWordBoxesIsReadLineByLine() {
        checkOneColumn("Curcumin in gastric cancer",
                new String[] {"Curcumin inhibited the", "in human gastric", "and reduced the growth", "Silencing of the gene", "restored the effect", "of the treatment on", "the migration of the"},
                new String[] {"activation of STAT3", "cancer cells", "of xenograft tumours", "encoding the receptor", "of curcumin and", "invasion and on", "cells in vitro."},
                700, 58, 625);
    }

    @Test
    void chineseRegionWithAFalseGutterInItsWordBoxesIsReadLineByLine() {
        checkOneColumn("姜黄素与胃癌研究进展",
                new String[] {"姜黄素抑制胃癌", "和转录激活因子", "了肿瘤的生长速", "沉默该基因后其", "对细胞迁移和侵", "的影响也随之减", "提示该通路是姜"},
                new String[] {"细胞中信号转导", "的活化并且降低", "度和体积该结果", "作用得以恢复且", "袭能力的抑制及", "弱这一结果进一", "黄素作用的靶点"},
                280, 40, 280);
    }
}
