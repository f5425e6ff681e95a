package org.bilex.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An article that ends two lines into the columns of its last page: two rows per column show no
 * gutter of their own (too few rows for a white strip, too few column starts), and the gap between
 * the columns (2 em) is below the gap at which a row is cut into lines, so each row used to be read
 * across both columns. The page is cut where the gutter of the pages before runs white through its
 * rows, so each column is read whole, left then right. A last page whose text crosses that gutter
 * (one full-width paragraph) stays one column.
 */
class ShortLastPageColumnsTest {

    @TempDir
    Path dir;

    private static final float H = PDRectangle.A4.getHeight();
    private static final float LEFT = 50f;
    private static final float RIGHT = 545f;
    private static final float GUTTER = 22f;
    private static final float SIZE = 11f;
    private static final float PITCH = 16f;

    /** Characters the subset test font has (see OnePageRunningHeadTest). */
    private static final String ZH = "间充质干细胞是起源于中胚层的非造血干细胞，可在体外增殖并具有自我更新、多向分化潜能和免疫调节功能。"
            + "间充质干细胞来源的外泌体是间充质干细胞发挥作用的重要介质，在皮肤组织修复与再生中具有重要作用。";
    private static final String EN = "Negative pressure drainage removes the exudate of the wound and reduces the oedema of the "
            + "tissue around it, while heparin has a long history as a drug for burn wounds, with anticoagulant and "
            + "anti-inflammatory effects that trials have confirmed. Vascular endothelial growth factor acts on the "
            + "endothelial cells of vessels and is expressed by many cells of the skin. ";

    /** Lines of at most {@code width} points cut from the text pool (whole words for English). */
    private static List<String> lines(PDFont f, boolean zh, int n, float width) throws Exception {
        String pool = zh ? ZH : EN;
        List<String> out = new ArrayList<>();
        int at = 0;
        while (out.size() < n) {
            StringBuilder line = new StringBuilder();
            while (true) {
                String next;
                if (zh) {
                    next = String.valueOf(pool.charAt(at % pool.length()));
                } else {
                    int end = pool.indexOf(' ', at % pool.length());
                    next = pool.substring(at % pool.length(), end);
                }
                String candidate = zh || line.length() == 0 ? line + next : line + " " + next;
                if (TestPdfs.width(f, SIZE, candidate) > width) break;
                line.setLength(0);
                line.append(candidate);
                at += zh ? 1 : next.length() + 1;
            }
            out.add(line.toString());
        }
        return out;
    }

    private List<String> lastPage(boolean zh, boolean fullWidthLast) throws Exception {
        float col = (RIGHT - LEFT - GUTTER) / 2f;
        List<List<String>> drawn = new ArrayList<>();
        PdfDocument doc = TestPdfs.drawnDocument(dir, zh, (cs, f) -> {
            List<String> left = lines(f, zh, 40, col);
            for (int i = 0; i < 40; i++) {
                float y = H - 60f - (i % 20) * PITCH;
                TestPdfs.text(cs, f, SIZE, i < 20 ? LEFT : LEFT + col + GUTTER, y, left.get(i));
            }
        }, (cs, f) -> {
            if (fullWidthLast) {
                List<String> full = lines(f, zh, 2, RIGHT - LEFT);
                drawn.add(full);
                for (int i = 0; i < 2; i++) TestPdfs.text(cs, f, SIZE, LEFT, H - 60f - i * PITCH, full.get(i));
                return;
            }
            List<String> text = lines(f, zh, 4, col);
            drawn.add(text);
            for (int i = 0; i < 4; i++) {
                TestPdfs.text(cs, f, SIZE, i < 2 ? LEFT : LEFT + col + GUTTER, H - 60f - (i % 2) * PITCH, text.get(i));
            }
        });
        assertEquals(2, doc.pages().size());
        assertEquals(2, doc.pages().get(0).columns(), "the first page has two columns");
        List<String> read = new ArrayList<>();
        for (TextBlock b : doc.pages().get(1).blocks()) {
            for (TextLine l : b.lines()) read.add(l.text().strip());
        }
        assertEquals(drawn.get(0), read, "the last page's lines in reading order");
        return read;
    }

    @Test
    void shortColumnsOfALastPageAreReadColumnByColumnChinese() throws Exception {
        lastPage(true, false);
    }

    @Test
    void shortColumnsOfALastPageAreReadColumnByColumnEnglish() throws Exception {
        lastPage(false, false);
    }

    @Test
    void aFullWidthParagraphOnTheLastPageStaysWhole() throws Exception {
        lastPage(true, true);
        lastPage(false, true);
    }
}
