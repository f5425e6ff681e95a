package org.bilex.pdf;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Recovers Chinese text written with a legacy single-byte font: older Chinese PDFs reference a
 * system font such as 宋体 as a simple (WinAnsi) font without embedding it and without a ToUnicode map,
 * and show each character as its two GBK bytes. PDFBox then reads two Latin-1 characters per Chinese
 * character ("»ùÒò" for 基因). Pairs of such bytes are decoded as GB18030.
 */
final class LegacyCjk {

    private static final Charset GB = Charset.forName("GB18030");

    private LegacyCjk() {
    }

    /**
     * A font name that PDFBox read as Latin-1 but that is really a GBK-encoded Chinese name
     * ("ËÎÌå" for 宋体), decoded; null when it is not one.
     */
    static String gbkName(String raw) {
        int high = 0;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c > 0xFF) return null;
            if (c >= 0x80) high++;
        }
        if (high < 2) return null;
        String s = decode(GlyphCollector.latin1Bytes(raw));
        return s != null && containsHan(s) ? s : null;
    }

    /** Ids of the fonts on this page whose glyph codes are GBK byte pairs. */
    static Set<Integer> gbkFonts(List<RawGlyph> glyphs, GlyphCollector fonts) {
        Map<Integer, int[]> stats = new HashMap<>(); // total, high bytes
        for (RawGlyph g : glyphs) {
            if (g.fontId < 0 || g.code < 0) continue;
            GlyphCollector.FontInfo fi = fonts.font(g.fontId);
            if (!fi.simpleUnmapped || (fi.embedded && !fi.gbkName)) continue;
            int[] st = stats.computeIfAbsent(g.fontId, k -> new int[3]);
            st[0]++;
            if (g.code >= 0x81 && g.code <= 0xFE) st[1]++;
        }
        Set<Integer> out = new HashSet<>();
        for (Map.Entry<Integer, int[]> e : stats.entrySet()) {
            int[] st = e.getValue();
            if (st[0] < 4 || st[1] < 0.8f * st[0]) continue;
            Set<Integer> one = Set.of(e.getKey());
            int paired = 0;
            for (RawGlyph g : repair(glyphs, one)) if (g.fontId == e.getKey() && g.text.codePointAt(0) > 0x7F) paired++;
            if (2 * paired >= 0.8f * st[1]) out.add(e.getKey());
        }
        return out;
    }

    /**
     * The glyphs of the given fonts with their byte pairs decoded, in content order. Glyphs of other
     * fonts are not returned; bytes that do not pair up are dropped.
     */
    static List<RawGlyph> repair(List<RawGlyph> glyphs, Set<Integer> fontIds) {
        List<RawGlyph> out = new ArrayList<>();
        for (int i = 0; i < glyphs.size(); i++) {
            RawGlyph a = glyphs.get(i);
            if (!fontIds.contains(a.fontId) || a.code < 0) continue;
            if (a.code < 0x80) {
                if (a.code > 0x20) out.add(copy(a, String.valueOf((char) a.code), a, a));
                continue;
            }
            if (i + 1 >= glyphs.size()) break;
            RawGlyph b = glyphs.get(i + 1);
            if (b.fontId != a.fontId || b.code < 0x40 || b.code > 0xFE
                    || Math.abs(b.base - a.base) > 0.2f * a.size
                    || Math.abs(b.x0 - a.x1) > 0.3f * a.size) continue;
            String s = decode(new byte[] {(byte) a.code, (byte) b.code});
            if (s == null || s.length() != 1 || s.charAt(0) < 0x80) continue;
            out.add(copy(a, s, a, b));
            i++;
        }
        return out;
    }

    private static RawGlyph copy(RawGlyph proto, String text, RawGlyph a, RawGlyph b) {
        RawGlyph g = new RawGlyph();
        g.text = text;
        g.x0 = a.x0;
        g.x1 = b.x1;
        g.base = a.base;
        g.size = a.size;
        g.coreFromBaseline();
        g.oX0 = Math.min(a.oX0, b.oX0);
        g.oY0 = Math.min(a.oY0, b.oY0);
        g.oX1 = Math.max(a.oX1, b.oX1);
        g.oY1 = Math.max(a.oY1, b.oY1);
        g.bold = proto.bold;
        g.font = proto.font;
        g.fontId = proto.fontId;
        g.seq = proto.seq;
        g.dir = proto.dir;
        return g;
    }

    private static String decode(byte[] bytes) {
        CharsetDecoder dec = GB.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer cb = dec.decode(ByteBuffer.wrap(bytes));
            return cb.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    static boolean containsHan(String s) {
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN) return true;
            i += Character.charCount(cp);
        }
        return false;
    }
}
