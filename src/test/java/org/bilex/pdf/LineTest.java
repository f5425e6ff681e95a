package org.bilex.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Lines from glyphs: spaces, duplicated glyphs, superscripts and subscripts, bold. */
class LineTest {

    @TempDir
    Path dir;

    static final PDFont HELV = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    static final PDFont HELV_BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    static final float TOP = TestPdfs.H - 100f;

    interface Content {
        void draw(PDDocument doc, PDPageContentStream cs) throws IOException;
    }

    private List<TextLine> lines(Content c) throws Exception {
        Path p = dir.resolve("t" + System.nanoTime() + ".pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                c.draw(doc, cs);
            }
            doc.save(p.toFile());
        }
        PdfDocument d = new PdfBoxReader(PdfOptions.defaults().withOcr(false)).read(p);
        List<TextLine> out = new ArrayList<>();
        for (TextBlock b : d.pages().get(0).blocks()) out.addAll(b.lines());
        return out;
    }

    static void text(PDPageContentStream cs, PDFont f, float size, float x, float y, String s) throws IOException {
        cs.beginText();
        cs.setFont(f, size);
        cs.newLineAtOffset(x, y);
        cs.showText(s);
        cs.endText();
    }

    static float w(PDFont f, float size, String s) throws IOException {
        return f.getStringWidth(s) / 1000f * size;
    }

    @Test
    void wordGapsBecomeSpacesAndLettersStayTogether() throws Exception {
        List<TextLine> ls = lines((doc, cs) -> {
            float x = 72;
            for (String word : new String[] {"Mesenchymal", "stem", "cells", "(MSCs)", "differentiate."}) {
                text(cs, HELV, 11, x, TOP, word);
                x += w(HELV, 11, word) + 0.22f * 11; // a tight justified word space, no space glyph
            }
        });
        assertEquals(1, ls.size());
        assertEquals("Mesenchymal stem cells (MSCs) differentiate.", ls.get(0).text());
        Glyph space = ls.get(0).glyphs().get(11);
        assertEquals(" ", space.text());
        assertEquals(0f, space.box().width(), 1e-3, "an inserted space has a zero-width box");
    }

    @Test
    void spaceGlyphsOfThePdfAreKeptOnce() throws Exception {
        List<TextLine> ls = lines((doc, cs) -> text(cs, HELV, 11, 72, TOP, "Exosomes  carry   proteins and RNA"));
        assertEquals("Exosomes carry proteins and RNA", ls.get(0).text());
    }

    @Test
    void textDrawnTwiceForBoldIsReadOnce() throws Exception {
        List<TextLine> ls = lines((doc, cs) -> {
            text(cs, HELV, 12, 72, TOP, "Fake bold heading");
            text(cs, HELV, 12, 72.35f, TOP, "Fake bold heading");
            text(cs, HELV, 12, 72, TOP - 30, "Drawn twice exactly");
            text(cs, HELV, 12, 72, TOP - 30, "Drawn twice exactly");
        });
        assertEquals(List.of("Fake bold heading", "Drawn twice exactly"), ls.stream().map(TextLine::text).toList());
    }

    @Test
    void superscriptsAndSubscriptsStayInTheirLine() throws Exception {
        List<TextLine> ls = lines((doc, cs) -> {
            float x = 72;
            text(cs, HELV, 10, x, TOP, "stem cells");
            x += w(HELV, 10, "stem cells");
            text(cs, HELV, 6, x + 0.3f, TOP + 4f, "[12]");
            x += w(HELV, 6, "[12]") + 0.3f;
            text(cs, HELV, 10, x + 2.8f, TOP, "and Ca");
            x += 2.8f + w(HELV, 10, "and Ca");
            text(cs, HELV, 6, x, TOP + 4f, "2+");
            // next line: a chemical formula with a subscript
            text(cs, HELV, 10, 72, TOP - 14, "H");
            text(cs, HELV, 6, 72 + w(HELV, 10, "H"), TOP - 16, "2");
            text(cs, HELV, 10, 72 + w(HELV, 10, "H") + w(HELV, 6, "2"), TOP - 14, "O is water");
        });
        assertEquals(List.of("stem cells[12] and Ca2+", "H2O is water"), ls.stream().map(TextLine::text).toList());
        assertEquals(10f, ls.get(0).fontSize(), 0.01f, "the line's size is that of its main text");
    }

    @Test
    void boldComesFromTheFont() throws Exception {
        List<TextLine> ls = lines((doc, cs) -> {
            text(cs, HELV_BOLD, 12, 72, TOP, "2 Results");
            text(cs, HELV, 10, 72, TOP - 30, "Plain body text follows here.");
        });
        assertTrue(ls.get(0).bold());
        assertTrue(ls.get(0).glyphs().get(0).bold());
        assertEquals("Helvetica-Bold", ls.get(0).glyphs().get(0).font());
        assertFalse(ls.get(1).bold());
    }

    @Test
    void chineseIsNotSplitAndMixedTextKeepsItsSpaces() throws Exception {
        List<TextLine> ls;
        ls = lines((doc, cs) -> {
            PDType0Font f = TestPdfs.cjkFont(doc);
            text(cs, f, 10.5f, 72, TOP, "间充质干细胞（mesenchymal stem cells，MSCs）因其可行性");
        });
        assertEquals("间充质干细胞（mesenchymal stem cells，MSCs）因其可行性", ls.get(0).text());
    }

    @Test
    void rotatedMarginTextComesAfterTheBodyAsItsOwnBlock() throws Exception {
        List<TextLine> ls = lines((doc, cs) -> {
            text(cs, HELV, 11, 72, TOP, "Body text of the page.");
            cs.beginText();
            cs.setFont(HELV, 8);
            cs.setTextMatrix(org.apache.pdfbox.util.Matrix.getRotateInstance(Math.PI / 2, 30, 300));
            cs.showText("Downloaded from a repository");
            cs.endText();
        });
        assertEquals(List.of("Body text of the page.", "Downloaded from a repository"),
                ls.stream().map(TextLine::text).toList());
        BBox b = ls.get(1).box();
        assertTrue(b.height() > b.width(), "a vertical line has a tall box: " + b);
    }

    @Test
    void glyphBoxesAreInTopLeftPageCoordinates() throws Exception {
        List<TextLine> ls = lines((doc, cs) -> text(cs, HELV, 12, 100, TestPdfs.H - 200, "Box"));
        BBox b = ls.get(0).box();
        assertEquals(100f, b.x0(), 0.5f);
        assertTrue(b.y1() > 195 && b.y1() < 205, "baseline near 200 from the top: " + b);
        assertTrue(b.y0() > 185 && b.y0() < 195, "cap height above it: " + b);
    }
}
