package org.bilex.pdf;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A key-points box beside a short abstract that reaches below it: the abstract's first line crosses
 * the body's gutter (full width), its short last line does not, and the box's lines, right of the
 * abstract, go on below the abstract's end. Two columns start lower down, after white across both of
 * them. The box is read after the abstract and before the columns (see {@code Layout.stub}), not as
 * the top of column 2. Also: the box's lines, all set in from the column's edge, are one paragraph,
 * not one paragraph per line.
 */
class SidebarBelowShortAbstractTest {

    @TempDir
    Path dir;

    private static final float SIZE = 9f;
    private static final float LEFT = 50f;
    private static final float ABSTRACT_RIGHT = 380f;
    private static final float BOX = 400f;
    private static final float COL2 = 305f;
    private static final float GUTTER = 12f;
    private static final float PITCH = 12f;
    private static final int BOX_LINES = 3;
    private static final int BODY_LINES = 20;

    private List<String> read(boolean zh, List<String> want) throws Exception {
        PdfPage page = TestPdfs.drawnPage(dir, zh, (cs, f) -> {
            String[] pool = zh ? "间充质干细胞外泌体研究进展测试期刊".split("")
                    : "cells secrete small vesicles that carry proteins and nucleic acids between tissues of the body".split(" ");
            String[] boxPool = zh ? "研究进展测试期刊细胞".split("") : "key points of this review and open questions".split(" ");
            String sep = zh ? "" : " ";
            float y = TestPdfs.H - 70f;
            LineTest.text(cs, f, 14f, LEFT, y, zh ? "间充质干细胞外泌体研究进展" : "Vesicles between tissues");
            y -= 2.2f * PITCH;
            float top = y;
            List<String> a1 = SidebarBesideAbstractTest.words(f, pool, 0, ABSTRACT_RIGHT - LEFT, zh);
            SidebarBesideAbstractTest.justify(cs, f, LEFT, ABSTRACT_RIGHT, y, a1);
            want.add(String.join(sep, a1));
            y -= PITCH;
            List<String> a2 = SidebarBesideAbstractTest.words(f, pool, 7, 150f, zh);
            LineTest.text(cs, f, SIZE, LEFT, y, String.join(sep, a2));
            want.add(String.join(sep, a2));
            float by = top - 0.5f * PITCH; // the box's first line a little below the abstract's
            for (int i = 0; i < BOX_LINES; i++, by -= PITCH) {
                String line = SidebarBesideAbstractTest.fill(f, boxPool, 2 * i, 120f, zh);
                LineTest.text(cs, f, SIZE, BOX, by, line);
                want.add(line);
            }
            y = by - 1.8f * PITCH; // white across both columns (2.7 em: no white band), then the columns
            List<String> c1 = new ArrayList<>();
            List<String> c2 = new ArrayList<>();
            for (int i = 0; i < BODY_LINES; i++, y -= PITCH) {
                List<String> l1 = SidebarBesideAbstractTest.words(f, pool, 5 * i, COL2 - GUTTER - LEFT, zh);
                List<String> l2 = SidebarBesideAbstractTest.words(f, pool, 5 * i + 2, TestPdfs.W - LEFT - COL2, zh);
                SidebarBesideAbstractTest.justify(cs, f, LEFT, COL2 - GUTTER, y, l1);
                SidebarBesideAbstractTest.justify(cs, f, COL2, TestPdfs.W - LEFT, y, l2);
                c1.add(String.join(sep, l1));
                c2.add(String.join(sep, l2));
            }
            want.add(c1.get(0));
            want.add(c1.get(BODY_LINES - 1));
            want.add(c2.get(0));
            want.add(c2.get(BODY_LINES - 1));
        });
        List<String> out = new ArrayList<>();
        for (TextBlock b : page.blocks()) for (TextLine l : b.lines()) out.add(RealPdfTest.norm(l.text()));
        return out;
    }

    private void abstractBoxThenColumns(boolean zh) throws Exception {
        List<String> want = new ArrayList<>();
        List<String> out = read(zh, want);
        TestPdfs.assertInOrder(out, want);
    }

    @Test
    void englishBoxBelowShortAbstractIsReadBeforeTheColumns() throws Exception {
        abstractBoxThenColumns(false);
    }

    @Test
    void chineseBoxBelowShortAbstractIsReadBeforeTheColumns() throws Exception {
        abstractBoxThenColumns(true);
    }
}
