package org.bilex.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.documentinterchange.markedcontent.PDPropertyList;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A marked-content span with an /ActualText says what its glyphs read. Chromium writes one where the
 * font's ToUnicode map cannot tell two characters drawn with one glyph apart (Noto Sans CJK draws 胶
 * and its variant 㬵 with one glyph, and the map names 㬵); other writers wrap ligatures in one. The
 * glyphs of the span become one glyph with the ActualText. Here the span's glyph maps to another
 * character than its ActualText names, so the line shows which one was taken. A soft hyphen as
 * ActualText (a line-end hyphen) leaves the drawn hyphen alone.
 */
class ActualTextTest {

    @TempDir
    Path dir;

    private static final float SIZE = 12f;
    private static final float Y = TestPdfs.H - 100f;

    private static void span(PDPageContentStream cs, String actual) throws Exception {
        COSDictionary d = new COSDictionary();
        d.setString(COSName.ACTUAL_TEXT, actual);
        cs.beginMarkedContent(COSName.getPDFName("Span"), PDPropertyList.create(d));
    }

    /** Draws before + [span ActualText=actual: drawn] + after on one line, and a second line {@code hyphenLine} + [span U+00AD: "-"]. */
    private List<String> read(boolean zh, String before, String drawn, String actual, String after, String hyphenLine) throws Exception {
        PdfPage page = TestPdfs.drawnPage(dir, zh, (cs, f) -> {
            float x = 72f;
            LineTest.text(cs, f, SIZE, x, Y, before);
            x += LineTest.w(f, SIZE, before);
            span(cs, actual);
            for (int i = 0; i < drawn.length(); i++) { // one text object per glyph, as Chromium writes them
                String g = drawn.substring(i, i + 1);
                LineTest.text(cs, f, SIZE, x, Y, g);
                x += LineTest.w(f, SIZE, g);
            }
            cs.endMarkedContent();
            LineTest.text(cs, f, SIZE, x, Y, after);
            LineTest.text(cs, f, SIZE, 72f, Y - 1.5f * SIZE, hyphenLine);
            span(cs, "\u00AD");
            LineTest.text(cs, f, SIZE, 72f + LineTest.w(f, SIZE, hyphenLine), Y - 1.5f * SIZE, "-");
            cs.endMarkedContent();
        });
        return TestPdfs.columnLines(page).stream().map(l -> l.substring(l.indexOf(' ') + 1)).toList();
    }

    @Test
    void chineseActualTextNamesTheCharacterOfASharedGlyph() throws Exception {
        List<String> lines = read(true, "I型", "皮", "胶", "原蛋白表达下降", "间充质干细胞");
        assertEquals(List.of("I型胶原蛋白表达下降", "间充质干细胞-"), lines);
    }

    @Test
    void englishActualTextReplacesTheGlyphsOfASpan() throws Exception {
        List<String> lines = read(false, "the e", "XY", "ff", "ect of the cells", "the cells differ");
        assertEquals(List.of("the effect of the cells", "the cells differ-"), lines);
    }
}
