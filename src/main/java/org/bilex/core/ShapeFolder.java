package org.bilex.core;

import java.text.Normalizer;

/**
 * Folds the characters that a PDF font gives in place of ordinary ones and that mean nothing
 * else: Kangxi radicals (U+2F00–2FDF, ⾎ for 血), CJK compatibility ideographs (U+F900–FAFF,
 * U+2F800–2FA1F) and Latin ligatures (U+FB00–FB06, ﬁ ﬂ ﬀ ﬃ ﬄ ﬅ ﬆ), each to its NFKC form; and CJK
 * radicals supplement (U+2E80–2EFF, ⻓ for 长, ⻣ for 骨), which NFKC leaves alone but for two, to
 * the unified ideograph Unicode names as their equivalent ({@code EquivalentUnifiedIdeograph.txt}
 * of the Unicode Character Database, a resource beside this class; a radical with no equivalent
 * stays as it is). Applied to the printed text itself (so the output says 血 and
 * "effect"), every folded char keeping the glyph it came from. Nothing else is touched:
 * full-width CJK punctuation (，。（）：；) stays as printed.
 */
public final class ShapeFolder {

    private static final int RADICALS = 0x2E80;
    /** Equivalent unified ideograph of each CJK radicals supplement code point, 0 where there is none. */
    private static final int[] EQUIVALENT = equivalents();

    private ShapeFolder() {
    }

    private static int[] equivalents() {
        int[] out = new int[0x80];
        String name = "EquivalentUnifiedIdeograph.txt";
        try (java.io.InputStream in = ShapeFolder.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("resource " + name + " missing from the bilex jar");
            for (String line : new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).split("\n")) {
                int hash = line.indexOf('#');
                String row = (hash >= 0 ? line.substring(0, hash) : line).strip();
                if (row.isEmpty()) continue;
                String[] f = row.split("\\s*;\\s*");
                String[] range = f[0].split("\\.\\.");
                int first = Integer.parseInt(range[0], 16);
                int last = range.length > 1 ? Integer.parseInt(range[1], 16) : first;
                for (int cp = first; cp <= last; cp++) {
                    if (cp >= RADICALS && cp < RADICALS + out.length) out[cp - RADICALS] = Integer.parseInt(f[1], 16);
                }
            }
        } catch (java.io.IOException | RuntimeException e) {
            throw new IllegalStateException("cannot read " + name + ": " + e.getMessage(), e);
        }
        return out;
    }

    /** Whether cp is one of the presentation characters this folder replaces. */
    public static boolean folds(int cp) {
        return (cp >= 0x2E80 && cp <= 0x2EFF) || (cp >= 0x2F00 && cp <= 0x2FDF) || (cp >= 0xF900 && cp <= 0xFAFF)
                || (cp >= 0x2F800 && cp <= 0x2FA1F) || (cp >= 0xFB00 && cp <= 0xFB06);
    }

    /** The folded form of one code point (the code point itself when it is not folded). */
    public static String fold(int cp) {
        if (cp >= RADICALS && cp < RADICALS + EQUIVALENT.length && EQUIVALENT[cp - RADICALS] != 0) {
            return new String(Character.toChars(EQUIVALENT[cp - RADICALS]));
        }
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
