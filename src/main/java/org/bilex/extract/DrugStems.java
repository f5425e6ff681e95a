package org.bilex.extract;

import org.bilex.core.Chars;
import org.bilex.core.EntityType;
import org.bilex.lexicon.Concept;
import org.bilex.lexicon.Lexicon;
import org.bilex.lexicon.LexiconException;
import org.bilex.nlp.Token;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Chinese drug names that no lexicon lists, named by their INN stem ({@code models/rules/drug-stems.tsv}):
 * a stem ({@code …替尼}, {@code …单抗}, {@code 头孢…}) with the transliterated syllables next to it, which
 * the segmenter leaves as single characters or tags as a transliterated name, is a CHEMICAL whose
 * canonical is the word itself (as the lexicon build names the THUOCL words with these stems).
 */
public final class DrugStems implements EntityFinder {

    static final String HEADER = "kind\tvalue\tenglish\tmin\tmax\tsource";
    public static final String VIA = "drug-stem";

    record Stem(String zh, String english, int min, int max, boolean prefix) {
    }

    private final List<Stem> stems;
    private final Set<Integer> stops;
    private final Set<String> nameTags;

    DrugStems(List<Stem> stems, Set<Integer> stops, Set<String> nameTags) {
        this.stems = List.copyOf(stems);
        this.stops = Set.copyOf(stops);
        this.nameTags = Set.copyOf(nameTags);
    }

    public static DrugStems load(Path file) {
        List<Stem> stems = new ArrayList<>();
        Set<Integer> stops = new HashSet<>();
        Set<String> tags = new HashSet<>();
        for (RuleFiles.Row r : RuleFiles.read(file, HEADER)) {
            String kind = r.get(0);
            String v = r.get(1);
            if (v.isEmpty()) throw new LexiconException(file + ":" + r.line() + ": empty value");
            switch (kind) {
                case "suffix", "prefix" -> {
                    if (!Chars.hasHan(v)) throw new LexiconException(file + ":" + r.line() + ": a stem is Chinese: '" + v + "'");
                    int min = number(r.get(3), file, r.line());
                    int max = number(r.get(4), file, r.line());
                    if (min < 1 || max < min) throw new LexiconException(file + ":" + r.line() + ": need 1 <= min <= max");
                    stems.add(new Stem(v, r.get(2), min, max, kind.equals("prefix")));
                }
                case "stop" -> v.codePoints().forEach(stops::add);
                case "name" -> tags.add(v);
                default -> throw new LexiconException(file + ":" + r.line() + ": unknown kind '" + kind + "'");
            }
        }
        return new DrugStems(stems, stops, tags);
    }

    public static DrugStems load(org.bilex.core.ComponentContext ctx) {
        return load(ctx.file("drug-stems.tsv"));
    }

    private static int number(String s, Path f, int line) {
        try {
            return Integer.parseInt(s);
        } catch (NumberFormatException e) {
            throw new LexiconException(f + ":" + line + ": not a number: '" + s + "'");
        }
    }

    @Override
    public List<Candidate> find(String text, List<Token> tokens, Lexicon lexicon) {
        List<Candidate> out = new ArrayList<>();
        for (Stem st : stems) {
            for (int at = text.indexOf(st.zh()); at >= 0; at = text.indexOf(st.zh(), at + 1)) {
                int s = at, e = at + st.zh().length();
                int[] span = st.prefix() ? forward(text, tokens, s, e, st) : backward(text, tokens, s, e, st);
                if (span == null) continue;
                String word = text.substring(span[0], span[1]);
                Concept known = lexicon == null ? null : lexicon.lookup(word);
                Concept c = known != null && known.type() == EntityType.CHEMICAL ? known
                        : new Concept(EntityType.CHEMICAL, word, "");
                if (known != null && known.type() != EntityType.CHEMICAL) continue;
                out.add(new Candidate(span[0], span[1], c, Candidate.RULE, VIA));
            }
        }
        return out;
    }

    /** A suffix stem at [s, e): the syllables before it, or null. */
    private int[] backward(String text, List<Token> tokens, int s, int e, Stem st) {
        if (!endsWord(text, tokens, e)) return null;
        int p = s;
        while (p > 0 && s - p < st.max()) {
            char ch = text.charAt(p - 1);
            if (!Chars.isHan(ch) || stops.contains((int) ch)) break;
            Token t = tokenEndingAfter(tokens, p - 1);
            if (t != null && t.end() <= s && t.end() - t.start() > 1 && !nameTags.contains(t.pos())) break;
            int from = t == null ? p - 1 : Math.max(t.start(), s - st.max());
            if (t != null && t.start() < s - st.max()) return null;
            boolean stop = false;
            for (int i = from; i < p; i++) if (stops.contains((int) text.charAt(i)) || !Chars.isHan(text.charAt(i))) stop = true;
            if (stop) break;
            p = from;
        }
        if (s - p < st.min()) return null;
        if (tokens.isEmpty() && p > 0 && Chars.isHan(text.charAt(p - 1)) && !stops.contains((int) text.charAt(p - 1))) return null;
        return new int[]{p, e};
    }

    /** A prefix stem at [s, e): the syllables after it, or null. */
    private int[] forward(String text, List<Token> tokens, int s, int e, Stem st) {
        if (s > 0 && Chars.isHan(text.charAt(s - 1)) && !stops.contains((int) text.charAt(s - 1))
                && !tokens.isEmpty() && tokenStartingAt(tokens, s) == null) return null;
        int p = e;
        while (p < text.length() && p - e < st.max()) {
            char ch = text.charAt(p);
            if (!Chars.isHan(ch) || stops.contains((int) ch)) break;
            Token t = tokenContaining(tokens, p);
            if (t != null && t.start() >= e && t.end() - t.start() > 1 && !nameTags.contains(t.pos())) break;
            int to = t == null ? p + 1 : t.end();
            if (to - e > st.max()) break;
            boolean stop = false;
            for (int i = p; i < to; i++) if (stops.contains((int) text.charAt(i)) || !Chars.isHan(text.charAt(i))) stop = true;
            if (stop) break;
            p = to;
        }
        if (p - e < st.min()) return null;
        if (tokens.isEmpty() && p < text.length() && Chars.isHan(text.charAt(p)) && !stops.contains((int) text.charAt(p))) return null;
        return new int[]{s, p};
    }

    /** Whether a word may end at e: the sentence's end, a non-Chinese or stop character, or a token's end. */
    private boolean endsWord(String text, List<Token> tokens, int e) {
        if (e >= text.length()) return true;
        char ch = text.charAt(e);
        if (!Chars.isHan(ch) || stops.contains((int) ch)) return true;
        for (Token t : tokens) if (t.end() == e) return true;
        return false;
    }

    private static Token tokenEndingAfter(List<Token> tokens, int i) {
        return tokenContaining(tokens, i);
    }

    private static Token tokenContaining(List<Token> tokens, int i) {
        for (Token t : tokens) if (t.start() <= i && i < t.end()) return t;
        return null;
    }

    private static Token tokenStartingAt(List<Token> tokens, int i) {
        for (Token t : tokens) if (t.start() == i) return t;
        return null;
    }
}
