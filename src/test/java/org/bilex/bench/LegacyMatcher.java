package org.bilex.bench;
import org.bilex.lexicon.*;

import org.bilex.nlp.Token;
import org.bilex.core.Chars;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Finds every dictionary form in a text over the lower-cased text, keeping the hits that
 * respect token boundaries: a form that starts or ends with a letter, digit or Greek letter must
 * not touch another one ({@code IL-1} is not found in {@code IL-10}, nor {@code CD4} in
 * {@code CD44}); a short Chinese form (one or two Han characters) must start and end where
 * the Chinese segmenter puts a word boundary. Case is checked per sense (see
 * {@link Sense#accepts}). Immutable and thread-safe.
 *
 * <p>How: every form is indexed under its first segment (its first run of letters and digits,
 * or its first character when that is not a letter or digit, e.g. a Han character), with the
 * length of the longest form under that segment. At each place a form may start (the start
 * of a word, or any other character), the text's segment there is looked up; only where some
 * form starts so are the places it may end (not inside a word), up to that longest length,
 * looked up in the form table. Building is one pass over the forms (no automaton to compile:
 * hundreds of thousands of forms index in a fraction of a second) and matching is linear in
 * the text, with at most a longest-form's worth of look-ups per start.
 */
/** The dictionary matcher as it was before the trie walk (substring and hash look-up per end), kept only so that {@link MatcherProfile} can time both and check they find the same hits. */
public final class LegacyMatcher {

    private final Map<String, List<Sense>> forms;
    private final Map<String, Integer> longest;

    public LegacyMatcher(Map<String, List<Sense>> senses) {
        // the map is the lexicon's own (immutable once loaded): no copy of hundreds of thousands of keys
        this.forms = senses;
        this.longest = new HashMap<>();
        for (Map.Entry<String, List<Sense>> e : senses.entrySet()) {
            String k = e.getKey();
            if (k.isEmpty() || e.getValue().isEmpty()) continue;
            longest.merge(firstSegment(k, 0), k.length(), Math::max);
        }
    }

    public int size() {
        return forms.size();
    }

    /** The first segment of s from i: a run of word characters, or one other character. */
    private static String firstSegment(String s, int i) {
        int e = segmentEnd(s, i);
        return s.substring(i, e);
    }

    private static int segmentEnd(String s, int i) {
        int cp = s.codePointAt(i);
        int e = i + Character.charCount(cp);
        if (!Chars.isWordChar(cp)) return e;
        while (e < s.length()) {
            int c = s.codePointAt(e);
            if (!Chars.isWordChar(c)) break;
            e += Character.charCount(c);
        }
        return e;
    }

    /**
     * @param text   the match text
     * @param tokens its tokens (for the boundaries of short Chinese forms); may be empty
     * @return every acceptable hit, in no particular order; one per (span, sense)
     */
    public List<DictionaryHit> match(String text, List<Token> tokens) {
        List<DictionaryHit> out = new ArrayList<>();
        if (forms.isEmpty() || text.isEmpty()) return out;
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.length() != text.length()) lower = lowerSameLength(text);
        BitSet starts = new BitSet(text.length() + 1);
        BitSet ends = new BitSet(text.length() + 1);
        for (Token t : tokens) {
            starts.set(t.start());
            ends.set(t.end());
        }
        int n = lower.length();
        // word[i]: char i is a letter, digit or Greek letter (by code point; low surrogates follow their high one)
        boolean[] word = new boolean[n + 1];
        for (int i = 0; i < n; ) {
            int cp = lower.codePointAt(i);
            int len = Character.charCount(cp);
            boolean w = Chars.isWordChar(cp);
            for (int j = 0; j < len; j++) word[i + j] = w;
            i += len;
        }
        for (int s = 0; s < n; s++) {
            if (Character.isLowSurrogate(lower.charAt(s))) continue;
            if (word[s] && s > 0 && word[s - 1]) continue; // inside a word: no form starts here
            int segEnd = segmentEnd(lower, s);
            Integer max = longest.get(lower.substring(s, segEnd));
            if (max == null) continue;
            int limit = Math.min(n, s + max);
            for (int e = segEnd; e <= limit; e++) {
                if (e < n && word[e] && word[e - 1]) continue; // would end inside a word
                if (e < n && Character.isLowSurrogate(lower.charAt(e))) continue;
                List<Sense> senses = forms.get(lower.substring(s, e));
                if (senses == null) continue;
                if (!boundaryOk(text, s, e, starts, ends, tokens.isEmpty())) continue;
                String surface = text.substring(s, e);
                for (Sense x : senses) {
                    if (x.accepts(surface)) out.add(new DictionaryHit(s, e, x));
                }
            }
        }
        return out;
    }

    /** Lower-cases char by char so offsets stay put (some code points change length). */
    private static String lowerSameLength(String text) {
        char[] c = text.toCharArray();
        for (int i = 0; i < c.length; i++) {
            char l = Character.toLowerCase(c[i]);
            c[i] = l;
        }
        return new String(c);
    }

    public static boolean boundaryOk(String text, int begin, int end, BitSet starts, BitSet ends, boolean noTokens) {
        int first = text.codePointAt(begin);
        int last = text.codePointBefore(end);
        if (Chars.isWordChar(first) && begin > 0) {
            int prev = text.codePointBefore(begin);
            if (Chars.isWordChar(prev)) return false;
            if (prev == '-' && begin >= 2) {
                // "anti-IL-6" is fine, "hUC-MSCs" is not a mention of MSCs
                int s = begin - 1;
                int w = s;
                while (w > 0 && Chars.isWordChar(text.codePointBefore(w))) w -= Character.charCount(text.codePointBefore(w));
                String before = text.substring(w, s);
                if (!before.isEmpty() && !before.equals(before.toLowerCase(Locale.ROOT))) return false;
                if (!before.isEmpty() && before.chars().anyMatch(Character::isDigit)) return false;
            }
        }
        if (Chars.isWordChar(last) && end < text.length()) {
            int next = text.codePointAt(end);
            if (Chars.isWordChar(next)) return false;
        }
        int hanCount = 0;
        for (int i = begin; i < end; i++) if (Chars.isHan(text.charAt(i))) hanCount++;
        if (hanCount > 0 && hanCount <= 2 && end - begin <= 2 && !noTokens) {
            if (Chars.isHan(first) && begin > 0 && Chars.isHan(text.codePointBefore(begin)) && !starts.get(begin)) return false;
            if (Chars.isHan(last) && end < text.length() && Chars.isHan(text.codePointAt(end)) && !ends.get(end)) return false;
        }
        return true;
    }
}
