package org.bilex.extract;

import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.semgraph.semgrex.SemgrexMatcher;
import edu.stanford.nlp.semgraph.semgrex.SemgrexPattern;
import org.bilex.core.Chars;
import org.bilex.lexicon.LexiconException;
import org.bilex.nlp.CoreNlpEnglishParser;
import org.bilex.nlp.DependencyGraph;
import org.bilex.nlp.EnglishNlp;
import org.bilex.nlp.SemanticGraphs;
import org.bilex.nlp.Token;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Relations read from the dependency syntax of English sentences (issue 11): each candidate
 * sentence (two or more mentions and a trigger word) is parsed ({@link CoreNlpEnglishParser}) and the
 * Semgrex patterns of {@code relation-patterns-en.tsv} are matched between mention nodes. The
 * predicate comes from the trigger's family (relation-triggers.tsv) and the object's type
 * (relation-predicates.tsv), like the trigger-word rules'; negation and hedging are read on the
 * trigger node and its governors with the cue words of relation-cues.tsv. Thread-safe.
 */
public final class SyntaxRelationFinder implements RelationPattern {

    /** A row of the pattern file. */
    record SyntaxPattern(String id, String family, String trigger, String subject, String object, SemgrexPattern semgrex,
                         java.util.regex.Pattern word) {
        SyntaxPattern(String id, String family, String trigger, String subject, String object, SemgrexPattern semgrex) {
            this(id, family, trigger, subject, object, semgrex, null);
        }
    }

    private static final String HEADER = "id\tfamily\ttrigger\tsubject\tobject\tsemgrex\tsource";
    /** The family of the trigger word with the preposition of the object ("protected against Y", "leads to Y"), or none. */
    static final String WITH_OBJECT_CASE = "*+case";
    private static final Set<String> KNOWN_FAMILIES_WILDCARD = Set.of("*", WITH_OBJECT_CASE);
    /** The levels an object can be read at (relation-predicates.tsv, level column). */
    private static final List<String> LEVELS = RelationRules.LEVELS;
    /** Longer sentences are not parsed: lists and tables more than prose, and the parse cost grows with them. */
    static final int MAX_TOKENS = 70;

    private final RelationRules rules;
    private final List<SyntaxPattern> patterns;
    /** Parses a match text's tokens (CoreNlpEnglishParser::parse). */
    private final java.util.function.BiFunction<String, List<Token>, DependencyGraph> parser;
    private final Set<String> negation = new HashSet<>();
    /** English denial cues, lower case ("rather than": relation-cues.tsv denial), read from a list item's cc and the word after it. */
    private final Set<String> denial = new HashSet<>();
    private final Set<String> hedge = new HashSet<>();
    private final Set<String> level = new HashSet<>();
    /** Words of size after a disease ("tumor weight": relation-cues.tsv measure): such a word stands for the disease. */
    private final Set<String> measure = new HashSet<>();
    private final Set<String> activity = new HashSet<>();
    /** English coordination words (relation-cues.tsv coord). */
    private final Set<String> coord = new HashSet<>();
    /** Nouns of loss ("degradation", "knockdown": relation-cues.tsv lossof): an object written with one is read at level loss. */
    private final Set<String> loss = new HashSet<>();
    private final List<String> modifiers = new ArrayList<>();
    /** Nouns that stand for the agent given with them ("treatment", "therapy": relation-cues.tsv, agentnoun). */
    private final Set<String> agentNouns = new HashSet<>();
    /** The preposition an agent noun takes its agent with besides with/of, from a two-word cue ("exposure to"). */
    private final Map<String, Set<String>> agentNounCases = new HashMap<>();
    /**
     * Agent nouns with a one-word cue: they also take their agent as a compound or amod ("X treatment") or with
     * "with"/"of"; a noun with only two-word cues ("stimulation with") takes it only with that preposition
     * ("stimulation of T cells" names what is stimulated).
     */
    private final Set<String> bareAgentNouns = new HashSet<>();
    /** Whether sentences {@link #mayRead} refuses are left unparsed (off only to test that the gate changes nothing). */
    private final boolean gated;

    SyntaxRelationFinder(RelationRules rules, List<SyntaxPattern> patterns,
                         java.util.function.BiFunction<String, List<Token>, DependencyGraph> parser) {
        this(rules, patterns, parser, true);
    }

    SyntaxRelationFinder(RelationRules rules, List<SyntaxPattern> patterns,
                         java.util.function.BiFunction<String, List<Token>, DependencyGraph> parser, boolean gated) {
        this.gated = gated;
        this.rules = rules;
        this.patterns = List.copyOf(patterns);
        this.parser = parser;
        for (String c : rules.cues(CueKind.NEGATION)) negation.add(firstWord(c));
        for (String c : rules.cues(CueKind.DENIAL)) if (!Chars.hasHan(c)) denial.add(c.toLowerCase(Locale.ROOT).strip());
        for (String c : rules.cues(CueKind.HEDGE)) hedge.add(firstWord(c));
        for (String c : rules.cues(CueKind.LEVEL)) level.add(firstWord(c));
        for (String c : rules.cues(CueKind.ACTIVITY)) activity.add(firstWord(c));
        for (String c : rules.cues(CueKind.MEASURE)) if (!Chars.hasHan(c)) measure.add(firstWord(c));
        for (String c : rules.cues(CueKind.COORD)) if (!Chars.hasHan(c)) coord.add(c.toLowerCase(Locale.ROOT).strip());
        for (String c : rules.cues(CueKind.LOSSOF)) if (!Chars.hasHan(c) && !c.endsWith("-")) loss.add(firstWord(c));
        for (String c : rules.cues(CueKind.AGENTNOUN)) {
            agentNouns.add(firstWord(c));
            String[] w = c.toLowerCase(Locale.ROOT).strip().split("\\s+");
            if (w.length == 2) agentNounCases.computeIfAbsent(w[0], k -> new HashSet<>()).add(w[1]);
            else bareAgentNouns.add(w[0]);
        }
        for (String c : rules.cues(CueKind.MODIFIER)) if (!Chars.hasHan(c)) modifiers.add(c.toLowerCase(Locale.ROOT));
    }

