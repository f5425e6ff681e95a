package org.bilex.pdf;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Decides whether a page's text layer is mojibake.
 *
 * <p>Each glyph is judged: <em>junk</em> when PDFBox could not map it at all, or when it maps to a
 * control character, a private-use character, U+FFFD or a non-character; <em>suspect</em> when it is a
 * Latin-1 symbol or letter (U+00A0–U+00FF). Suspect glyphs are junk when they come in runs of two or
 * more from the same font (a single-byte font showing GBK bytes gives "»ùÒò" for 基因; real text
 * has an isolated é, ° or ±). Then each font is judged: a font with at least {@link #MIN_FONT_GLYPHS}
 * glyphs of which at least {@link #FONT_JUNK_SHARE} are junk is garbled. The page is garbled when the
 * junk glyphs of garbled fonts reach {@link #MIN_PAGE_JUNK} and {@link #PAGE_JUNK_SHARE} of the page.
 */
final class Garble {

    static final int MIN_FONT_GLYPHS = 6;
    static final float FONT_JUNK_SHARE = 0.4f;
    static final int MIN_PAGE_JUNK = 10;
    static final float PAGE_JUNK_SHARE = 0.05f;

    record Verdict(boolean garbled, int junk, int total, Set<Integer> garbledFonts) {
    }

    private Garble() {
    }

    static Verdict judge(GlyphCollector.PageGlyphs pg) {
        Map<Integer, int[]> perFont = new HashMap<>(); // total, junk
        int run = 0; // length of the current run of suspect glyphs of one font
        int runFont = Integer.MIN_VALUE;
        for (RawGlyph g : pg.glyphs()) {
            if (!g.text.isEmpty() && g.isSpace()) continue;
            int[] st = perFont.computeIfAbsent(g.fontId, k -> new int[2]);
            st[0]++;
            if (isJunk(g.text)) {
                st[1]++;
                run = 0;
            } else if (isLatin1Symbolic(g.text)) {
                if (run > 0 && runFont == g.fontId) {
                    run++;
                    st[1] += run == 2 ? 2 : 1;
                } else {
                    run = 1;
                    runFont = g.fontId;
                }
            } else {
                run = 0;
            }
        }
        for (Map.Entry<Integer, Integer> e : pg.unmapped().entrySet()) {
            int[] st = perFont.computeIfAbsent(e.getKey(), k -> new int[2]);
            st[0] += e.getValue();
            st[1] += e.getValue();
        }
        int total = 0;
        int junkInGarbled = 0;
        Set<Integer> garbled = new HashSet<>();
        for (Map.Entry<Integer, int[]> e : perFont.entrySet()) {
            int[] st = e.getValue();
            total += st[0];
            if (st[0] >= MIN_FONT_GLYPHS && st[1] >= FONT_JUNK_SHARE * st[0]) {
                garbled.add(e.getKey());
                junkInGarbled += st[1];
            }
        }
        boolean isGarbled = junkInGarbled >= MIN_PAGE_JUNK && junkInGarbled >= PAGE_JUNK_SHARE * total;
        return new Verdict(isGarbled, junkInGarbled, total, garbled);
    }

    /** Unmapped, control, private-use, replacement or non-character. */
    static boolean isJunk(String t) {
        if (t.isEmpty()) return true;
        for (int i = 0; i < t.length(); ) {
            int cp = t.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            if (type == Character.CONTROL || type == Character.PRIVATE_USE || type == Character.SURROGATE
                    || type == Character.UNASSIGNED || cp == 0xFFFD || (cp & 0xFFFE) == 0xFFFE) return true;
        }
        return false;
    }

    /** A Latin-1 supplement character (symbol or accented letter), U+00A1..U+00FF. */
    static boolean isLatin1Symbolic(String t) {
        if (t.length() != 1) return false;
        char c = t.charAt(0);
        return c >= 0xA1 && c <= 0xFF;
    }
}
