package org.bilex.pdf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.apache.pdfbox.cos.COSDictionary;
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
 * could not map to Unicode at all (it drops those silently). A marked-content span with an
 * {@code /ActualText} gives the text of the glyphs it encloses (see {@link #endMarkedContentSequence}).
 * One instance per document; not thread-safe.
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
    /** Open marked-content sequences: the index of their first glyph and their ActualText (null: none). */
    private final Deque<Span> spans = new ArrayDeque<>();

    private record Span(int from, String actualText) {
    }

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
        spans.clear();
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
    public void beginMarkedContentSequence(COSName tag, COSDictionary properties) {
        super.beginMarkedContentSequence(tag, properties);
        String actual = properties == null ? null : properties.getString(COSName.ACTUAL_TEXT);
        spans.push(new Span(glyphs == null ? 0 : glyphs.size(), actual));
    }

    /**
     * Ends a marked-content sequence. When it carried an {@code /ActualText} (a PDF writer's statement
     * of what its glyphs read: Chromium writes one where a font's ToUnicode map cannot tell two
     * characters drawn with one glyph apart, such as 胶 and its variant 㬵; others write them for
     * ligatures), its glyphs, all on one baseline, become one glyph with that text spanning their
     * boxes. A soft hyphen or an empty text is left alone: the drawn glyphs are what the line shows
     * (a line-end hyphen the text stage undoes itself).
     */
    @Override
    public void endMarkedContentSequence() {
        super.endMarkedContentSequence();
        if (spans.isEmpty()) return;
        Span span = spans.pop();
        if (glyphs == null || span.actualText() == null) return;
        String actual = span.actualText();
        if (actual.isBlank() || actual.chars().allMatch(c -> c == 0xAD)) return;
        int from = span.from();
        if (from >= glyphs.size()) return;
        RawGlyph first = glyphs.get(from);
        for (int i = from + 1; i < glyphs.size(); i++) {
            RawGlyph g = glyphs.get(i);
            if (g.dir != first.dir || Math.abs(g.base - first.base) > 0.3f * first.size) return;
        }
        for (int i = from + 1; i < glyphs.size(); i++) {
            RawGlyph g = glyphs.get(i);
            first.x0 = Math.min(first.x0, g.x0);
            first.x1 = Math.max(first.x1, g.x1);
            first.oX0 = Math.min(first.oX0, g.oX0);
            first.oX1 = Math.max(first.oX1, g.oX1);
            first.oY0 = Math.min(first.oY0, g.oY0);
            first.oY1 = Math.max(first.oY1, g.oY1);
        }
        glyphs.subList(from + 1, glyphs.size()).clear();
        first.text = actual;
        first.code = -1;
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