    /**
     * From the manifest: the pattern file, the relation rules loaded before it, and the English parser
     * (whose models start loading now, on a background thread, while the other models and the first PDF load).
     */
    public static SyntaxRelationFinder load(org.bilex.core.ComponentContext ctx) {
        CoreNlpEnglishParser.preload();
        RelationRules rules = ctx.require(RelationRules.class);
        return new SyntaxRelationFinder(rules, read(ctx.file("relation-patterns-en.tsv"), rules), CoreNlpEnglishParser.get()::parse);
    }

    /** Reads a pattern file; an unknown family, a node name the pattern lacks or a bad pattern fails. */
    static List<SyntaxPattern> read(Path f, RelationRules rules) {
        Set<String> families = rules.families();
        List<SyntaxPattern> out = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (RuleFiles.Row r : RuleFiles.read(f, HEADER)) {
            String id = r.get(0);
            String family = r.get(1);
            if (!ids.add(id)) throw new LexiconException(f + ":" + r.line() + ": pattern id '" + id + "' twice");
            if (!KNOWN_FAMILIES_WILDCARD.contains(family) && !families.contains(family)) {
                throw new LexiconException(f + ":" + r.line() + ": unknown family '" + family + "'");
            }
            SemgrexPattern p;
            try {
                p = SemgrexPattern.compile(r.get(5));
            } catch (RuntimeException e) {
                throw new LexiconException(f + ":" + r.line() + ": bad semgrex pattern: " + e.getMessage());
            }
            for (int i = 2; i <= 4; i++) {
                if (!r.get(5).contains("=" + r.get(i) + " ") && !r.get(5).endsWith("=" + r.get(i)) && !r.get(5).contains("=" + r.get(i) + ")")) {
                    throw new LexiconException(f + ":" + r.line() + ": the pattern names no node '" + r.get(i) + "'");
                }
            }
            out.add(new SyntaxPattern(id, family, r.get(2), r.get(3), r.get(4), p, triggerWord(r.get(5), r.get(2))));
        }
        return out;
    }

    private static String firstWord(String cue) {
        String c = cue.toLowerCase(Locale.ROOT).strip();
        int sp = c.indexOf(' ');
        return sp < 0 ? c : c.substring(0, sp);
    }

    /**
     * Whether the sentence can hold a relation the patterns read, and so is parsed: English (no Han character), at most
     * {@link #MAX_TOKENS} tokens, two mentions, and an English trigger whose family can join two of them (or such a
     * trigger after the last hyphen of a word, "mTOR-inhibitor"), an anti-form mention ("antitumor"), or an English modifier
     * cue ("-induced").
     */
    boolean candidate(RelationPattern.Sentence s, List<Token> tokens) {
        if (s.mentions().size() < 2 || Chars.hasHan(s.text()) || tokens.size() > MAX_TOKENS) return false;
        for (RelationRules.TriggerHit h : rules.find(s.text(), tokens)) {
            for (RelationRules.Trigger t : h.triggers()) {
                if (t.lang().equals("en") && connects(t.family(), s.mentions())) return true;
            }
        }
        // "X has antitumor effects": an anti-form mention states the relation without a trigger word of its own
        for (Candidate c : s.mentions()) if (AntiForms.VIA.equals(c.via())) return true;
        String lower = s.text().toLowerCase(Locale.ROOT);
        for (String m : modifiers) if (lower.contains(m)) return true;
        // "(an mTOR-inhibitor)": a trigger as the part of a hyphenated word after its last hyphen
        for (Token t : tokens) {
            int h = t.text().lastIndexOf('-');
            if (h <= 0 || h == t.text().length() - 1) continue;
            for (String f : families(t.text().substring(h + 1))) if (connects(f, s.mentions())) return true;
        }
        return false;
    }

    /** The word regular expression a pattern puts on its trigger node ({word:/re/}=t), or null. */
    static java.util.regex.Pattern triggerWord(String semgrex, String trigger) {
        java.util.regex.Matcher node = java.util.regex.Pattern.compile("\\{([^{}]*)\\}\\s*=" + java.util.regex.Pattern.quote(trigger) + "(?![\\w])").matcher(semgrex);
        if (!node.find()) return null;
        java.util.regex.Matcher w = java.util.regex.Pattern.compile("(?:^|;)\\s*word:/((?:[^/\\\\]|\\\\.)*)/\\s*(?:;|$)").matcher(node.group(1));
        if (!w.find()) return null;
        try {
            return java.util.regex.Pattern.compile(w.group(1));
        } catch (RuntimeException e) {
            return null;
        }
    }

