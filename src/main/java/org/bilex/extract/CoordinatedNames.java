package org.bilex.extract;

import org.bilex.core.ComponentContext;
import org.bilex.core.EntityType;
import org.bilex.lexicon.Concept;
import org.bilex.lexicon.Lexicon;
import org.bilex.lexicon.LexiconException;
import org.bilex.nlp.Token;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names that share their head with the next item of a list and leave it out ({@code coordination.tsv}):
 * "breast and ovarian cancer" names breast cancer and ovarian cancer, "CD4+ and CD8+ T cells" CD4+ T cells
 * and CD8+ T cells, "肝、肾纤维化" 肝纤维化 and 肾纤维化. For a known name of a listed type right after a
 * conjunction, the words before the conjunction with the name's tail (its head, "cancer", "T cells",
 * "纤维化") must make a name the lexicon knows, of the same type; that name then stands on those words.
 * Nothing is guessed: a first item that makes no known name with the head stays what it was.
 */
public final class CoordinatedNames implements EntityFinder {

    static final String HEADER = "lang\tkind\tvalue\tsource";
    /** The via of a name read from a list that leaves out its head. */
    static final String VIA = "coordination";

    private final Pattern enConjunction;
    private final Pattern zhConjunction;
    private final Set<EntityType> types;
    private final List<EntityFinder> before;

    CoordinatedNames(Pattern en, Pattern zh, Set<EntityType> types, List<EntityFinder> before) {
        this.enConjunction = en;
        this.zhConjunction = zh;
        this.types = Set.copyOf(types);
        this.before = List.copyOf(before);
    }

    public static CoordinatedNames load(ComponentContext ctx) {
        return load(ctx.file("coordination.tsv"), ctx.all(EntityFinder.class));
    }

    /**
     * Rows {@code lang kind value source}: kind {@code conjunction} (a word or mark joining list items, en or zh),
     * {@code type} (an entity type whose names may share a head, lang {@code -}). An unknown kind, language or
     * type, an empty value or source, or a row listed twice fails at load.
     */
    static CoordinatedNames load(Path file, List<EntityFinder> before) {
        List<String> en = new ArrayList<>();
        List<String> zh = new ArrayList<>();
        Set<EntityType> types = EnumSet.noneOf(EntityType.class);
        Set<String> seen = new HashSet<>();
        for (RuleFiles.Row r : RuleFiles.read(file, HEADER)) {
            String lang = r.get(0), kind = r.get(1), value = r.get(2);
            String where = file + ":" + r.line() + ": ";
            if (value.isEmpty()) throw new LexiconException(where + "no value");
            if (r.get(3).isEmpty()) throw new LexiconException(where + "no source");
            if (!seen.add(lang + "\t" + kind + "\t" + value)) throw new LexiconException(where + "listed twice: '" + value + "'");
            switch (kind) {
                case "conjunction" -> {
                    if (lang.equals("en")) en.add(Pattern.quote(value));
                    else if (lang.equals("zh")) zh.add(Pattern.quote(value));
                    else throw new LexiconException(where + "a conjunction is en or zh, not '" + lang + "'");
                }
                case "type" -> {
                    if (!lang.equals("-")) throw new LexiconException(where + "a type row has lang '-'");
                    EntityType t = EntityType.parse(value);
                    if (t == null) throw new LexiconException(where + "unknown type '" + value + "'");
                    types.add(t);
                }
                default -> throw new LexiconException(where + "unknown kind '" + kind + "'");
            }
        }
        if (en.isEmpty() || zh.isEmpty() || types.isEmpty()) {
            throw new LexiconException(file + ": needs English and Chinese conjunctions and at least one type");
        }
        // English: "X and Y", "X, and Y", "X or Y"; a word of its own. Chinese: the mark right between the items.
        Pattern enP = Pattern.compile("(?<=\\S)\\s*,?\\s+(?:" + String.join("|", en) + ")\\s+$");
        Pattern zhP = Pattern.compile("(?<=\\S)\\s*(?:" + String.join("|", zh) + ")\\s*$");
        return new CoordinatedNames(enP, zhP, types, before);
    }

    @Override
    public List<Candidate> find(String text, List<Token> tokens, Lexicon lexicon) {
        return find(text, tokens, lexicon, Map.of());
    }

    @Override
    public List<Candidate> find(String text, List<Token> tokens, Lexicon lexicon, Map<EntityFinder, List<Candidate>> earlier) {
        List<Candidate> known = EntityFinder.candidatesOf(before, text, tokens, lexicon, earlier);
        List<Candidate> out = new ArrayList<>();
        Set<String> made = new HashSet<>();
        for (Candidate m : known) {
            if (m.nestable() || !types.contains(m.concept().type()) || m.start() == 0) continue;
            String name = text.substring(m.start(), m.end());
            boolean han = org.bilex.core.Chars.hasHan(name);
            // the conjunction is right before the name: a short stretch is enough to look in
            int from = Math.max(0, m.start() - 16);
            Matcher cj = (han ? zhConjunction : enConjunction).matcher(text.substring(from, m.start()));
            if (!cj.find()) continue;
            int firstEnd = from + cj.start();
            if (firstEnd == from && from > 0) continue;
            List<Candidate> items = han ? zh(text, tokens, firstEnd, name, m, lexicon) : en(text, firstEnd, name, m, lexicon);
            for (Candidate c : items) {
                if (complete(c, known) || !made.add(c.start() + ":" + c.end() + ":" + c.concept().key())) continue;
                out.add(c);
                // a marker inside the first item stays an entity of its own, as inside the whole name (CD4 in CD4+)
                for (Candidate k : known) {
                    if (k.concept().type() == EntityType.MARKER && k.start() >= c.start() && k.end() <= c.end()
                            && k.length() < c.length()) out.add(k.nested());
                }
            }
        }
        return out;
    }

