package org.bilex.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A justified line of a narrow column that holds only two or three words has word spaces several em wide
 * ("diminished      microbial      diversity"). The lines above and below it are justified too, with unequal word
 * spaces wider than a run's, so each of them is several runs. The stretched line is still one line of its
 * paragraph: before, its words were read as separate lines in separate blocks, and each became a sentence.
 * (The test draws one narrow column, as the PDF stage sees each column of a page once the gutters are cut.)
 */
class StretchedJustifiedLineTest {

    @TempDir
    Path dir;

    private static final float SIZE = 10f;
    private static final float PITCH = 14f;
    private static final float LEFT2 = 310f;
    private static final float RIGHT2 = 545f;

    /** Draws {@code words} justified between left and right: the first at left, the last ending at right. */
    private static void justified(org.apache.pdfbox.pdmodel.PDPageContentStream cs, org.apache.pdfbox.pdmodel.font.PDFont f,
                                  float y, float left, float right, String... words) throws Exception {
        float total = 0;
        for (String w : words) total += TestPdfs.width(f, SIZE, w);
        float space = (right - left - total) / (words.length - 1);
        float x = left;
        for (int i = 0; i < words.length; i++) {
            // unequal spaces (one a little wider, one a little narrower), so the line is not one run
            float jitter = words.length > 3 ? (i % 2 == 0 ? 0.4f : -0.4f) * SIZE : 0;
            TestPdfs.text(cs, f, SIZE, x, y, words[i]);
            x += TestPdfs.width(f, SIZE, words[i]) + space + (i < words.length - 2 ? jitter : 0);
        }
    }

    /** Fourteen lines of {@code per} words each taken in turn from {@code words} (so no two lines align), the seventh {@code stretched}. */
    private static String[][] lines(String[] words, int per, String[] stretched) {
        String[][] out = new String[14][];
        int k = 0;
        for (int i = 0; i < out.length; i++) {
            String[] l = new String[per];
            for (int j = 0; j < per; j++) l[j] = words[k++ % words.length];
            out[i] = l;
        }
        out[6] = stretched;
        return out;
    }

    private List<String> read(boolean zh, String[][] right) throws Exception {
        PdfPage page = TestPdfs.drawnPage(dir, zh, (cs, f) -> {
            float top = TestPdfs.H - 80f;
            for (int i = 0; i < right.length; i++) justified(cs, f, top - i * PITCH, LEFT2, RIGHT2, right[i]);
        });
        return TestPdfs.columnLines(page);
    }

    @Test
    void englishStretchedLineStaysOneLine() throws Exception {
        String[][] right = lines(new String[] {"intestinal", "dysbiosis", "is", "marked", "by", "loss", "of", "species", "and",
                "reduced", "stability", "with", "more", "pathogens", "in", "the", "gut", "of", "patients", "who", "have", "active",
                "colitis", "or", "relapsing", "disease"}, 5, new String[] {"diminished", "microbial", "diversity"});
        List<String> out = read(false, right);
        assertTrue(out.contains("1 diminished microbial diversity"), String.join("\n", out));
        assertEquals(1, out.stream().filter(s -> s.contains("microbial")).count(), String.join("\n", out));
    }

    @Test
    void chineseColumnWithAStretchedMixedLineStaysOneLine() throws Exception {
        String[][] right = lines(new String[] {"免疫", "失调", "表现", "为", "多样性", "下降", "炎症", "增多", "以及", "屏障",
                "功能", "受损", "患者", "的", "皮肤", "创面", "愈合", "加重", "并", "反复", "发作", "组织", "修复", "血管", "生成"}, 7,
                new String[] {"表达", "CD4", "细胞"});
        List<String> out = read(true, right);
        assertEquals(1, out.stream().filter(s -> s.contains("CD4")).count(), String.join("\n", out));
        assertTrue(out.stream().anyMatch(s -> s.startsWith("1 ") && s.contains("表达") && s.contains("CD4") && s.contains("细胞")),
                String.join("\n", out));
    }
}