    /**
     * Whether some pattern can read a relation in the sentence, from what {@link #read} needs before it
     * emits anything: a trigger token (one the pattern's trigger word allows, outside every mention)
     * whose word, the part after its last hyphen or the word with a following preposition has a family
     * (or the pattern's own family), and two mentions that family (or "anti" for an anti-form object)
     * can join with the predicate table and the constraints. The parse can only narrow this down.
     */
    boolean mayRead(RelationPattern.Sentence s, List<Token> tokens) {
        // per token: the families of its word (or of the word and a following preposition), outside every
        // mention; the families of the part after its last hyphen when a mention is the part before
        List<List<String>> whole = new ArrayList<>(tokens.size());
        List<List<String>> suffix = new ArrayList<>(tokens.size());
        List<String> continuations = new ArrayList<>();
        for (Token v : tokens) if (rules.continues(v.text().toLowerCase(Locale.ROOT))) continuations.add(v.text());
        for (Token w : tokens) {
            String word = w.text();
            List<String> own = null;
            if (!overlapsMention(s, w.start(), w.end()) || activityWordMention(s, w.start(), w.end(), word)) {
                own = families(word);
                if (own.isEmpty()) {
                    for (String v : continuations) own = union(own, families(word + " " + v));
                }
            }
            whole.add(own);
            int h = word.lastIndexOf('-');
            boolean inside = h > 0 && !overlapsMention(s, w.start() + h + 1, w.end()) && hasPrefixMention(s, w);
            suffix.add(inside ? families(word.substring(h + 1)) : null);
        }
        Set<String> fams = new LinkedHashSet<>();
        for (SyntaxPattern p : patterns) {
            boolean fixed = !p.family().startsWith("*");
            for (int i = 0; i < tokens.size(); i++) {
                if (p.word() != null && !p.word().matcher(tokens.get(i).text()).find()) continue;
                for (List<String> f : java.util.Arrays.asList(whole.get(i), suffix.get(i))) {
                    if (f == null) continue;
                    if (fixed) fams.add(p.family());
                    else fams.addAll(f);
                }
            }
        }
        if (fams.isEmpty()) return false;
        for (String family : fams) {
            for (Candidate o : s.mentions()) {
                String fam = AntiForms.VIA.equals(o.via()) ? "anti" : family;
                for (Candidate sc : s.mentions()) {
                    if (sc != o && joins(fam, sc, o)) return true;
                }
            }
        }
        return false;
    }

    private static List<String> union(List<String> a, List<String> b) {
        if (b.isEmpty()) return a;
        List<String> out = new ArrayList<>(a);
        for (String x : b) if (!out.contains(x)) out.add(x);
        return out;
    }

    /**
     * Whether the word is an activity cue (relation-cues.tsv activity: "phosphorylation") and every mention over it is
     * exactly that word (the lexicon's process "protein phosphorylation"): it may still be a trigger.
     */
    private boolean activityWordMention(RelationPattern.Sentence s, int start, int end, String word) {
        if (!activity.contains(word.toLowerCase(Locale.ROOT))) return false;
        boolean any = false;
        for (Candidate c : s.mentions()) {
            if (start < c.end() && c.start() < end) {
                if (c.start() != start || c.end() != end) return false;
                any = true;
            }
        }
        return any;
    }

    private static boolean overlapsMention(RelationPattern.Sentence s, int start, int end) {
        for (Candidate c : s.mentions()) if (start < c.end() && c.start() < end) return true;
        return false;
    }

    private static boolean hasPrefixMention(RelationPattern.Sentence s, Token w) {
        for (Candidate c : s.mentions()) if (c.start() == w.start() && c.end() < w.end()) return true;
        return false;
    }

    /**
     * Whether the family gives a predicate, at some level, for subject subj and object obj (or the reverse, as
     * the predicate table says) that the type constraints allow.
     */
    private boolean joins(String family, Candidate subj, Candidate obj) {
        for (String lvl : LEVELS) {
            RelationRules.Decision d = rules.decide(family, obj.concept().type(), lvl, subj.concept().type());
            if (d == null) continue;
            Candidate from = d.reverse() ? obj : subj;
            Candidate to = d.reverse() ? subj : obj;
            if (rules.allows(d.predicate(), from.concept().type(), to.concept().type())) return true;
        }
        return false;
    }

    /** Whether a trigger family ("anti" for an anti-form object) can join two of the mentions at all (predicate table and constraints, either way). */
    private boolean connects(String family, List<Candidate> mentions) {
        for (Candidate a : mentions) {
            for (Candidate b : mentions) {
                // an anti-form object reads as the "anti" family, whatever the trigger ("an antitumor drug")
                String fam = AntiForms.VIA.equals(b.via()) ? "anti" : family;
                if (a != b && !a.concept().equals(b.concept()) && joins(fam, a, b)) return true;
            }
        }
        return false;
    }

    @Override
    public void find(RelationPattern.Sentence s, List<RelationExtractor.Found> out) {
        String text = s.text();
        if (s.mentions().size() < 2 || Chars.hasHan(text)) return; // what candidate() refuses first, before tokenizing
        List<Token> tokens = EnglishNlp.tokens(text, 0);
        if (!candidate(s, tokens) || gated && !mayRead(s, tokens)) return;
        DependencyGraph graph = parser.apply(text, withoutCitations(withoutDenialCommas(tokens)));
        if (graph.words().isEmpty()) return;
        SemanticGraph sg = SemanticGraphs.of(graph);
        Map<Integer, List<Candidate>> heads = heads(graph, s.mentions());
        Set<String> seen = new HashSet<>();
        for (SyntaxPattern p : patterns) {
            SemgrexMatcher m = p.semgrex().matcher(sg);
            while (m.find()) {
                IndexedWord t = m.getNode(p.trigger());
                IndexedWord sn = m.getNode(p.subject());
                IndexedWord on = m.getNode(p.object());
                if (t == null || sn == null || on == null) continue;
                read(s, graph, sg, heads, p, t, sn, on, seen, out);
            }
        }
    }

    /** At most this many tokens inside an author-year citation bracket. */
    static final int CITATION_SPAN = 40;

    /**
     * The tokens the parser is given, less author-year citation brackets ("IL-6 (Lee et al., 2016), TNF-α and
     * IL-1β": RelationRules.citation on the bracket's text) that hold no mention: with them the parser breaks the
     * list at the bracket. Offsets of the tokens kept are unchanged.
     */
    List<Token> withoutCitations(List<Token> tokens) {
        List<Token> out = null;
        for (int i = 0; i < tokens.size(); i++) {
            if (!tokens.get(i).text().equals("(")) continue;
            int close = -1;
            for (int j = i + 1; j < tokens.size() && j <= i + CITATION_SPAN; j++) {
                String w = tokens.get(j).text();
                if (w.equals("(")) break;
                if (w.equals(")")) {
                    close = j;
                    break;
                }
            }
            if (close < 0) continue;
            StringBuilder inner = new StringBuilder();
            for (int j = i + 1; j < close; j++) inner.append(tokens.get(j).text()).append(' ');
            if (!rules.citation(inner.toString())) continue;
            if (out == null) out = new ArrayList<>(tokens);
            for (int j = i; j <= close; j++) out.set(j, null);
            i = close;
        }
        if (out == null) return tokens;
        out.removeIf(java.util.Objects::isNull);
        return out;
    }

