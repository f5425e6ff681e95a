package org.bilex.lexicon;

import com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie;
import org.bilex.nlp.Token;
import org.bilex.text.Chars;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Finds every dictionary form in a text in one pass of an Aho-Corasick automaton (HanLP's
 * double-array implementation) over the lower-cased text, then keeps the hits that respect
 * token boundaries: a form that starts or ends with a letter, digit or Greek letter must not
 * touch another one ({@code IL-1} is not found in {@code IL-10}, nor {@code CD4} in
 * {@code CD44}); a short Chinese form (one or two Han characters) must start and end where
 * the Chinese segmenter puts a word boundary. Case is checked per sense (see
 * {@link Sense#accepts}). Immutable and thread-safe.
 */
public final class DictionaryMatcher {

    private final AhoCorasickDoubleArrayTrie<List<Sense>> automaton;
    private final int size;

    public DictionaryMatcher(Map<String, List<Sense>> senses) {
        TreeMap<String, List<Sense>> map = new TreeMap<>(senses);
        map.remove("");
        this.automaton = new AhoCorasickDoubleArrayTrie<>();
        if (!map.isEmpty()) automaton.build(map);
        this.size = map.size();
    }

    public int size() {
        return size;
    }

    /**
     * @param text   the match text
     * @param tokens its tokens (for the boundaries of short Chinese forms); may be empty
     * @return every acceptable hit, in no particular order; one per (span, sense)
     */
    public List<DictionaryHit> match(String text, List<Token> tokens) {
        List<DictionaryHit> out = new ArrayList<>();
        if (size == 0 || text.isEmpty()) return out;
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.length() != text.length()) lower = lowerSameLength(text);
        BitSet starts = new BitSet(text.length() + 1);
        BitSet ends = new BitSet(text.length() + 1);
        for (Token t : tokens) {
            starts.set(t.start());
            ends.set(t.end());
        }
        final String lc = lower;
        automaton.parseText(lc.toCharArray(), (int begin, int end, List<Sense> value) -> {
            if (!boundaryOk(text, begin, end, starts, ends, tokens.isEmpty())) return;
            String surface = text.substring(begin, end);
            for (Sense s : value) {
                if (s.accepts(surface)) out.add(new DictionaryHit(begin, end, s));
            }
        });
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
