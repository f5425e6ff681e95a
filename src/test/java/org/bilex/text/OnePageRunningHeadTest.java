package org.bilex.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.bilex.pdf.PdfDocument;
import org.bilex.pdf.TestPdfs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The running head of a one-page PDF (nothing repeats it) is told from its position, size and
 * content: the first line of the page, in the top margin, alone, no larger than the body, reading
 * like a journal's citation line. Here it is set at the body's own size (10 pt), over a title and a
 * long 10 pt text, with a page number at the foot: both go, the text stays whole. A first line of
 * the same size that reads like no citation line stays, and so does a citation-like line that runs
 * on into the paragraph below it.
 */
class OnePageRunningHeadTest {

    @TempDir
    Path dir;

    private static final float H = PDRectangle.A4.getHeight();
    private static final float LEFT = 50f;
    private static final float RIGHT = 545f;
    private static final float SIZE = 10f;
    private static final float PITCH = 14f;
    private static final int LINES = 18;

    private static final String ZH_TEXT = "间充质干细胞是起源于中胚层的非造血干细胞，可在体外增殖并具有自我更新、多向分化潜能和免疫调节功能。"
            + "间充质干细胞来源的外泌体是间充质干细胞发挥作用的重要介质，在皮肤组织修复与再生中具有重要作用。";
    private static final String EN_TEXT = "Mesenchymal stem cells are non-hematopoietic stem cells originating from mesoderm, which can "
            + "proliferate in vitro and have the potential of self-renewal, multidirectional differentiation and immune regulation. "
            + "Exosomes derived from them carry proteins and nucleic acids between the cells of a tissue. ";

    /**
     * Draws the first line, a title and the text lines below it, and a page number; {@code runOn}: no
     * title, the text follows the first line at the line pitch. Adds the text lines as drawn to {@code body}.
     */
    private PdfDocument draw(boolean zh, String first, boolean runOn, List<String> body) throws Exception {
        return TestPdfs.drawnDocument(dir, zh, (cs, f) -> {
            float y = H - 30f;
            TestPdfs.text(cs, f, SIZE, runOn ? LEFT : 200f, y, first);
            if (runOn) {
                y -= PITCH;
            } else {
                y -= 40f;
                TestPdfs.text(cs, f, 16f, LEFT, y, zh ? "间充质干细胞外泌体研究进展" : "Exosomes of mesenchymal stem cells");
                y -= 36f;
            }
            String pool = zh ? ZH_TEXT : EN_TEXT;
            int at = 0;
            for (int i = 0; i < LINES; i++, y -= PITCH) {
                String line = fill(cs, f, pool, at, zh);
                at = (at + line.length() + (zh ? 0 : 1)) % pool.length();
                TestPdfs.text(cs, f, SIZE, LEFT, y, line);
                body.add(line);
            }
            TestPdfs.text(cs, f, SIZE, 290f, 30f, "47");
        });
    }

    /** Text from {@code pool} (cycled) starting at {@code from}, as much as fits the line (whole words in English). */
    private static String fill(PDPageContentStream cs, PDFont f, String pool, int from, boolean zh) throws Exception {
        StringBuilder sb = new StringBuilder();
        String cycled = pool + pool;
        if (zh) {
            for (int k = from; TestPdfs.width(f, SIZE, sb.toString() + cycled.charAt(k)) <= RIGHT - LEFT; k++) sb.append(cycled.charAt(k));
            return sb.toString();
        }
        for (String w : cycled.substring(from).split(" ")) {
            String next = sb.length() == 0 ? w : sb + " " + w;
            if (TestPdfs.width(f, SIZE, next) > RIGHT - LEFT) break;
            sb.setLength(0);
            sb.append(next);
        }
        return sb.toString();
    }

    private static String squeeze(String s) {
        return s.replaceAll("\\s+", "");
    }

    private void headDropped(boolean zh, String head) throws Exception {
        List<String> body = new ArrayList<>();
        CleanDocument d = new LayoutTextCleaner().clean(draw(zh, head, false, body));
        StringBuilder all = new StringBuilder();
        for (Paragraph p : d.paragraphs()) {
            assertFalse(squeeze(p.text()).contains(squeeze(head)), () -> "running head kept: " + p.text());
            all.append(p.text());
        }
        assertTrue(d.droppedLines().stream().anyMatch(l -> squeeze(l).contains(squeeze(head))), d.droppedLines().toString());
        assertTrue(d.droppedLines().stream().anyMatch(l -> l.endsWith(": 47")), d.droppedLines().toString());
        assertEquals(Role.TITLE, d.paragraphs().get(0).role(), d.paragraphs().get(0).text());
        for (String line : body) assertTrue(squeeze(all.toString()).contains(squeeze(line).replaceAll("-$", "")), line);
    }

    private void firstLineKept(boolean zh, String first, boolean runOn) throws Exception {
        List<String> body = new ArrayList<>();
        CleanDocument d = new LayoutTextCleaner().clean(draw(zh, first, runOn, body));
        String all = squeeze(String.join("", d.paragraphs().stream().map(Paragraph::text).toList()));
        assertTrue(all.contains(squeeze(first)), () -> "first line lost; dropped: " + d.droppedLines());
    }

    @Test
    void chineseRunningHeadAtBodySizeIsDropped() throws Exception {
        headDropped(true, "测试杂志 2026年 第12期");
    }

    @Test
    void englishRunningHeadAtBodySizeIsDropped() throws Exception {
        headDropped(false, "Journal of Layout Tests · Vol. 12 · 2026");
    }

    @Test
    void chineseFirstLineThatIsNoCitationLineStays() throws Exception {
        firstLineKept(true, "间充质干细胞研究进展", false);
    }

    @Test
    void englishFirstLineThatIsNoCitationLineStays() throws Exception {
        firstLineKept(false, "Review article of the cells", false);
    }

    @Test
    void englishCitationLikeLineRunningIntoTheTextStays() throws Exception {
        // the next line follows at the line pitch: a line of the text, though it names a journal and a year
        firstLineKept(false, "In 2012 a journal reported that vesicles carry proteins", true);
    }

    @Test
    void chineseCitationLikeLineRunningIntoTheTextStays() throws Exception {
        firstLineKept(true, "2012年，测试杂志第12期报道了外泌体的作用", true);
    }
}