    /** At most this many tokens between the commas that enclose a denied list item ("X, but not Y and Z, inhibits W"). */
    static final int DENIAL_SPAN = 10;

    /**
     * The tokens the parser is given: the two commas around a denied list item ("LPS, but not curcumin,
     * activated STAT3": a denial cue of relation-cues.tsv right after the first) are left out. With them the
     * parser takes the item for an apposition and the verb after it for an adjective, and the sentence has no
     * subject; without them the item is a conj with its cue, which {@link #deniedItem} leaves out. The
     * offsets of the tokens kept are unchanged, so mentions still find their words.
     */
    List<Token> withoutDenialCommas(List<Token> tokens) {
        List<Token> out = null;
        for (int i = 0; i + 1 < tokens.size(); i++) {
            if (!tokens.get(i).text().equals(",") || !deniedAfter(tokens, i + 1)) continue;
            int close = -1;
            for (int j = i + 2; j < tokens.size() && j <= i + DENIAL_SPAN; j++) {
                if (tokens.get(j).text().equals(",")) {
                    close = j;
                    break;
                }
            }
            if (close < 0) continue;
            if (out == null) out = new ArrayList<>(tokens);
            out.set(i, null);
            out.set(close, null);
            i = close;
        }
        if (out == null) return tokens;
        out.removeIf(java.util.Objects::isNull);
        return out;
    }

    /** Whether the words from token {@code from} on open with an English denial cue ("but not", "rather than"). */
    private boolean deniedAfter(List<Token> tokens, int from) {
        for (String cue : denial) {
            String[] words = cue.split(" ");
            if (from + words.length > tokens.size()) continue;
            boolean all = true;
            for (int k = 0; k < words.length && all; k++) all = tokens.get(from + k).text().equalsIgnoreCase(words[k]);
            if (all) return true;
        }
        return false;
    }

    /** One match: the trigger's families, the mentions at either end, the flags; emits the relations. */
    private void read(RelationPattern.Sentence s, DependencyGraph graph, SemanticGraph sg, Map<Integer, List<Candidate>> heads,
                      SyntaxPattern p, IndexedWord t, IndexedWord sn, IndexedWord on, Set<String> seen,
                      List<RelationExtractor.Found> out) {
        String text = s.text();
        int ts = t.beginPosition();
        int te = t.endPosition();
        String word = text.substring(ts, te);
        boolean inside = sn.index() == t.index(); // "LPS-induced": the subject is in the trigger's word
        boolean objectInside = !inside && on.index() == t.index(); // "(a TLR7-agonist)": the object is in the trigger's word
        if (inside || objectInside) {
            int h = word.lastIndexOf('-');
            if (h <= 0) return;
            ts += h + 1;
            word = text.substring(ts, te);
        }
        // a trigger inside a mention is part of a name, not a verb of the sentence
        // (an activity word the lexicon names as a process, "phosphorylation", is still the trigger of "the
        // phosphorylation of STAT3 by JAK2")
        if (!activityWordMention(s, ts, te, word)) for (Candidate c : s.mentions()) if (ts < c.end() && c.start() < te) return;
        List<String> families = new ArrayList<>();
        if (p.family().equals("*")) {
            families.addAll(families(word));
            // "derived from", "secreted by": the word with the preposition of one of its obliques
            if (families.isEmpty() && !inside) {
                for (SemanticGraphEdge e : sg.outgoingEdgeList(t)) {
                    if (!e.getRelation().toString().equals("obl")) continue;
                    for (SemanticGraphEdge c : sg.outgoingEdgeList(e.getDependent())) {
                        if (!c.getRelation().toString().equals("case")) continue;
                        for (String f : families(word + " " + c.getDependent().word())) if (!families.contains(f)) families.add(f);
                    }
                }
            }
        } else if (p.family().equals(WITH_OBJECT_CASE)) {
            // only the word with the object's own preposition: "X protected against Y", never "X increased in Y"
            if (inside || objectInside) return;
            for (SemanticGraphEdge c : sg.outgoingEdgeList(on)) {
                if (!c.getRelation().toString().equals("case")) continue;
                for (String f : families(word + " " + c.getDependent().word())) if (!families.contains(f)) families.add(f);
            }
        } else {
            families.add(p.family());
        }
        if (families.isEmpty()) return;
        // "X leads to reduced apoptosis", "X causes increased IL-6": a causative verb yields to the trigger that
        // modifies its object, which says what happens to it (the window rules' cause kind does the same);
        // "X reduced IL-6, increased SIRT1": the parser's second object with its own change word is that word's
        boolean own = !inside && !objectInside && ownTrigger(sg, on);
        String lemma = inside || objectInside ? word.toLowerCase(Locale.ROOT) : t.lemma();
        // the object yields its change word to a causative trigger only when it is the trigger's own dependent
        // ("X leads to reduced Y"), not the noun the trigger's participle modifies ("reversing Y caused by X": the
        // modifier "reversing" is another verb's, and X PROMOTES Y)
        boolean dependent = false;
        for (SemanticGraphEdge e : sg.incomingEdgeList(on)) dependent |= e.getGovernor().equals(t);
        if (own || !inside && !objectInside && dependent && causative(sg, word, on)) {
            for (SemanticGraphEdge e : sg.outgoingEdgeList(on)) {
                if (!e.getRelation().toString().equals("amod")) continue;
                List<String> change = families(e.getDependent().word());
                if (!change.isEmpty()) {
                    families = change;
                    if (own) {
                        ts = e.getDependent().beginPosition();
                        te = e.getDependent().endPosition();
                        lemma = t.lemma() + "+" + e.getDependent().lemma();
                    }
                    break;
                }
            }
        }
        End subj = inside ? insideMention(t, heads) : end(sg, sn, heads);
        // "curcumin-mediated inhibition of Y": the subject node is a word holding its mention before a modifier cue
        if (subj == null && !inside && modifierWord(sn.word())) subj = insideMention(sn, heads);
        End obj = objectInside ? insideMention(t, heads) : end(sg, on, heads);
        // "knockdown of X inhibits Y": the sentence speaks of X's loss, not of X
        if (subj == null || obj == null || subj.level().equals(RelationRules.LOSS)) return;
        // "reduced expression of X inhibited Y", "attenuated X activity blocked Y": a subject lowered by a change word
        // of its own speaks of X's loss too
        if (!inside && lowered(sg, sn)) return;
        boolean negated = negated(sg, t);
        boolean hedged = hedged(sg, t);
        String path = path(sg, sn, t, on, subj, obj, lemma);
        for (String family : families) {
            int n = 0;
            for (Candidate o : obj.mentions()) {
                String fam = AntiForms.VIA.equals(o.via()) ? "anti" : family;
                for (Candidate sc : subj.mentions()) {
                    if (sc == o) continue;
                    RelationRules.Decision d = rules.decide(fam, o.concept().type(), obj.level(), sc.concept().type());
                    if (d == null) continue;
                    Candidate from = d.reverse() ? o : sc;
                    Candidate to = d.reverse() ? sc : o;
                    if (!rules.allows(d.predicate(), from.concept().type(), to.concept().type())) continue;
                    String key = from.start() + ":" + d.predicate() + ":" + to.start();
                    if (!seen.add(key)) continue;
                    out.add(new RelationExtractor.Found(from, d.predicate(), to, negated, hedged, s.id(), ts, te,
                            "dep:" + p.id() + ":" + family, path));
                    n++;
                }
            }
            if (n > 0) return; // the first family that reads the pair wins, as for the trigger-word rules
        }
    }

