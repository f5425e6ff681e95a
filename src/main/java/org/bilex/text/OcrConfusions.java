package org.bilex.text;

import org.bilex.core.ReadOnce;
import org.bilex.core.TsvTable;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Characters OCR reads as a look-alike ({@code models/text/ocr-confusions.tsv}, columns {@code script read meant source}):
 * Greek letters of a symbol read as Latin letters or digits ({@code IFN-γ} as {@code IFN-y}, {@code γδ T cells} as
 * {@code y6 T cells}) and Chinese characters read as a character of like shape (巨噬细胞 as 巨鸣细胞).
 *
 * <p>{@link #correct} puts the meant character back where a stretch of OCR'd text is no known form as read but
 * becomes one (a form of the {@link KnownForms} the pipeline gives the text stage) with the meant character(s):
 * <ul>
 * <li>{@code latin}: the read character sits in a symbol, a run of Latin letters, digits, Greek letters and hyphens
 * that has a capital, a digit, a hyphen or a Greek letter besides it and is no English word; the stretch is the
 * symbol, optionally with Chinese characters just before or after it or up to three following words
 * ({@code γδ T cells}); a stretch that as read names something else is left alone ({@code B cells});</li>
 * <li>{@code han}: the read character sits in a run of Chinese characters; the stretch is 3 to 10 of them, and no
 * stretch of two or more of the run's characters as read around the character is a known form
 * ({@code 星形胶质细胞} keeps its 星).</li>
 * <li>{@code han-punct}: ASCII punctuation read between two Chinese characters is the full-width mark Chinese text
 * sets there ({@code 要点:本文} → {@code 要点：本文}); no known form is asked.</li>
 * </ul>
 * One character is replaced by one character of the same UTF-16 length, only at characters read by OCR, so every
 * offset and glyph box of the paragraph stays as it was. A header other than {@code script read meant source}, a
 * script other than {@code latin}/{@code han}, a read or meant value that is not one BMP character, a Latin row whose
 * meant character is not Greek, a Han row whose characters are not ideographs, or an empty source fails at load.
 */
public final class OcrConfusions {

    public static final String FILE = "ocr-confusions.tsv";
    /** The table of the models folder in the working directory (as {@code --models}' default). */
    public static final Path DEFAULT = Path.of("models", "text", FILE);
    static final List<String> COLUMNS = List.of("script", "read", "meant", "source");

    /** Longest stretch of Chinese characters looked up, and how many of them a symbol's stretch may take in. */
    static final int MAX_HAN = 10;
    /** Following words a symbol's stretch may take in ({@code γδ T cells}). */
    static final int MAX_WORDS = 3;
    /** Read characters of one symbol tried at once (all subsets). */
    static final int MAX_SWAPS = 4;

    private static final ReadOnce<OcrConfusions> READ = new ReadOnce<>("OCR confusion table (models/text/" + FILE + ")",
            OcrConfusions::parse);

    /** Meant characters per read character, Latin rows. */
    private final Map<Character, char[]> latin;
    /** Meant characters per read character, Han rows. */
    private final Map<Character, char[]> han;
    /** Meant punctuation per read punctuation between two ideographs, han-punct rows. */
    private final Map<Character, char[]> punct;

    private OcrConfusions(Map<Character, char[]> latin, Map<Character, char[]> han, Map<Character, char[]> punct) {
        this.latin = latin;
        this.han = han;
        this.punct = punct;
    }

    /** No confusions: nothing is corrected. */
    public static final OcrConfusions NONE = new OcrConfusions(Map.of(), Map.of(), Map.of());

    /** The table of {@code file} (read once per run). */
    public static OcrConfusions of(Path file) {
        return READ.of(file);
    }

    static OcrConfusions parse(List<String> lines, String where) {
        Map<Character, List<Character>> lat = new HashMap<>();
        Map<Character, List<Character>> hn = new HashMap<>();
        Map<Character, List<Character>> pn = new HashMap<>();
        for (TsvTable.Row r : TsvTable.rows(lines, where, COLUMNS)) {
            String at = TsvTable.at(where, r.line());
            String script = r.get(0);
            String read = r.get(1);
            String meant = r.get(2);
            if (read.length() != 1 || Character.isSurrogate(read.charAt(0)) || meant.length() != 1 || Character.isSurrogate(meant.charAt(0))) {
                throw new IllegalStateException(at + "read and meant are one character each, not '" + read + "', '" + meant + "'");
            }
            char rc = read.charAt(0);
            char mc = meant.charAt(0);
            if (rc == mc) throw new IllegalStateException(at + "read and meant are the same character '" + read + "'");
            if (r.get(3).isBlank()) throw new IllegalStateException(at + "no source for " + read + " -> " + meant);
            Map<Character, List<Character>> m;
            switch (script) {
                case "latin" -> {
                    if (!isGreek(mc)) throw new IllegalStateException(at + "a latin row's meant character is a Greek letter, not '" + meant + "'");
                    if (!Character.isLetterOrDigit(rc) || isGreek(rc) || isHan(rc)) {
                        throw new IllegalStateException(at + "a latin row's read character is a Latin letter or a digit, not '" + read + "'");
                    }
                    m = lat;
                }
                case "han" -> {
                    if (!isHan(rc) || !isHan(mc)) throw new IllegalStateException(at + "a han row reads and means ideographs, not '" + read + "', '" + meant + "'");
                    m = hn;
                }
                case "han-punct" -> {
                    if (rc > 0x7E || Character.isLetterOrDigit(rc) || Character.isLetterOrDigit(mc) || Character.isWhitespace(mc) || mc <= 0x7E) {
                        throw new IllegalStateException(at + "a han-punct row reads ASCII punctuation and means other punctuation, not '" + read + "', '" + meant + "'");
                    }
                    m = pn;
                }
                default -> throw new IllegalStateException(at + "unknown script '" + script + "' (latin, han or han-punct)");
            }
            List<Character> l = m.computeIfAbsent(rc, k -> new ArrayList<>());
            if (l.contains(mc)) throw new IllegalStateException(at + read + " -> " + meant + " is listed twice");
            l.add(mc);
        }
        for (Map.Entry<Character, List<Character>> e : pn.entrySet()) {
            if (e.getValue().size() > 1) throw new IllegalStateException(where + ": han-punct '" + e.getKey() + "' has more than one meant character");
        }
        return new OcrConfusions(freeze(lat), freeze(hn), freeze(pn));
    }

    private static Map<Character, char[]> freeze(Map<Character, List<Character>> m) {
        Map<Character, char[]> out = new HashMap<>();
        m.forEach((k, v) -> {
            char[] a = new char[v.size()];
            for (int i = 0; i < a.length; i++) a[i] = v.get(i);
            out.put(k, a);
        });
        return Map.copyOf(out);
    }

    public boolean isEmpty() {
        return latin.isEmpty() && han.isEmpty() && punct.isEmpty();
    }

    /**
     * {@code text} with the confusions of its OCR'd characters ({@code prov}) put right where {@code known} says so;
     * same length, every other character as it was. {@code words}: English words, whose spellings are never symbols.
     */
    public String correct(String text, Provenance prov, KnownForms known, Set<String> words) {
        if (isEmpty() || known == null || known == KnownForms.NONE || !prov.ocr(0, text.length())) return text;
        char[] t = text.toCharArray();
        // Chinese characters first: a symbol's stretch may take in the characters after it (B-槛香烯: 榄香烯, then β-榄香烯)
        if (!han.isEmpty()) han(t, prov, known);
        if (!latin.isEmpty()) latin(t, prov, known, words);
        if (!punct.isEmpty()) {
            // punctuation between two ideographs is set full width in Chinese text (OCR reads the colon half width)
            for (int p = 1; p + 1 < t.length; p++) {
                char[] m = punct.get(t[p]);
                if (m != null && isHan(t[p - 1]) && isHan(t[p + 1]) && prov.ocr(p, p + 1)) t[p] = m[0];
            }
        }
        return new String(t);
    }

    // ---------------------------------------------------------------- Latin symbols

    private void latin(char[] t, Provenance prov, KnownForms known, Set<String> words) {
        int i = 0;
        while (i < t.length) {
            if (!isSymbolChar(t[i])) {
                i++;
                continue;
            }
            int a = i;
            while (i < t.length && isSymbolChar(t[i])) i++;
            symbol(t, a, i, prov, known, words);
        }
    }

    /** Tries the run [a, b) of symbol characters. */
    private void symbol(char[] t, int a, int b, Provenance prov, KnownForms known, Set<String> words) {
        List<Integer> at = new ArrayList<>();
        for (int k = a; k < b && at.size() < MAX_SWAPS; k++) if (latin.containsKey(t[k]) && prov.ocr(k, k + 1)) at.add(k);
        if (at.isEmpty()) return;
        String run = new String(t, a, b - a);
        if (words.contains(run.toLowerCase(Locale.ROOT))) return;
        // a symbol: a capital, a digit, a hyphen or a Greek letter besides the one read character
        boolean symbol = false;
        for (int k = a; k < b && !symbol; k++) {
            char c = t[k];
            if (at.size() == 1 && k == at.get(0)) continue;
            symbol = (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || isGreek(c);
        }
        if (!symbol) return;
        List<Integer> starts = new ArrayList<>();
        starts.add(a);
        for (int k = a - 1; k >= 0 && a - k <= MAX_HAN && isHan(t[k]); k--) starts.add(k);
        List<Integer> ends = new ArrayList<>();
        ends.add(b);
        for (int k = b; k < t.length && k - b < MAX_HAN && isHan(t[k]); k++) ends.add(k + 1);
        int e = b;
        for (int w = 0; w < MAX_WORDS && e + 1 < t.length && t[e] == ' ' && isLatinWordChar(t[e + 1]); w++) {
            e++;
            while (e < t.length && isLatinWordChar(t[e])) e++;
            ends.add(e);
        }
        // fewest characters changed first; within them, the longest stretch
        int n = at.size();
        List<Integer> masks = new ArrayList<>();
        for (int m = 1; m < (1 << n); m++) masks.add(m);
        masks.sort((x, y) -> Integer.bitCount(x) - Integer.bitCount(y));
        for (int mask : masks) {
            for (char[] choice : choices(t, at, mask)) {
                for (int s : starts) {
                    for (int ei = ends.size() - 1; ei >= 0; ei--) {
                        int en = ends.get(ei);
                        String read = new String(t, s, en - s);
                        char[] c = read.toCharArray();
                        for (int j = 0; j < n; j++) if ((mask & (1 << j)) != 0) c[at.get(j) - s] = choice[j];
                        String meant = new String(c);
                        if (fits(read, meant, known)) {
                            for (int j = 0; j < n; j++) if ((mask & (1 << j)) != 0) t[at.get(j)] = choice[j];
                            return;
                        }
                    }
                }
            }
        }
    }

    /** The meant characters to try for the read characters of {@code mask} (one array per combination). */
    private List<char[]> choices(char[] t, List<Integer> at, int mask) {
        List<char[]> out = new ArrayList<>();
        out.add(new char[at.size()]);
        for (int j = 0; j < at.size(); j++) {
            if ((mask & (1 << j)) == 0) continue;
            char[] opts = latin.get(t[at.get(j)]);
            List<char[]> next = new ArrayList<>();
            for (char[] base : out) {
                for (char o : opts) {
                    char[] c = base.clone();
                    c[j] = o;
                    next.add(c);
                }
            }
            out = next;
        }
        return out;
    }

    /** Whether {@code meant} is a known form and {@code read} names nothing else. */
    private static boolean fits(String read, String meant, KnownForms known) {
        String m = known.name(meant);
        if (m == null) return false;
        String r = known.name(read);
        return r == null || r.equals(m);
    }

    // ---------------------------------------------------------------- Chinese characters

    private void han(char[] t, Provenance prov, KnownForms known) {
        int i = 0;
        while (i < t.length) {
            if (!isHan(t[i])) {
                i++;
                continue;
            }
            int a = i;
            while (i < t.length && isHan(t[i])) i++;
            for (int p = a; p < i; p++) {
                char[] opts = han.get(t[p]);
                if (opts != null && prov.ocr(p, p + 1)) hanAt(t, a, i, p, opts, known);
            }
        }
    }

    /** Tries the read character at {@code p} of the Han run [a, b). */
    private static void hanAt(char[] t, int a, int b, int p, char[] opts, KnownForms known) {
        // the character as read belongs to a known form: it is no misreading
        for (int s = Math.max(a, p - MAX_HAN + 1); s <= p; s++) {
            for (int e = Math.max(p + 1, s + 2); e <= Math.min(b, s + MAX_HAN); e++) {
                if (known.name(new String(t, s, e - s)) != null) return;
            }
        }
        for (int len = Math.min(MAX_HAN, b - a); len >= 3; len--) {
            for (int s = Math.max(a, p - len + 1); s <= p && s + len <= b; s++) {
                for (char o : opts) {
                    char[] c = new char[len];
                    System.arraycopy(t, s, c, 0, len);
                    c[p - s] = o;
                    if (known.name(new String(c)) != null) {
                        t[p] = o;
                        return;
                    }
                }
            }
        }
    }

    // ---------------------------------------------------------------- characters

    static boolean isGreek(char c) {
        return (c >= '\u0391' && c <= '\u03A9') || (c >= '\u03B1' && c <= '\u03C9');
    }

    static boolean isHan(char c) {
        return Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN;
    }

    /** A character of a symbol: ASCII letters and digits, Greek letters, hyphens, and the Latin letters OCR reads (ß). */
    private boolean isSymbolChar(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || isGreek(c)
                || latin.containsKey(c);
    }

    private static boolean isLatinWordChar(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || isGreek(c);
    }
}