    /**
     * Whether the first item is a whole name of the type already ("HEK293 and HeLa cells": the cell line HEK293
     * needs no head), so that the list shares nothing.
     */
    private static boolean complete(Candidate c, List<Candidate> known) {
        for (Candidate k : known) {
            if (k.start() == c.start() && k.end() == c.end() && k.concept().type() == c.concept().type()) return true;
        }
        return false;
    }

    /** English: the one or two words before the conjunction, with the name's tail after its first word or more. */
    private static List<Candidate> en(String text, int firstEnd, String name, Candidate m, Lexicon lexicon) {
        List<Integer> heads = new ArrayList<>();
        for (int i = 1; i < name.length(); i++) {
            char p = name.charAt(i - 1);
            if ((p == ' ' || p == '-') && name.charAt(i) != ' ') heads.add(i);
        }
        if (heads.isEmpty()) return List.of();
        // the first item's words, nearest first: "type 1" before "1"; no bracket, comma or sentence mark inside
        List<Integer> starts = new ArrayList<>();
        int i = firstEnd;
        for (int w = 0; w < 2; w++) {
            int s = wordStart(text, i);
            if (s == i) break;
            starts.add(s);
            if (s == 0 || text.charAt(s - 1) != ' ') break;
            i = s - 1;
        }
        for (int h : heads) { // the longest shared head first
            String head = name.substring(h);
            char joint = name.charAt(h - 1);
            for (int k = starts.size() - 1; k >= 0; k--) { // the longest first item first
                String first = text.substring(starts.get(k), firstEnd);
                Concept c = lexicon.lookup(first + joint + head);
                if (c != null && c.type() == m.concept().type() && !c.equals(m.concept())) {
                    return withEarlierItems(text, new Candidate(starts.get(k), firstEnd, c, Candidate.DEFINITION, VIA),
                            joint + head, lexicon);
                }
            }
        }
        return List.of();
    }

    /** The start of the word that ends at i: back over what is no white space, bracket, comma or sentence mark. */
    private static int wordStart(String text, int i) {
        int s = i;
        while (s > 0 && !Character.isWhitespace(text.charAt(s - 1)) && "(),;:[]".indexOf(text.charAt(s - 1)) < 0) s--;
        return s;
    }

    /** The item found, and the items before it, each after a comma: "lung, breast and colon cancers". */
    private static List<Candidate> withEarlierItems(String text, Candidate found, String tail, Lexicon lexicon) {
        List<Candidate> out = new ArrayList<>();
        out.add(found);
        int start = found.start();
        while (true) {
            int i = start;
            while (i > 0 && text.charAt(i - 1) == ' ') i--;
            if (i == 0 || text.charAt(i - 1) != ',') break;
            i--;
            while (i > 0 && text.charAt(i - 1) == ' ') i--;
            int e = i, s = wordStart(text, i);
            if (s == e) break;
            Concept c = lexicon.lookup(text.substring(s, e) + tail);
            if (c == null || c.type() != found.concept().type()) break;
            out.add(new Candidate(s, e, c, Candidate.DEFINITION, VIA));
            start = s;
        }
        return out;
    }

    /** Chinese: the one to three segmenter words before the mark, with the name's tail after one character or more. */
    private static List<Candidate> zh(String text, List<Token> tokens, int firstEnd, String name, Candidate m, Lexicon lexicon) {
        List<Integer> starts = new ArrayList<>();
        int end = firstEnd;
        for (int t = tokens.size() - 1; t >= 0 && starts.size() < 3; t--) {
            Token tk = tokens.get(t);
            if (tk.end() > end) continue;
            if (tk.end() != end) break;
            String w = tk.text();
            // a name's word: letters, digits and a marker's sign (CD4+), no punctuation or space
            if (w.isBlank() || !w.codePoints().allMatch(cp -> Character.isLetterOrDigit(cp) || cp == '+' || cp == '-')) break;
            starts.add(tk.start());
            end = tk.start();
        }
        for (int h = 1; h < name.length(); h++) {
            String head = name.substring(h).strip();
            // a head of one character (病, 症) is a suffix more often than a shared head: 慢性、复发性皮肤病 is no 性病
            if (head.codePointCount(0, head.length()) < 2) continue;
            for (int k = starts.size() - 1; k >= 0; k--) {
                String first = text.substring(starts.get(k), firstEnd);
                for (String joined : List.of(first + head, first + " " + head)) {
                    Concept c = lexicon.lookup(joined);
                    if (c != null && c.type() == m.concept().type() && !c.equals(m.concept())) {
                        return List.of(new Candidate(starts.get(k), firstEnd, c, Candidate.DEFINITION, VIA));
                    }
                }
            }
        }
        return List.of();
    }
}