    /**
     * Whether a subject node carries a participle that lowers it (amod "reduced", "attenuated", "decreased": a family
     * that gives INHIBITS on a process in relation-predicates.tsv), on itself or on the level or activity word it hangs on.
     */
    private boolean lowered(SemanticGraph sg, IndexedWord node) {
        List<IndexedWord> nodes = new ArrayList<>(List.of(node));
        SemanticGraphEdge up = sg.getIncomingEdgesSorted(node).stream().findFirst().orElse(null);
        if (up != null && (up.getRelation().toString().equals("compound") || up.getRelation().toString().equals("nmod"))) {
            String head = up.getGovernor().lemma();
            if (level.contains(head) || activity.contains(head)) nodes.add(up.getGovernor());
        }
        for (IndexedWord n : nodes) {
            for (SemanticGraphEdge e : sg.outgoingEdgeList(n)) {
                // a participle ("reduced", "attenuated"), not an adjective of kind ("anti-inflammatory IL-10 inhibits Y")
                if (!e.getRelation().toString().equals("amod") || !e.getDependent().word().toLowerCase(Locale.ROOT).endsWith("ed")) continue;
                for (String f : families(e.getDependent().word())) {
                    RelationRules.Decision d = rules.decide(f, org.bilex.core.EntityType.PROCESS, "*", org.bilex.core.EntityType.CHEMICAL);
                    if (d != null && d.predicate() == org.bilex.core.Predicate.INHIBITS) return true;
                }
            }
        }
        return false;
    }

    /** Whether a word ends in an English modifier cue ("X-mediated", "X-induced"): it holds its agent as a prefix. */
    private boolean modifierWord(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        for (String m : modifiers) if (w.endsWith(m) && w.length() > m.length()) return true;
        return false;
    }

    /** Whether the trigger word, alone or with the object's preposition ("led to"), is a causative trigger (kind cause). */
    private boolean causative(SemanticGraph sg, String word, IndexedWord object) {
        List<String> forms = new ArrayList<>(List.of(word));
        for (SemanticGraphEdge c : sg.outgoingEdgeList(object)) {
            if (c.getRelation().toString().equals("case")) forms.add(word + " " + c.getDependent().word());
        }
        for (String f : forms) {
            List<Token> one = List.of(new Token(0, f.length(), f, "", false));
            for (RelationRules.TriggerHit hit : rules.find(f, one)) {
                if (hit.start() != 0 || hit.end() != f.length()) continue;
                for (RelationRules.Trigger tr : hit.triggers()) if (tr.lang().equals("en") && tr.kind() == RelationRules.Kind.CAUSE) return true;
            }
        }
        return false;
    }

    /** The English trigger families of a word or words as written (relation-triggers.tsv), in table order. */
    private List<String> families(String word) {
        List<String> out = new ArrayList<>();
        List<Token> one = List.of(new Token(0, word.length(), word, "", false));
        for (RelationRules.TriggerHit hit : rules.find(word, one)) {
            if (hit.start() != 0 || hit.end() != word.length()) continue;
            for (RelationRules.Trigger tr : hit.triggers()) if (tr.lang().equals("en") && !out.contains(tr.family())) out.add(tr.family());
        }
        return out;
    }

    /** The mentions at one end of a match, and whether they are written as a level or activity. */
    private record End(List<Candidate> mentions, String level, String hop) {
    }

    private End insideMention(IndexedWord t, Map<Integer, List<Candidate>> heads) {
        List<Candidate> in = new ArrayList<>();
        for (Candidate c : heads.getOrDefault(t.index(), List.of())) {
            if (c.start() == t.beginPosition() && c.end() < t.endPosition()) in.add(c);
        }
        return in.isEmpty() ? null : new End(in, "*", "");
    }

