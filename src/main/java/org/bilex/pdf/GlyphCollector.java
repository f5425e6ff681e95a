package org.bilex.pdf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.PDSimpleFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.apache.pdfbox.util.Vector;

/**
 * Collects every glyph of a page as PDFBox positions it, without PDFBox's own sorting, merging or
 * de-duplication (all of which the layout does itself). Also counts, per font, the glyphs that PDFBox
 * could not map to Unicode at all (it drops those silently). One instance per document; not
 * thread-safe.
 */
final class GlyphCollector extends PDFTextStripper {

    /** What the layout and the garbled-text judgement need to know about a font. */
    static final class FontInfo {
        final int id;
        final String name;
        final boolean bold;
        /** A single-byte font with no ToUnicode map. */
        final boolean simpleUnmapped;
        final boolean embedded;
        /** The font name read back as GBK contains CJK (e.g. 宋体 written as raw bytes). */
        final boolean gbkName;

        FontInfo(int id, PDFont font) {
            this.id = id;
            String raw = font.getName() == null ? "" : font.getName();
            String stripped = raw.length() > 7 && raw.charAt(6) == '+' ? raw.substring(7) : raw;
            String decoded = LegacyCjk.gbkName(stripped);
            this.gbkName = decoded != null;
            this.name = decoded != null ? decoded : stripped;
            this.bold = isBold(name, font.getFontDescriptor());
            this.simpleUnmapped = font instanceof PDSimpleFont && !font.getCOSObject().containsKey(COSName.TO_UNICODE);
            this.embedded = font.isEmbedded();
        }
    }

    /** The glyphs of one page plus the count of glyphs PDFBox could not map, per font id. */
    record PageGlyphs(List<RawGlyph> glyphs, Map<Integer, Integer> unmapped) {
        int unmappedTotal() {
            int n = 0;
            for (int v : unmapped.values()) n += v;
            return n;
        }
    }

    private final Map<PDFont, FontInfo> fonts = new IdentityHashMap<>();
    private final List<FontInfo> fontList = new ArrayList<>();
    private List<RawGlyph> glyphs;
    private Map<Integer, Integer> unmapped;
    private int emitted;
    private int seq;

    GlyphCollector() throws IOException {
        super();
        setStartPage(0); // we call processPage directly, with the page counter at 0
        setShouldSeparateByBeads(false);
    }

    /** The font with the given id (ids are given out page by page and never reused). */
    FontInfo font(int id) {
        return fontList.get(id);
    }

    PageGlyphs collect(PDPage page) throws IOException {
        // font ids are per page; holding PDFont objects across pages would keep font programs (many MB
        // for CJK fonts) alive that PDFBox's resource cache could otherwise let go
        fonts.clear();
        glyphs = new ArrayList<>();
        unmapped = new HashMap<>();
        seq = 0;
        try {
            processPage(page);
            return new PageGlyphs(glyphs, unmapped);
        } finally {
            glyphs = null;
            unmapped = null;
        }
    }

    @Override
    protected void showGlyph(Matrix textRenderingMatrix, PDFont font, int code, Vector displacement)
            throws IOException {
        int before = emitted;
        super.showGlyph(textRenderingMatrix, font, code, displacement);
        if (emitted == before && unmapped != null) unmapped.merge(info(font).id, 1, Integer::sum);
    }

    @Override
    protected void processTextPosition(TextPosition tp) {
        emitted++;
        if (glyphs == null) return;
        FontInfo fi = info(tp.getFont());
        RawGlyph g = new RawGlyph();
        g.text = tp.getUnicode() == null ? "" : tp.getUnicode();
        float size = tp.getYScale();
        if (!(size > 0) || Float.isInfinite(size)) size = tp.getFontSizeInPt();
        if (!(size > 0) || Float.isInfinite(size)) size = tp.getHeightDir() > 0 ? tp.getHeightDir() / 0.7f : 10f;
        g.size = size;
        float w = tp.getWidthDirAdj();
        if (!(w >= 0) || Float.isInfinite(w)) w = 0;
        g.x0 = tp.getXDirAdj();
        g.x1 = g.x0 + w;
        g.base = tp.getYDirAdj();
        g.coreFromBaseline();
        float h = tp.getHeightDir();
        if (!(h >= 0.3f * size && h <= 1.3f * size)) h = 0.72f * size;
        g.dir = Math.round(tp.getDir()) % 360;
        pageBox(g, tp, w, h);
        g.bold = fi.bold;
        g.font = fi.name;
        g.fontId = fi.id;
        int[] codes = tp.getCharacterCodes();
        g.code = codes != null && codes.length == 1 ? codes[0] : -1;
        g.seq = seq++;
        glyphs.add(g);
    }

    /** The glyph's box in page coordinates (top-left origin), also for rotated text. */
    private static void pageBox(RawGlyph g, TextPosition tp, float w, float h) {
        float d = 0.2f * g.size;
        if (g.dir == 0) {
            g.oX0 = g.x0;
            g.oX1 = g.x1;
            g.oY0 = g.base - h;
            g.oY1 = g.base + d;
            return;
        }
        float x = tp.getX();
        float y = tp.getY();
        switch (g.dir) {
            case 90 -> set(g, x - h, y - w, x + d, y);
            case 180 -> set(g, x - w, y - d, x, y + h);
            case 270 -> set(g, x - d, y, x + h, y + w);
            default -> set(g, x, y - h, x + w, y + d);
        }
    }

    private static void set(RawGlyph g, float x0, float y0, float x1, float y1) {
        g.oX0 = Math.min(x0, x1);
        g.oX1 = Math.max(x0, x1);
        g.oY0 = Math.min(y0, y1);
        g.oY1 = Math.max(y0, y1);
    }

    private FontInfo info(PDFont font) {
        FontInfo fi = fonts.get(font);
        if (fi == null) {
            fi = new FontInfo(fontList.size(), font);
            fonts.put(font, fi);
            fontList.add(fi);
        }
        return fi;
    }

    @Override
    protected void writePage() {
        // nothing: the glyphs are laid out by Layout, not written by PDFTextStripper
    }

    static boolean isBold(String name, PDFontDescriptor fd) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.contains("bold") || n.contains("heavy") || n.contains("black") || n.endsWith(",b")) return true;
        if (fd != null) {
            if (fd.getFontWeight() >= 600f) return true;
            if (fd.isForceBold()) return true;
        }
        return false;
    }

    /** Re-reads a name that PDFBox decoded as Latin-1 as raw bytes. */
    static byte[] latin1Bytes(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }
}
