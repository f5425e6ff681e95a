package org.bilex.extract;

import com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie;
import org.bilex.lexicon.DictionaryMatcher;
import org.bilex.core.EntityType;
import org.bilex.core.Predicate;
import org.bilex.lexicon.LexiconException;
import org.bilex.nlp.Token;
import org.bilex.core.Chars;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The data of the relation stage: trigger words ({@code relation-triggers.tsv}), the predicate
 * table ({@code relation-predicates.tsv}), the cue words ({@code relation-cues.tsv}) and the
 * entity types each predicate allows at its ends ({@code relation-constraints.tsv}).
 */
public final class RelationRules implements org.bilex.nlp.SegmenterWords {

    /**
     * How a trigger is used in a sentence (see relation-triggers.tsv); SYNTAX: read only by the dependency
     * patterns (an agent noun "the mTOR inhibitor rapamycin"), never by the window rules.
     */
    enum Kind { VERB, NOUN, FROM, MODIFIER, EFFECT, CAUSE, AGENT, SYNTAX, NAME }

    record Trigger(String family, String lang, String form, Kind kind) {
    }

    /** A trigger found in a sentence's match text. */
    record TriggerHit(int start, int end, List<Trigger> triggers) {
        Kind kind() {
            return triggers.get(0).kind();
        }
    }

    /** A row of the predicate table; predicate null for "-" (no relation). */
    record PredicateRule(String family, Set<EntityType> objects, String level, Set<EntityType> subjects,
                         Predicate predicate, boolean reverse) {
    }

    /** What the predicate table says for a (family, object, level, subject). */
    record Decision(Predicate predicate, boolean reverse) {
    }

    private final AhoCorasickDoubleArrayTrie<List<Trigger>> triggers;
    private final List<PredicateRule> predicates;
    private final Map<CueKind, List<String>> cues;
    private final Set<String> chineseWords;
    private final java.util.regex.Pattern englishPrepositions;
    private final java.util.regex.Pattern complementGap;
    private final java.util.regex.Pattern agentGap;
    private final java.util.regex.Pattern clauseJoin;
    private final java.util.regex.Pattern passiveAuxiliary;
    private final Map<Predicate, List<Constraint>> constraints;
    /** Name templates (kind name): an agent named after the mention it acts on ("anti-X antibody", "X抑制剂"). */
    private final List<Trigger> names;
    /** What follows a space in a trigger form ("from" of "derived from"), lower case. */
    private final Set<String> continuations = new java.util.HashSet<>();
    /** Trigger forms (lower case) of kind verb. */
    private final Set<String> verbForms = new java.util.HashSet<>();

    /** A row of the constraint table: the subject and object types a predicate allows together. */
    record Constraint(Predicate predicate, Set<EntityType> subjects, Set<EntityType> objects) {
    }

    private RelationRules(TreeMap<String, List<Trigger>> triggerMap, List<PredicateRule> predicates,
                          Map<CueKind, List<String>> cues, Set<String> chineseWords,
                          Map<Predicate, List<Constraint>> constraints, List<Trigger> names) {
        this.constraints = constraints;
        this.names = List.copyOf(names);
        this.triggers = new AhoCorasickDoubleArrayTrie<>();
        if (!triggerMap.isEmpty()) triggers.build(triggerMap);
        for (String form : triggerMap.keySet()) {
            for (int i = form.indexOf(' '); i >= 0; i = form.indexOf(' ', i + 1)) continuations.add(form.substring(i + 1));
            for (Trigger t : triggerMap.get(form)) if (t.kind() == Kind.VERB) verbForms.add(form);
        }
        this.predicates = List.copyOf(predicates);
        this.cues = cues;
        this.chineseWords = chineseWords;
        StringBuilder alt = new StringBuilder();
        for (String c : cues.getOrDefault(CueKind.PREPOSITION, List.of())) {
            // a complement word ("of") is a preposition whose list belongs to the noun before it, not another place
            if (cues.getOrDefault(CueKind.COMPLEMENT, List.of()).contains(c) || Chars.hasHan(c)) continue;
            if (alt.length() > 0) alt.append('|');
            alt.append(java.util.regex.Pattern.quote(c.toLowerCase(Locale.ROOT)));
        }
        this.englishPrepositions = java.util.regex.Pattern.compile(alt.length() == 0 ? "(?!)" : "\\b(?:" + alt + ")\\b");
        String articles = englishAlternatives(cues, CueKind.ARTICLE);
        this.complementGap = gap(englishAlternatives(cues, CueKind.COMPLEMENT), articles);
        this.agentGap = gap(englishAlternatives(cues, CueKind.PASSIVE), articles);
        String openers = englishAlternatives(cues, CueKind.CLAUSEJOIN);
        this.clauseJoin = java.util.regex.Pattern.compile(openers.isEmpty() ? "(?!)" : "(?s)(?:" + openers + ")\\b.*");
        String aux = englishAlternatives(cues, CueKind.AUXILIARY);
        this.passiveAuxiliary = java.util.regex.Pattern.compile(aux.isEmpty() ? "(?!)" : "(?s).*\\b(?:" + aux + ")\\s+(\\w+ly\\s+)?$");
    }

