package org.bilex.core;

/** Character classes used throughout the pipeline. */
public final class Chars {

    private Chars() {
    }

    /** A Han ideograph (CJK unified ideographs and their extensions / compatibility forms). */
    public static boolean isHan(int cp) {
        if (cp < 0x2E80) return false; // no Han character below the CJK radicals: skip the script table
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }

    /** CJK punctuation and full-width forms that take the place of a space in CJK typesetting. */
    public static boolean isCjkPunct(int cp) {
        return (cp >= 0x3000 && cp <= 0x303F)      // CJK symbols and punctuation 、。「」【】〔〕
                || (cp >= 0xFF01 && cp <= 0xFF0F)  // ！＂＃＄％＆＇（）＊＋，－．／
                || (cp >= 0xFF1A && cp <= 0xFF20)  // ：；＜＝＞？＠
                || (cp >= 0xFF3B && cp <= 0xFF40)
                || (cp >= 0xFF5B && cp <= 0xFF65)
                || isSharedPunct(cp) || (cp >= 0x2460 && cp <= 0x24FF); // ①②③
    }

    /**
     * Punctuation that Chinese and Latin text share (em dash, ellipsis, middle dot, curly quotes): among
     * {@link #isCjkPunct} but, beside Latin text, as real a word boundary as any space.
     */
    public static boolean isSharedPunct(int cp) {
        return cp == 0x2014 || cp == 0x2026 || cp == 0x00B7 || cp == 0x2018 || cp == 0x2019 || cp == 0x201C || cp == 0x201D;
    }

    /** Han character or CJK punctuation: text around which layout spaces are not real. */
    public static boolean isCjk(int cp) {
        return isHan(cp) || isCjkPunct(cp);
    }

    /** Latin letter, digit or Greek letter: the stuff English words and gene symbols are made of. */
    public static boolean isWordChar(int cp) {
        if (cp < 0x80) return Character.isLetterOrDigit(cp);
        if (isHan(cp)) return false;
        if (cp >= 0xFF10 && cp <= 0xFF19) return true; // full-width digits
        if (cp >= 0xFF21 && cp <= 0xFF3A) return true;
        if (cp >= 0xFF41 && cp <= 0xFF5A) return true;
        return Character.isLetterOrDigit(cp);
    }

    public static boolean isGreek(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.GREEK || cp == 0x00B5;
    }

    public static boolean isLatinLetter(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.LATIN && Character.isLetter(cp);
    }

    /** White space of any kind, including no-break and ideographic spaces. */
    public static boolean isSpace(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == 0x200B || cp == 0xFEFF;
    }

    /** Share of Han characters among the non-space characters of s (0 when empty). */
    public static double hanRatio(CharSequence s) {
        int han = 0, all = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = Character.codePointAt(s, i);
            i += Character.charCount(cp);
            if (isSpace(cp)) continue;
            all++;
            if (isHan(cp)) han++;
        }
        return all == 0 ? 0 : (double) han / all;
    }

    /** Whether s contains at least one Han character. */
    public static boolean hasHan(CharSequence s) {
        for (int i = 0; i < s.length(); ) {
            int cp = Character.codePointAt(s, i);
            if (isHan(cp)) return true;
            i += Character.charCount(cp);
        }
        return false;
    }

    /** Whether s contains a run of at least two Latin letters. */
    public static boolean hasLatinWord(CharSequence s) {
        int run = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = Character.codePointAt(s, i);
            i += Character.charCount(cp);
            if (isLatinLetter(cp)) {
                if (++run >= 2) return true;
            } else {
                run = 0;
            }
        }
        return false;
    }
}