    /**
     * The mentions a node stands for: its own mention, or the mention an apposition, a treatment noun
     * or a level word stands for; and the same for every item joined to it by conj ("IL-6 expression
     * and TNF-α secretion").
     */
    private End end(SemanticGraph sg, IndexedWord node, Map<Integer, List<Candidate>> heads) {
        End first = one(sg, node, heads);
        if (first == null) return null;
        Set<Candidate> out = new LinkedHashSet<>(first.mentions());
        for (IndexedWord c : conjuncts(sg, node)) {
            End e = one(sg, c, heads);
            if (e != null) out.addAll(e.mentions());
        }
        return new End(List.copyOf(out), first.level(), first.hop());
    }

    private End one(SemanticGraph sg, IndexedWord node, Map<Integer, List<Candidate>> heads) {
        String lvl = "*";
        boolean sized = false;
        boolean listed = false; // the node is the first member a class noun lists
        String hop = "";
        IndexedWord n = node;
        if (!heads.containsKey(n.index())) {
            // "Y, an X blocker": the apposition names the mention it stands beside
            SemanticGraphEdge up = sg.getIncomingEdgesSorted(n).stream().findFirst().orElse(null);
            if (up != null && up.getRelation().toString().equals("appos") && heads.containsKey(up.getGovernor().index())) {
                n = up.getGovernor();
                hop = "appos";
            }
        }
        if (!heads.containsKey(n.index()) && (agentNouns.contains(n.lemma()) || agentNouns.contains(n.word().toLowerCase(Locale.ROOT)))) {
            // "X treatment", "treatment with X": the treatment stands for what is given ("exposure to X": relation-cues.tsv)
            Set<String> extraCases = new HashSet<>(agentNounCases.getOrDefault(n.lemma(), Set.of()));
            extraCases.addAll(agentNounCases.getOrDefault(n.word().toLowerCase(Locale.ROOT), Set.of()));
            for (SemanticGraphEdge e : sg.outgoingEdgeList(n)) {
                IndexedWord d = e.getDependent();
                String r = e.getRelation().toString();
                // "KIRC treatment": a disease is what is treated, never the agent the treatment stands for
                // "the cisplatin-induced overexpression of iNOS": a mention that is only the prefix of a modifier word
                // is that word's agent, not what the treatment noun stands for
                boolean agent = heads.containsKey(d.index()) && !whole(d, heads).isEmpty()
                        && heads.get(d.index()).stream().anyMatch(c -> c.concept().type() != org.bilex.core.EntityType.DISEASE);
                boolean bare = bareAgentNouns.contains(n.lemma()) || bareAgentNouns.contains(n.word().toLowerCase(Locale.ROOT));
                if (agent && (bare && (r.equals("compound") || r.equals("amod"))
                        || r.equals("nmod") && (bare && (hasCase(sg, d, "with") || hasCase(sg, d, "of"))
                        || extraCases.stream().anyMatch(c -> hasCase(sg, d, c))))) {
                    n = d;
                    hop = r;
                    break;
                }
            }
        }
        if (!heads.containsKey(n.index())) {
            SemanticGraphEdge member = member(sg, n, heads);
            if (member != null) {
                n = member.getDependent();
                hop = member.getRelation().toString();
                listed = true;
            }
        }
        // "reduced AKT phosphorylation", "the activation of NF-κB": an activity word that the lexicon names as a process of
        // its own ("protein phosphorylation") stands for the mention it governs, as an activity word with no mention does
        boolean activityMention = heads.containsKey(n.index()) && activityMention(sg, n, heads);
        if (!heads.containsKey(n.index()) || activityMention) {
            String lemma = n.lemma();
            if (level.contains(lemma) || level.contains(n.word().toLowerCase(Locale.ROOT))) lvl = "level";
            else if (activity.contains(lemma) || activity.contains(n.word().toLowerCase(Locale.ROOT))) lvl = "activity";
            // a loss word that is a trigger itself ("inhibition") is read by the patterns as one ("X-mediated inhibition of Y")
            else if ((loss.contains(lemma) || loss.contains(n.word().toLowerCase(Locale.ROOT))) && families(n.word()).isEmpty()) lvl = RelationRules.LOSS;
            else if (!heads.containsKey(n.index()) && (measure.contains(lemma) || measure.contains(n.word().toLowerCase(Locale.ROOT)))) sized = true;
            else return null;
            IndexedWord found = null;
            for (SemanticGraphEdge e : sg.outgoingEdgeList(n)) {
                String r = e.getRelation().toString();
                IndexedWord d = e.getDependent();
                boolean governed = r.equals("compound") || r.equals("nmod") && hasCase(sg, d, "of");
                // "the release of inflammatory cytokines (IL-1β, IL-6)": the level of the class noun's members
                if (!heads.containsKey(d.index()) && !sized && governed) {
                    SemanticGraphEdge member = member(sg, d, heads);
                    if (member != null) {
                        d = member.getDependent();
                        listed = true;
                    }
                }
                if (!heads.containsKey(d.index())) continue;
                // "a decrease in tumor weight": a word of size stands for the disease it measures, nothing else
                if (sized && heads.get(d.index()).stream().noneMatch(c -> c.concept().type() == org.bilex.core.EntityType.DISEASE)) continue;
                if (governed) {
                    found = d;
                    hop = r;
                    break;
                }
            }
            if (found == null) return null;
            n = found;
        }
        Set<Candidate> out = new LinkedHashSet<>(whole(n, heads));
        for (IndexedWord c : conjuncts(sg, n)) out.addAll(whole(c, heads));
        // "proteins (Claudin-1, ZO-1)": the parser hangs the next members of a bracketed list on the first (dep or appos)
        if (listed) {
            for (SemanticGraphEdge e : sg.outgoingEdgeList(n)) {
                String r = e.getRelation().toString();
                if ((r.equals("dep") || r.equals("appos")) && heads.containsKey(e.getDependent().index())) out.addAll(whole(e.getDependent(), heads));
            }
        }
        return out.isEmpty() ? null : new End(List.copyOf(out), lvl, hop);
    }