    /** The English (Han-free) cues of a kind as a regex alternation of literals, lower case; "" when none. */
    private static String englishAlternatives(Map<CueKind, List<String>> cues, CueKind kind) {
        StringBuilder alt = new StringBuilder();
        for (String c : cues.getOrDefault(kind, List.of())) {
            if (Chars.hasHan(c)) continue;
            if (alt.length() > 0) alt.append('|');
            alt.append(java.util.regex.Pattern.quote(c.toLowerCase(Locale.ROOT)));
        }
        return alt.toString();
    }

    /** A whole gap between two lists: one of the words, optionally followed by one of the articles. */
    private static java.util.regex.Pattern gap(String words, String articles) {
        if (words.isEmpty()) return java.util.regex.Pattern.compile("(?!)");
        return java.util.regex.Pattern.compile("(?:" + words + ")" + (articles.isEmpty() ? "" : "(?: (?:" + articles + "))?"));
    }

    /** Whether a stripped, lower-case gap is a complement cue, with an article or not ("of", "of the"). */
    boolean complementGap(String gap) {
        return complementGap.matcher(gap).matches();
    }

    /** Whether a stripped, lower-case gap is an English passive agent cue, with an article or not ("by", "by the"). */
    boolean agentGap(String gap) {
        return agentGap.matcher(gap).matches();
    }

    /** Whether stripped, lower-case English text after a comma opens with a clause-joining word ("and", "thereby"). */
    boolean opensJoinedClause(String after) {
        return clauseJoin.matcher(after).matches();
    }

    /** Whether lower-case English text ends with a form of "be" and an optional -ly adverb before a trigger. */
    boolean endsWithPassiveAuxiliary(String before) {
        return passiveAuxiliary.matcher(before).matches();
    }

    /** English prepositions other than the complement cues ("of"), as whole words (lower case). */
    java.util.regex.Pattern englishPrepositions() {
        return englishPrepositions;
    }

    public static RelationRules load(Path dir) {
        return load(dir.resolve("relation-triggers.tsv"), dir.resolve("relation-predicates.tsv"), dir.resolve("relation-cues.tsv"),
                dir.resolve("relation-constraints.tsv"));
    }

    /** From the manifest: the trigger words, the predicate table, the cue words and the type constraints. */
    public static RelationRules load(org.bilex.core.ComponentContext ctx) {
        return load(ctx.file("relation-triggers.tsv"), ctx.file("relation-predicates.tsv"), ctx.file("relation-cues.tsv"),
                ctx.file("relation-constraints.tsv"));
    }

    @Override
    public java.util.Collection<String> segmenterWords() {
        return chineseWords;
    }

