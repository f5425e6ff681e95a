package org.bilex.text;

import org.bilex.core.ShapeFolder;
import org.bilex.core.Chars;
import org.bilex.pdf.Glyph;
import org.bilex.pdf.TextLine;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Joins the lines of one paragraph into its text, keeping each char's page and box:
 * no space where a line break falls next to a CJK character, English words hyphenated at a
 * line end rejoined (real hyphens kept), spaces that justified CJK lines put between
 * characters removed, superscript characters noted (citation marks are often set so), and
 * presentation forms (Kangxi radicals, compatibility ideographs, Latin ligatures) folded by
 * {@link ShapeFolder}, each folded char keeping its glyph's page and box.
 */
final class ParagraphTextBuilder {

    private final StringBuilder sb = new StringBuilder();
    private final Provenance.Builder prov = new Provenance.Builder();
    private final BitSet superscript = new BitSet();
    private final Dehyphenator dehyphenator;

    ParagraphTextBuilder(Dehyphenator dehyphenator) {
        this.dehyphenator = dehyphenator;
    }

    boolean isEmpty() {
        return sb.length() == 0;
    }

    String text() {
        return sb.toString();
    }

    BitSet superscript() {
        return superscript;
    }

    Provenance provenance() {
        return prov.build();
    }

    /** Appends one line. {@code lineId} is negative for lines read by OCR. */
    void addLine(TextLine line, int lineId) {
        List<Glyph> glyphs = trimSpaces(line.glyphs());
        if (glyphs.isEmpty()) return;
        boolean stretched = isStretched(glyphs);
        float baseline = baseline(line);
        if (sb.length() > 0) joinLineBreak(leadingWord(glyphs));
        for (int gi = 0; gi < glyphs.size(); gi++) {
            Glyph g = glyphs.get(gi);
            String t = ShapeFolder.fold(g.text());
            if (t.isBlank()) {
                if (keepSpace(glyphs, gi, stretched)) appendSpace();
                continue;
            }
            boolean sup = g.fontSize() < 0.82f * line.fontSize() && g.box().y1() < baseline - 0.12f * line.fontSize();
            for (int k = 0; k < t.length(); k++) {
                if (sup) superscript.set(sb.length());
                sb.append(t.charAt(k));
                prov.add(line.page(), lineId, g.box());
            }
        }
    }

    private void appendSpace() {
        if (sb.length() == 0 || sb.charAt(sb.length() - 1) == ' ') return;
        sb.append(' ');
        prov.addInserted();
    }

    /** Handles the break between the text so far and a line starting with {@code next}. */
    private void joinLineBreak(String next) {
        while (sb.length() > 0 && sb.charAt(sb.length() - 1) == ' ') {
            sb.setLength(sb.length() - 1);
            prov.truncate(sb.length());
        }
        if (sb.length() == 0 || next.isEmpty()) return;
        int last = sb.codePointBefore(sb.length());
        int first = next.codePointAt(0);
        if ((last == '-' || last == 0x2010 || last == 0x00AD) && sb.length() >= 2) {
            String before = wordBefore(sb.length() - 1);
            String after = wordAfter(next);
            if (!before.isEmpty() && Chars.isWordChar(first)) {
                boolean keep = last != 0x00AD && dehyphenator.keepHyphen(before, after);
                if (!keep) {
                    sb.setLength(sb.length() - 1);
                    prov.truncate(sb.length());
                }
                return;
            }
        }
        if (cjkJoin(last, sb.length() > Character.charCount(last) ? sb.codePointBefore(sb.length() - Character.charCount(last)) : -1,
                first, next.length() > Character.charCount(first) ? next.codePointAt(Character.charCount(first)) : -1)) return;
        if (last == '(' || last == '[' || last == '/' || first == ')' || first == ']' || first == ','
                || first == '.' || first == ';' || first == ':' || first == '/') return;
        sb.append(' ');
        prov.addInserted();
    }

    /** The text of a line's glyphs up to its first space: what a line break may have cut a word before. */
    private static String leadingWord(List<Glyph> glyphs) {
        StringBuilder w = new StringBuilder();
        for (Glyph g : glyphs) {
            if (g.text().isBlank() || w.length() > 64) break;
            w.append(g.text());
        }
        return w.toString();
    }

    /** The run of word chars that starts the next line: the rest of the broken word, not the whole line. */
    private static String wordAfter(String next) {
        int e = 0;
        while (e < next.length()) {
            int cp = next.codePointAt(e);
            if (!Chars.isWordChar(cp)) break;
            e += Character.charCount(cp);
        }
        return next.substring(0, e);
    }

    /** The run of word chars that ends just before index end. */
    private String wordBefore(int end) {
        int s = end;
        while (s > 0) {
            int cp = sb.codePointBefore(s);
            if (!Chars.isWordChar(cp)) break;
            s -= Character.charCount(cp);
        }
        return sb.substring(s, end);
    }

