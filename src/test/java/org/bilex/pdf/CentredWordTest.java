package org.bilex.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Unequal columns: the left column runs on below the end of the right one, and one of its justified
 * lines has its last word, cut off by a wide word space, near the middle of the page. That word is
 * not a centred title (it shares its row with the rest of its line), so the line stays in column 1
 * and the left column is read whole before the right one (before, the row became full width and
 * cut column 1 in two around column 2).
 */
class CentredWordTest {

    @TempDir
    Path dir;

    private static final float SIZE = 9f;
    private static final float LEFT = 50f;
    /** Right edge of column 1. */
    private static final float EDGE = 291f;
    private static final float PITCH = 13f;

    private List<String> read(boolean zh) throws Exception {
        PdfPage page = TestPdfs.drawnPage(dir, zh, (cs, f) -> {
            // column 1 justified to EDGE: each line ends in a word set apart by a wide space;
            // column 2 placed so that the middle of the page's text falls on those last words
            String lastWord = zh ? "研究" : "and";
            float w = f.getStringWidth(lastWord) / 1000f * SIZE;
            String right = zh ? "间充质干细胞外泌体研究进展测试" : "right column text of the article";
            float rw = f.getStringWidth(right) / 1000f * SIZE;
            float rightEnd = 2f * (EDGE - w / 2f) - LEFT;
            float top = TestPdfs.H - 80f;
            for (int i = 0; i < 20; i++) {
                float y = top - i * PITCH;
                LineTest.text(cs, f, SIZE, LEFT, y, zh ? "间充质干细胞外泌体研究进展测试期刊" : "left column text of an article in");
                LineTest.text(cs, f, SIZE, EDGE - w, y, lastWord);
                if (i < 8) LineTest.text(cs, f, SIZE, rightEnd - rw, y, right);
            }
        });
        List<String> out = TestPdfs.columnLines(page);
        assertEquals(2, page.columns(), String.join("\n", out));
        return out;
    }

    private void leftColumnIsReadWholeFirst(boolean zh) throws Exception {
        List<String> out = read(zh);
        int lastLeft = -1;
        int firstRight = Integer.MAX_VALUE;
        for (int k = 0; k < out.size(); k++) {
            String s = out.get(k);
            if (s.startsWith("0 ")) throw new AssertionError("a full-width line: " + s + "\n" + String.join("\n", out));
            if (s.startsWith("1 ")) lastLeft = k;
            if (s.startsWith("2 ")) firstRight = Math.min(firstRight, k);
        }
        assertTrue(lastLeft < firstRight, String.join("\n", out));
    }

    @Test
    void englishJustifiedLineWithItsLastWordAtThePageCentreStaysInItsColumn() throws Exception {
        leftColumnIsReadWholeFirst(false);
    }

    @Test
    void chineseJustifiedLineWithItsLastWordAtThePageCentreStaysInItsColumn() throws Exception {
        leftColumnIsReadWholeFirst(true);
    }
}
