package org.bilex.core;

import java.text.Normalizer;
import java.util.List;

/**
 * Makes the text that extractors match from a paragraph's printed text: citation marks are
 * taken out, each character is folded (NFKC: full-width ASCII to ASCII, ligatures expanded,
 * Roman numerals and circled digits to ASCII; every dash that stands for a hyphen to '-';
 * curly quotes to straight ones; any odd space to ' '), runs of spaces become one, and spaces
 * next to CJK characters go (they carry no meaning in Chinese text). Every char of the result
 * maps back to the printed text.
 */
public final class MatchFolder {

    private MatchFolder() {
    }

    public static MappedText fold(String text, List<Citation> citations) {
        int n = text.length();
        boolean[] removed = new boolean[n];
        for (Citation c : citations) {
            for (int i = Math.max(0, c.start()); i < Math.min(n, c.end()); i++) removed[i] = true;
        }
        // pass 1: fold characters, drop citation marks
        StringBuilder folded = new StringBuilder(n);
        int[] st = new int[n * 3 + 4];
        int[] en = new int[n * 3 + 4];
        boolean[] cjk = new boolean[n * 3 + 4];
        int k = 0;
        int i = 0;
        while (i < n) {
            if (removed[i]) {
                int j = i;
                while (j < n && removed[j]) j++;
                // keep words apart where a mark stood between them
                if (k > 0 && j < n && Chars.isWordChar(folded.codePointBefore(folded.length()))
                        && Chars.isWordChar(text.codePointAt(j))) {
                    folded.append(' ');
                    st[k] = i;
                    en[k] = j;
                    k++;
                }
                i = j;
                continue;
            }
            int cp = text.codePointAt(i);
            int len = Character.charCount(cp);
            String f = foldCodePoint(cp);
            boolean isCjk = Chars.isCjk(cp);
            for (int q = 0; q < f.length(); q++) {
                if (k >= st.length - 1) {
                    st = java.util.Arrays.copyOf(st, st.length * 2);
                    en = java.util.Arrays.copyOf(en, en.length * 2);
                    cjk = java.util.Arrays.copyOf(cjk, cjk.length * 2);
                }
                folded.append(f.charAt(q));
                st[k] = i;
                en[k] = i + len;
                cjk[k] = isCjk;
                k++;
            }
            i += len;
        }
        // pass 2: spaces
        MappedText.Builder b = new MappedText.Builder(n);
        boolean lastCjk = false;
        for (int p = 0; p < k; p++) {
            char c = folded.charAt(p);
            if (c == ' ') {
                if (b.length() == 0 || b.charAt(b.length() - 1) == ' ' || lastCjk) continue;
                int q = p + 1;
                while (q < k && folded.charAt(q) == ' ') q++;
                if (q >= k || cjk[q]) continue;
                b.append(' ', st[p], en[p]);
            } else {
                b.append(c, st[p], en[p]);
                lastCjk = cjk[p];
            }
        }
        if (b.length() > 0 && b.charAt(b.length() - 1) == ' ') b.deleteLast();
        return b.build();
    }

    /** The matching form of one code point. */
    public static String foldCodePoint(int cp) {
        if (Chars.isSpace(cp)) return " ";
        switch (cp) {
            case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2212: case 0xFE63: case 0xFF0D: case 0x00AD:
                return cp == 0x00AD ? "" : "-";
            case 0x00B5:
                return "\u03BC";
            case 0x2018: case 0x2019: case 0x201A: case 0x201B: case 0x2032:
                return "'";
            case 0x201C: case 0x201D: case 0x201E:
                return "\"";
            case 0x3001: // 、 stays: it is a list separator with no ASCII twin
                return "\u3001";
            default:
                break;
        }
        if (cp < 0x80) return String.valueOf((char) cp);
        if (ShapeFolder.folds(cp)) return ShapeFolder.fold(cp);
        String s = new String(Character.toChars(cp));
        if (Chars.isHan(cp) && cp < 0xF900) return s;
        return Normalizer.normalize(s, Normalizer.Form.NFKC);
    }

    /** Folds a whole string the same way (no citation marks, no map): for dictionary keys. */
    public static String foldString(String s) {
        if (isFolded(s)) return s;
        return fold(s, List.of()).text();
    }

    /**
     * Whether folding leaves the string as it is: printable ASCII with single inner spaces and
     * none at either end (most dictionary forms), checked without building a map.
     */
    static boolean isFolded(String s) {
        int n = s.length();
        if (n == 0) return true;
        if (s.charAt(0) == ' ' || s.charAt(n - 1) == ' ') return false;
        char prev = 0;
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x20 || c >= 0x7F) return false;
            if (c == ' ' && prev == ' ') return false;
            prev = c;
        }
        return true;
    }
}
