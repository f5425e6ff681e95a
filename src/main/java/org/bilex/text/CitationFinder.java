package org.bilex.text;

import org.bilex.core.Citation;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds citation marks in a paragraph: bracketed numbers ({@code [12]}, {@code [3-5]},
 * {@code [1,4]}, full-width 【】［］ too) and runs of superscript numbers that follow a word
 * (not a number: {@code 10}<sup>6</sup> is an exponent).
 */
public final class CitationFinder {

    private static final String NUM_LIST = "\\d{1,3}(?:\\s*[-\u2010-\u2015~～,，、]\\s*\\d{1,3})*";
    private static final Pattern BRACKETED = Pattern.compile(
            "[\\[［【〔]\\s*(" + NUM_LIST + ")\\s*[\\]］】〕]");
    private static final Pattern SUPERSCRIPT_RUN = Pattern.compile("[\\[]?(" + NUM_LIST + ")[\\]]?");
    private static final Pattern UNICODE_SUP = Pattern.compile(
            "[\u00B9\u00B2\u00B3\u2070\u2074-\u2079]+(?:[\u207B,\u2013-][\u00B9\u00B2\u00B3\u2070\u2074-\u2079]+)*");

    private CitationFinder() {
    }

    /**
     * @param text        the paragraph text
     * @param superscript chars of {@code text} that were set as superscript (may be empty)
     */
    public static List<Citation> find(String text, BitSet superscript) {
        List<Citation> out = new ArrayList<>();
        BitSet taken = new BitSet(text.length());
        Matcher m = BRACKETED.matcher(text);
        while (m.find()) {
            List<Integer> refs = parse(m.group(1));
            if (refs.isEmpty()) continue;
            out.add(new Citation(m.start(), m.end(), refs));
            taken.set(m.start(), m.end());
        }
        // superscript runs
        int i = superscript.nextSetBit(0);
        while (i >= 0 && i < text.length()) {
            int j = superscript.nextClearBit(i);
            if (!taken.get(i)) {
                String run = text.substring(i, Math.min(j, text.length()));
                int lead = 0;
                while (lead < run.length() && run.charAt(lead) == ' ') lead++;
                Matcher sm = SUPERSCRIPT_RUN.matcher(run.strip());
                if (sm.matches() && followsWord(text, i)) {
                    List<Integer> refs = parse(sm.group(1));
                    if (!refs.isEmpty()) {
                        int s = i + lead;
                        int e = i + lead + run.strip().length();
                        out.add(new Citation(s, e, refs));
                        taken.set(s, e);
                    }
                }
            }
            i = superscript.nextSetBit(j);
        }
        Matcher u = UNICODE_SUP.matcher(text);
        while (u.find()) {
            if (taken.get(u.start()) || !followsWord(text, u.start())) continue;
            StringBuilder digits = new StringBuilder();
            for (char c : u.group().toCharArray()) digits.append(supDigit(c));
            List<Integer> refs = parse(digits.toString());
            if (!refs.isEmpty()) out.add(new Citation(u.start(), u.end(), refs));
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    private static char supDigit(char c) {
        switch (c) {
            case '\u00B9': return '1';
            case '\u00B2': return '2';
            case '\u00B3': return '3';
            case '\u2070': return '0';
            case '\u207B': return '-';
            default:
                if (c >= '\u2074' && c <= '\u2079') return (char) ('4' + (c - '\u2074'));
                return c;
        }
    }

    /** A superscript number is a citation when it follows a word or punctuation, not a number. */
    private static boolean followsWord(String text, int i) {
        int p = i - 1;
        while (p >= 0 && text.charAt(p) == ' ') p--;
        if (p < 0) return false;
        char c = text.charAt(p);
        return !Character.isDigit(c) && c != '^' && c != '×' && c != '+' && c != '-';
    }

    /** "3-5,8" → [3,4,5,8]; empty when the numbers make no sense as references. */
    static List<Integer> parse(String s) {
        List<Integer> refs = new ArrayList<>();
        for (String part : s.split("[,，、]")) {
            String p = part.strip();
            if (p.isEmpty()) continue;
            String[] range = p.split("\\s*[-\u2010-\u2015~～]\\s*");
            try {
                if (range.length == 1) {
                    refs.add(Integer.parseInt(range[0]));
                } else if (range.length == 2) {
                    int a = Integer.parseInt(range[0]);
                    int b = Integer.parseInt(range[1]);
                    if (b < a || b - a > 200) return List.of();
                    for (int r = a; r <= b; r++) refs.add(r);
                } else {
                    return List.of();
                }
            } catch (NumberFormatException e) {
                return List.of();
            }
        }
        for (int r : refs) if (r <= 0) return List.of();
        return refs;
    }
}