    private static List<Glyph> trimSpaces(List<Glyph> glyphs) {
        int a = 0, b = glyphs.size();
        while (a < b && glyphs.get(a).text().isBlank()) a++;
        while (b > a && glyphs.get(b - 1).text().isBlank()) b--;
        return new ArrayList<>(glyphs.subList(a, b));
    }

    /** A justified CJK line: the layout put a space between two CJK characters somewhere. */
    private static boolean isStretched(List<Glyph> glyphs) {
        for (int i = 1; i + 1 < glyphs.size(); i++) {
            if (glyphs.get(i).text().isBlank()) {
                String p = glyphs.get(i - 1).text();
                String n = glyphs.get(i + 1).text();
                if (!p.isEmpty() && !n.isEmpty() && Chars.isCjk(p.codePointBefore(p.length()))
                        && Chars.isCjk(n.codePointAt(0))) return true;
            }
        }
        return false;
    }

    private static boolean keepSpace(List<Glyph> glyphs, int i, boolean stretched) {
        String p = prevText(glyphs, i);
        String n = nextText(glyphs, i);
        if (p.isEmpty() || n.isEmpty()) return false;
        int pc = p.codePointBefore(p.length());
        int nc = n.codePointAt(0);
        if (Chars.isSharedPunct(pc) || Chars.isSharedPunct(nc)) {
            // quotes, dashes and ellipses serve both scripts: a space beside one is real in Latin text
            // ("stimulate “natural” Th17") and layout in Chinese ("的“ IL-6 ”。")
            return !cjkJoin(pc, codePointBefore(glyphs, i, p), nc, codePointAfter(glyphs, i, n));
        }
        boolean pCjk = Chars.isCjk(pc);
        boolean nCjk = Chars.isCjk(nc);
        if (pCjk && nCjk) return false;
        if (Chars.isCjkPunct(pc) || Chars.isCjkPunct(nc)) return false;
        if ((pCjk || nCjk) && stretched) return false;
        if (pCjk && (nc == '[' || nc == '［')) return false; // "机制 [1]"
        return true;
    }

    /**
     * Whether two characters meet with no space between them because one of them is Chinese text: a Han
     * character or CJK punctuation on either side; punctuation both scripts use (quotes, dashes, ellipsis,
     * {@link Chars#isSharedPunct}) counts as Chinese only when the character on its other side
     * ({@code beforeLast} before {@code last}, {@code afterFirst} after {@code first}; -1 for none) is.
     */
    static boolean cjkJoin(int last, int beforeLast, int first, int afterFirst) {
        return chinese(last, beforeLast) || chinese(first, afterFirst);
    }

    private static boolean chinese(int c, int beyond) {
        if (!Chars.isSharedPunct(c)) return Chars.isCjk(c);
        return beyond >= 0 && Chars.isCjk(beyond) && !Chars.isSharedPunct(beyond);
    }

    /** The code point before the last one of {@code p}, the text of the last non-blank glyph before index i; -1 at a space. */
    private static int codePointBefore(List<Glyph> glyphs, int i, String p) {
        int lastLen = Character.charCount(p.codePointBefore(p.length()));
        if (p.length() > lastLen) return p.codePointBefore(p.length() - lastLen);
        int k = i - 1;
        while (k >= 0 && glyphs.get(k).text().isBlank()) k--;
        if (k - 1 < 0) return -1;
        String t = glyphs.get(k - 1).text();
        return t.isBlank() ? -1 : t.codePointBefore(t.length());
    }

    /** The code point after the first one of {@code n}, the text of the first non-blank glyph after index i; -1 at a space. */
    private static int codePointAfter(List<Glyph> glyphs, int i, String n) {
        int firstLen = Character.charCount(n.codePointAt(0));
        if (n.length() > firstLen) return n.codePointAt(firstLen);
        int k = i + 1;
        while (k < glyphs.size() && glyphs.get(k).text().isBlank()) k++;
        if (k + 1 >= glyphs.size()) return -1;
        String t = glyphs.get(k + 1).text();
        return t.isBlank() ? -1 : t.codePointAt(0);
    }

    private static String prevText(List<Glyph> glyphs, int i) {
        for (int k = i - 1; k >= 0; k--) if (!glyphs.get(k).text().isBlank()) return glyphs.get(k).text();
        return "";
    }

    private static String nextText(List<Glyph> glyphs, int i) {
        for (int k = i + 1; k < glyphs.size(); k++) if (!glyphs.get(k).text().isBlank()) return glyphs.get(k).text();
        return "";
    }

    /** The line's baseline: the median bottom of its full-size glyphs. */
    private static float baseline(TextLine line) {
        List<Float> ys = new ArrayList<>();
        for (Glyph g : line.glyphs()) {
            if (!g.text().isBlank() && g.fontSize() >= 0.9f * line.fontSize()) ys.add(g.box().y1());
        }
        if (ys.isEmpty()) return line.box().y1();
        ys.sort(Float::compare);
        return ys.get(ys.size() / 2);
    }
}