    /**
     * The edge to the first member a plural class noun lists ("cytokines such as IL-6 and TNF-α", "growth factors (EGF
     * and PDGF)", "inflammatory cytokines, IL-6 and IL-8"): an apposition, a bracketed dep, or "such as"/"including";
     * null for a singular head ("the absence of one cell type, the X cells" is no list of members) or no member.
     */
    private static SemanticGraphEdge member(SemanticGraph sg, IndexedWord n, Map<Integer, List<Candidate>> heads) {
        if (!plural(n)) return null;
        for (SemanticGraphEdge e : sg.outgoingEdgeList(n)) {
            String r = e.getRelation().toString();
            IndexedWord d = e.getDependent();
            if (!heads.containsKey(d.index())) continue;
            IndexedWord before = sg.getNodeByIndexSafe(d.index() - 1);
            boolean bracketed = before != null && (before.word().equals("(") || before.word().equals("[") || before.word().equals("-LRB-"));
            if (r.equals("appos") || r.equals("dep") && bracketed
                    || r.equals("nmod") && (hasCase(sg, d, "such") || hasCase(sg, d, "including"))) return e;
        }
        return null;
    }

    /**
     * Whether a noun is plural: tagged NNS, or tagged NN with a plural ending the tagger missed ("tight junction proteins
     * (Claudin-1, ZO-1)" tagged NN); not "-ss", "-us", "-is" ("stress", "virus", "analysis").
     */
    private static boolean plural(IndexedWord n) {
        if (n.tag() == null) return false;
        if (n.tag().startsWith("NNS")) return true;
        String w = n.word();
        return n.tag().equals("NN") && w.length() > 3 && w.endsWith("s") && w.chars().allMatch(Character::isLowerCase)
                && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is");
    }

    /**
     * Whether the node's mentions are its one word, an activity or level cue (relation-cues.tsv activity: "phosphorylation",
     * "activation"; level: "transcription of"), and the node governs another mention by compound or "of" ("AKT phosphorylation",
     * "phosphorylation of STAT3").
     */
    private boolean activityMention(SemanticGraph sg, IndexedWord n, Map<Integer, List<Candidate>> heads) {
        String w = n.word().toLowerCase(Locale.ROOT);
        // a level word too ("activates the transcription of VEGF": VEGF at level, no process "transcription")
        if (!activity.contains(w) && !activity.contains(n.lemma()) && !level.contains(w) && !level.contains(n.lemma())) return false;
        for (Candidate c : heads.get(n.index())) {
            if (c.start() != n.beginPosition() || c.end() != n.endPosition()) return false;
        }
        for (SemanticGraphEdge e : sg.outgoingEdgeList(n)) {
            String r = e.getRelation().toString();
            IndexedWord d = e.getDependent();
            if (heads.containsKey(d.index()) && (r.equals("compound") || r.equals("nmod") && hasCase(sg, d, "of"))) return true;
        }
        return false;
    }