    static RelationRules load(Path tf, Path pf, Path cf, Path kf) {
        TreeMap<String, List<Trigger>> map = new TreeMap<>();
        List<Trigger> names = new ArrayList<>();
        Set<String> zh = new LinkedHashSet<>();
        for (RuleFiles.Row r : RuleFiles.read(tf, "family\tlang\ttrigger\tkind\tsource")) {
            Kind kind;
            try {
                kind = Kind.valueOf(r.get(3).toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new LexiconException(tf + ":" + r.line() + ": unknown kind '" + r.get(3) + "'");
            }
            Trigger t = new Trigger(r.get(0), r.get(1), r.get(2), kind);
            if (kind == Kind.NAME) {
                // a name template: X stands for a mention nested in the agent's name ("anti-X antibody", "X inhibitor")
                int x = t.form().indexOf('X');
                if (x < 0 || t.form().indexOf('X', x + 1) >= 0 || t.form().length() == 1) {
                    throw new LexiconException(tf + ":" + r.line() + ": a name trigger needs exactly one X beside other text: '" + t.form() + "'");
                }
                // "X+*": a trailing * stands for any rest of the name, after a literal that follows X
                int star = t.form().indexOf('*');
                if (star >= 0 && (star != t.form().length() - 1 || star == x + 1)) {
                    throw new LexiconException(tf + ":" + r.line() + ": a name trigger's * must end it, after text that follows X: '" + t.form() + "'");
                }
                names.add(t);
                continue;
            }
            Set<String> forms = new LinkedHashSet<>();
            forms.add(t.form());
            if (t.lang().equals("en") && (kind == Kind.VERB || kind == Kind.CAUSE)) forms.addAll(inflections(t.form()));
            if (t.lang().equals("en") && (kind == Kind.NOUN || kind == Kind.SYNTAX) && !t.form().endsWith("s")) forms.add(t.form() + "s");
            for (String f : forms) map.computeIfAbsent(f.toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(t);
            if (Chars.hasHan(t.form())) zh.add(t.form());
        }
        List<PredicateRule> preds = new ArrayList<>();
        for (RuleFiles.Row r : RuleFiles.read(pf, "family\tobjects\tlevel\tsubjects\tpredicate\treverse\tsource")) {
            Predicate p = r.get(4).equals("-") ? null : Predicate.parse(r.get(4));
            if (p == null && !r.get(4).equals("-")) {
                throw new LexiconException(pf + ":" + r.line() + ": unknown predicate '" + r.get(4) + "'");
            }
            if (!LEVELS.contains(r.get(2))) {
                throw new LexiconException(pf + ":" + r.line() + ": unknown level '" + r.get(2) + "' (one of " + LEVELS + ")");
            }
            preds.add(new PredicateRule(r.get(0), types(r.get(1), pf, r.line()), r.get(2), types(r.get(3), pf, r.line()),
                    p, r.get(5).equals("yes")));
        }
        Map<CueKind, List<String>> cues = new EnumMap<>(CueKind.class);
        for (RuleFiles.Row r : RuleFiles.read(cf, "kind\tlang\tcue\tsource")) {
            CueKind kind = CueKind.parse(r.get(0));
            if (kind == null) throw new LexiconException(cf + ":" + r.line() + ": unknown cue kind '" + r.get(0) + "'");
            cues.computeIfAbsent(kind, k -> new ArrayList<>()).add(r.get(2));
            if (Chars.hasHan(r.get(2))) zh.add(r.get(2));
        }
        for (List<String> l : cues.values()) l.sort((a, b) -> Integer.compare(b.length(), a.length()));
        return new RelationRules(map, preds, cues, zh, constraints(kf), names);
    }

    /** The constraint table; an unknown predicate or type, or a predicate with no row, fails. */
    private static Map<Predicate, List<Constraint>> constraints(Path kf) {
        Map<Predicate, List<Constraint>> out = new EnumMap<>(Predicate.class);
        for (RuleFiles.Row r : RuleFiles.read(kf, "predicate\tsubjects\tobjects\tsource")) {
            Predicate p = Predicate.parse(r.get(0));
            if (p == null) throw new LexiconException(kf + ":" + r.line() + ": unknown predicate '" + r.get(0) + "'");
            Set<EntityType> s = types(r.get(1), kf, r.line());
            Set<EntityType> o = types(r.get(2), kf, r.line());
            if (s == null || o == null) throw new LexiconException(kf + ":" + r.line() + ": name the types, not '*'");
            out.computeIfAbsent(p, k -> new ArrayList<>()).add(new Constraint(p, s, o));
        }
        for (Predicate p : Predicate.values()) {
            if (!out.containsKey(p)) throw new LexiconException(kf + ": no row for predicate " + p);
        }
        return out;
    }

    /** Whether the constraint table allows a relation of the predicate between entities of these types. */
    boolean allows(Predicate predicate, EntityType subject, EntityType object) {
        for (Constraint c : constraints.getOrDefault(predicate, List.of())) {
            if (c.subjects().contains(subject) && c.objects().contains(object)) return true;
        }
        return false;
    }

    private static Set<EntityType> types(String s, Path f, int line) {
        if (s.equals("*")) return null;
        Set<EntityType> out = EnumSet.noneOf(EntityType.class);
        for (String t : s.split(",")) {
            EntityType et = EntityType.parse(t);
            if (et == null) throw new LexiconException(f + ":" + line + ": unknown type '" + t + "'");
            out.add(et);
        }
        return out;
    }

    /** inhibit → inhibits, inhibited, inhibiting; activate → activates, activated, activating. */
    static List<String> inflections(String lemma) {
        int sp = lemma.indexOf(' ');
        String verb = sp < 0 ? lemma : lemma.substring(0, sp);
        String rest = sp < 0 ? "" : lemma.substring(sp);
        List<String> out = new ArrayList<>();
        String v = verb;
        if (v.endsWith("e")) {
            out.add(v + "s");
            out.add(v + "d");
            out.add(v.substring(0, v.length() - 1) + "ing");
        } else if (v.endsWith("y") && v.length() > 2 && "aeiou".indexOf(v.charAt(v.length() - 2)) < 0) {
            out.add(v.substring(0, v.length() - 1) + "ies");
            out.add(v.substring(0, v.length() - 1) + "ied");
            out.add(v + "ing");
        } else if (v.endsWith("s") || v.endsWith("sh") || v.endsWith("ch") || v.endsWith("x")) {
            out.add(v + "es");
            out.add(v + "ed");
            out.add(v + "ing");
        } else {
            out.add(v + "s");
            out.add(v + "ed");
            out.add(v + "ing");
            // consonant-vowel-consonant: the final consonant may double ("transfer" → "transferred", "block" does
            // not end so); which verbs double depends on stress, so both spellings are kept
            int n = v.length();
            if (n >= 3 && "aeiou".indexOf(v.charAt(n - 2)) >= 0 && "aeiouwxy".indexOf(v.charAt(n - 1)) < 0
                    && "aeiou".indexOf(v.charAt(n - 3)) < 0) {
                out.add(v + v.charAt(n - 1) + "ed");
                out.add(v + v.charAt(n - 1) + "ing");
            }
        }
        List<String> res = new ArrayList<>();
        for (String o : out) res.add(o + rest);
        return res;
    }

    /** The trigger families of the trigger and predicate tables (for pattern files that name one). */
    Set<String> families() {
        Set<String> out = new java.util.TreeSet<>();
        for (PredicateRule r : predicates) out.add(r.family());
        return out;
    }

    /**
     * Whether a trigger form has {@code words} (lower case) after one of its spaces: a word followed
     * by {@code words} can only be a trigger when this holds.
     */
    boolean continues(String words) {
        return continuations.contains(words);
    }

    /** Whether a form (any case) is that of a verb trigger of relation-triggers.tsv. */
    boolean verbForm(String form) {
        return verbForms.contains(form.toLowerCase(Locale.ROOT));
    }

    /** The Chinese trigger and cue words, for the segmenter's dictionary. */
    public Set<String> chineseWords() {
        return chineseWords;
    }

    /** A name template that an agent's written name fits, with where X stands in the name. */
    record NameFit(Trigger trigger, int start, int end) {
    }

    /**
     * The name templates (kind name) that an agent's written name fits, case-insensitively, each with the span of
     * the name that X stands for ("anti-CD20 antibodies" fits "anti-X antibodies" with X = "CD20"); empty when none.
     * A template ending in * ("X+*") fits a name that goes on after the literal that follows X ("CD4+ T cells":
     * X = "CD4", the first such literal; white space before it is not part of X, "CD36 + cells"); a name with several
     * X closed up one after the other fits once for each ("CD4+CD25+ T cells": X = "CD4", then X = "CD25").
     */
    List<NameFit> nameFits(String written) {
        List<NameFit> out = new ArrayList<>();
        String w = written.toLowerCase(Locale.ROOT);
        for (Trigger t : names) {
            String f = t.form().toLowerCase(Locale.ROOT);
            int x = t.form().indexOf('X');
            String pre = f.substring(0, x);
            String suf = f.substring(x + 1);
            if (suf.endsWith("*")) {
                String lit = suf.substring(0, suf.length() - 1);
                if (!w.startsWith(pre)) continue;
                // "CD4+CD25+ T cells": each X written closed up after the literal before it is one more X of the name
                int from = pre.length();
                while (true) {
                    int at = w.indexOf(lit, from + 1);
                    if (at < 0 || at + lit.length() >= w.length() || w.substring(at + lit.length()).isBlank()) break;
                    int end = at;
                    while (end > from && Character.isWhitespace(w.charAt(end - 1))) end--;
                    if (end > from) out.add(new NameFit(t, from, end));
                    from = at + lit.length();
                    if (Character.isWhitespace(w.charAt(from))) break;
                }
                continue;
            }
            if (w.length() > pre.length() + suf.length() && w.startsWith(pre) && w.endsWith(suf)) {
                out.add(new NameFit(t, pre.length(), w.length() - suf.length()));
            }
        }
        return out;
    }

    private static final java.util.regex.Pattern YEAR = java.util.regex.Pattern.compile("(?<![0-9])(19|20)[0-9]{2}[a-z]?(?![0-9])");

    /**
     * Whether a bracket's inner text is an author-year citation: a citation cue of relation-cues.tsv ("et al")
     * and a year ("Lee et al., 2016", "Figure 6A; Willingham et al., 2012").
     */
    boolean citation(String inner) {
        String l = inner.toLowerCase(Locale.ROOT);
        if (!YEAR.matcher(l).find()) return false;
        for (String c : cues(CueKind.CITATION)) if (l.contains(c.toLowerCase(Locale.ROOT))) return true;
        return false;
    }

    /** The cues of a kind named as in the file ("lossof"); an unknown name throws. */
    List<String> cues(String kind) {
        CueKind k = CueKind.parse(kind);
        if (k == null) throw new IllegalArgumentException("unknown cue kind '" + kind + "'");
        return cues(k);
    }

    List<String> cues(CueKind kind) {
        return cues.getOrDefault(kind, List.of());
    }

    /** Trigger hits on token boundaries, longest first where they overlap. */
    List<TriggerHit> find(String text, List<Token> tokens) {
        List<TriggerHit> all = new ArrayList<>();
        if (text.isEmpty()) return all;
        String lower = text.toLowerCase(Locale.ROOT);
        if (lower.length() != text.length()) return all;
        BitSet starts = new BitSet();
        BitSet ends = new BitSet();
        for (Token t : tokens) {
            starts.set(t.start());
            ends.set(t.end());
        }
        triggers.parseText(lower.toCharArray(), (int b, int e, List<Trigger> v) -> {
            if (!DictionaryMatcher.boundaryOk(text, b, e, starts, ends, tokens.isEmpty())) return;
            // a one-character Chinese trigger must be a word of its own
            if (e - b == 1 && Chars.isHan(text.charAt(b)) && !(starts.get(b) && ends.get(e))) return;
            all.add(new TriggerHit(b, e, v));
        });
        all.sort((x, y) -> x.end() - x.start() != y.end() - y.start()
                ? Integer.compare(y.end() - y.start(), x.end() - x.start()) : Integer.compare(x.start(), y.start()));
        List<TriggerHit> kept = new ArrayList<>();
        for (TriggerHit h : all) {
            boolean free = true;
            for (TriggerHit k : kept) if (h.start() < k.end() && k.start() < h.end()) free = false;
            if (free) kept.add(h);
        }
        kept.sort((x, y) -> Integer.compare(x.start(), y.start()));
        return kept;
    }

    /**
     * Whether the predicate table lets the family take a process or a disease as its subject
     * ("神经损伤导致细胞死亡", "inflammation leads to fibrosis"): a row of the family names PROCESS or
     * DISEASE among its subjects. Other families read such a list as a setting, not as a subject.
     */
    boolean eventSubjects(String family) {
        for (PredicateRule r : predicates) {
            if (!r.family().equals(family) || r.subjects() == null || r.predicate() == null) continue;
            if (r.subjects().contains(EntityType.PROCESS) || r.subjects().contains(EntityType.DISEASE)) return true;
        }
        return false;
    }

    /** The level of an object written as its loss ("the degradation of X", "X knockdown": relation-cues.tsv lossof). */
    static final String LOSS = "loss";
    /** The levels of the predicate table: any, a level or expression, an activity, a loss. */
    static final List<String> LEVELS = List.of("*", "level", "activity", LOSS);

    /** The predicate for a family, object, level and subject; null when the table gives none. */
    Decision decide(String family, EntityType object, String level, EntityType subject) {
        for (PredicateRule r : predicates) {
            if (!r.family().equals(family)) continue;
            if (r.objects() != null && !r.objects().contains(object)) continue;
            // an object written as its loss ("the degradation of X") is read only by rows naming loss
            if (level.equals(LOSS) ? !r.level().equals(LOSS) : !r.level().equals("*") && !r.level().equals(level)) continue;
            if (r.subjects() != null && !r.subjects().contains(subject)) continue;
            return r.predicate() == null ? null : new Decision(r.predicate(), r.reverse());
        }
        return null;
    }
}
