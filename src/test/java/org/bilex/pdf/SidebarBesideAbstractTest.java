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
 * A key-points box beside a full-width abstract, above a two-column body with a narrow gutter. The
 * box's lines sit between the abstract's lines (not on its rows), and one justified abstract line
 * has its word space right on the body's gutter, so that it is cut into two pieces that do not cross
 * it. The abstract is read whole, line by line (the cut line is full width again, see
 * {@code Layout.brokenFullRows}), then the box (see {@link SideBySide}), then body column 1, then
 * column 2.
 */
class SidebarBesideAbstractTest {

    @TempDir
    Path dir;

    private static final float SIZE = 9f;
    private static final float LEFT = 50f;
    private static final float ABSTRACT_RIGHT = 400f;
    private static final float BOX = 420f;
    private static final float COL2 = 300f;
    private static final float PITCH = 12f;
    private static final int ABSTRACT_LINES = 8;
    private static final int BROKEN = 5;
    private static final int BOX_LINES = 3;
    private static final int BODY_LINES = 20;
    private static final String C1_END = "end one";
    private static final String C2_END = "end two";

    /** Words (or characters) cycled from {@code pool} until the text is about {@code width} wide. */
    static String fill(PDFont f, String[] pool, int from, float width, boolean zh) throws Exception {
        StringBuilder sb = new StringBuilder();
        for (int k = from; ; k++) {
            String next = sb.length() == 0 || zh ? pool[k % pool.length] : " " + pool[k % pool.length];
            if (LineTest.w(f, SIZE, sb + next) > width) return sb.toString();
            sb.append(next);
        }
    }

    /** Draws the words (characters) spread out to fill x0..x1 exactly, as justified text is set. */
    static void justify(PDPageContentStream cs, PDFont f, float x0, float x1, float y, List<String> words) throws Exception {
        float ink = 0;
        for (String w : words) ink += LineTest.w(f, SIZE, w);
        float gap = words.size() > 1 ? (x1 - x0 - ink) / (words.size() - 1) : 0;
        float x = x0;
        for (String w : words) {
            LineTest.text(cs, f, SIZE, x, y, w);
            x += LineTest.w(f, SIZE, w) + gap;
        }
    }

    /** Words from {@code pool} (cycled from {@code from}) that fill about {@code width} at word spacing. */
    static List<String> words(PDFont f, String[] pool, int from, float width, boolean zh) throws Exception {
        List<String> out = new ArrayList<>();
        float w = 0;
        float space = zh ? 0 : LineTest.w(f, SIZE, " ");
        for (int k = from; ; k++) {
            String next = pool[k % pool.length];
            float add = LineTest.w(f, SIZE, next) + (out.isEmpty() ? 0 : space);
            if (w + add > width) return out;
            out.add(next);
            w += add;
        }
    }

    private List<String> read(boolean zh, List<String> abstractLines, List<String> box) throws Exception {
        PdfPage page = TestPdfs.drawnPage(dir, zh, (cs, f) -> {
            String[] pool = zh ? "间充质干细胞外泌体研究进展测试期刊".split("")
                    : "cells secrete small vesicles that carry proteins and nucleic acids between tissues of the body".split(" ");
            String[] boxPool = zh ? "研究进展测试期刊细胞".split("") : "key points of this review and open questions".split(" ");
            float y = TestPdfs.H - 70f;
            LineTest.text(cs, f, 14f, LEFT, y, zh ? "间充质干细胞外泌体研究进展" : "Vesicles between tissues");
            y -= 2.2f * PITCH;
            float top = y;
            for (int i = 0; i < ABSTRACT_LINES; i++, y -= PITCH) {
                List<String> ws;
                if (i == BROKEN) {
                    // a word space right on the gutter: two pieces that do not cross it
                    List<String> a = words(f, pool, 3 * i, COL2 - 10f - LEFT, zh);
                    List<String> b = words(f, pool, 3 * i + a.size(), ABSTRACT_RIGHT - COL2, zh);
                    justify(cs, f, LEFT, COL2 - 10f, y, a);
                    justify(cs, f, COL2, ABSTRACT_RIGHT, y, b);
                    ws = new ArrayList<>(a);
                    ws.addAll(b);
                } else {
                    ws = words(f, pool, 3 * i, ABSTRACT_RIGHT - LEFT, zh);
                    justify(cs, f, LEFT, ABSTRACT_RIGHT, y, ws);
                }
                abstractLines.add(String.join(zh ? "" : " ", ws));
            }
            float by = top - 0.3f * PITCH; // the box's lines a little below the abstract's, on their rows
            for (int i = 0; i < BOX_LINES; i++, by -= PITCH) {
                String line = fill(f, boxPool, 2 * i, 110f, zh);
                LineTest.text(cs, f, SIZE, BOX, by, line);
                box.add(line);
            }
            y -= 2f * PITCH;
            // body columns filled to a narrow gutter (COL2 - 8 .. COL2)
            for (int i = 0; i < BODY_LINES; i++, y -= PITCH) {
                justify(cs, f, LEFT, COL2 - 8f, y, words(f, pool, 5 * i, COL2 - 8f - LEFT, zh));
                justify(cs, f, COL2, TestPdfs.W - LEFT, y, words(f, pool, 5 * i + 2, TestPdfs.W - LEFT - COL2, zh));
            }
            LineTest.text(cs, TestPdfs.helvetica(), SIZE, LEFT, y, C1_END);
            LineTest.text(cs, TestPdfs.helvetica(), SIZE, COL2, y, C2_END);
        });
        List<String> out = new ArrayList<>();
        for (TextBlock b : page.blocks()) for (TextLine l : b.lines()) out.add(RealPdfTest.norm(l.text()));
        return out;
    }

    private void abstractThenBox(boolean zh) throws Exception {
        List<String> abs = new ArrayList<>();
        List<String> box = new ArrayList<>();
        List<String> out = read(zh, abs, box);
        String all = String.join("\n", out);
        List<String> want = new ArrayList<>(abs);
        want.addAll(box);
        TestPdfs.assertInOrder(out, want);
        int lastBox = out.lastIndexOf(RealPdfTest.norm(box.get(box.size() - 1)));
        int end1 = out.indexOf(RealPdfTest.norm(C1_END));
        int end2 = out.indexOf(RealPdfTest.norm(C2_END));
        assertTrue(end1 > lastBox && end2 > end1, "body column 1, then column 2, after the box:\n" + all);
    }

    @Test
    void englishBoxBesideAbstractIsReadAfterIt() throws Exception {
        abstractThenBox(false);
    }

    @Test
    void chineseBoxBesideAbstractIsReadAfterIt() throws Exception {
        abstractThenBox(true);
    }
}
