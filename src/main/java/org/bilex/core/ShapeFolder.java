package org.bilex.core;

import java.text.Normalizer;

/**
 * Folds the characters that a PDF font gives in place of ordinary ones and that mean nothing
 * else: Kangxi radicals (U+2F00–2FDF, ⾎ for 血), CJK radicals supplement (U+2E80–2EFF), CJK
 * compatibility ideographs (U+F900–FAFF, U+2F800–2FA1F) and Latin ligatures (U+FB00–FB06, ﬁ ﬂ ﬀ
 * ﬃ ﬄ ﬅ ﬆ), each to its NFKC form. Applied to the printed text itself (so the output says 血 and
 * "effect"), every folded char keeping the glyph it came from. Nothing else is touched:
 * full-width CJK punctuation (，。（）：；) stays as printed.
 */
public final class ShapeFolder {

    private ShapeFolder() {
    }

    /** Whether cp is one of the presentation characters this folder replaces. */
    public static boolean folds(int cp) {
        return (cp >= 0x2E80 && cp <= 0x2EFF) || (cp >= 0x2F00 && cp <= 0x2FDF) || (cp >= 0xF900 && cp <= 0xFAFF)
                || (cp >= 0x2F800 && cp <= 0x2FA1F) || (cp >= 0xFB00 && cp <= 0xFB06);
    }

    /** The folded form of one code point (the code point itself when it is not folded). */
    public static String fold(int cp) {
        String s = new String(Character.toChars(cp));
        return folds(cp) ? Normalizer.normalize(s, Normalizer.Form.NFKC) : s;
    }

    /** The string with every presentation character folded; the same instance when there is none. */
    public static String fold(String s) {
        int n = s.length();
        int i = 0;
        while (i < n) {
            int cp = s.codePointAt(i);
            if (folds(cp)) break;
            i += Character.charCount(cp);
        }
        if (i >= n) return s;
        StringBuilder sb = new StringBuilder(n + 4).append(s, 0, i);
        while (i < n) {
            int cp = s.codePointAt(i);
            sb.append(fold(cp));
            i += Character.charCount(cp);
        }
        return sb.toString();
    }
}