    /** The mentions a word stands for as a whole: not a prefix of a longer word ("LPS" of "LPS-induced"). */
    private static List<Candidate> whole(IndexedWord w, Map<Integer, List<Candidate>> heads) {
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : heads.getOrDefault(w.index(), List.of())) {
            if (c.start() <= w.beginPosition() && c.end() >= w.endPosition() || c.end() > w.endPosition() || c.start() < w.beginPosition()) out.add(c);
        }
        return out;
    }

    /**
     * The items joined to a node by conj, transitively (basic UD hangs them all on the first); an item
     * the sentence denies ("X but not Y inhibits Z": a negation cue as its cc or advmod) is left out.
     */
    private List<IndexedWord> conjuncts(SemanticGraph sg, IndexedWord n) {
        List<IndexedWord> out = new ArrayList<>();
        java.util.ArrayDeque<IndexedWord> todo = new java.util.ArrayDeque<>(List.of(n));
        while (!todo.isEmpty()) {
            IndexedWord x = todo.pop();
            // "A, B, C, and D" parsed as B and C in apposition to A and D its conjunct: in a list that has a
            // conjunct, an apposition of an item is one more item
            boolean list = sg.outgoingEdgeList(x).stream().anyMatch(e -> e.getRelation().toString().equals("conj"));
            // "reduced IL-6, activated SIRT1 and TNF-α": the items from one with a change word of its own on belong to that word
            int cut = Integer.MAX_VALUE;
            for (SemanticGraphEdge e : sg.outgoingEdgeList(x)) {
                if (e.getRelation().toString().equals("conj") && ownTrigger(sg, e.getDependent())) cut = Math.min(cut, e.getDependent().index());
            }
            for (SemanticGraphEdge e : sg.outgoingEdgeList(x)) {
                if (e.getDependent().index() >= cut) continue;
                String r = e.getRelation().toString();
                if ((r.equals("conj") || list && r.equals("appos")) && !out.contains(e.getDependent()) && !deniedItem(sg, e.getDependent())) {
                    out.add(e.getDependent());
                    todo.push(e.getDependent());
                }
            }
        }
        return out;
    }

    /**
     * Whether a list item carries a trigger word of its own as amod ("X increased viability, inhibited apoptosis": the
     * parser's "inhibited apoptosis" is a verb with its object, not an item of the first verb's list).
     */
    private boolean ownTrigger(SemanticGraph sg, IndexedWord item) {
        for (SemanticGraphEdge e : sg.outgoingEdgeList(item)) {
            IndexedWord d = e.getDependent();
            if (!e.getRelation().toString().equals("amod") || families(d.word()).isEmpty()) continue;
            // the change word opens a new item of a list of verb phrases: after a comma or a coordination word
            IndexedWord before = sg.getNodeByIndexSafe(d.index() - 1);
            if (before != null && (before.word().equals(",") || coord.contains(before.word().toLowerCase(Locale.ROOT)))) return true;
        }
        return false;
    }

    /** Whether a list item carries a negation cue of its own as cc or advmod ("but not Y", "not Y"), or a denial cue's first word as cc ("rather than Y"). */
    private boolean deniedItem(SemanticGraph sg, IndexedWord item) {
        for (SemanticGraphEdge e : sg.outgoingEdgeList(item)) {
            String r = e.getRelation().toString();
            String w = e.getDependent().word().toLowerCase(Locale.ROOT);
            if ((r.equals("cc") || r.equals("advmod") || r.equals("neg")) && negation.contains(w)) return true;
            // "X, rather than Y, …": the cc "rather" and the word after it ("than", fixed to it) make a denial cue
            if (r.equals("cc")) {
                IndexedWord next = sg.getNodeByIndexSafe(e.getDependent().index() + 1);
                if (next != null && denial.contains(w + " " + next.word().toLowerCase(Locale.ROOT))) return true;
            }
        }
        return false;
    }

    private static boolean hasCase(SemanticGraph sg, IndexedWord n, String word) {
        for (SemanticGraphEdge e : sg.outgoingEdgeList(n)) {
            if (e.getRelation().toString().equals("case") && e.getDependent().word().equalsIgnoreCase(word)) return true;
        }
        return false;
    }

    /** Negated: a negation word (advmod/neg/det) on the trigger, or a negating governor ("failed to inhibit"). */
    private boolean negated(SemanticGraph sg, IndexedWord t) {
        IndexedWord n = t;
        for (int hops = 0; n != null && hops < 3; hops++) {
            for (SemanticGraphEdge e : sg.outgoingEdgeList(n)) {
                String r = e.getRelation().toString();
                if ((r.equals("advmod") || r.equals("neg") || r.equals("det") || r.equals("cc:preconj"))
                        && negation.contains(e.getDependent().word().toLowerCase(Locale.ROOT))) return true;
            }
            if (hops > 0 && negation.contains(n.word().toLowerCase(Locale.ROOT))) return true;
            if (hops > 0 && negation.contains(n.lemma())) return true;
            SemanticGraphEdge up = sg.getIncomingEdgesSorted(n).stream().findFirst().orElse(null);
            if (up == null) break;
            String ur = up.getRelation().toString();
            // "X was not shown to inhibit Y" (control), and "X did not cause an increase in Y": a noun trigger that is
            // its verb's object is denied with the verb
            boolean nounObject = n.tag() != null && n.tag().startsWith("NN") && (ur.equals("obj") || ur.equals("obl"));
            if (!ur.equals("xcomp") && !nounObject) break;
            n = up.getGovernor();
        }
        return false;
    }

    /** Hedged: a hedge word on the trigger or a governor (aux "may", advmod "possibly"), or a hedging governor ("suggest"). */
    private boolean hedged(SemanticGraph sg, IndexedWord t) {
        IndexedWord n = t;
        for (int hops = 0; n != null && hops < 4; hops++) {
            if (hops > 0 && (hedge.contains(n.lemma()) || hedge.contains(n.word().toLowerCase(Locale.ROOT)))) return true;
            for (SemanticGraphEdge e : sg.outgoingEdgeList(n)) {
                String r = e.getRelation().toString();
                // "may inhibit", "possibly inhibits", and "(examined) whether X inhibits Y": the mark of a clause asked about
                if ((r.equals("aux") || r.equals("advmod") || r.equals("amod") || r.equals("mark"))
                        && hedge.contains(e.getDependent().word().toLowerCase(Locale.ROOT))) return true;
            }
            SemanticGraphEdge up = sg.getIncomingEdgesSorted(n).stream().findFirst().orElse(null);
            if (up == null) break;
            n = up.getGovernor();
        }
        return false;
    }

    /** The dependency path as a short string: labels up from the subject, the trigger's lemma, labels down to the object. */
    private static String path(SemanticGraph sg, IndexedWord s, IndexedWord t, IndexedWord o, End subj, End obj, String lemma) {
        StringBuilder b = new StringBuilder();
        b.append(s.index() == t.index() ? "prefix" : labels(sg, t, s));
        if (!subj.hop().isEmpty()) b.append('>').append(subj.hop());
        b.append('<').append(lemma).append('>');
        b.append(labels(sg, t, o));
        if (!obj.hop().isEmpty()) b.append('>').append(obj.hop());
        return b.toString();
    }

    private static String labels(SemanticGraph sg, IndexedWord from, IndexedWord to) {
        List<SemanticGraphEdge> edges = sg.getShortestUndirectedPathEdges(from, to);
        if (edges == null) return "?";
        List<String> l = new ArrayList<>();
        for (SemanticGraphEdge e : edges) l.add(e.getRelation().toString());
        return String.join("/", l);
    }

    /**
     * The mentions of each word: a mention's head word is the word of its span whose head is outside
     * the span (the last such); a mention inside one word ("LPS" in "LPS-induced") belongs to that word.
     */
    static Map<Integer, List<Candidate>> heads(DependencyGraph g, List<Candidate> mentions) {
        Map<Integer, List<Candidate>> out = new HashMap<>();
        for (Candidate c : mentions) {
            int head = -1;
            for (DependencyGraph.Word w : g.words()) {
                if (w.end() <= c.start() || w.start() >= c.end()) continue;
                if (w.start() <= c.start() && w.end() >= c.end()) {
                    // inside one word: only a prefix ("LPS" of "LPS-induced"), not "CD47" of "anti-CD47"
                    if (w.start() == c.start()) head = w.index();
                    break;
                }
                int h = w.head();
                boolean outside = h == 0 || g.words().get(h - 1).end() <= c.start() || g.words().get(h - 1).start() >= c.end();
                if (outside) head = w.index();
            }
            if (head > 0) out.computeIfAbsent(head, k -> new ArrayList<>()).add(c);
        }
        return out;
    }
}
