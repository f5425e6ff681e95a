package org.bilex.extract;

import org.bilex.core.EntityType;
import org.bilex.core.Predicate;
import org.bilex.lexicon.Lexicon;
import org.bilex.nlp.Sentence;
import org.bilex.nlp.Token;
import org.bilex.core.Chars;
import org.bilex.core.MappedText;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The relation stage. Per sentence it groups the entity mentions into lists ("A、B和C",
 * "A, B and C"), finds trigger words, and for each trigger takes its object (the first list
 * after it, walking "X的Y"/"X中Y" to the head; for passive clauses the list before "由/被/by")
 * and its subject (the nearest list before it that is not the object of another trigger nor
 * the means after 通过/via; else the subject of the previous sentence when this one opens with
 * a pronoun or has none). The predicate comes from the trigger's family and the object's type
 * (relation-predicates.tsv); negation and hedging cues in the clause set the flags. Vesicles
 * named by their source give DERIVED_FROM; "X的Y" with a vesicle X and a molecule Y gives
 * CARRIES. Thread-safe.
 */
public final class RelationExtractor {

    /** A gene or molecule symbol as Chinese text writes it inside a list: a Latin letter, then letters, digits, Greek letters, hyphens. */
    private static final java.util.regex.Pattern UNNAMED_SYMBOL = java.util.regex.Pattern.compile("[A-Za-z][A-Za-z0-9α-ω\\-/]{0,11}");
    /**
     * Where a name goes on between a list and a modifier cue (RelationExtractor.SentenceRun.modifier): its short form
     * in brackets ("streptozotocin (STZ)-induced").
     */
    private static final java.util.regex.Pattern NAME_GOES_ON = java.util.regex.Pattern.compile("[(（][^()（）\\s]{1,15}[)）]");
    private static final Set<EntityType> MOLECULES = EnumSet.of(EntityType.CYTOKINE, EntityType.GROWTH_FACTOR,
            EntityType.PROTEIN, EntityType.MARKER, EntityType.MIRNA, EntityType.CHEMICAL);
    private static final String SEPARATORS = ",;:。!?";
    /** The trigger family (relation-triggers.tsv) a verb of gain reads as when its object falls (cue kind fall). */
    private static final String FALL_FAMILY = "decrease";
    /** The trigger family a verb of gain reads as when its object rises (cue kind rise), and a verb of loss when it falls. */
    private static final String RISE_FAMILY = "increase";
    /** The trigger family a verb reads as on what its object is shielded from (cue kind shield: "保护细胞免受凋亡"). */
    private static final String SHIELD_FAMILY = "inhibit";
    /** A coordination word, then a code-like name ("和LDN193189") with no entity on it, at the end of a bracketed list. */
    private static final java.util.regex.Pattern UNKNOWN_CODE = java.util.regex.Pattern.compile("\\s*(\\S{1,3}?)\\s*[A-Za-z][A-Za-z]*[0-9][A-Za-z0-9-]*");
    /** What an enumeration's clause may hold besides its list and coordination words: spaces, brackets, digits, commas. */
    private static final java.util.regex.Pattern NOT_WORDS = java.util.regex.Pattern.compile("[\\s()\\[\\]0-9,.-]");
    /** Digits, decimal points and spaces before the unit of a treatment's time ("24 h后", "6小时后"). */
    private static final java.util.regex.Pattern TIME_NUMBER = java.util.regex.Pattern.compile("^[0-9.\\s]*");
    /** A vesicle's canonical name as {@link VesicleComposer} makes it: its source, then the vesicle ("MSC-derived exosome"). */
    private static final java.util.regex.Pattern DERIVED_NAME = java.util.regex.Pattern.compile(
            "(.+)" + java.util.regex.Pattern.quote(VesicleComposer.DERIVED) + ".+");

    private final RelationRules rules;
    /** The gap after a list item with a suspended hyphen, before the next item: "LPS- and ", "IL-1β-, ", "IL-6-, or " (cue kind suspendjoin). */
    private final java.util.regex.Pattern suspendedHyphenGap;
    /** A suspended hyphen after a list item: "LPS- and TNF-α-induced", "IL-1β-, IL-6- or TNF-α-mediated". */
    private final java.util.regex.Pattern suspendedHyphen;
    private final List<RelationPattern> patterns;
    /** The fall cues and the Chinese lossof cues, longest first: what may follow "X的" when X's loss is the subject. */
    private final List<String> subjectFallCues;

    public RelationExtractor(RelationRules rules) {
        this(rules, List.of());
    }

    /** @param patterns further patterns, run on every sentence after the trigger words, in order */
    public RelationExtractor(RelationRules rules, List<RelationPattern> patterns) {
        this.rules = rules;
        this.patterns = List.copyOf(patterns);
        List<String> cues = new ArrayList<>(rules.cues("fall"));
        for (String c : rules.cues("lossof")) if (Chars.hasHan(c)) cues.add(c); // "IL-10的缺乏", "STAT3的抑制剂"
        cues.sort(Comparator.comparingInt(String::length).reversed()); // longest first
        this.subjectFallCues = List.copyOf(cues);
        String join = alternatives(rules.cues("suspendjoin"));
        this.suspendedHyphenGap = java.util.regex.Pattern.compile("-\\s*(,\\s*((?:" + join + ")\\s+)?|(?:" + join + ")\\s+)");
        this.suspendedHyphen = java.util.regex.Pattern.compile("-\\s*(,|(?:" + join + ")\\b)");
    }

    /** The words as one regex alternation, each quoted, in the given order; a never-matching one when there are none. */
    private static String alternatives(List<String> words) {
        if (words.isEmpty()) return "(?!)";
        StringBuilder b = new StringBuilder();
        for (String w : words) b.append(b.length() == 0 ? "" : "|").append(java.util.regex.Pattern.quote(w));
        return b.toString();
    }

    /** The relation stage of the manifest: the relation rules and every {@link RelationPattern} listed before it. */
    public static RelationExtractor load(org.bilex.core.ComponentContext ctx) {
        return new RelationExtractor(ctx.require(RelationRules.class), ctx.all(RelationPattern.class));
    }

    /**
     * A list of coordinated mentions at [start, end) of the sentence; or, for a subject carried
     * over from the sentence before, at no position of this sentence (start = end = -1, see
     * {@link #carried()}): such a group is never read at its position.
     */
    record Group(List<Candidate> items, int start, int end) {

        static Group carried(List<Candidate> items) {
            return new Group(items, -1, -1);
        }

        /** A subject of an earlier sentence: it has no position (and no text around it) in this one. */
        boolean carried() {
            return start < 0;
        }
    }

    /**
     * A relation found in one sentence, before entities are numbered; {@code pattern} names the
     * rule or pattern that read it (kept in the evidence, so a curator can see why).
     */
    record Found(Candidate subject, Predicate predicate, Candidate object, boolean negated, boolean hedged,
                         int sentence, int triggerStart, int triggerEnd, String pattern, String path) {

        /** A relation read without syntax: no dependency path. */
        Found(Candidate subject, Predicate predicate, Candidate object, boolean negated, boolean hedged,
              int sentence, int triggerStart, int triggerEnd, String pattern) {
            this(subject, predicate, object, negated, hedged, sentence, triggerStart, triggerEnd, pattern, "");
        }

        /** A relation read by a pattern that does not name itself (named after its class by the stage). */
        Found(Candidate subject, Predicate predicate, Candidate object, boolean negated, boolean hedged,
              int sentence, int triggerStart, int triggerEnd) {
            this(subject, predicate, object, negated, hedged, sentence, triggerStart, triggerEnd, null, "");
        }

        Found named(String name) {
            return pattern != null ? this : new Found(subject, predicate, object, negated, hedged, sentence, triggerStart, triggerEnd, name, path);
        }
    }

    /** What makes one relation: its subject and object entity ids, its predicate and flags. */
    private record Key(String subject, Predicate predicate, String object, boolean negated, boolean hedged) {
    }

    public List<Relation> extract(EntityResult entities) {
        Map<String, String> ids = new HashMap<>();
        for (Entity e : entities.entities()) ids.put(e.type() + "\t" + Lexicon.looseKey(e.canonical()), e.id());
        List<Found> found = new ArrayList<>();
        Map<Integer, SentenceMentions> byId = new HashMap<>();
        // the document's entities as concepts, read once: the cells and tissues by canonical name (sources of
        // vesicles), all by canonical name and written form (named agents), all by loose canonical key (class names)
        Map<String, org.bilex.lexicon.Concept> sources = new HashMap<>();
        Map<String, org.bilex.lexicon.Concept> namedForms = new HashMap<>();
        Map<String, org.bilex.lexicon.Concept> byLooseName = new HashMap<>();
        for (Entity e : entities.entities()) {
            org.bilex.lexicon.Concept c = new org.bilex.lexicon.Concept(e.type(), e.canonical(), e.xref());
            String lower = e.canonical().toLowerCase(Locale.ROOT);
            if (e.type() == EntityType.CELL || e.type() == EntityType.TISSUE) sources.putIfAbsent(lower, c);
            namedForms.putIfAbsent(lower, c);
            for (String f : e.forms()) namedForms.putIfAbsent(f.toLowerCase(Locale.ROOT), c);
            byLooseName.putIfAbsent(Lexicon.looseKey(e.canonical()), c);
        }
        Group carried = null;
        for (SentenceMentions sm : entities.sentences()) {
            byId.put(sm.sentence().sentence().id(), sm);
            SentenceRun run = new SentenceRun(sm, carried, sources, namedForms);
            run.extract(found);
            carried = run.subjectForNext();
        }
        classNames(entities, byLooseName, found);
        found = SyntaxFirst.merge(found, RelationExtractor::key);
        // one relation per (subject, predicate, object, negated, hedged), evidence in order
        Map<Key, List<Found>> grouped = new LinkedHashMap<>();
        java.util.Set<String> noEnd = new java.util.HashSet<>();
        for (String c : rules.cues(CueKind.NOEND)) noEnd.add(c.toLowerCase(Locale.ROOT));
        for (Found f : found) {
            String s = ids.get(key(f.subject()));
            String o = ids.get(key(f.object()));
            if (s == null || o == null || s.equals(o)) continue;
            if (!allowed(f)) continue;
            if (!noEnd.isEmpty() && (noEnd(byId.get(f.sentence()), f.subject(), noEnd) || noEnd(byId.get(f.sentence()), f.object(), noEnd))) continue;
            grouped.computeIfAbsent(new Key(s, f.predicate(), o, f.negated(), f.hedged()), k -> new ArrayList<>()).add(f);
        }
        List<Relation> out = new ArrayList<>();
        int n = 0;
        for (Map.Entry<Key, List<Found>> e : grouped.entrySet()) {
            Key k = e.getKey();
            List<Evidence> evidence = new ArrayList<>();
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (Found f : e.getValue()) {
                if (!seen.add(f.sentence() + ":" + f.triggerStart())) continue;
                Sentence s = byId.get(f.sentence()).sentence().sentence();
                MappedText m = s.match();
                int st = m.sourceStart(f.triggerStart());
                int en = m.sourceEnd(f.triggerEnd());
                evidence.add(new Evidence(s.id(), s.page(), s.text().substring(st, en), f.pattern(), f.path(), st, en, s.citations()));
            }
            out.add(new Relation("R" + (++n), k.subject(), k.predicate(), k.object(), k.negated(), k.hedged(), evidence));
        }
        return out;
    }

    /** Whether the mention is written as a cue of kind noend ("mutations", "基因突变"): no relation end of its own. */
    private static boolean noEnd(SentenceMentions sm, Candidate c, java.util.Set<String> noEnd) {
        if (sm == null) return false;
        String text = sm.sentence().text();
        if (c.start() < 0 || c.end() > text.length() || c.start() >= c.end()) return false;
        return noEnd.contains(text.substring(c.start(), c.end()).strip().toLowerCase(Locale.ROOT));
    }

    /**
     * A drug named right after its class ("p38MAPK抑制剂SB203580", "mTOR抑制剂雷帕霉素": the class a drug class named by
     * its target and a word of blocking, cue kind anticlass, the English word its canonical name ends with) or after
     * "Y的…阻断剂" (a Chinese anticlass word) inhibits that target, where the document names it as an entity of its own
     * (devcorpus adjudication: class names "X inhibitor/antagonist" keep the anti-X reading). The class itself
     * ("MyD88抑制剂" INHIBITS MyD88) is the named-agent family's (relation-triggers.tsv kind name), not read here again.
     * The predicate is the inhibit family's for the target's type (relation-predicates.tsv).
     */
    private void classNames(EntityResult entities, Map<String, org.bilex.lexicon.Concept> named, List<Found> found) {
        List<String> words = rules.cues("anticlass");
        if (words.isEmpty()) return;
        for (SentenceMentions sm : entities.sentences()) {
            int id = sm.sentence().sentence().id();
            String text = sm.sentence().text();
            List<Candidate> ms = new ArrayList<>(sm.mentions());
            ms.sort(Comparator.comparingInt(Candidate::start));
            for (int i = 0; i < ms.size(); i++) {
                Candidate c = ms.get(i);
                if (c.concept().type() != EntityType.CHEMICAL) continue;
                Candidate next = i + 1 < ms.size() ? ms.get(i + 1) : null;
                // "p38MAPK抑制剂SB203580", "mTOR抑制剂雷帕霉素": a drug named right after its class is that class's member
                if (next != null && (next.concept().type() != EntityType.CHEMICAL || next.start() < c.end()
                        || !text.substring(c.end(), next.start()).isBlank() || classTarget(next, words, named) != null)) next = null;
                org.bilex.lexicon.Concept target = classTarget(c, words, named);
                Candidate agent = c;
                if (target == null && i > 0) {
                    // "p38MAPK信号途径的特异性阻断剂SB203580": the target, 的, a few modifiers and a class word before the drug
                    Candidate prev = ms.get(i - 1);
                    if (prev.end() <= c.start() && prev.concept().type() != EntityType.CHEMICAL
                            && classWordBetween(text.substring(prev.end(), c.start()), words)) {
                        target = prev.concept();
                    }
                } else if (target != null && next != null) {
                    agent = next; // the named drug, not its class, is the agent
                } else if (target != null) {
                    continue; // the class alone: the named-agent family reads it from the class's written name
                }
                if (target == null || target.type() == EntityType.CHEMICAL) continue;
                RelationRules.Decision d = rules.decide("inhibit", target.type(), "*", EntityType.CHEMICAL);
                if (d == null || d.predicate() == null || d.reverse()) continue;
                Candidate to = new Candidate(c.start(), c.end(), target, c.priority(), c.via());
                found.add(new Found(agent, d.predicate(), to, false, false, id, c.start(), agent.end(), "class-name"));
            }
        }
    }

    /** The named target of a drug class whose canonical name ends with an English anticlass word ("MyD88 inhibitor"), else null. */
    private static org.bilex.lexicon.Concept classTarget(Candidate c, List<String> words, Map<String, org.bilex.lexicon.Concept> named) {
        String canonical = c.concept().canonical();
        String lower = canonical.toLowerCase(Locale.ROOT);
        for (String w : words) {
            if (Chars.hasHan(w)) continue;
            String suffix = " " + w.toLowerCase(Locale.ROOT);
            if (!lower.endsWith(suffix) || lower.length() == suffix.length()) continue;
            return named.get(Lexicon.looseKey(canonical.substring(0, canonical.length() - suffix.length())));
        }
        return null;
    }

    /**
     * Whether the text between a target and a drug is 的, at most six modifier characters (Han only) and a Chinese
     * anticlass word ("的特异性阻断剂", "的抑制剂").
     */
    private static boolean classWordBetween(String between, List<String> words) {
        String b = between.strip();
        if (!b.startsWith("的")) return false;
        b = b.substring(1);
        for (String w : words) {
            if (!Chars.hasHan(w) || !b.endsWith(w)) continue;
            String mod = b.substring(0, b.length() - w.length());
            if (mod.length() > 6) continue;
            boolean han = true;
            for (int k = 0; k < mod.length(); k++) if (!Chars.isHan(mod.charAt(k))) han = false;
            if (han) return true;
        }
        return false;
    }

    /**
     * Whether the guide lets the relation stand: the constraint table allows its end types
     * (relation-constraints.tsv), and neither end is a bare number ("778 women carrying BRCA1").
     */
    private boolean allowed(Found f) {
        if (!named(f.subject()) || !named(f.object())) return false;
        return rules.allows(f.predicate(), f.subject().concept().type(), f.object().concept().type());
    }

    private static boolean named(Candidate c) {
        return c.concept().canonical().codePoints().anyMatch(Character::isLetter);
    }

    private static String key(Candidate c) {
        return c.concept().type() + "\t" + Lexicon.looseKey(c.concept().canonical());
    }

    /** The work on one sentence. */
    private final class SentenceRun {
        final int id;
        final String text;
        final String lower;
        final List<Token> tokens;
        final List<Candidate> mentions;
        /** Every mention of the sentence, nested ones too ("CD20" inside "anti-CD20 antibody"). */
        final List<Candidate> allMentions;
        final List<Group> groups;
        final List<RelationRules.TriggerHit> triggers;
        /** Every trigger hit outside a mention, before verbsOnly: an alternative's partner may stand as an adjective ("呈上调或下调的特性"). */
        final List<RelationRules.TriggerHit> allHits;
        final Group previousSubject;
        final Set<Group> claimed = Collections.newSetFromMap(new IdentityHashMap<>());
        /** The answer of {@link #undergoneTopic} when the clause's topic is nothing an entity names. */
        final Group NO_TOPIC = new Group(List.of(), -1, -1);
        /** Starts of the triggers whose subject is a loss a condition clause names ("抑制X可减少Y": 减少): no subject. */
        final Set<Integer> afterLossCondition = new java.util.HashSet<>();
        /** Heads of Chinese relative clauses ("分泌IL-6的巨噬细胞"): the subject of the clause's own verb after them. */
        final Set<Group> relativeHeads = Collections.newSetFromMap(new IdentityHashMap<>());
        Group firstSubject;
        /**
         * Chinese lists whose own rise or fall is written after them with no agent ("S100A9表达上调，"): taken as that
         * change word's object, they stay the topic that a later clause with no subject of its own acts from
         * ("…，并通过激活RAGE促进肿瘤进展": S100A9 ACTIVATES RAGE).
         */
        final Set<Group> stateLists = Collections.newSetFromMap(new IdentityHashMap<>());
        /**
         * Chinese lists whose own rise or fall a clause states with no agent, whatever its direction ("各型胶原较模型组显著
         * 下降，", "cIAP1表达下调，"): such a clause is a result, and {@link #topic} does not reach past it.
         */
        final Set<Group> stateObjects = Collections.newSetFromMap(new IdentityHashMap<>());
        /** Starts of the Chinese clauses whose change of a list written before it has a subject ("X能促使活性氧增加"). */
        final Set<Integer> causedChanges = new java.util.HashSet<>();
        /** Whether the subject being looked for may be a state list (a verb with its object after it, not a change word). */
        boolean stateTopic;
        final int[] depth;
        /** English clause breaks that are words (cue kind subordinator): the space before "while", "whereas". */
        final boolean[] wordBreak;
        final boolean chinese;
        final Map<Integer, Group> clauseSubjects = new HashMap<>();
        /** Whether the trigger at work may take a process or a disease as its subject (RelationRules#eventSubjects). */
        boolean events;

        final Map<String, org.bilex.lexicon.Concept> documentConcepts;
        /** The document's entities by each written form and canonical name, lower case. */
        final Map<String, org.bilex.lexicon.Concept> namedForms;

        SentenceRun(SentenceMentions sm, Group previousSubject, Map<String, org.bilex.lexicon.Concept> documentConcepts,
                    Map<String, org.bilex.lexicon.Concept> namedForms) {
            this.documentConcepts = documentConcepts;
            this.namedForms = namedForms;
            this.id = sm.sentence().sentence().id();
            this.text = sm.sentence().text();
            this.lower = text.toLowerCase(Locale.ROOT);
            this.tokens = sm.sentence().tokens();
            this.previousSubject = previousSubject;
            this.chinese = Chars.hasHan(text);
            this.depth = new int[text.length()];
            // only brackets that close count: "[2-5,在小鼠…" (a lost "]") must not hide the clause breaks after it
            boolean[] closes = new boolean[text.length()];
            java.util.ArrayDeque<Integer> open = new java.util.ArrayDeque<>();
            for (int i = 0; i < text.length(); i++) {
                char ch = text.charAt(i);
                if (ch == '(' || ch == '[') open.push(i);
                else if ((ch == ')' || ch == ']') && !open.isEmpty()) closes[open.pop()] = true;
            }
            int d = 0;
            for (int i = 0; i < text.length(); i++) {
                char ch = text.charAt(i);
                if ((ch == '(' || ch == '[') && closes[i]) d++;
                depth[i] = d;
                if ((ch == ')' || ch == ']') && d > 0) d--;
            }
            this.wordBreak = new boolean[text.length()];
            if (!chinese) {
                for (String c : rules.cues(CueKind.SUBORDINATOR)) {
                    for (int at = lower.indexOf(c); at >= 0; at = lower.indexOf(c, at + 1)) {
                        int end = at + c.length();
                        boolean word = at > 0 && !Character.isLetterOrDigit(lower.charAt(at - 1))
                                && (end == lower.length() || !Character.isLetterOrDigit(lower.charAt(end)));
                        if (word && depth[at - 1] == 0) wordBreak[at - 1] = true;
                    }
                }
            }
            List<Candidate> top = new ArrayList<>();
            for (Candidate c : sm.mentions()) {
                boolean inside = false;
                for (Candidate o : sm.mentions()) {
                    if (o != c && o.start() <= c.start() && o.end() >= c.end() && o.length() > c.length()) inside = true;
                }
                if (!inside) top.add(c);
            }
            this.mentions = top;
            this.allMentions = sm.mentions();
            List<RelationRules.TriggerHit> hits = new ArrayList<>();
            for (RelationRules.TriggerHit h : rules.find(text, tokens)) {
                boolean inMention = false;
                for (Candidate c : top) if (h.start() < c.end() && c.start() < h.end()) inMention = true;
                if (!inMention && h.kind() != RelationRules.Kind.SYNTAX) hits.add(h); // syntax-only triggers: the patterns' own
            }
            this.triggers = chinese ? verbsOnly(hits, top) : hits;
            this.allHits = hits;
            this.groups = groups(top);
        }

        // ------------------------------------------------------------ structure

        /**
         * The Chinese trigger hits that stand as verbs: a verb trigger used as a noun or an adjective
         * (cue kind nominal, "的") says nothing of its own. A noun: "对NF-κB的激活具有抑制作用" (the
         * list, 的, the trigger, then only light verbs and lead words before the next verb trigger,
         * or a passive cue: "NF-κB的活化受到X抑制"); the head verb reads the list, and the trigger,
         * an activity cue, says how. An adjective: "Bax和活化的Caspase-3" (的 after the trigger,
         * no list nor lead word right before it; "TGF-β激活的Smad3" keeps its agent, "能产生更多的IL-10" is a verb).
         */
        private List<RelationRules.TriggerHit> verbsOnly(List<RelationRules.TriggerHit> hits, List<Candidate> ms) {
            List<RelationRules.TriggerHit> out = new ArrayList<>();
            for (int i = 0; i < hits.size(); i++) {
                RelationRules.TriggerHit h = hits.get(i);
                if (h.kind() != RelationRules.Kind.VERB || !Chars.isHan(text.charAt(h.start()))) {
                    out.add(h);
                    continue;
                }
                // "特异性阻断剂SB203580": the trigger opens an agent noun (a Chinese anticlass word) before a name, no verb
                boolean agentNoun = false;
                for (String c : rules.cues(CueKind.ANTICLASS)) {
                    if (!Chars.hasHan(c) || c.length() <= h.end() - h.start() || !text.startsWith(c, h.start())) continue;
                    int e = h.start() + c.length();
                    boolean named = e >= text.length() || !Chars.isHan(text.charAt(e));
                    for (Candidate m : ms) if (m.start() == e) named = true;
                    if (named) agentNoun = true; // "阻断剂量" (a dose) stays the verb 阻断
                }
                if (agentNoun) continue;
                // "LPS刺激导致的炎症", "LPS刺激所引起的NF-κB激活" ("LPS stimulation-induced"): a treatment word (cue kind
                // treated) between a list and an agent trigger names the list's treatment, a noun; the agent trigger reads it
                if (treatmentBeforeAgent(h, hits, i, ms)) continue;
                String before = text.substring(Math.max(0, h.start() - 4), h.start());
                String nominal = null;
                for (String c : rules.cues(CueKind.NOMINAL)) if (before.endsWith(c)) nominal = c;
                boolean listBefore = false;
                for (Candidate c : ms) {
                    int gap = h.start() - (nominal == null ? 0 : nominal.length()) - c.end();
                    if (gap >= 0 && text.substring(c.end(), c.end() + gap).isBlank()) listBefore = true;
                }
                if (nominal != null && listBefore && nounUse(h, hits, i)) continue;
                if (isCue(text.substring(h.start(), h.end()), "lightverb") && i + 1 < hits.size() && lightBefore(h, hits.get(i + 1))) continue;
                String after = text.substring(h.end(), Math.min(text.length(), h.end() + 4));
                boolean adjective = false;
                for (String c : rules.cues(CueKind.NOMINAL)) if (after.startsWith(c)) adjective = true;
                boolean ownList = false;
                for (Candidate c : ms) if (c.end() <= h.start() && text.substring(c.end(), h.start()).isBlank()) ownList = true;
                // "能产生更多的IL-10": after a modal or adverb the trigger is the verb, 的 its complement's
                if (adjective && !ownList && !endsWithCue(text.substring(Math.max(0, h.start() - 4), h.start()), "lead")) continue;
                out.add(h);
            }
            return out;
        }

        /** Whether verb trigger i is a treatment word right after a list and right before an agent trigger ("LPS刺激导致的"). */
        private boolean treatmentBeforeAgent(RelationRules.TriggerHit h, List<RelationRules.TriggerHit> hits, int i, List<Candidate> ms) {
            if (!chinese || i + 1 >= hits.size() || !isCue(text.substring(h.start(), h.end()), "treated")) return false;
            RelationRules.TriggerHit n = hits.get(i + 1);
            if (n.kind() != RelationRules.Kind.AGENT || !text.substring(h.end(), n.start()).isBlank()) return false;
            for (Candidate c : ms) if (c.end() <= h.start() && text.substring(c.end(), h.start()).isBlank()) return true;
            return false;
        }

        /**
         * "具有抑制作用", "起到明显的促进作用", "具有一定的抑制作用": a light verb (a trigger itself) with only lead words, degree
         * adjectives (cue kind effectdegree) and 的 before the next verb trigger.
         */
        private boolean lightBefore(RelationRules.TriggerHit h, RelationRules.TriggerHit next) {
            if (next.kind() != RelationRules.Kind.VERB && next.kind() != RelationRules.Kind.CAUSE) return false;
            String rest = text.substring(h.end(), next.start()).strip();
            while (!rest.isEmpty()) {
                String r = afterCue(rest, "effectdegree"); // before lead: 很 of 很强, 较 of 较强 are lead words too
                if (r == null) r = afterCue(rest, "lead");
                if (r == null) r = afterCue(rest, "nominal");
                if (r == null) return false;
                rest = r;
            }
            return true;
        }

        /**
         * Whether only light verbs, lead words and 的 stand between trigger i and the next verb trigger (a light
         * verb that is a trigger itself, "具有", is passed over), or a passive cue follows it.
         */
        private boolean nounUse(RelationRules.TriggerHit h, List<RelationRules.TriggerHit> hits, int i) {
            RelationRules.TriggerHit next = null;
            for (int j = i + 1; j < hits.size() && next == null; j++) {
                RelationRules.TriggerHit n = hits.get(j);
                if (!isCue(text.substring(n.start(), n.end()), "lightverb")) next = n;
            }
            String rest = text.substring(h.end(), next == null ? Math.min(text.length(), h.end() + 4) : next.start()).strip();
            if (startsWithCue(rest, "passive")) return true;
            if (next == null || next.kind() != RelationRules.Kind.VERB && next.kind() != RelationRules.Kind.CAUSE) return false;
            if (rest.length() > 8) return false;
            boolean light = false;
            while (!rest.isEmpty()) {
                String r = afterCue(rest, "lightverb");
                if (r != null) light = true;
                if (r == null) r = afterCue(rest, "effectdegree"); // before lead, as in lightBefore
                if (r == null) r = afterCue(rest, "lead");
                if (r == null) r = afterCue(rest, "nominal");
                if (r == null) return false;
                rest = r;
            }
            return light;
        }

        private List<Group> groups(List<Candidate> ms) {
            List<Group> out = new ArrayList<>();
            List<Candidate> cur = new ArrayList<>();
            int curStart = 0;
            for (Candidate c : ms) {
                if (!cur.isEmpty()) {
                    Candidate prev = cur.get(cur.size() - 1);
                    if (prev.end() == c.start() && !prev.concept().equals(c.concept())) {
                        // "STAT3磷酸化": a mention that is an activity cue is what the one before does; that one stands
                        if (chinese && isCue(text.substring(c.start(), c.end()), "activity")) continue;
                        // "外周血嗜酸粒细胞", "光老化HaCaT": a modifier right before its head; the head stands for both
                        cur.set(cur.size() - 1, c);
                        continue;
                    }
                    if (chinese && classAfterEtc(cur, c)) continue;
                    if (!joins(prev, c)) {
                        out.add(new Group(List.copyOf(cur), curStart, prev.end()));
                        cur.clear();
                    }
                }
                if (cur.isEmpty()) curStart = c.start();
                cur.add(c);
            }
            if (!cur.isEmpty()) out.add(new Group(List.copyOf(cur), curStart, cur.get(cur.size() - 1).end()));
            return out;
        }

        /**
         * "白藜芦醇、姜黄素和槲皮素等多酚类化合物可激活SIRT1": a mention of the list's own type right after an etc cue
         * (and at most two Han characters: 多, 一些) names the class of the list's members; the members are the list,
         * the class is no end of its own (as a class noun no entity names: "IL-6、TNF-α等促炎因子").
         */
        private boolean classAfterEtc(List<Candidate> cur, Candidate c) {
            Candidate prev = cur.get(cur.size() - 1);
            String rest = afterCue(text.substring(prev.end(), c.start()).strip(), "etc");
            if (rest == null || rest.length() > 2) return false;
            for (int i = 0; i < rest.length(); i++) if (!Chars.isHan(rest.charAt(i))) return false;
            for (Candidate m : cur) if (m.concept().type() != c.concept().type()) return false;
            return true;
        }

        /**
         * Whether two neighbouring mentions are in one list: joined by a coordination word
         * ("A、B和C", "A和炎性B"), or the same thing again in brackets ("间充质干细胞（…, MSCs）").
         */
        private boolean joins(Candidate a, Candidate b) {
            String raw = withoutCitations(text.substring(a.end(), b.start()));
            String mid = raw.replace("(", "").replace(")", "").strip();
            // "IL-6基因和TNF-α基因的表达", "IL-6 mRNA和TNF-α mRNA": a word of the molecule's form before the coordination
            String form = afterCue(mid, "molform");
            if (form != null && !form.isEmpty()) mid = form;
            // "IgE水平和外周血…", "IL-6的表达和…": a level word before the coordination
            for (String lv : rules.cues("level")) {
                if (Chars.hasHan(lv) && mid.startsWith(lv) && mid.length() > lv.length()) {
                    mid = mid.substring(lv.length()).strip();
                    break;
                }
            }
            if (mid.isEmpty() || mid.equals(",")) {
                if (a.concept().equals(b.concept()) || raw.contains("(") || raw.contains(")") && !mid.isEmpty()) return true;
                return !mid.isEmpty() && commaList(a, b);
            }
            if (isCoordination(mid)) return !opensNewClause(a, b, mid);
            // "NOD2、RIP2和NF-κB", "TNF-α、NO、IL-6": a symbol the lexicon does not name, between two coordination
            // words, is one more item of a list of molecules; the list goes on past it
            if (chinese && MOLECULES.contains(a.concept().type()) && MOLECULES.contains(b.concept().type()) && unnamedSymbolItem(mid)) return true;
            // "IL-6与TNF-α共同促进凋亡", "ATRA与三氧化二砷联合治疗": "与" is a list word only when an adverb of joint action
            // follows the second item; elsewhere it means "with" ("EGF与EGFR结合")
            if (chinese && isCue(mid, "comitative") && startsWithHanCue(text.substring(b.end()).stripLeading(), "jointly")) return true;
            // "A和炎性树突状B": a coordination word, then modifiers of the next item (no verb between)
            if (mid.length() <= 8 && mid.indexOf(',') < 0 && startsWithHanCue(mid, "continues")) {
                for (RelationRules.TriggerHit h : triggers) if (h.start() >= a.end() && h.end() <= b.start()) return false;
                return true;
            }
            return false;
        }

        /**
         * "LPS increased TNF-α, and curcumin reduced IL-6": after a comma and a coordination word, a mention right
         * before a verb trigger of its own opens a new clause when a verb trigger stands before the mention ahead of
         * the comma in the same sentence part (that mention is the first verb's object): the two are no list, and the
         * first verb's object does not reach into the new clause. "IL-6, TNF-α, and IL-1β promote X" (no verb
         * before) and "reduced IL-6, and IL-1β secreted by macrophages" (a participle with its agent) stay one list.
         */
        private boolean opensNewClause(Candidate a, Candidate b, String mid) {
            if (mid.indexOf(',') < 0 || mid.equals(",")) return false;
            RelationRules.TriggerHit next = null;
            for (RelationRules.TriggerHit h : triggers) {
                if (h.start() >= b.end() && (next == null || h.start() < next.start())) next = h;
            }
            if (next == null || next.kind() != RelationRules.Kind.VERB) return false;
            String gap = text.substring(b.end(), next.start());
            if (gap.length() > 20 || !gap.strip().chars().allMatch(ch -> Character.isLetter(ch) || ch == ' ')) return false;
            for (Candidate m : mentions) if (m.start() >= b.end() && m.start() < next.start()) return false;
            String after = text.substring(next.end(), Math.min(text.length(), next.end() + 8)).toLowerCase(Locale.ROOT);
            // the verb's passive agent follows ("inhibited by", "被"): the verb is the list's own, no new clause
            for (String c : rules.cues("passive")) {
                if (Chars.hasHan(c) ? after.startsWith(c) : after.startsWith(" " + c + " ")) return false;
            }
            int from = 0;
            for (int i = a.start() - 1; i >= 0; i--) {
                if (text.charAt(i) == ';' || text.charAt(i) == '；' || text.charAt(i) == '。') {
                    from = i + 1;
                    break;
                }
            }
            for (RelationRules.TriggerHit h : triggers) {
                if (h.start() >= from && h.end() <= a.start() && h.kind() == RelationRules.Kind.VERB) return true;
            }
            return false;
        }

        /**
         * "IL-6, IL-8 and TNF-α", "CD9，CD63和CD81", "(CD9, CD63)": a comma joins two mentions of one
         * type when the list is closed by a coordination word or an etc cue after a run of commas, or
         * when both stand in one bracket; "In macrophages, IL-6 and TNF-α" (two types) is no list.
         */
        private boolean commaList(Candidate a, Candidate b) {
            EntityType type = a.concept().type();
            if (b.concept().type() != type) return false;
            if (depth[a.start()] > 0 && depth[a.start()] == depth[b.start()]) {
                String raw = text.substring(a.end(), b.start());
                if (raw.indexOf('(') < 0 && raw.indexOf(')') < 0 && raw.indexOf('[') < 0 && raw.indexOf(']') < 0) return true;
            }
            int i = mentions.indexOf(b);
            if (i < 0) return false;
            Candidate prev = b;
            for (int k = i + 1; k <= i + 12; k++) {
                String after = text.substring(prev.end(), Math.min(text.length(), prev.end() + 8)).strip().toLowerCase(Locale.ROOT);
                for (String e : rules.cues("etc")) if (after.startsWith(e.toLowerCase(Locale.ROOT))) return true;
                if (k >= mentions.size()) return false;
                Candidate n = mentions.get(k);
                if (n.concept().type() != type) return false;
                String m = withoutCitations(text.substring(prev.end(), n.start())).strip();
                if (!m.equals(",")) return isCoordination(m);
                prev = n;
            }
            return false;
        }

        /**
         * A gap between two mentions less its English author-year citation brackets ("IL-6 (Lee et al., 2016), TNF-α":
         * the gap is ", "); Chinese text and other brackets as written.
         */
        private String withoutCitations(String gap) {
            if (chinese || gap.indexOf('(') < 0) return gap;
            StringBuilder out = new StringBuilder();
            int i = 0;
            while (i < gap.length()) {
                int open = gap.indexOf('(', i);
                int close = open < 0 ? -1 : gap.indexOf(')', open);
                if (open < 0 || close < 0) break;
                if (gap.lastIndexOf('(', close) != open || !rules.citation(gap.substring(open + 1, close))) {
                    out.append(gap, i, close + 1);
                } else {
                    out.append(gap, i, open);
                }
                i = close + 1;
            }
            out.append(gap.substring(i));
            return out.toString();
        }

        /** Whether mid is a coordination word, a gene-like symbol ({@link #UNNAMED_SYMBOL}), then a coordination word. */
        private boolean unnamedSymbolItem(String mid) {
            for (String c : rules.cues("coord")) {
                if (Chars.isWordChar(c.charAt(0)) || !mid.startsWith(c)) continue;
                String rest = mid.substring(c.length()).strip();
                for (String d : rules.cues("coord")) {
                    if (Chars.isWordChar(d.charAt(0)) || !rest.endsWith(d)) continue;
                    String item = rest.substring(0, rest.length() - d.length()).strip();
                    // an upper-case letter or a digit: a symbol, no English word
                    if (UNNAMED_SYMBOL.matcher(item).matches() && (!item.equals(item.toLowerCase(Locale.ROOT)) || item.chars().anyMatch(Character::isDigit))) return true;
                }
            }
            return false;
        }

        private boolean isCoordination(String mid) {
            if (mid.isEmpty()) return false;
            String m = mid.toLowerCase(Locale.ROOT);
            for (String e : rules.cues("etc")) {
                if (m.startsWith(e.toLowerCase(Locale.ROOT))) {
                    m = m.substring(e.length()).strip();
                    break;
                }
            }
            for (String c : rules.cues("coord")) if (m.equals(c)) return true;
            return false;
        }

        /** A clause separator: , ; : 。 ! ? outside brackets ("(tumor necrosis factor-α,TNF-α)" is no break). */
        private boolean separator(int i) {
            return SEPARATORS.indexOf(text.charAt(i)) >= 0 && depth[i] == 0 || wordBreak[i];
        }

        private boolean sameClause(int a, int b) {
            for (int i = Math.max(0, a); i < Math.min(b, text.length()); i++) if (separator(i)) return false;
            return true;
        }

        private int clauseStart(int pos) {
            int i = Math.min(pos, text.length()) - 1;
            while (i >= 0 && !separator(i)) i--;
            return i + 1;
        }

        private int clauseEnd(int pos) {
            int i = pos;
            while (i < text.length() && !separator(i)) i++;
            return i;
        }

        /** Whether a cue of the kind occurs in [a, b): Latin cues as whole words, Chinese ones as words. */
        private boolean hasCue(int a, int b, String kind) {
            return cueAt(a, b, kind, false) >= 0;
        }

        /** Start of the last (or first) cue of the kind in [a, b), or -1. */
        private int cueAt(int a, int b, String kind, boolean last) {
            a = Math.max(0, a);
            b = Math.min(b, text.length());
            if (a >= b) return -1;
            int best = -1;
            for (String cue : rules.cues(kind)) {
                String c = cue.toLowerCase(Locale.ROOT);
                for (int i = lower.indexOf(c, a); i >= 0 && i + c.length() <= b; i = lower.indexOf(c, i + 1)) {
                    if (!wordAt(i, i + c.length())) continue;
                    if (best < 0 || (last ? i > best : i < best)) best = i;
                }
            }
            return best;
        }

        private boolean wordAt(int s, int e) {
            if (Chars.isWordChar(text.codePointAt(s))) {
                if (s > 0 && Chars.isWordChar(text.codePointBefore(s))) return false;
                return !(e < text.length() && Chars.isWordChar(text.codePointAt(e)));
            }
            if (e - s == 1 && Chars.isHan(text.charAt(s))) {
                // a one-character Chinese cue must be a word of its own
                for (Token t : tokens) if (t.start() == s) return t.end() == e;
                return false;
            }
            return true;
        }

        /** Whether s is one of the cues of the kind (case aside). */
        private boolean isCue(String s, String kind) {
            for (String c : rules.cues(kind)) if (s.equalsIgnoreCase(c)) return true;
            return false;
        }

        private boolean startsWithCue(String s, String kind) {
            String l = s.toLowerCase(Locale.ROOT);
            for (String c : rules.cues(kind)) if (l.startsWith(c.toLowerCase(Locale.ROOT))) return true;
            return false;
        }

        private boolean endsWithCue(String s, String kind) {
            String l = s.toLowerCase(Locale.ROOT).strip();
            for (String c : rules.cues(kind)) {
                String cl = c.toLowerCase(Locale.ROOT);
                if (l.endsWith(cl) && (l.length() == cl.length() || !Chars.isWordChar(cl.charAt(0))
                        || !Chars.isWordChar(l.charAt(l.length() - cl.length() - 1)))) return true;
            }
            return false;
        }

        private Group groupAfter(int pos, int limit) {
            for (Group g : groups) if (g.start() >= pos && g.start() < limit) return g;
            return null;
        }

        private Group groupBefore(int pos) {
            Group best = null;
            for (Group g : groups) if (g.end() <= pos) best = g;
            return best;
        }

        /** Start of the next trigger at or after pos, agent triggers aside ("TGF-β诱导的" is inside an object). */
        private int nextTriggerStart(int pos) {
            for (RelationRules.TriggerHit h : triggers) if (h.start() >= pos && h.kind() != RelationRules.Kind.AGENT) return h.start();
            return text.length();
        }

        private boolean isHan(RelationRules.TriggerHit h) {
            return Chars.isHan(text.charAt(h.start()));
        }

        // ------------------------------------------------------------ roles

        /** The object list after a trigger, walked to its head; null when there is none. */
        private Group objectAfter(RelationRules.TriggerHit h) {
            if (ownChange(h)) return null;
            Group ex = exampleList(h.end());
            if (ex != null) return ex;
            int limit = Math.min(clauseEnd(h.end()), nextTriggerStart(h.end()));
            Group g = groupAfter(h.end(), limit);
            if (g == null) return null;
            int maxGap = isHan(h) ? 24 : 60;
            if (g.start() - h.end() > maxGap) return null;
            if (hasCue(h.end(), g.start(), "undirected") || hasCue(h.end(), g.start(), "via")) return null;
            if (!isHan(h) && englishPreposition(h.end(), g.start())) return null;
            String gap = text.substring(h.end(), g.start());
            // "抑制TGF-β诱导的纤维化", "inhibits TGF-β-induced fibrosis": a list that modifies the noun
            // after it is not the object; the noun is
            while (modifier(g)) {
                Group n = groupAfter(g.end(), limit);
                // "阻断X介导的信号通路作为乳腺癌治疗…": a list after a preposition is not the modified noun
                if (n == null || n.start() - g.end() > 16 || isHan(h) && afterPreposition(n)) return null;
                g = n;
            }
            // past the modifier list: "reduces the rate of progression of ADR-induced glomerulosclerosis" names a disease
            if (!isHan(h) && !processes(g) && plainHeadOf(gap)) return null;
            if (isHan(h) && cells(g)) {
                Group p = pivot(g);
                if (p != g) return p;
            }
            // "IL-4 induces keratinocytes to express TSLP", "induces cancer cells to undergo apoptosis": cells before an
            // English pivot cue do what follows (the parse reads it, relation-patterns-en.tsv pivot-*); no object here
            if (!isHan(h) && cells(g) && afterCue(text.substring(g.end()).stripLeading(), "pivot") != null) return null;
            if (isHan(h)) {
                // "HaCaT细胞的增殖", "光老化HaCaT…中MMP1的表达": the head is the last of the chain,
                // unless the trigger follows a copula: "是起源于中胚层的非造血干细胞" is a relative clause
                String before = text.substring(Math.max(0, h.start() - 2), h.start());
                boolean relative = endsWithCue(before, "copula");
                while (!relative) {
                    Group n = groupAfter(g.end(), limit);
                    if (n == null) break;
                    String mid = text.substring(g.end(), n.start()).strip();
                    // "抑制mTOR的磷酸化": a mention that is itself an activity cue is what the list does, no head of its own
                    if (isCue(text.substring(g.end(), n.end()).strip(), "activity")) break;
                    // "激活VEGF的转录": a mention that is itself a level word is the list's level, no head of its own
                    String nt = text.substring(n.start(), n.end());
                    if (isCue(nt, "level") || mid.endsWith("的") && isCue("的" + nt, "level")) break;
                    // "降低动脉粥样硬化患者血清中CRP的水平", "降低糖尿病大鼠肾组织中TGF-β1的表达": a disease before a host word
                    // names the patients or animals who have it, a setting; the head named after it is the object
                    String host = diseases(g) ? afterCue(mid, "host") : null;
                    if (host != null && (host.isEmpty() || isCue(host, "of"))) {
                        claimed.add(g);
                        g = n;
                        continue;
                    }
                    if (!(mid.isEmpty() || isCue(mid, "of") || mid.length() <= 4
                            && endsWithCue(mid, "of") && !hasCue(g.end(), n.start(), "coord") || classNoun(mid))) break;
                    claimed.add(g);
                    g = n;
                }
                if (!relative && !processes(g) && plainHeadAfter(g, limit)) return null;
            } else {
                // "the proliferation of HaCaT cells": the head comes first; the "of" list is claimed
                Group n = groupAfter(g.end(), limit);
                if (n != null && rules.complementGap(text.substring(g.end(), n.start()).strip().toLowerCase(Locale.ROOT))) {
                    // "reduced the phosphorylation of STAT3": an activity word the lexicon names as a process of its own
                    // ("protein phosphorylation") is what the list after it does; the list is the object, at level activity
                    if (g.items().size() == 1 && isCue(text.substring(g.start(), n.start()).strip(), "activity")) return withContinuation(n);
                    // "activates the transcription of VEGF": a level word the lexicon names as a process is the list's level
                    if (g.items().size() == 1 && isCue(text.substring(g.start(), n.start()).strip(), "level")) return withContinuation(n);
                    claimed.add(n);
                }
            }
            return withContinuation(g);
        }

        /**
         * "其机制可能与MMP-1表达增加、胶原降解有关", "IL-6水平明显升高，α-SMA…": a Chinese verb of rise or fall (cue kind
         * objectfirst) written right after a list and its level word (cue kind level, then only adverbs of degree, cue kind
         * degree: 明显, 显著) states that list's own change; it takes no object after it (the list is its object,
         * {@link #objectBefore}), so what follows a comma or a 、 is no object of it ("X表达可下调Y" has a modal: a verb).
         */
        private boolean ownChange(RelationRules.TriggerHit h) {
            if (!chinese || !isHan(h)) return false;
            boolean first = false;
            for (RelationRules.Trigger t : h.triggers()) if (isCue(t.form(), "objectfirst")) first = true;
            if (!first) return false;
            Group prev = groupBefore(h.start());
            if (prev == null || prev.carried() || h.start() - prev.end() > 12) return false;
            // "巨噬细胞表达增加…": after cells 表达 is their verb ("express"), no level word of a molecule
            for (Candidate c : prev.items()) if (!MOLECULES.contains(c.concept().type())) return false;
            String between = text.substring(prev.end(), h.start()).strip();
            String rest = afterCue(between, "level");
            while (rest != null && !rest.isEmpty()) rest = afterCue(rest, "degree");
            return rest != null;
        }

        /** "上皮细胞粘性分子E-cadherin": a short class noun of Han characters only, naming the entity right after it. */
        private boolean classNoun(String mid) {
            if (mid.length() < 2 || mid.length() > 8 || !endsWithCue(mid, "classnoun")) return false;
            for (int i = 0; i < mid.length(); i++) if (!Chars.isHan(mid.charAt(i))) return false;
            for (String kind : new String[]{"coord", "lead", "via", "preposition", "undirected", "negation"}) {
                for (String c : rules.cues(kind)) if (Chars.hasHan(c) && mid.contains(c)) return false;
            }
            return true;
        }

        /** Whether every item of the list is a disease. */
        private boolean diseases(Group g) {
            for (Candidate c : g.items()) if (c.concept().type() != EntityType.DISEASE) return false;
            return true;
        }

        /** What follows a Chinese treatment word (cue kind treated) that s starts with, or null when s starts with none. */
        private String afterTreatment(String s) {
            for (String c : rules.cues("treated")) if (Chars.hasHan(c) && s.startsWith(c)) return s.substring(c.length());
            return null;
        }

        /** Whether every item of the list is a cell. */
        private boolean cells(Group g) {
            for (Candidate c : g.items()) if (c.concept().type() != EntityType.CELL) return false;
            return true;
        }

        /**
         * A Chinese pivot (兼语): cells right after a verb and right before a verb of their own are that verb's
         * subject, not the first verb's object. "诱导巨噬细胞分泌IL-6" (a trigger: the cells are its subject,
         * the first verb states nothing); "诱导胃癌细胞发生凋亡", "促进巨噬细胞向M2型极化" (a pivot cue: the
         * first verb acts on the process or disease that follows, else on nothing). Returns g when the cells
         * are the object after all.
         */
        private Group pivot(Group g) {
            int limit = clauseEnd(g.end());
            for (RelationRules.TriggerHit t : triggers) {
                if (t.start() < g.end() || t.start() >= limit) continue;
                if (t.start() - g.end() <= 2 && (t.kind() == RelationRules.Kind.VERB || t.kind() == RelationRules.Kind.CAUSE)
                        && text.substring(g.end(), t.start()).isBlank()) {
                    // "诱导巨噬细胞活化": a verb with no object of its own says what happens to the cells
                    if (groupAfter(t.end(), limit) == null) return g;
                    relativeHeads.add(g);
                    return null;
                }
                break;
            }
            // "诱导SGC7901细胞发生…": a head word the lexicon left out of the name may stand before the cue
            String after = text.substring(g.end(), Math.min(limit, g.end() + 6)).strip();
            String rest = null;
            String made = null;
            for (int k = 0; k <= 2 && k < after.length() && rest == null && made == null; k++) {
                if (k > 0 && !Chars.isHan(after.charAt(k - 1))) break;
                rest = afterCue(after.substring(k), "pivot");
                if (rest == null) made = afterCue(after.substring(k), "express");
            }
            if (made != null) {
                // "诱导巨噬细胞表达iNOS和COX-2": the verb acts on the level of the molecules the cells make, not on the cells
                relativeHeads.add(g);
                Group n = groupAfter(g.end(), limit);
                if (n == null || n.start() - g.end() > 12 || cells(n)) return null;
                return withContinuation(n);
            }
            if (rest == null) return g;
            relativeHeads.add(g);
            Group n = groupAfter(g.end(), limit);
            if (n == null || n.start() - g.end() > 12) return null;
            for (Candidate c : n.items()) {
                EntityType t = c.concept().type();
                if (t == EntityType.PROCESS || t == EntityType.DISEASE) return withContinuation(n);
            }
            return null;
        }

        /**
         * "具有…蛋白质，如膜相关蛋白（CD9、CD63）、热休克蛋白（Hsp70）": when the next clause
         * gives examples, its lists are the object.
         */
        private Group exampleList(int pos) {
            int end = clauseEnd(pos);
            if (end >= text.length() || text.charAt(end) != ',') return null;
            String next = text.substring(end + 1, Math.min(text.length(), end + 12)).strip();
            boolean example = false;
            for (String c : rules.cues("example")) if (next.toLowerCase(Locale.ROOT).startsWith(c.toLowerCase(Locale.ROOT))) example = true;
            if (!example) return null;
            Group g = groupAfter(end + 1, clauseEnd(end + 1));
            if (g == null || g.start() - end > 20) return null;
            // "具有多个分子标记物，包括CD68": the examples belong to the trigger in between, unless
            // that names whose they are ("具有许多MSCs特异性蛋白，如CD29": carried, of another owner)
            int between = nextTriggerStart(pos);
            if (between < g.start() && groupAfter(pos, between) == null) return null;
            return withContinuation(g);
        }

        /** An English preposition other than "of" in [a, b): "inhibits responses in LPS-…" has no entity object. */
        /**
         * Whether a list names a process or a disease: a plain noun over it ("the capability of cell proliferation", "the
         * growth rate of tumors", "迁移能力") is its rate or extent, which the verb changes with it.
         */
        private boolean processes(Group g) {
            for (Candidate c : g.items()) {
                EntityType t = c.concept().type();
                if (t == EntityType.PROCESS || t == EntityType.DISEASE) return true;
            }
            return false;
        }

        /**
         * "can reduce the membrane mobility of DCs": the gap from an English trigger to its list is an article, a plain
         * noun phrase and "of", and the noun is no level, activity, change or formation word (relation-cues.tsv kinds
         * level, activity, fall, rise, lossof, formation) and the list names no process or disease ({@link #processes}): the
         * verb acts on that noun, which says nothing of the list.
         */
        private boolean plainHeadOf(String gap) {
            String g = gap.strip().toLowerCase(Locale.ROOT);
            if (!g.endsWith(" of")) return false;
            String head = g.substring(0, g.length() - 3).strip();
            List<String> articles = new ArrayList<>(rules.cues("article"));
            articles.addAll(rules.cues("indefinite"));
            for (String a : articles) {
                String al = a.toLowerCase(Locale.ROOT) + " ";
                if (head.startsWith(al)) {
                    head = head.substring(al.length()).strip();
                    break;
                }
            }
            if (head.isEmpty() || !head.matches("[a-z]+(?: [a-z]+){0,2}")) return false;
            for (String kind : List.of("level", "activity", "fall", "rise", "lossof", "formation")) {
                for (String c : rules.cues(kind)) {
                    String cl = c.toLowerCase(Locale.ROOT);
                    if (cl.endsWith(" of")) cl = cl.substring(0, cl.length() - 3);
                    if (head.equals(cl) || head.endsWith(" " + cl)) return false;
                }
            }
            return true;
        }

        /**
         * "降低了巨噬细胞的膜流动性": the Chinese object list is followed by 的 and a plain noun (Han characters to the clause's
         * end, no entity, no trigger) that is no level, activity, change, loss or formation word: the verb acts on that noun,
         * which says nothing of the list (as {@link #plainHeadOf} in English).
         */
        private boolean plainHeadAfter(Group g, int limit) {
            int i = g.end();
            if (i >= limit || text.charAt(i) != '的') return false;
            int j = i + 1;
            while (j < limit && Chars.isHan(text.charAt(j))) j++;
            if (j == i + 1 || j - i - 1 > 6) return false;
            if (j < text.length() && !separator(j) && !Character.isWhitespace(text.charAt(j))) return false;
            for (Group o : groups) if (o.start() >= i && o.start() < j) return false;
            for (RelationRules.TriggerHit t : allHits) if (t.start() >= i && t.start() < j) return false;
            String head = text.substring(i, j);
            String bare = head.substring(1);
            for (String kind : List.of("level", "activity", "fall", "rise", "lossof", "formation")) {
                for (String c : rules.cues(kind)) {
                    if (!Chars.hasHan(c)) continue;
                    if (head.startsWith(c) || bare.startsWith(c) || bare.endsWith(c)) return false;
                }
            }
            return true;
        }

        private boolean englishPreposition(int a, int b) {
            return rules.englishPrepositions().matcher(lower.substring(a, b)).find();
        }

        /**
         * Extends an object list over bracketed sub-lists ("（CD9、CD63）、热休克蛋白（Hsp70）") and
         * over a following clause that goes on with a coordination ("…因子，及其标记物IL-1RA").
         */
        private Group withContinuation(Group g) {
            List<Candidate> items = new ArrayList<>(g.items());
            Group cur = g;
            while (true) {
                Group n = groupAfter(cur.end(), text.length());
                if (n == null) break;
                String mid = text.substring(cur.end(), n.start()).strip();
                if (mid.startsWith(")")) mid = mid.substring(1).strip();
                // "（CD9、CD63）、热休克蛋白（Hsp70）": a sub-list word, a few words of a class, its bracket
                String rest = afterCue(mid, "sublist");
                boolean subList = rest != null && rest.endsWith("(") && rest.length() <= 11 && plain(rest.substring(0, rest.length() - 1));
                // "…因子，及其标记物IL-1RA": a comma, a word that goes on with the list, a few words
                String on = mid.startsWith(",") ? afterCue(mid.substring(1).strip(), "continues") : null;
                boolean goesOn = on != null && on.length() <= 8 && plain(on);
                if (!subList && !goesOn) break;
                // "LPS increased TNF-α, and curcumin reduced IL-6": the list after the comma opens a clause of its own
                if (opensNewClause(cur.items().get(cur.items().size() - 1), n.items().get(0), mid)) break;
                items.addAll(n.items());
                claimed.add(n);
                cur = n;
            }
            return cur == g ? g : new Group(items, g.start(), cur.end());
        }

        /** What follows the longest cue of the kind that s starts with (Latin cues as whole words), or null. */
        private String afterCue(String s, String kind) {
            String l = s.toLowerCase(Locale.ROOT);
            for (String c : rules.cues(kind)) { // longest first
                String cl = c.toLowerCase(Locale.ROOT);
                if (!l.startsWith(cl)) continue;
                if (Chars.isWordChar(cl.charAt(cl.length() - 1)) && !Chars.hasHan(cl) && l.length() > cl.length()
                        && Chars.isWordChar(l.charAt(cl.length()))) continue;
                return s.substring(cl.length()).strip();
            }
            return null;
        }

        /** The list right after an agent trigger that follows g ("顺铂诱导的肾损伤": 肾损伤), before end; null when none. */
        private Group agentObject(Group g, int end) {
            for (RelationRules.TriggerHit t : triggers) {
                if (t.kind() != RelationRules.Kind.AGENT || t.start() < g.end() || !text.substring(g.end(), t.start()).isBlank()) continue;
                for (Group n : groups) {
                    if (n.start() >= t.end() && n.end() <= end && plain(text.substring(t.end(), n.start()))
                            && n.start() - t.end() <= 6) return n;
                }
            }
            return null;
        }

        /** Whether s holds no clause or bracket punctuation. */
        private boolean plain(String s) {
            for (int i = 0; i < s.length(); i++) if (SEPARATORS.indexOf(s.charAt(i)) >= 0 || s.charAt(i) == '(' || s.charAt(i) == ')') return false;
            return true;
        }

        /** Whether s starts with a Chinese cue of the kind. */
        private boolean startsWithHanCue(String s, String kind) {
            for (String c : rules.cues(kind)) if (Chars.hasHan(c) && s.startsWith(c)) return true;
            return false;
        }

        /**
         * An object written before its trigger: "对多种细胞增殖进行正向调控", "IL-6等促炎因子明显减少"
         * (levels that rise or fall), "银屑病治疗".
         */
        private Group objectBefore(RelationRules.TriggerHit h) {
            int cs = clauseStart(h.start());
            // "对顺铂诱导的肾损伤具有保护作用": the list after the object cue is the agent of a modifier clause ("X诱导的Y");
            // the verb's object is what that agent caused, not the agent ("姜黄素抑制顺铂" is no reading)
            Group marked = null;
            for (Group g : groups) {
                if (g.end() <= h.start() && g.start() >= cs && endsWithCue(text.substring(Math.max(cs, g.start() - 2), g.start()), "object")) marked = g;
            }
            if (marked != null) {
                Group caused = agentObject(marked, h.start());
                if (caused != null) return caused;
            }
            Group prev = null;
            for (Group g : groups) if (g.end() <= h.start() && g.start() >= cs && !claimed.contains(g)) prev = g;
            if (prev == null) return null;
            if (chinese && treatedAgent(prev)) {
                // "IL-6的表达在LPS处理后显著升高": the list right before the change is its agent (cue kind treated), the
                // object is the list before that agent's preposition
                Group before = null;
                for (Group g : groups) if (g.end() <= prev.start() && g.start() >= cs && !claimed.contains(g)) before = g;
                String gap = before == null ? "" : text.substring(before.end(), prev.start()).strip();
                if (before == null || gap.length() > 10 || !endsWithCue(gap, "preposition")) return null;
                prev = before;
            }
            String between = text.substring(prev.end(), h.start());
            String lead = text.substring(Math.max(cs, prev.start() - 2), prev.start());
            if (endsWithCue(lead, "object") && between.length() <= 8) return prev;
            // "逆转了脂多糖诱导的IL-6升高": the list right before the rise is another trigger's object already; an earlier
            // free list (the agent of 诱导的) is no object of the rise
            boolean claimedCloser = false;
            for (Group g : groups) if (g.start() >= prev.end() && g.end() <= h.start() && claimed.contains(g)) claimedCloser = true;
            for (RelationRules.Trigger t : h.triggers()) {
                if (isCue(t.form(), "objectfirst") && isHan(h) && between.length() <= 20 && !afterPreposition(prev) && !claimedCloser) return prev;
                if (isCue(t.form(), "diseasefirst") && (between.strip().isEmpty() || isCue(between.strip(), "of"))) {
                    for (Candidate c : prev.items()) if (c.concept().type() == EntityType.DISEASE) return prev;
                }
            }
            return null;
        }

        /**
         * The subject for a trigger at pos: the nearest list before it in its clause that is not
         * claimed (an object of another trigger) nor after a preposition ("向内皮细胞", "用LPS");
         * when that list cannot be a subject, none. A clause with no list of its own takes the
         * sentence's topic (Chinese serial verbs share their subject), then the previous sentence's.
         */
        private Group subjectBefore(int pos) {
            return subjectBefore(pos, true);
        }

        private Group subjectBefore(int pos, boolean carry) {
            int cs = clauseStart(pos);
            for (int i = groups.size() - 1; i >= 0; i--) {
                Group g = groups.get(i);
                if (g.end() > pos || g.end() <= cs) continue; // a comma list may open before the clause start
                if (!g.carried() && lossOfFunction(g)) return g; // "敲除X时则抑制Y": the clause speaks of X's loss; emit drops it
                // "curcumin but not metformin inhibited STAT3", "姜黄素而非二甲双胍抑制了STAT3": a denied list is no subject;
                // the list before the denial is
                if (!g.carried() && endsWithCue(text.substring(Math.max(0, g.start() - 14), g.start()), "denial")) continue;
                if (!chinese && endsWithCue(text.substring(Math.min(g.start(), Math.max(cs, g.start() - 9)), g.start()), "complement")) {
                    return null; // "phosphorylation of GSK3β inhibited …": the subject is the head before "of"
                }
                if (chinese && instrument(g, pos, cs)) return g;
                if (chinese && undirectedObject(g, cs)) return subjectLike(g) || events ? g : null;
                // "经LPS处理后IL-6表达升高", "IL-6的表达在LPS处理后升高": the list the cells were treated with is the agent
                if (chinese && !claimed.contains(g) && treatedAgent(g) && opensClause(g)) return subjectLike(g) || events ? g : null;
                if (claimed.contains(g) || afterPreposition(g) || afterTrigger(g) || modifier(g)) continue;
                // "凋亡小体的形成是导致细胞裂解的过程": the subject is the list's formation, a process no entity names
                if (chinese && subjectLike(g) && startsWithCue(text.substring(g.end(), Math.min(text.length(), g.end() + 8)).stripLeading(), "formation")) return null;
                // "姜黄素组IL-6水平较模型组降低", "the curcumin group showed lower IL-6": the list names a group of animals or
                // patients given it, which no entity names, and a result of one group against another states nothing
                if (cohort(g)) return null;
                if (!subjectLike(g) && !events && i > 0 && chinese) {
                    // "ADSCs的旁分泌效应能分泌NGF": a process owned by a list that can be a subject speaks for its owner
                    Group owner = groups.get(i - 1);
                    if (owner.end() > cs && isCue(text.substring(owner.end(), g.start()).strip(), "of") && subjectLike(owner)
                            && !claimed.contains(owner) && !afterPreposition(owner) && !afterTrigger(owner)) return owner;
                }
                if (chinese && undirectedBetween(g, pos)) return null;
                return subjectLike(g) || events ? g : null;
            }
            if (chinese && cs > 0) {
                Group ante = antecedent(cs, pos);
                if (ante != null) return ante;
            }
            if (cs > 0 && afterCue(text.substring(cs).strip(), "relative") != null) {
                // "MSCs secrete IL-10, which inhibits inflammation": the list right before the clause
                Group ante = null;
                for (Group g : groups) if (g.end() <= cs) ante = g;
                return ante != null && cs - ante.end() <= 3 && (subjectLike(ante) || events) ? ante : null;
            }
            if (!chinese && !rules.opensJoinedClause(text.substring(cs).strip().toLowerCase(Locale.ROOT))) {
                // English clauses after a comma have their own subject (often a relative "which"):
                // only a coordinated verb phrase ("…, and promotes X") shares the sentence's subject
                return cs == 0 && carry ? carriedSubject(pos) : null;
            }
            if (!chinese) {
                // "IL-6 was increased in psoriasis, and curcumin inhibited STAT3": a joined clause with a list of its own
                // before the trigger (one the parse or a verb before took as its object, or a list opened before the comma)
                // has its own subject, never the sentence's; "…, and in macrophages promotes X" still shares it
                for (Group g : groups) {
                    if (!g.carried() && g.end() > cs && g.end() <= pos && (g.start() < cs || !afterPreposition(g))) return null;
                }
            }
            // "这些疾病的发生均伴随着通透性增高": an undirected verb before the trigger in a clause with no list of its own opens
            // a clause whose subject is unnamed; the sentence's topic states nothing
            if (chinese && cs > 0 && hasCue(cs, pos, "undirected") && !hasCue(cs, pos, "via")) return null;
            Group topic = topic(pos);
            if (topic != null && !chainHolds(topic, pos)) return null;
            return topic != null || !carry ? topic : carriedSubject(pos);
        }

        /**
         * Whether the topic of an earlier clause of the sentence may stand as the subject of the trigger at pos, whose clause
         * names none. It may not
         * - across a break stronger than a comma (cue kind chainbreak, ";", ":"): "TLR4阻断剂分为2种：一种为阻断LPS与TLR4的
         *   结合", "X has two roles: one is to inhibit Y" (the clause after the colon speaks of what the colon announces);
         * - when the trigger's clause names the topic itself before the trigger: "Pak1在胃癌中过度表达，…，通过下调Pak1的
         *   活性能够抑制胃癌细胞的生长", "X is overexpressed, and by silencing X one inhibits Y": whoever lowers X is the
         *   subject, no entity;
         * - when the topic's clause holds nothing but the list (and coordination or etc words): "ECM主要包括胶原蛋白，纤连蛋白，
         *   蛋白多糖以及糖蛋白，…，最终导致ECM的沉积": an item of an enumeration cut by commas, the object of the verb before
         *   it, not a clause's subject.
         */
        private boolean chainHolds(Group topic, int pos) {
            if (topic.carried()) return true;
            int cs = clauseStart(pos);
            if (topic.end() > cs) return true;
            if (hasCue(topic.end(), cs, "chainbreak")) return false;
            for (Candidate m : mentions) {
                if (m.start() < cs || m.end() > pos) continue;
                for (Candidate t : topic.items()) if (t.concept().equals(m.concept())) return false;
            }
            return !enumerationItem(topic);
        }

        /** Whether the list's clause holds nothing but the list, coordination and etc words, brackets, digits and commas. */
        private boolean enumerationItem(Group g) {
            int s = clauseStart(g.start());
            String rest = (text.substring(s, g.start()) + " " + text.substring(g.end(), clauseEnd(g.end()))).strip();
            for (String kind : new String[]{"coord", "etc"}) {
                for (String cue : rules.cues(kind)) if (Chars.hasHan(cue)) rest = rest.replace(cue, " ");
            }
            rest = NOT_WORDS.matcher(rest).replaceAll("");
            if (rest.isEmpty()) return true;
            if (chinese) return false;
            for (String w : rest.toLowerCase(Locale.ROOT).split("\\b")) {
                if (w.isBlank()) continue;
                if (!isCue(w, "coord") && !isCue(w, "etc")) return false;
            }
            return true;
        }

        /**
         * "巨噬细胞参与脂多糖导致炎症的过程": a list right after an undirected verb (参与, 调控, 影响) with a trigger after it
         * opens that verb's object clause: it is the trigger's subject, and the undirected verb's own subject states nothing
         * ("通过调控X促进Y" is the means, left to the via rule).
         */
        private boolean undirectedObject(Group g, int cs) {
            if (g.carried() || g.start() <= cs) return false;
            int a = cs;
            for (Group o : groups) if (o.end() <= g.start() && o.end() > a) a = o.end();
            String seg = text.substring(a, g.start()).strip();
            if (seg.isEmpty() || !endsWithCue(seg, "undirected")) return false;
            return !hasCue(cs, g.start(), "via");
        }

        /**
         * "巨噬细胞参与病毒感染导致炎症的过程": an undirected verb between the list and the trigger, with words after it
         * that are not a verb join, opens a clause whose subject no entity names; the list before states nothing.
         */
        private boolean undirectedBetween(Group g, int pos) {
            int u = cueAt(g.end(), pos, "undirected", true);
            if (u < 0) return false;
            String after = text.substring(u, pos);
            String rest = afterCue(after, "undirected");
            if (rest == null) return false;
            rest = rest.strip();
            return !rest.isEmpty() && afterCue(rest, "verbjoin") == null && !hasCue(g.end(), u, "via");
        }

        /**
         * "使用雷帕霉素能够抑制mTOR", "利用X可以减轻Y": a list after an instrument cue that opens the clause, with only
         * lead words between it and the trigger, is the agent of the verb (a chemical or an agent the constraints allow).
         */
        private boolean instrument(Group g, int pos, int cs) {
            if (g.carried() || claimed.contains(g) || g.start() < cs) return false;
            String before = text.substring(cs, g.start()).strip();
            String report = afterCue(before, "report"); // "研究表明激活X能够激活Y"
            if (report != null) before = report;
            String rest = afterCue(before, "lead");
            if (rest == null) rest = before;
            if (afterCue(rest, "instrument") == null || !afterCue(rest, "instrument").isEmpty()) return false;
            return leadBetween(g.end(), pos);
        }

        /**
         * "激活mTOR能够激活巨噬细胞": a trigger that is itself an instrument cue (a verb of gain), opening its clause
         * (after a report phrase and lead words only), with a list right after it and only lead words, a modal among
         * them, before the next trigger ({@link #conditionShape}), states no relation of its own: the clause speaks of the list's gain, and the list is the next verb's
         * agent ({@link #instrument}). Verbs of loss are no such cue: "抑制X能够减轻Y" states nothing of X and Y.
         */
        private boolean instrumentVerb(RelationRules.TriggerHit h) {
            return isCue(text.substring(h.start(), h.end()), "instrument") && conditionShape(h);
        }

        /**
         * Whether a Chinese verb opening its clause (after a report phrase and lead words only) has a list right after it
         * and then only lead words, a modal among them (cue kind modal), before the next trigger of the clause: "激活X能够
         * 激活Y", "抑制X可减少Y". With a conjunction and no modal ("…，激活AMPK并促进自噬") the two verbs are acts of one
         * subject.
         */
        private boolean conditionShape(RelationRules.TriggerHit h) {
            int cs = clauseStart(h.start());
            String rest = text.substring(cs, h.start()).strip();
            String report = afterCue(rest, "report");
            if (report != null) rest = report;
            while (!rest.isEmpty()) {
                String r = afterCue(rest, "lead");
                if (r == null) return false;
                rest = r;
            }
            Group obj = groupAfter(h.end(), clauseEnd(h.end()));
            if (obj == null || !text.substring(h.end(), obj.start()).isBlank()) return false;
            int next = nextTriggerStart(obj.end());
            return next < clauseEnd(obj.end()) && leadBetween(obj.end(), next) && hasCue(obj.end(), next, "modal");
        }

        /**
         * "JNK的激活与M2极化相关，抑制JNK可减少M2型巨噬细胞": a verb of loss in the shape of a condition
         * ({@link #conditionShape}) has a subject no entity names (whoever blocks X); it states nothing, takes no subject
         * from the clauses before, and its list is no subject of the next verb (the loss of X is).
         */
        private boolean lossCondition(RelationRules.TriggerHit h) {
            if (polarity(h.triggers().get(0).family()) >= 0 || !conditionShape(h)) return false;
            Group obj = groupAfter(h.end(), clauseEnd(h.end()));
            claimed.add(obj);
            afterLossCondition.add(nextTriggerStart(obj.end()));
            return true;
        }

        /** Whether [a, b) holds only lead words (and spaces). */
        private boolean leadBetween(int a, int b) {
            String rest = text.substring(a, b).strip();
            while (!rest.isEmpty()) {
                String r = afterCue(rest, "lead");
                if (r == null) return false;
                rest = r;
            }
            return true;
        }

        /**
         * The subject of the sentence so far, for a clause with no list of its own: the subject of
         * the nearest clause before that has one (the first list of that clause that can be a
         * subject and does not follow a preposition), else the first subject already used.
         */
        private Group topic(int pos) {
            int cs = clauseStart(pos);
            // "…，使其表达上调，继而促进了肝癌的发生", "VEGFA的表达量显著减少，胚胎着床率随之降低": an adverb of a next step
            // (cue kind chain) goes on from what caused the change before
            boolean chained = hasCue(cs, clauseEnd(pos), "chain");
            while (cs > 0) {
                int prevStart = clauseStart(cs - 1);
                Group used = clauseSubjects.get(prevStart);
                if (used != null) return used;
                // "X较模型组显著下降，Y表达明显下调", "GRP78表达上调，cIAP1表达下调，同时增强了caspase-8的活性": a clause
                // stating a list's own change with no agent is one result of a series (its agent, if any, is unnamed): the
                // clauses before it name other results or that agent, not the subject of the clause after it, and the walk
                // stops there. Only a rise right before a verb with its object after it stays the topic ({@link #stateLists}).
                if (chinese && !chained && resultClause(prevStart, cs)) return null;
                for (Group g : groups) {
                    if (g.start() < prevStart || g.end() > cs) continue;
                    if (claimed.contains(g) && !(stateTopic && stateLists.contains(g))) continue;
                    // "在LPS作用下，IL-6表达升高", "经LPS处理后，…": the agent of a treatment frame is the topic of the clauses after
                    boolean treated = chinese && treatedAgent(g) && opensClause(g);
                    if ((afterPreposition(g) && !treated) || afterTrigger(g) || modifier(g) || !subjectLike(g)) continue;
                    if (chinese && droppedSubject(prevStart, g)) continue;
                    if (chinese && examplesOfAnOblique(prevStart, g)) continue;
                    if (chinese) {
                        Group undergone = undergoneTopic(g, cs);
                        if (undergone != null) return undergone == NO_TOPIC ? null : undergone;
                    }
                    return g;
                }
                cs = prevStart;
            }
            return firstSubject != null && firstSubject.end() <= pos ? firstSubject : null;
        }

        /**
         * Whether the clause [start, end) states the own change of a list ({@link #stateObjects}, or a rise or fall ending
         * the clause) with no agent, and that list may not stand as the topic here (a fall, or a rise when the subject looked
         * for is not that of a verb with its object after it).
         */
        private boolean resultClause(int start, int end) {
            // "X能促使活性氧增加，氧化应激水平升高": a change with a subject in its clause is that subject's doing, and the
            // clauses after it may go on with it; so may a clause with a verb before its first list
            if (causedChanges.contains(start)) return false;
            Group first = null;
            for (Group g : groups) if (first == null && g.start() >= start && g.end() <= end) first = g;
            if (first == null || triggerAt(start, first.start())) return false;
            boolean result = false;
            for (Group s : stateObjects) {
                if (s.start() < start || s.end() > end) continue;
                if (stateTopic && stateLists.contains(s)) return false;
                result = true;
            }
            if (result) return true;
            // a clause that ends on a rise or fall with a list before it ("各型胶原较模型组显著下降，"), whether or not the
            // list was read as that change's object (a comparison group may stand between them)
            RelationRules.TriggerHit last = null;
            for (RelationRules.TriggerHit t : triggers) if (t.start() >= start && t.end() <= end) last = t;
            if (last == null || !isHan(last)) return false;
            String word = text.substring(last.start(), last.end());
            if (!isCue(word, "rise") && !isCue(word, "fall")) return false;
            if (!text.substring(last.end(), end).replaceAll("[\\s,，;；、。]", "").isEmpty()) return false;
            for (Group g : groups) if (g.start() >= start && g.end() <= last.start()) return true;
            return false;
        }

        /**
         * "肝素可与多种生长因子结合，如bFGF、VEGF，从而…促进创面愈合": a list that opens its clause with an example cue gives
         * the members of the class noun of the clause before; when that clause names the class after a preposition or
         * an undirected verb, the members are no topic of the clauses after.
         */
        private boolean examplesOfAnOblique(int clause, Group g) {
            if (clause <= 0 || g.start() < clause) return false;
            String lead = text.substring(clause, g.start()).strip();
            boolean example = false;
            for (String c : rules.cues("example")) if (Chars.hasHan(c) && lead.equals(c)) example = true;
            if (!example) return false;
            int cls = clauseStart(clause - 1);
            return hasCue(cls, clause, "preposition") || hasCue(cls, clause, "undirected");
        }

        /**
         * A Chinese clause whose first list is not what the clause says acts, for the clauses after it: cells that
         * undergo something (cue kind pivot: "肾小管上皮细胞发生上皮间质转化，最终导致肾纤维化") hand the topic to the
         * process or disease they undergo, named right after the cue, else to nothing the sentence names ("内皮细胞发生结构
         * 的改变，…，导致屏障损伤"); cells that open their clause owning a head no entity names ("肾小管上皮细胞的形态由…变为…")
         * hand it to nothing either. Returns null when the list is the topic, {@link #NO_TOPIC} when nothing is.
         */
        private Group undergoneTopic(Group g, int limit) {
            String after = text.substring(g.end(), Math.min(limit, g.end() + 8));
            if (cells(g)) {
                String rest = afterCue(after.strip(), "pivot");
                if (rest != null) {
                    Group n = groupAfter(g.end(), limit);
                    if (n != null && n.start() - g.end() <= 6) {
                        for (Candidate c : n.items()) {
                            EntityType t = c.concept().type();
                            if (t == EntityType.PROCESS || t == EntityType.DISEASE) return n;
                        }
                    }
                    return NO_TOPIC;
                }
                // "肾小管上皮细胞的形态由鹅卵石样变为长梭形，…，促进了纤维化": cells that open their clause owning a head no
                // entity names (not a level or activity word) give that head as the clause's subject; further in, after
                // other words ("…被认为是MSCs的主要作用机制，特别是通过分泌EVs"), they still stand for it
                String head = afterCue(after.strip(), "of");
                if (head != null && !head.isEmpty() && after.strip().startsWith("的") && Chars.isHan(head.charAt(0))
                        && !startsWithCue(head, "level") && !startsWithCue(head, "activity") && leadBetween(clauseStart(g.start()), g.start())) {
                    int h = g.end() + after.indexOf('的') + 1;
                    boolean named = false;
                    for (Candidate m : mentions) if (m.start() >= h && m.start() <= h + 1) named = true;
                    if (!named) return NO_TOPIC;
                }
            }
            return null;
        }

        /**
         * "PAK1IP1是…，能够特异性结合Pak1的N端，抑制…": a clause that opens with lead words and a verb has dropped
         * its subject; a list further in is that verb's object, not a topic for the clauses after it.
         */
        private boolean droppedSubject(int clause, Group g) {
            String head = text.substring(clause, g.start());
            String rest = head.strip();
            boolean lead = false;
            while (!rest.isEmpty()) {
                String r = afterCue(rest, "lead");
                if (r == null) break;
                lead = true;
                rest = r;
            }
            return lead && !rest.isEmpty();
        }

        /**
         * Whether a list is the object of a preposition: the text between the list before it (or
         * the clause start) and the list starts or ends with a preposition, a "via" word or an
         * undirected verb ("向内皮细胞", "用LPS", "经过经典的Wnt信号通路").
         */
        private boolean afterPreposition(Group g) {
            if (chinese && inFrame(g)) return true;
            int a = clauseStart(g.start());
            for (Group o : groups) if (o.end() <= g.start() && o.end() > a) a = o.end();
            String seg = text.substring(a, g.start()).replace("(", "").replace(")", "").strip();
            if (seg.isEmpty()) return false;
            // "从姜黄中提取的姜黄素", "在体外培养的巨噬细胞": the preposition belongs to a modifier clause closed by 的; the
            // list after it is the head noun that clause describes, not the preposition's object
            // "X可通过其携带的miR-125b抑制Y", "X通过分泌的IL-6促进Y": after a via cue the whole phrase up to the verb is the
            // means, and the list it ends on is no subject
            // ("经过修饰的姜黄素" opens its clause: a modifier, and its head is the subject)
            if (chinese && seg.length() > 1 && endsWithCue(seg, "of") && seg.endsWith("的")) return a > clauseStart(g.start()) && opensWithVia(seg);
            if (endsWithCue(seg, "preposition") || endsWithCue(seg, "via") || endsWithCue(seg, "undirected")) return true;
            String l = seg.toLowerCase(Locale.ROOT);
            for (String kind : new String[]{"preposition", "via"}) {
                for (String c : rules.cues(kind)) {
                    String cl = c.toLowerCase(Locale.ROOT);
                    if (l.startsWith(cl) && (l.length() == cl.length() || !Chars.isWordChar(cl.charAt(cl.length() - 1))
                            || !Chars.isWordChar(l.charAt(cl.length())))) return true;
                }
            }
            return false;
        }

        /** Whether s, past the lead words it opens with ("可", "能够"), opens with a via cue. */
        private boolean opensWithVia(String s) {
            String rest = s.strip();
            while (!rest.isEmpty()) {
                String r = afterCue(rest, "lead");
                if (r == null) break;
                rest = r.strip();
            }
            return startsWithHanCue(rest, "via");
        }

        /**
         * English: whether a list is the object of a preposition inside a longer noun phrase: right after the passive
         * agent cue ("the activation of NF-κB by LPS") or after a preposition cue that is no complement cue ("the effect
         * of IL-6 on STAT3", "apoptosis in keratinocytes"); "expression of IL-6" keeps IL-6, the complement of its head.
         */
        private boolean insideModifierPhrase(Group g) {
            int a = clauseStart(g.start());
            for (Group o : groups) if (o.end() <= g.start() && o.end() > a) a = o.end();
            String seg = text.substring(a, g.start()).replace("(", "").replace(")", "").strip();
            if (seg.isEmpty() || endsWithCue(seg, "complement")) return false;
            return endsWithCue(seg, "passive") || endsWithCue(seg, "preposition");
        }

        /**
         * "Pak1在胃癌组织和细胞中过度表达，并促进侵袭": a list inside a locative frame (cue kinds frame and locative,
         * "在…中") is a setting, neither the subject nor an object written before its verb.
         */
        private boolean inFrame(Group g) {
            if (g.carried()) return false;
            int cs = clauseStart(g.start());
            int open = cueAt(cs, g.start(), "frame", true);
            if (open < 0) return false;
            for (RelationRules.TriggerHit t : triggers) if (t.start() >= open && t.end() <= g.start()) return false;
            String after = text.substring(g.end(), Math.min(clauseEnd(g.end()), g.end() + 12)).replace(")", "").strip();
            // "在胃黏膜上皮细胞GES-1中": a cell line's code the lexicon does not know may close the list
            after = after.replaceFirst("^[A-Za-z0-9][A-Za-z0-9-]*", "").strip();
            return startsWithCue(after, "locative");
        }

        /**
         * Whether another trigger of the clause stands before the list: "抑制 SGC7901胃癌细胞的活性并诱导…",
         * "decreased Bcl-2 and increased Bax": the list belongs to that trigger's object, it is not the
         * subject of a later one.
         */
        private boolean afterTrigger(Group g) {
            if (g.carried() || relativeHeads.contains(g)) return false;
            int cs = clauseStart(g.start());
            for (RelationRules.TriggerHit h : triggers) {
                if (h.start() < cs || h.end() > g.start()) continue;
                // "从姜黄中提取的姜黄素", "被激活的巨噬细胞": a trigger closing a modifier clause right before the list (only
                // 的 between) describes the list, the head noun, which stays a subject
                if (chinese && text.substring(h.end(), g.start()).strip().equals("的")) continue;
                return true;
            }
            return false;
        }

        /**
         * Whether the list modifies the noun after it ("Activin和Nanog介导的…", "TGF-β-induced …"), also where the
         * list's name goes on before the modifier cue: its short form in brackets ("streptozotocin (STZ)-induced
         * diabetes", "链脲佐菌素(STZ)诱导的"), or a suspended hyphen before the next list that the cue follows
         * ("LPS- and TNF-α-induced apoptosis"). Such a list is the agent of the noun after it, never the object or
         * the subject of a verb before it ("curcumin ameliorated STZ-induced diabetes" states nothing of curcumin and STZ).
         */
        private boolean modifier(Group g) {
            if (g.carried()) return false;
            String after = text.substring(g.end(), Math.min(text.length(), g.end() + 40)).stripLeading();
            if (startsWithCue(after, "modifier")) return true;
            // "LPS刺激导致的炎症反应": the list's treatment word, then the modifier cue
            if (chinese) {
                String treated = afterTreatment(after);
                if (treated != null && startsWithCue(treated, "modifier")) return true;
            }
            // the short form itself: "(STZ)-induced"
            if ((after.startsWith(")") || after.startsWith("）")) && startsWithCue(after.substring(1).stripLeading(), "modifier")) return true;
            java.util.regex.Matcher m = NAME_GOES_ON.matcher(after);
            if (m.lookingAt() && startsWithCue(after.substring(m.end()).stripLeading(), "modifier")) return true;
            if (suspendedHyphen.matcher(after).lookingAt()) {
                Group n = groupAfter(g.end(), clauseEnd(g.end()));
                return n != null && n.start() - g.end() <= 12 && modifier(n);
            }
            return false;
        }

        /**
         * The list a clause-opening pronoun stands for when the clause before says which: "后者" (cue kind latter) is the
         * last list of that clause ("二甲双胍激活AMPK，后者抑制mTOR"); "其" (anaphor) after a clause whose verb makes or
         * releases a molecule (product) is that molecule ("巨噬细胞分泌IL-1β，其能够促进凋亡"), and so is one before an
         * adverb of a next step (chain: "高糖激活NF-κB，其进一步诱导IL-1β", as 后者). Null when neither: the
         * pronoun is left to the topic rule, and so is a 其 whose own verb makes a molecule too ("巨噬细胞分泌IL-6，其还能
         *分泌TNF-α": the maker again).
         */
        private Group antecedent(int cs, int pos) {
            String head = text.substring(cs).stripLeading();
            boolean latter = startsWithCue(head, "latter");
            if (!latter && !startsWithCue(head, "anaphor")) return null;
            // "高糖激活NF-κB，其进一步诱导IL-1β": 其 with an adverb of a next step is the last list, as 后者
            String rest = latter ? null : afterCue(head, "anaphor");
            if (rest != null && startsWithCue(rest, "chain")) latter = true;
            if (!latter && startsWithCue(text.substring(pos), "product")) return null;
            int prev = clauseStart(cs - 1);
            int from = prev;
            if (!latter) {
                int p = cueAt(prev, cs, "product", true);
                if (p < 0) return null;
                from = p;
            }
            Group last = null;
            for (Group g : groups) if (g.start() >= from && g.end() <= cs && subjectLike(g) && !afterPreposition(g)) last = g;
            return last;
        }

        /**
         * Chinese: whether a treatment word (cue kind treated: "处理后", "作用下", "刺激后") follows the list and closes its
         * clause ("经LPS处理后，", "在TNF-α的作用下", "LPS刺激24 h后"): the list is what the cells or animals were given, the
         * agent of the level changes the clause and the clauses after it state, even after a preposition ("经", "在", "用").
         */
        private boolean treatedAgent(Group g) {
            if (!chinese || g.carried()) return false;
            int end = clauseEnd(g.end());
            String after = text.substring(g.end(), end).strip();
            if (after.startsWith("的")) after = after.substring(1).strip();
            String rest = afterCue(after, "treated");
            if (rest == null) return false;
            if (treatedTail(rest)) return true;
            // "经LPS处理后IL-6表达升高": a frame closed by a frameend cue (后, 下) may go on with the changes it brings
            String cue = after.substring(0, after.length() - rest.length()).strip();
            return endsWithCue(cue, "frameend") && triggerAt(end - rest.length(), end);
        }

        /**
         * Whether what follows a treatment word to its clause's end is nothing or the time of the treatment: a number,
         * perhaps a unit (cue kind timeunit: h, min, 小时…) and a timeend cue (后): "LPS刺激24 h后", "处理6小时后".
         */
        private boolean treatedTail(String rest) {
            if (rest.isEmpty()) return true;
            String t = TIME_NUMBER.matcher(rest).replaceFirst("");
            for (String u : rules.cues("timeunit")) { // longest first
                if (t.startsWith(u)) {
                    t = t.substring(u.length());
                    break;
                }
            }
            t = t.strip();
            for (String c : rules.cues("timeend")) if (t.equals(c)) return true;
            return false;
        }

        /**
         * Whether no other list stands before g in its clause: "经LPS处理后，…" opens its clause with the treatment frame,
         * while in "外泌体用LPS处理后能产生更多的IL-6" the frame is a circumstance of the clause's own subject.
         */
        private boolean opensClause(Group g) {
            int cs = clauseStart(g.start());
            for (Group o : groups) if (o != g && o.start() >= cs && o.end() <= g.start()) return false;
            return true;
        }

        /** Whether a trigger word starts in [a, b). */
        private boolean triggerAt(int a, int b) {
            for (RelationRules.TriggerHit t : triggers) if (t.start() >= a && t.start() < b) return true;
            return false;
        }

        /** A cohort cue right after the list ("姜黄素组", "curcumin group"): the list names a group given it. */
        private boolean cohort(Group g) {
            String after = text.substring(g.end(), Math.min(text.length(), g.end() + 12));
            if (chinese) {
                // "丹参酮IIA组", "人参皂苷Rg1组": a short Latin code the lexicon left out of the agent's name
                after = after.replaceFirst("^[A-Za-z0-9]{1,5}(?=\\p{IsHan})", "");
                // "姜黄素低、中、高剂量组": dose words between the list and its group word
                for (String r = afterCue(after, "dose"); r != null; r = afterCue(after, "dose")) after = r;
                return startsWithCue(after, "cohort");
            }
            String l = after.stripLeading().toLowerCase(Locale.ROOT);
            for (String c : rules.cues("cohort")) {
                String cl = c.toLowerCase(Locale.ROOT);
                if (l.startsWith(cl) && (l.length() == cl.length() || !Chars.isWordChar(l.charAt(cl.length())))) return true;
            }
            return false;
        }

        private boolean subjectLike(Group g) {
            for (Candidate c : g.items()) {
                EntityType t = c.concept().type();
                if (t != EntityType.PROCESS && t != EntityType.TISSUE && t != EntityType.DISEASE) return true;
            }
            return false;
        }

        /** The subject to use when the sentence names none before the trigger. */
        private Group carriedSubject(int pos) {
            if (previousSubject == null) return null;
            String head = text.substring(0, Math.min(text.length(), 12));
            boolean pronoun = false;
            for (String p : rules.cues("pronoun")) {
                String pl = p.toLowerCase(Locale.ROOT);
                if (head.toLowerCase(Locale.ROOT).startsWith(pl)) pronoun = true;
            }
            // Chinese drops a subject the sentence before named ("同时，还可以抑制…"), but only when
            // nothing but pronoun and lead words precede the trigger; English says "it"/"they"
            if (chinese && !leadOnly(pos)) return null;
            boolean noneBefore = chinese;
            for (Group g : groups) if (g.end() <= pos && subjectLike(g)) noneBefore = false;
            // the carried list keeps its mentions but no position in this sentence (start = end = -1)
            return pronoun || noneBefore ? Group.carried(previousSubject.items()) : null;
        }

        /** Whether the sentence before pos is made of pronoun and lead words only (punctuation aside). */
        private boolean leadOnly(int pos) {
            String rest = lower.substring(0, Math.min(pos, lower.length()));
            while (true) {
                int i = 0;
                while (i < rest.length() && !Character.isLetterOrDigit(rest.charAt(i))) i++;
                rest = rest.substring(i);
                if (rest.isEmpty()) return true;
                int best = 0;
                for (String kind : new String[]{"pronoun", "lead"}) {
                    for (String c : rules.cues(kind)) {
                        String cl = c.toLowerCase(Locale.ROOT);
                        if (cl.length() > best && rest.startsWith(cl)) best = cl.length();
                    }
                }
                if (best == 0) return false;
                rest = rest.substring(best);
            }
        }

        /** "level" when the object is written as a level or expression, "activity" for an activity, else "*". */
        private String level(RelationRules.TriggerHit h, Group obj) {
            if (obj.carried()) return "*"; // named in the sentence before: no words around it here
            // "induces the degradation of STAT3", "诱导STAT3降解": the object is written as its loss
            if (objectLoss(h, obj)) return RelationRules.LOSS;
            // long enough for the longest English level word after the object ("STAT3 expression")
            String after = pastMolecularForm(pastBracket(text.substring(obj.end(), Math.min(text.length(), obj.end() + 60)).strip()));
            int a = Math.min(h.end(), obj.start());
            int b = Math.max(h.end(), obj.start());
            boolean between = obj.start() >= h.end();
            if (startsWithCue(after, "activity") || between && hasCue(a, b, "activity")) return "activity";
            // "SGC7901胃癌细胞的活性": cells named by a line and a head are still read for their activity
            if (chinese && cells(obj)) {
                int end = Math.min(clauseEnd(obj.end()), Math.min(nextTriggerStart(obj.end()), obj.end() + 8));
                if (end > obj.end() && hasCue(obj.end(), end, "activity")) return "activity";
            }
            if (startsWithCue(after, "level") || between && hasCue(a, b, "level")) return "level";
            if (chinese && etcLevel(obj)) return "level";
            return "*";
        }

        /**
         * "诱导肿瘤坏死因子α(TNF-α)的表达", "白细胞介素-6(interleukin-6, IL-6)的表达": what follows the bracket that names
         * the list again (the list may end inside it, at its abbreviation, or before it); s itself when there is none.
         */
        private String pastBracket(String s) {
            if (s.startsWith(")")) return s.substring(1).strip();
            if (s.startsWith("(")) {
                int close = s.indexOf(')');
                int inner = s.indexOf('(', 1);
                if (close > 0 && (inner < 0 || inner > close)) return s.substring(close + 1).strip();
            }
            return s;
        }

        /**
         * What follows the words naming a molecule's form (cue kind molform: "基因", "mRNA", "蛋白", joined by coord cues
         * and 的) at the start of s: "IL-6 mRNA和蛋白的表达", "IL-6的mRNA表达" are IL-6's level, "IL-6基因表达" its expression. s itself when it
         * opens with none; nothing is skipped when no level word follows the forms ("IL-6蛋白酶" stays as written).
         */
        private String pastMolecularForm(String s) {
            // "IL-6的mRNA表达": 的 may stand before the first form word
            String rest = afterCue(s.startsWith("的") ? s.substring(1).strip() : s, "molform");
            if (rest == null) return s;
            while (true) {
                String r = rest.startsWith("的") ? rest.substring(1).strip() : rest;
                if (startsWithCue(r, "level")) return r;
                String c = afterCue(r, "coord");
                if (c == null && r.startsWith("、")) c = r.substring(1).strip();
                String f = c == null ? null : afterCue(c, "molform");
                if (f == null) return s;
                rest = f;
            }
        }

        /**
         * "诱导TNF-α、IL-6等炎症因子的产生": a list closed by an etc cue and a short class noun (Han characters only, at
         * most six) before a level word is read at level, as the list written right before the level word is.
         */
        private boolean etcLevel(Group obj) {
            String after = text.substring(obj.end(), Math.min(text.length(), obj.end() + 16)).strip();
            String rest = afterCue(after, "etc");
            if (rest == null) return false;
            for (int i = 0; i <= Math.min(6, rest.length()); i++) {
                if (startsWithCue(rest.substring(i), "level")) return i > 0;
                if (i < rest.length() && !Chars.isHan(rest.charAt(i))) return false;
            }
            return false;
        }

        // ------------------------------------------------------------ extraction

        void extract(List<Found> out) {
            int from = out.size();
            for (int i = 0; i < triggers.size(); i++) {
                RelationRules.TriggerHit h = triggers.get(i);
                if (alternative(i)) continue;
                events = false;
                for (RelationRules.Trigger t : h.triggers()) if (rules.eventSubjects(t.family())) events = true;
                switch (h.kind()) {
                    case VERB: if (!adjectivalParticiple(h)) verb(h, out); break;
                    case NOUN: noun(h, out); break;
                    case FROM: from(h, out); break;
                    case MODIFIER: modifier(h, out); break;
                    case EFFECT: effect(h, out); break;
                    case CAUSE: if (!adjectivalParticiple(h)) cause(h, out); break;
                    case AGENT: agent(h, out); break;
                    default: break;
                }
                events = false;
            }
            possessiveCarries(out);
            composites(out);
            namedAgents(out);
            if (!patterns.isEmpty()) {
                RelationPattern.Sentence s = new RelationPattern.Sentence(id, text, mentions, groups, documentConcepts);
                for (RelationPattern p : patterns) {
                    List<Found> own = new ArrayList<>();
                    p.find(s, own);
                    for (Found f : own) out.add(f.named(p.getClass().getSimpleName()));
                }
            }
            settingDisease(out, from);
        }

        /**
         * "X decreased tumor weight in a breast cancer model", "X resulted in a decrease in tumor burden in an AML PDX
         * model", "X显著降低了胃癌移植瘤模型的肿瘤体积": a disease written with a word of size (cue kind measure, "tumor
         * weight", or a process named so, "tumor growth") stands for the disease of the experiment the sentence names
         * (cue kind setting: "breast cancer model", "xenograft models of glioma"): the agent that lowers the measure
         * TREATS that disease (the guide: an agent improves a disease). A TREATS of the measured disease itself is dropped
         * (the generic tumour of the measure is the setting's); a process lowered (INHIBITS tumor growth) stays.
         */
        private void settingDisease(List<Found> out, int from) {
            if (from == out.size() || rules.cues(CueKind.MEASURE).isEmpty()) return;
            List<Candidate> settings = new ArrayList<>();
            for (Group g : groups) {
                if (g.carried()) continue;
                boolean after = settingAfter(g.end());
                boolean before = settingBefore(g.start());
                // "a xenograft model using A549 lung adenocarcinoma cells": past a cell line named right before the cells
                Group prev = groupBefore(g.start());
                if (!before && prev != null && !prev.carried() && text.substring(prev.end(), g.start()).isBlank()
                        && prev.items().stream().allMatch(c -> c.concept().type() == EntityType.CELL)) before = settingBefore(prev.start());
                if (!after && !before) continue;
                for (Candidate c : g.items()) {
                    if (c.concept().type() == EntityType.DISEASE) settings.add(c);
                    // "a xenograft model using A549 lung adenocarcinoma cells": the cells' disease, where the document names it
                    Candidate d = before && c.concept().type() == EntityType.CELL ? cellDisease(c) : null;
                    if (d != null) settings.add(d);
                }
            }
            if (settings.isEmpty()) return;
            List<Found> add = new ArrayList<>();
            for (int i = from; i < out.size(); i++) {
                Found f = out.get(i);
                boolean treats = f.predicate() == Predicate.TREATS;
                if (!(treats || f.predicate() == Predicate.INHIBITS) || !measured(f.object())) continue;
                boolean any = false;
                for (Candidate d : settings) {
                    if (d.concept().equals(f.object().concept()) || d == f.subject()) continue;
                    add.add(new Found(f.subject(), Predicate.TREATS, d, f.negated(), f.hedged(), f.sentence(),
                            f.triggerStart(), f.triggerEnd(), "setting:" + f.pattern(), f.path()));
                    any = true;
                }
                if (any && treats) out.remove(i--);
            }
            out.addAll(add);
        }

        /** Whether a setting cue follows pos ("model", "xenograft"; in Chinese within a few characters: "大鼠模型"). */
        private boolean settingAfter(int pos) {
            if (pos < 0 || pos > text.length()) return false;
            String rest = text.substring(pos, Math.min(text.length(), pos + 24));
            if (chinese) {
                for (int i = 0; i <= 4 && i < rest.length() && Chars.isHan(rest.charAt(i)); i++) {
                    if (startsWithCue(rest.substring(i), "setting")) return true;
                }
                return false;
            }
            return startsWithLatinCue(rest.stripLeading().toLowerCase(Locale.ROOT), CueKind.SETTING);
        }

        /** Whether lower-case text l starts with a Latin cue of the kind as a whole word ("model", not "modelling"). */
        private boolean startsWithLatinCue(String l, CueKind kind) {
            for (String c : rules.cues(kind)) {
                String cl = c.toLowerCase(Locale.ROOT);
                if (Chars.hasHan(cl) || !l.startsWith(cl)) continue;
                if (l.length() == cl.length() || !Chars.isWordChar(l.charAt(cl.length()))) return true;
            }
            return false;
        }

        /**
         * Whether a cue of kind settingof ends the text before pos ("disease models of acute myeloid leukemia", "a xenograft
         * model using A549 cells").
         */
        private boolean settingBefore(int pos) {
            if (chinese || pos <= 0) return false;
            return endsWithCue(lower.substring(Math.max(0, pos - 40), pos), "settingof");
        }

        /**
         * The disease a cell mention is named by ("lung adenocarcinoma cells", "renal cell carcinoma cells"): the longest
         * run of its first words that the document names as a DISEASE entity, at the cell's place; else null.
         */
        private Candidate cellDisease(Candidate c) {
            String[] words = text.substring(c.start(), c.end()).toLowerCase(Locale.ROOT).split("\\s+");
            for (int k = words.length - 1; k >= 1; k--) {
                org.bilex.lexicon.Concept d = namedForms.get(String.join(" ", java.util.Arrays.copyOfRange(words, 0, k)));
                if (d != null && d.type() == EntityType.DISEASE) return new Candidate(c.start(), c.end(), d, c.priority(), c.via());
            }
            return null;
        }

        /**
         * Whether the mention is a disease written with a word of size after it ("tumor weight", "肿瘤的体积"), or a
         * process named by a disease of the document and such a word ("tumor growth", "肿瘤生长").
         */
        private boolean measured(Candidate o) {
            if (o.start() < 0 || o.end() > text.length()) return false;
            if (o.concept().type() == EntityType.DISEASE) {
                String after = text.substring(o.end(), Math.min(text.length(), o.end() + 16));
                if (chinese) {
                    if (after.startsWith("的")) after = after.substring(1);
                    return startsWithCue(after, "measure");
                }
                String l = after.stripLeading().toLowerCase(Locale.ROOT);
                if (l.length() == after.length()) return false; // "tumorweight": no word of its own
                return startsWithLatinCue(l, CueKind.MEASURE);
            }
            if (o.concept().type() != EntityType.PROCESS) return false;
            String written = text.substring(o.start(), o.end()).toLowerCase(Locale.ROOT);
            for (String c : rules.cues(CueKind.MEASURE)) {
                String cl = c.toLowerCase(Locale.ROOT);
                String head = chinese ? cl : " " + cl;
                if (chinese != Chars.hasHan(cl) || !written.endsWith(head) || written.length() == head.length()) continue;
                String first = written.substring(0, written.length() - head.length()).strip();
                if (chinese && first.endsWith("的")) first = first.substring(0, first.length() - 1);
                org.bilex.lexicon.Concept k = namedForms.get(first);
                if (k != null && k.type() == EntityType.DISEASE) return true;
            }
            return false;
        }

        /**
         * Whether an English verb trigger written as a participle stands as an adjective before its noun: after the
         * article (also an -ing participle: "an increasing gradient of imidazole") or after a preposition ("binds the
         * activated STAT3", "through activated STAT3", "associated with
         * increased IL-6"), unless the preposition ends a causative trigger, whose object it is ("resulted in decreased
         * IL-6", "leads to reduced apoptosis"); any trigger after a verb of showing (cue kind exhibit: "carriers showed
         * reduced IL-5", "had lower IL-10"); any trigger after an article right after a verb trigger that is no verb of gain
         * ("reversed the increase of IL-6": the verb's object, a noun);
         * a participle right after another verb trigger ("inhibits activated STAT3"); an "-ing" trigger joined by a hyphen to the word before ("dystonia-causing
         * mutations"). Such a word names a state of the noun, not an act of a subject.
         */
        private boolean adjectivalParticiple(RelationRules.TriggerHit h) {
            if (chinese) return false;
            // "dystonia-causing mutations", "tumor-promoting cells": the word before the hyphen is what the noun after brings about
            if (h.start() > 0 && text.charAt(h.start() - 1) == '-' && lower.startsWith("ing", h.end() - 3)) return true;
            int e = h.start();
            while (e > 0 && Character.isWhitespace(text.charAt(e - 1))) e--;
            int b = e;
            while (b > 0 && Character.isLetter(text.charAt(b - 1))) b--;
            if (b == e) return false;
            String prev = lower.substring(b, e);
            // "carriers showed reduced IL-5", "patients had lower IL-10": the subject shows a state
            for (String c : rules.cues("exhibit")) if (c.equalsIgnoreCase(prev)) return true;
            // "the activated STAT3": after an article a participle is an adjective; "reversed the increase of IL-6", "reversed
            // the LPS-induced increase of IL-6", "prevented the decrease of IL-10": after an article (past a hyphenated
            // modifier) right after a verb trigger that drives nothing, a trigger is that verb's object, a noun whose change
            // the verb holds back; after a verb of gain ("induced the increase of IL-6") its own reading gives the same
            // direction and stands
            int ab = b, ae = e;
            if (b > 0 && text.charAt(b - 1) == '-') {
                int e2 = b;
                while (e2 > 0 && !Character.isWhitespace(text.charAt(e2 - 1))) e2--;
                while (e2 > 0 && Character.isWhitespace(text.charAt(e2 - 1))) e2--;
                int b2 = e2;
                while (b2 > 0 && Character.isLetter(text.charAt(b2 - 1))) b2--;
                ab = b2;
                ae = e2;
            }
            boolean article = false;
            // "an increasing gradient of imidazole": after an indefinite article too (kind indefinite, kept out of the
            // article kind, which also shapes the English gap words "of the", "by the")
            for (String c : rules.cues("indefinite")) {
                if (c.equalsIgnoreCase(prev) && (lower.startsWith("ed", h.end() - 2) || lower.startsWith("ing", h.end() - 3))) return true;
            }
            for (String c : rules.cues("article")) {
                // "the activated STAT3", "an increasing gradient of imidazole": a participle right after an article
                // (relation-cues.tsv kind article) names a state of the noun after it
                if (c.equalsIgnoreCase(prev) && (lower.startsWith("ed", h.end() - 2) || lower.startsWith("ing", h.end() - 3))) return true;
                if (ab < ae && c.equalsIgnoreCase(lower.substring(ab, ae))) article = true;
            }
            if (article) {
                int ve = ab;
                while (ve > 0 && Character.isWhitespace(text.charAt(ve - 1))) ve--;
                for (RelationRules.TriggerHit o : allHits) {
                    if (o.end() != ve || o == h || o.kind() != RelationRules.Kind.VERB) continue;
                    for (RelationRules.Trigger v : o.triggers()) if (polarity(v.family()) <= 0) return true;
                }
            }
            if (!lower.startsWith("ed", h.end() - 2)) return false;
            // "inhibits activated STAT3": right after another verb trigger
            for (RelationRules.TriggerHit o : allHits) {
                if (o.end() == e && o != h && o.kind() == RelationRules.Kind.VERB) return true;
            }
            boolean preposition = false;
            for (String c : rules.cues("preposition")) if (c.equalsIgnoreCase(prev)) preposition = true;
            if (!preposition) return false;
            for (RelationRules.TriggerHit o : allHits) {
                if (o.end() == e && o.kind() == RelationRules.Kind.CAUSE) return false;
            }
            return true;
        }

        /**
         * Whether trigger i stands as an alternative to a neighbour trigger of the opposite polarity ("激活或抑制靶基因的转录",
         * "increase or decrease IL-6"): wording with no direction, no relation from either ("inhibit or reduce" keeps it).
         */
        private boolean alternative(int t) {
            RelationRules.TriggerHit h = triggers.get(t);
            // the neighbours among all hits: "呈上调或下调的特性" drops 下调 (an adjective) from the verbs, not from the pair
            int i = allHits.indexOf(h);
            if (i < 0) return false;
            for (int j = i - 1; j <= i + 1; j += 2) {
                if (j < 0 || j >= allHits.size()) continue;
                RelationRules.TriggerHit o = allHits.get(j);
                String mid = j < i ? text.substring(Math.min(o.end(), h.start()), h.start()) : text.substring(h.end(), Math.max(h.end(), o.start()));
                if (!isCue(mid.strip(), "alternative")) continue;
                for (RelationRules.Trigger a : h.triggers()) {
                    for (RelationRules.Trigger b : o.triggers()) if (polarity(a.family()) * polarity(b.family()) < 0) return true;
                }
            }
            return false;
        }

        /** +1 when the family drives a process (PROMOTES), -1 when it holds one back (INHIBITS), else 0 (predicate table). */
        private int polarity(String family) {
            RelationRules.Decision d = rules.decide(family, EntityType.PROCESS, "*", EntityType.CHEMICAL);
            if (d == null || d.predicate() == null) return 0;
            return d.predicate() == Predicate.PROMOTES ? 1 : d.predicate() == Predicate.INHIBITS ? -1 : 0;
        }

        private void verb(RelationRules.TriggerHit h, List<Found> out) {
            if (isHan(h) && instrumentVerb(h)) return; // "激活X能够激活Y": X is the next verb's agent (instrument)
            if (chinese && isHan(h) && lossCondition(h)) return; // "抑制X可减少Y": no subject the sentence names
            if (afterLossCondition.contains(h.start())) return;
            if (chinese && isHan(h) && causedPronoun(h, out)) return;
            // passive: "A 由 B 分泌", "A is inhibited by B"
            if (isHan(h)) {
                Group agent = groupBefore(h.start());
                if (agent != null && sameClause(agent.end(), h.start()) && h.start() - agent.end() <= 24 && !claimed.contains(agent)) {
                    String before = text.substring(Math.max(0, agent.start() - 3), agent.start()).strip();
                    if (endsWithCue(before, "passive")) {
                        int cue = agent.start() - 1;
                        while (cue > 0 && text.charAt(cue) == ' ') cue--;
                        Group patient = groupBefore(cue);
                        if (patient != null && claimed.contains(patient)) patient = null;
                        if (patient == null) patient = carriedSubject(cue);
                        if (patient != null && !patient.carried() && cells(patient)
                                && afterCue(text.substring(h.end(), Math.min(text.length(), h.end() + 6)).strip(), "pivot") != null) {
                            // "巨噬细胞被IL-4诱导向M2型极化": the cells undergo what follows the pivot cue, as in the active
                            // "诱导巨噬细胞向M2型极化"; the agent acts on that process or disease, not on the cells
                            claimed.add(agent);
                            Group n = groupAfter(h.end(), clauseEnd(h.end()));
                            if (n != null && n.start() - h.end() <= 12 && !cells(n)) {
                                for (Candidate c : n.items()) {
                                    EntityType t = c.concept().type();
                                    if (t == EntityType.PROCESS || t == EntityType.DISEASE) {
                                        claimed.add(n);
                                        emitAll(out, "verb-passive-pivot", h, agent, withContinuation(n));
                                        break;
                                    }
                                }
                            }
                            noteSubject(patient);
                            return;
                        }
                        if (patient != null) {
                            claimed.add(agent);
                            emitAll(out, "verb-passive", h, agent, patient);
                            noteSubject(patient);
                            if (patient.end() <= h.start()) noteClauseSubject(h, patient); // a carried patient too: the clause's topic
                            return;
                        }
                    }
                }
            }
            boolean agentless = false;
            if (!isHan(h)) {
                String before = lower.substring(Math.max(0, h.start() - 24), h.start());
                if (rules.endsWithPassiveAuxiliary(before)) {
                    // "Bax was upregulated while Bcl-2 was downregulated": a passive verb of one word takes no object after
                    // it; with no agent, only the list before it can be its object (a trigger with its preposition,
                    // "secreted by", reads its agent as written)
                    agentless = text.substring(h.start(), h.end()).indexOf(' ') < 0;
                    Group agent = groupAfter(h.end(), clauseEnd(h.end()));
                    if (agent != null && rules.agentGap(text.substring(h.end(), agent.start()).strip().toLowerCase(Locale.ROOT))) {
                        Group patient = groupBefore(h.start());
                        if (patient != null && claimed.contains(patient)) patient = null;
                        // "the activation of NF-κB by LPS was inhibited by X", "the effect of IL-6 on STAT3 was blocked by X":
                        // the list right before is inside a phrase of the subject, not its head; the window has no patient
                        if (patient != null && !patient.carried() && insideModifierPhrase(patient)) return;
                        if (patient == null) patient = carriedSubject(h.start());
                        if (patient != null) {
                            claimed.add(agent);
                            emitAll(out, "verb-passive", h, agent, patient);
                            noteSubject(patient);
                        }
                        return;
                    }
                }
            }
            if (isHan(h) && (attributive(h, out) || relativeClause(h, out))) return;
            if (chinese && isHan(h) && possessorObject(h, out)) return;
            Group obj = agentless ? null : objectAfter(h);
            if (obj == null && !agentless) obj = sharedObject(h);
            Group subj;
            if (obj != null) {
                stateTopic = chinese;
                subj = subjectBefore(Math.min(h.start(), obj.start()), true);
                stateTopic = false;
            } else {
                obj = objectBefore(h);
                if (obj == null) {
                    // "双Smad抑制可能包含…": a Chinese verb with no object and a list right before it is
                    // nominalised ("the inhibition of Smad"); the list is its object, no topic of the clauses after
                    Group prev = groupBefore(h.start());
                    if (isHan(h) && prev != null && !prev.carried() && text.substring(prev.end(), h.start()).isBlank()
                            && clauseEnd(h.end()) == clauseEnd(prev.end()) && groupAfter(h.end(), clauseEnd(h.end())) == null
                            && !nounAfter(h) && !treatedAgent(prev)) claimed.add(prev); // "LPS刺激24 h后，…": an agent
                    return;
                }
                claimed.add(obj);
                subj = subjectBefore(obj.start(), true);
                // "IL-6的表达在LPS处理后显著升高": the agent of a treatment frame between the object and its change
                if (chinese) for (Group g : groups) if (g.start() >= obj.end() && g.end() <= h.start() && treatedAgent(g)) subj = g;
                // "STAT3的磷酸化水平明显降低", "巨噬细胞的凋亡减少": a list joined to the object by 的 owns it; the fall
                // or rise has no subject the sentence names
                if (subj != null && !subj.carried() && subj.end() <= obj.start()
                        && isCue(text.substring(subj.end(), obj.start()).strip(), "of")) return;
                // "巨噬细胞表现出凋亡增加": the subject shows the change as a state of its own (cue kind exhibit)
                if (subj != null && !subj.carried() && subj.end() <= obj.start() && hasCue(subj.end(), obj.start(), "exhibit")) return;
            }
            if (subj == obj) subj = null;
            if (subj == null) subj = copulaSubject(obj);
            claimed.add(obj); // the object of this trigger, whether or not its subject is an entity
            if (subj == null) {
                // "S100A9表达上调，并…": the list's own rise, no agent; it stays the topic of the clauses after (after its
                // fall, "IL-6表达降低，从而抑制…", what follows is the loss's doing, not the list's)
                if (chinese && isHan(h) && obj.end() <= h.start() && !obj.carried() && polarity(h.triggers().get(0).family()) > 0) stateLists.add(obj);
                if (chinese && isHan(h) && obj.end() <= h.start() && !obj.carried()) stateObjects.add(obj);
                return;
            }
            // the pivot's verb takes its own object right after it ("诱导肾脏纤维化"), not one shared through a verb join
            // ("诱导β-连环蛋白活化并发挥促血管生成作用": the activation is what happens to the pivot)
            boolean ownObject = obj.start() >= h.end() && obj.start() - h.end() <= 2 && !hasCue(h.end(), obj.start(), "verbjoin");
            RelationRules.TriggerHit before = chinese && isHan(h) && ownObject ? pivotVerb(h, subj) : null;
            if (before != null) {
                // "mir-192促进了TGF-β1诱导肾脏纤维化", "姜黄素抑制IL-6促进炎症": the object of the verb before, written right
                // before this one, is this verb's subject too (a pivot); after a verb of loss, the only one
                emitAll(out, "verb-pivot", h, groupBefore(h.start()), obj);
                if (polarity(before.triggers().get(0).family()) < 0) return;
            }
            int read = out.size();
            emitAll(out, "verb", h, subj, obj);
            if (chinese && obj.end() <= h.start()) {
                for (Found f : out.subList(read, out.size())) {
                    if (allowed(f) && !f.subject().concept().equals(f.object().concept())) causedChanges.add(clauseStart(h.start()));
                }
            }
            noteSubject(subj);
        }

        /**
         * "NF-κB作用于S100A9，使其表达上调", "TLR4作用于TRIF，使其活化": after a causative pronoun (cue kind causeit, past
         * level cues) the trigger's object is the last list before the cue, in its sentence, and its subject that list's
         * clause subject; the trigger takes no object after it ("使其活化并与TRAF6结合": nothing of TRAF6). Returns
         * whether the cue stood there (the trigger is then read).
         */
        private boolean causedPronoun(RelationRules.TriggerHit h, List<Found> out) {
            String before = text.substring(Math.max(0, h.start() - 10), h.start()).strip();
            for (int k = 0; k < 2; k++) { // "使其表达上调": a level word between the pronoun and the trigger
                boolean cut = false;
                for (String c : rules.cues("level")) {
                    if (Chars.hasHan(c) && before.endsWith(c)) {
                        before = before.substring(0, before.length() - c.length()).strip();
                        cut = true;
                        break;
                    }
                }
                if (!cut) break;
            }
            String cue = null;
            for (String c : rules.cues("causeit")) if (before.endsWith(c)) cue = c;
            if (cue == null) return false;
            int cueStart = text.lastIndexOf(cue, h.start());
            if (cueStart < 0) return false;
            Group obj = null;
            for (Group g : groups) if (!g.carried() && g.end() <= cueStart) obj = g;
            if (obj == null) return true;
            Group subj = subjectBefore(obj.start(), true);
            if (subj == null || subj == obj) return true;
            emitAll(out, "verb-caused-pronoun", h, subj, obj, false);
            return true;
        }

        /**
         * The verb trigger whose object list stands right before h (nothing between them) in h's clause, when that list
         * is not h's subject already and no via cue opens the means ("通过抑制STAT3促进凋亡": the subject does both); else null.
         */
        private RelationRules.TriggerHit pivotVerb(RelationRules.TriggerHit h, Group subj) {
            Group g = groupBefore(h.start());
            if (g == null || g == subj || g.carried() || !claimed.contains(g) || !text.substring(g.end(), h.start()).isBlank()) return null;
            int cs = clauseStart(h.start());
            if (g.start() < cs) return null;
            RelationRules.TriggerHit verb = null;
            for (RelationRules.TriggerHit t : triggers) {
                if (t.start() >= cs && t.end() <= g.start() && g.start() - t.end() <= 2) verb = t;
            }
            if (verb == null || verb.kind() != RelationRules.Kind.VERB || hasCue(cs, verb.start(), "via")) return null;
            return verb;
        }

        /**
         * "STAT3在胃癌细胞中高表达，姜黄素能够抑制其表达": a possessive cue right after the verb, then a level or an
         * activity cue: the verb acts on the level of a list named before, the topic of the clauses before (or, when
         * that is the verb's own subject, the last list of the clause before: "PTEN可抑制STAT3的活化，并降低其表达").
         * 其 never stands for the verb's own subject. With no such list, no relation, and no list before the verb is
         * taken as its object; with other words after 其 ("抑制其生长") the verb is read as any other.
         */
        private boolean possessorObject(RelationRules.TriggerHit h, List<Found> out) {
            String after = text.substring(h.end(), clauseEnd(h.end())).strip();
            String rest = afterCue(after, "possessive");
            if (rest == null) return false;
            Group next = groupAfter(h.end(), clauseEnd(h.end()));
            if (next != null && text.substring(h.end(), next.start()).strip().length() <= 2) return false; // "抑制其下游的ERK": a list of its own
            String level = startsWithCue(rest, "level") ? "level" : startsWithCue(rest, "activity") ? "activity" : null;
            if (level == null) return false; // "抑制其生长和IL-6的分泌": the verb's other object, if any, as before
            Group subj = subjectBefore(h.start(), true);
            int cs = clauseStart(h.start());
            if (subj != null && !subj.carried() && subj.start() >= cs) {
                // "IL-27抑制成纤维细胞的活化，而TGF-β1促进其活化": with a subject of its own, 其 is the owner of the same
                // noun in the clause before (or that owner's process, a name ending in the noun), not that clause's topic
                Group parallel = parallelOwner(cs, rest);
                if (parallel != null) {
                    Group obj = Group.carried(parallel.items());
                    for (RelationRules.Trigger t : h.triggers()) {
                        if (emit(out, "verb-possessor:" + t.family() + "+parallel-object", t.family(), subj,
                                obj, parallel.items().get(0).concept().type() == EntityType.PROCESS ? "*" : level, h.start(), h.end()) > 0) break;
                    }
                    noteSubject(subj);
                    return true;
                }
            }
            Group ante = topic(h.start());
            if (ante == null || subj != null && ante.items().equals(subj.items())) {
                ante = null;
                int ps = cs > 0 ? clauseStart(cs - 1) : 0;
                for (Group g : groups) if (g.start() >= ps && g.end() <= cs && (subj == null || !g.items().equals(subj.items()))) ante = g;
            }
            if (subj == null || ante == null) return true;
            Group obj = Group.carried(ante.items());
            for (RelationRules.Trigger t : h.triggers()) {
                if (emit(out, "verb-possessor:" + t.family() + "+carried-object", t.family(), subj, obj, level, h.start(), h.end()) > 0) break;
            }
            noteSubject(subj);
            return true;
        }

        /**
         * The owner, in the clause before cs, of the noun written after a possessive pronoun ({@code rest} starts with it:
         * "活化" of "其活化"): a list right before "的" and that noun, or a mention whose written form ends with the noun
         * (a process named with it, "成纤维细胞的活化"); null when the clause before has neither.
         */
        private Group parallelOwner(int cs, String rest) {
            if (cs <= 0) return null;
            int n = 0;
            while (n < rest.length() && n < 4 && Chars.isHan(rest.charAt(n))) n++;
            if (n < 2) return null;
            String noun = rest.substring(0, n);
            int ps = clauseStart(cs - 1);
            int at = text.lastIndexOf(noun, cs);
            if (at < ps) return null;
            for (Group g : groups) {
                if (g.start() < ps || g.end() > at + noun.length()) continue;
                for (Candidate c : g.items()) {
                    if (c.end() == at + noun.length()) return new Group(List.of(c), c.start(), c.end());
                }
                String mid = text.substring(g.end(), at).strip();
                if (mid.equals("的") || mid.isEmpty()) return g;
            }
            return null;
        }

        /**
         * "TGF-β1激活的Smad3促进纤维化": a list, a verb trigger and 的 (cue kind nominal) before a list: the first
         * acts on the second, which heads the phrase and may be the subject of the clause's own verb after it.
         */
        private boolean attributive(RelationRules.TriggerHit h, List<Found> out) {
            String after = text.substring(h.end(), Math.min(text.length(), h.end() + 4));
            String nominal = null;
            for (String c : rules.cues(CueKind.NOMINAL)) if (after.startsWith(c)) nominal = c;
            if (nominal == null) return false;
            Group subj = groupBefore(h.start());
            if (subj == null || subj.carried() || !text.substring(subj.end(), h.start()).isBlank() || claimed.contains(subj)) return false;
            Group head = groupAfter(h.end(), clauseEnd(h.end()));
            if (head == null || head.start() - h.end() - nominal.length() > 2) return false;
            claimed.add(subj);
            relativeHeads.add(head);
            emitAll(out, "verb-attributive", h, subj, head, false);
            return true;
        }

        /**
         * A Chinese relative clause before its head: "分泌IL-6的巨噬细胞促进炎症", "携带miR-21的外泌体抑制凋亡".
         * The verb opens its clause (no list before it there), its object is followed by an "of" cue and a
         * list that can be a subject, and another trigger follows that list closely: the list is the subject
         * of both verbs. A bracket after a class noun naming the list ("的小分子化合物(A、B)") needs no later trigger. Without a trigger after it ("促进HaCaT细胞的增殖") the list is the object's head.
         */
        private boolean relativeClause(RelationRules.TriggerHit h, List<Found> out) {
            int cs = clauseStart(h.start());
            for (Group g : groups) if (g.start() >= cs && g.end() <= h.start()) return false;
            int limit = clauseEnd(h.end());
            Group obj = groupAfter(h.end(), Math.min(limit, nextTriggerStart(h.end())));
            if (obj == null || obj.start() - h.end() > 4) return false;
            Group head = groupAfter(obj.end(), limit);
            if (head == null || !subjectLike(head)) return false;
            int headEnd = head.end();
            if (!isCue(text.substring(obj.end(), head.start()).strip(), "of")) {
                // "抑制BMP的小分子化合物(dorsomorphin、DMH1)可以…": the head noun is no entity; its bracketed members are
                headEnd = bracketMembers(obj.end(), head);
                if (headEnd < 0) return false;
            }
            int next = nextTriggerStart(headEnd);
            // the bracket names the clause's head for certain: no later verb is needed to tell it from the object's head
            boolean bracketed = headEnd != head.end();
            if (!bracketed && (next >= limit || next - headEnd > 4)) return false;
            claimed.add(obj);
            relativeHeads.add(head);
            emitAll(out, "verb-relative", h, head, obj);
            return true;
        }

        /**
         * Where the bracket closes when [from, head) is an of cue, a short plain noun and an opening bracket, and the
         * bracket holds the list head and closes right after it ("的小分子化合物(A、B)"); else -1.
         */
        private int bracketMembers(int from, Group head) {
            String mid = text.substring(from, head.start()).strip();
            String rest = afterCue(mid, "of");
            if (rest == null || rest.isEmpty()) return -1;
            char open = rest.charAt(rest.length() - 1);
            if (open != '(' && open != '（') return -1;
            String noun = rest.substring(0, rest.length() - 1).strip();
            if (noun.isEmpty() || noun.length() > 10 || !plain(noun)) return -1;
            int i = head.end();
            // "(dorsomorphin、DMH1和LDN193189)": the list may end on a code the lexicon does not know, joined to it
            java.util.regex.Matcher code = UNKNOWN_CODE.matcher(text).region(i, text.length());
            if (code.lookingAt() && isCoordination(code.group(1))) i = code.end();
            while (i < text.length() && text.charAt(i) == ' ') i++;
            if (i >= text.length() || text.charAt(i) != ')' && text.charAt(i) != '）') return -1;
            return i + 1;
        }

        /** Whether a noun trigger follows in the clause ("具有多种表面标志物": the verb's object is that noun's). */
        private boolean nounAfter(RelationRules.TriggerHit h) {
            int ce = clauseEnd(h.end());
            for (RelationRules.TriggerHit n : triggers) if (n.start() >= h.end() && n.start() < ce && n.kind() == RelationRules.Kind.NOUN) return true;
            return false;
        }

        /**
         * "抑制并降低IL-6的表达", "inhibits and reduces IL-6": a verb with no object of its own, joined to
         * the next verb by a verbjoin cue alone, shares that verb's object.
         */
        private Group sharedObject(RelationRules.TriggerHit h) {
            // "LPS诱导STAT3表达下调并促进凋亡": a verb that is the fall of the list before it says what happens to that list
            Group prev = chinese ? groupBefore(h.start()) : null;
            if (prev != null && isCue(text.substring(h.start(), h.end()), "fall") && prev.end() >= clauseStart(h.start())
                    && fallAt(prev.end(), clauseEnd(prev.end()), false)) return null;
            for (RelationRules.TriggerHit n : triggers) {
                if (n.start() < h.end()) continue;
                if (n.kind() != RelationRules.Kind.VERB && n.kind() != RelationRules.Kind.CAUSE) return null;
                String rest = afterCue(text.substring(h.end(), n.start()).strip(), "verbjoin");
                return rest != null && rest.isEmpty() ? objectAfter(n) : null;
            }
            return null;
        }

        /** "用来鉴定外泌体的表面蛋白通常为CD9、CD63": the list after 为/是 is the subject. */
        private Group copulaSubject(Group obj) {
            int limit = clauseEnd(obj.end());
            Group n = groupAfter(obj.end(), limit);
            if (n == null) return null;
            String mid = text.substring(obj.end(), n.start());
            if (mid.length() <= 14 && endsWithCue(mid, "copula")) return n;
            return null;
        }

        /**
         * Whether the list is the complement of an English noun trigger before it: the trigger and a complement gap
         * ("of", "of the") stand right before the list, or before the first item of a list it continues with no trigger,
         * bracket, colon or semicolon between ("downregulation of A, B, C and D": the parser's groups may split a long list).
         */
        private boolean nounComplement(Group g) {
            for (RelationRules.TriggerHit t : triggers) {
                if (t.kind() != RelationRules.Kind.NOUN || t.end() > g.start()) continue;
                Group first = groupAfter(t.end(), g.start() + 1);
                if (first == null || text.substring(t.end(), g.start()).matches("(?s).*[;:()\\[\\]].*")) continue;
                if (!rules.complementGap(text.substring(t.end(), first.start()).strip().toLowerCase(Locale.ROOT))) continue;
                if (first == g) return true;
                boolean between = false;
                for (RelationRules.TriggerHit u : triggers) between |= u != t && u.start() >= t.end() && u.start() < g.start();
                if (!between) return true;
            }
            return false;
        }

        /** Whether a verb or causative trigger stands wholly inside [from, to). */
        private boolean verbTriggerBetween(int from, int to) {
            for (RelationRules.TriggerHit t : triggers) {
                if (t.start() >= from && t.end() <= to
                        && (t.kind() == RelationRules.Kind.VERB || t.kind() == RelationRules.Kind.CAUSE)) return true;
            }
            return false;
        }

        private void noun(RelationRules.TriggerHit h, List<Found> out) {
            String family = h.triggers().get(0).family();
            if (family.equals("marker")) {
                marker(h, out);
                return;
            }
            if (!isHan(h)) {
                // "the inhibition of B by A", "A-mediated inhibition of B"
                Group obj = groupAfter(h.end(), clauseEnd(h.end()));
                if (obj == null || !rules.complementGap(text.substring(h.end(), obj.start()).strip().toLowerCase(Locale.ROOT))) return;
                Group subj = null;
                Group by = groupAfter(obj.end(), clauseEnd(obj.end()));
                if (by != null && rules.agentGap(text.substring(obj.end(), by.start()).strip().toLowerCase(Locale.ROOT))) subj = by;
                if (subj == null) {
                    subj = subjectBefore(h.start());
                    // "A inhibited the activation of B": the noun is the object of the verb before it (which reads
                    // it, an activity of B); A is that verb's subject, not the noun's agent: A does not activate B
                    if (subj != null && verbTriggerBetween(subj.end(), h.start())) return;
                    // "downregulation of A and B and upregulation of C": a list that is the complement of a noun
                    // trigger before it is that noun's object, not the next noun's agent
                    if (subj != null && nounComplement(subj)) return;
                }
                if (subj == null) subj = carriedSubject(h.start());
                if (subj == null) return;
                claimed.add(obj);
                emitAll(out, "noun-of", h, subj, obj);
                return;
            }
            // "在 X 中的治疗效果", "对 X 的抑制": the object is just before
            Group obj = groupBefore(h.start());
            if (obj == null || !sameClause(obj.end(), h.start()) || h.start() - obj.end() > 6 || claimed.contains(obj)) return;
            Group subj = subjectBefore(obj.start());
            String rule = "noun-before";
            if (subj == null) {
                // "银屑病的病因包括炎症和氧化应激", "X的主要病因是Y": the list after the copula is the subject
                subj = copulaAfter(h);
                rule = "noun-copula";
            }
            if (subj == null) subj = carriedSubject(obj.start());
            if (subj == null) return;
            claimed.add(obj);
            if (rule.equals("noun-copula")) {
                claimed.add(subj);
                emitAll(out, rule, h, subj, obj, false);
            } else {
                emitAll(out, rule, h, subj, obj);
            }
        }

        /**
         * "…的病因包括Y", "…的病因主要是Y": the list right after a copula cue (lead words allowed) after the trigger, in its
         * clause; or right after the trigger itself, its apposition ("miR-21的靶基因PTEN").
         */
        private Group copulaAfter(RelationRules.TriggerHit h) {
            Group g = groupAfter(h.end(), clauseEnd(h.end()));
            if (g == null) return null;
            String rest = text.substring(h.end(), g.start()).strip();
            // "miR-21的靶基因PTEN": the list right after the noun is its apposition, as after a copula
            if (rest.isEmpty() && g.start() - h.end() <= 1) return g;
            boolean copula = false;
            while (!rest.isEmpty()) {
                String r = afterCue(rest, "lead");
                if (r == null) {
                    r = afterCue(rest, "copula");
                    if (r == null) return null;
                    copula = true;
                }
                rest = r;
            }
            return copula ? g : null;
        }

        /** "M2巨噬细胞…及其标记物IL-1RA、CD163", "MSCs特异性蛋白，如CD29、CD44和CD73", "X是Y的标志物". */
        private void marker(RelationRules.TriggerHit h, List<Found> out) {
            Group markers = groupAfter(h.end(), text.length());
            boolean apposition = false;
            if (markers != null) {
                String mid = text.substring(h.end(), markers.start()).strip();
                if (mid.startsWith(",") || mid.startsWith("(")) mid = mid.substring(1).strip();
                apposition = mid.isEmpty() || isCue(mid, "example");
                // "CAF marker genes (RGS5, PGF)", "外泌体标志蛋白（CD9、CD63）": a short class noun, then the bracket
                if (!apposition && mid.endsWith("(") && mid.length() <= 13) apposition = plain(mid.substring(0, mid.length() - 1));
            }
            Group owner;
            if (endsWithCue(text.substring(Math.max(0, h.start() - 8), h.start()), "possessive")) {
                owner = firstSubject != null ? firstSubject : subjectBefore(h.start());
                if (owner == null) owner = carriedSubject(h.start());
            } else {
                Group prev = groupBefore(h.start());
                owner = prev != null && h.start() - prev.end() <= 3 && sameClause(prev.end(), h.start()) && markable(prev) ? prev : null;
            }
            if (owner == null) {
                // "TAMs具有多个分子标记物，包括CD68", "ADSCs能表达CD195、CD117等干细胞通用的标志性分子",
                // "MSCs express markers such as CD73": the owner shows its markers through a bears verb
                int cs = clauseStart(h.start());
                int bear = cueAt(cs, h.start(), "bears", true);
                Group o = null;
                if (bear >= 0) for (Group g : groups) if (g.end() <= bear && g.end() > cs) o = g;
                if (o != null && bear - o.end() <= 6 && !claimed.contains(o)) {
                    Group listed = null;
                    for (Group g : groups) if (g.start() > bear && g.end() <= h.start()) listed = g;
                    if (!apposition && listed != null && h.start() - listed.end() <= 16 && sameClause(listed.end(), h.start())) {
                        markers = listed;
                        apposition = true;
                    }
                    if (apposition) owner = o;
                }
            }
            if (owner == null) return;
            if (apposition) {
                claimed.add(markers);
                emitAll(out, "marker-apposition", h, markers, owner);
                return;
            }
            // "X是Y的标志物": only for an owner named in this sentence, with a subject named before it
            if (owner.carried()) return;
            Group subj = subjectBefore(owner.start());
            if (subj != null && !subj.carried() && hasCue(subj.end(), owner.start(), "copula")) emitAll(out, "marker-copula", h, subj, owner);
        }

        /** Whether some item of the list may own markers (relation-constraints.tsv: MARKER_OF objects). */
        private boolean markable(Group g) {
            for (Candidate c : g.items()) if (rules.allows(Predicate.MARKER_OF, EntityType.MARKER, c.concept().type())) return true;
            return false;
        }

        /** "MSCs能从骨髓、脂肪组织和脐带等多种组织中分离出来". */
        private void from(RelationRules.TriggerHit h, List<Found> out) {
            int cs = clauseStart(h.start());
            // the source cue nearest before the trigger ("从", "from"); a Chinese one even inside a word
            int cue = -1;
            for (int i = h.start() - 1; i >= cs && cue < 0; i--) {
                for (String c : rules.cues("source")) {
                    String cl = c.toLowerCase(Locale.ROOT);
                    if (i + cl.length() > h.start() || !lower.startsWith(cl, i)) continue;
                    if (Chars.hasHan(cl) || wordAt(i, i + cl.length())) {
                        cue = i;
                        break;
                    }
                }
            }
            if (cue < 0) return;
            List<Candidate> items = new ArrayList<>();
            for (Group g : groups) if (g.start() > cue && g.end() <= h.start()) items.addAll(g.items());
            if (items.isEmpty()) return;
            Group obj = new Group(items, items.get(0).start(), items.get(items.size() - 1).end());
            for (Group g : groups) if (g.start() > cue && g.end() <= h.start()) claimed.add(g);
            // "从囊胚中分离胚胎干细胞": the thing taken out follows the verb
            Group after = groupAfter(h.end(), clauseEnd(h.end()));
            if (after != null && after.start() - h.end() <= 2) {
                claimed.add(after);
                emitAll(out, "from-after", h, after, obj);
                return;
            }
            Group subj = subjectBefore(cue);
            if (subj == null) subj = carriedSubject(cue);
            if (subj == null) return;
            emitAll(out, "from", h, subj, obj);
            noteSubject(subj);
        }

        /** "骨髓来源的MSCs", "BMSC-derived": the thing right after comes from the thing right before. */
        private void modifier(RelationRules.TriggerHit h, List<Found> out) {
            Group source = groupBefore(h.start());
            Group thing = groupAfter(h.end(), clauseEnd(h.end()));
            if (source == null || thing == null) return;
            if (h.start() - source.end() > 1 || thing.start() - h.end() > 1) return;
            Candidate s = source.items().get(source.items().size() - 1);
            Candidate t = thing.items().get(0);
            emitAll(out, "modifier", h, new Group(List.of(t), t.start(), t.end()), new Group(List.of(s), s.start(), s.end()));
        }

        /**
         * A causative verb ("A 导致 B", "A leads to B"): as a verb, unless another trigger follows its
         * object closely ("导致活性氧的增多", "导致IL-6水平降低"): that trigger reads the object and
         * the cause is its subject, so the causative verb adds nothing of its own.
         */
        private void cause(RelationRules.TriggerHit h, List<Found> out) {
            Group g = groupAfter(h.end(), clauseEnd(h.end()));
            if (g != null) {
                for (RelationRules.TriggerHit o : triggers) {
                    if (o == h || o.start() < g.end()) continue;
                    if (o.start() - g.end() <= 8 && sameClause(g.end(), o.start()) && groupAfter(g.end(), o.start()) == null) return;
                    break;
                }
            }
            verb(h, out);
        }

        /**
         * "TGF-β诱导的纤维化", "IL-6-mediated inflammation", "病毒感染导致的炎症": the list right before the
         * trigger acts on the noun right after it (walked to its head, "X诱导的巨噬细胞中的IL-6"). The
         * agent is the subject of this relation only: the clause's verb has another subject.
         */
        private void agent(RelationRules.TriggerHit h, List<Found> out) {
            Group source = groupBefore(h.start());
            int limit = clauseEnd(h.end());
            Group thing = groupAfter(h.end(), limit);
            if (source == null || thing == null) return;
            // "LPS刺激导致的炎症": a treatment word (cue kind treated) may stand between the agent and the trigger
            String gap = text.substring(source.end(), h.start()).strip();
            if (!gap.isEmpty() && !(chinese && isCue(gap, "treated")) || thing.start() - h.end() > 2) return;
            while (true) {
                Group n = groupAfter(thing.end(), limit);
                if (n == null) break;
                String mid = text.substring(thing.end(), n.start()).strip();
                if (!(mid.isEmpty() || isCue(mid, "of"))) break;
                thing = n;
            }
            emitAll(out, "agent", h, source, thing, false);
            // "LPS- and TNF-α-induced apoptosis", "IL-1β-, IL-6- or TNF-α-mediated": the lists before a suspended
            // hyphen share the cue
            for (Group g = groupBefore(source.start()); g != null && suspendedHyphenGap.matcher(text.substring(g.end(), source.start())).matches();
                 g = groupBefore(g.start())) {
                emitAll(out, "agent", h, g, thing, false);
                source = g;
            }
        }

        /** "MSCs-exo的抗炎、抗衰老和伤口愈合作用", "发挥促血管生成作用". */
        private void effect(RelationRules.TriggerHit h, List<Found> out) {
            Group obj = groupBefore(h.start());
            if (obj == null || h.start() - obj.end() > 1 || !sameClause(obj.end(), h.start())) return;
            Group subj = subjectBefore(obj.start(), false);
            if (subj == null) return;
            // "有抑制黑素生成的作用": the object is that of the verb right before it, which reads it
            for (RelationRules.TriggerHit o : triggers) {
                if (o == h || o.end() > obj.start() || obj.start() - o.end() > 2) continue;
                for (RelationRules.Trigger t : o.triggers()) {
                    for (Candidate a : subj.items()) {
                        for (Candidate b : obj.items()) {
                            if (rules.decide(t.family(), b.concept().type(), "*", a.concept().type()) != null) return;
                        }
                    }
                }
            }
            claimed.add(obj);
            emitAll(out, "effect", h, subj, obj);
        }

        /**
         * "MSCs-exo的miR-223", "MSCs-exo中miR-let-7b": a vesicle carries the molecule named after it; in Chinese also
         * written right before it with nothing between ("外泌体miR-21", exosomal miR-21), a marker aside.
         */
        private void possessiveCarries(List<Found> out) {
            for (int i = 0; chinese && i + 1 < mentions.size(); i++) {
                Candidate a = mentions.get(i);
                Candidate b = mentions.get(i + 1);
                if (a.end() != b.start() || a.concept().type() != EntityType.VESICLE || !MOLECULES.contains(b.concept().type())) continue;
                // "外泌体CD9、CD63阳性": a marker so written is what the vesicle is positive for, no cargo
                if (b.concept().type() == EntityType.MARKER) continue;
                out.add(new Found(a, Predicate.CARRIES, b, false, false, id, a.start(), b.end(), "juxtaposed-carries"));
            }
            for (int i = 0; i + 1 < groups.size(); i++) {
                Group x = groups.get(i);
                Group y = groups.get(i + 1);
                String mid = text.substring(x.end(), y.start()).strip();
                int cueStart = x.end(), cueEnd = y.start();
                if (!Chars.hasHan(mid) && isCue(mid, "inside")) {
                    // "miR-21 in exosomes": the molecule comes first; "in exosome-treated mice" names no place
                    if (y.end() < text.length() && text.charAt(y.end()) == '-') continue;
                    Group t = x;
                    x = y;
                    y = t;
                } else if (!Chars.hasHan(mid) || !isCue(mid, "of")) continue;
                for (Candidate a : x.items()) {
                    if (a.concept().type() != EntityType.VESICLE) continue;
                    for (Candidate b : y.items()) {
                        if (!MOLECULES.contains(b.concept().type())) continue;
                        out.add(new Found(a, Predicate.CARRIES, b, false, false, id, cueStart, cueEnd, "possessive-carries"));
                    }
                }
            }
        }

        /**
         * Things named by their source are DERIVED_FROM it: vesicles composed from a cell mention,
         * cells whose name says where they come from, and lexicon vesicles named
         * "<source>-derived exosome" when the document names that source.
         */
        private void composites(List<Found> out) {
            for (Candidate c : mentions) {
                org.bilex.lexicon.Concept src = c.source();
                if (src == null && c.concept().type() == EntityType.VESICLE) {
                    java.util.regex.Matcher m = DERIVED_NAME.matcher(c.concept().canonical());
                    if (m.matches()) src = documentConcepts.get(m.group(1).toLowerCase(Locale.ROOT));
                }
                if (src == null) continue;
                Candidate from = new Candidate(c.start(), c.end(), src, c.priority(), c.via());
                out.add(new Found(c, Predicate.DERIVED_FROM, from, false, false, id, c.start(), c.end(), "named-source"));
            }
        }

        /**
         * An agent named after what it acts on (relation-triggers.tsv kind name): "anti-CD20 antibodies" with CD20
         * nested in it, "抗CD20抗体", "a STAT3 inhibitor": the agent acts on the nested mention by the template's
         * family, as the predicate and constraint tables allow (no relation of a mention with itself).
         */
        private void namedAgents(List<Found> out) {
            for (Candidate agent : allMentions) {
                // "mTOR抑制剂雷帕霉素", "AMPK激动剂AICAR": the drug named right after its class is the one that acts
                Candidate actor = drugAfter(agent);
                if (actor == null) actor = agent;
                String written = text.substring(agent.start(), agent.end());
                for (RelationRules.NameFit fit : rules.nameFits(written)) {
                    int xs = agent.start() + fit.start();
                    int xe = agent.start() + fit.end();
                    // the mention nested where X stands, else an entity of the document written so ("STAT3抑制剂")
                    Candidate inner = null;
                    for (Candidate c : allMentions) if (c != agent && c.start() == xs && c.end() == xe) inner = c;
                    if (inner == null) {
                        org.bilex.lexicon.Concept named = namedForms.get(text.substring(xs, xe).toLowerCase(Locale.ROOT));
                        if (named != null) inner = new Candidate(xs, xe, named, agent.priority(), agent.via());
                    }
                    if (inner == null || inner.concept().equals(agent.concept())) continue;
                    RelationRules.Decision d = rules.decide(fit.trigger().family(), inner.concept().type(), "*", agent.concept().type());
                    if (d == null) continue;
                    if (d.reverse()) {
                        // "CD4+ T cells": the nested mention acts on the named thing (CD4 MARKER_OF the cells), not a drug after it
                        if (!rules.allows(d.predicate(), inner.concept().type(), agent.concept().type())) continue;
                        out.add(new Found(inner, d.predicate(), agent, false, false, id, agent.start(), agent.end(), "named-agent:" + fit.trigger().family()));
                        // "CD4+CD25+ T cells": each marker of the name marks the cells
                        continue;
                    }
                    out.add(new Found(actor, d.predicate(), inner, false, false, id, agent.start(), actor.end(), "named-agent:" + fit.trigger().family()));
                    break;
                }
            }
        }

        /** The chemical named right after {@code agent}, with only spaces between ("mTOR抑制剂雷帕霉素", "the mTOR inhibitor rapamycin"), else null. */
        private Candidate drugAfter(Candidate agent) {
            for (Candidate c : mentions) {
                if (c == agent || c.start() < agent.end() || c.concept().type() != EntityType.CHEMICAL) continue;
                if (text.substring(agent.end(), c.start()).isBlank()) return c;
            }
            return null;
        }

        private void emitAll(List<Found> out, String rule, RelationRules.TriggerHit h, Group subj, Group obj) {
            emitAll(out, rule, h, subj, obj, true);
        }

        /** @param clauseSubject whether the subject, when it stands before the trigger in its clause, is the clause's subject */
        private void emitAll(List<Found> out, String rule, RelationRules.TriggerHit h, Group subj, Group obj, boolean clauseSubject) {
            if (clauseSubject && !subj.carried() && subj.end() <= h.start() && obj.start() >= h.end() && sameClause(subj.end(), h.start())) {
                noteClauseSubject(h, subj);
            }
            for (RelationRules.Trigger t : h.triggers()) {
                String pattern = rule + ":" + t.family() + (subj.carried() ? "+carried-subject" : obj.carried() ? "+carried-object" : "");
                if (emit(out, pattern, t.family(), subj, obj, level(h, obj), h.start(), h.end()) > 0) return;
            }
        }

        /** Emits the relations for every (subject, object) pair the table allows; returns how many. */
        private int emit(List<Found> out, String pattern, String family, Group subj, Group obj, String level, int ts, int te) {
            int n = 0;
            if (lossOfFunction(subj)) return 0;
            // an object the predicate table reads at level loss (relation-predicates.tsv) is judged there once
            if (!RelationRules.LOSS.equals(level) && obj.start() >= te && fallAfter(obj, te)) {
                // "LPS诱导STAT3降解", "导致IκBα的降解": the verb of gain brings about the object's fall; "抑制了IL-10的降低":
                // a fall held back raises the object, as a loss held back does (relation-predicates.tsv, level loss)
                int p = polarity(family);
                if (p == 0) return 0;
                family = p > 0 ? FALL_FAMILY : RISE_FAMILY;
            } else if (!RelationRules.LOSS.equals(level) && obj.start() >= te && riseAfter(obj, te)) {
                // "脂多糖诱导的IL-6升高", "导致IL-6的升高": the verb of gain brings about the object's rise (its level goes
                // up); "逆转了IL-6的升高", "抑制IL-6水平的增加": a verb of loss holds the rise back, which lowers the object
                int p = polarity(family);
                if (p == 0) return 0;
                family = p > 0 ? RISE_FAMILY : FALL_FAMILY;
            }
            if (chinese && obj.start() >= te && hasCue(te, obj.start(), "shield")) {
                // "姜黄素保护肝细胞免受凋亡": what the cells are shielded from is held back (INHIBITS, TREATS a disease)
                if (polarity(family) < 0) return 0;
                family = SHIELD_FAMILY;
            }
            int cs = Math.max(clauseStart(ts), !subj.carried() && subj.end() <= ts ? subj.end() : clauseStart(ts));
            int na = Math.max(cs, ts - 12); // a negation cue counts within 12 characters before the trigger
            boolean negated = hasCue(na, ts, "negation");
            if (negated) {
                // "姜黄素而不是二甲双胍抑制了STAT3": the 不 of a denial cue denies the list after it, not the verb
                int d = cueAt(clauseStart(ts), ts, "denial", true);
                Group denied = d >= 0 ? groupAfter(d, ts) : null;
                if (denied != null) negated = hasCue(na, d, "negation") || hasCue(denied.end(), ts, "negation");
            }
            boolean hedged = hasCue(clauseStart(ts), clauseEnd(te), "hedge");
            for (Candidate o : obj.items()) {
                // "increase macrophage phagocytosis": an English mention right before another modifies it; the later is the object
                if (!chinese && o.start() >= te && modifiesNext(o)) continue;
                String fam = AntiForms.VIA.equals(o.via()) ? "anti" : family;
                for (Candidate s : subj.items()) {
                    if (ownerOfObject(s, o, te)) continue;
                    RelationRules.Decision d = rules.decide(fam, o.concept().type(), level, s.concept().type());
                    if (d == null) continue;
                    // "to enhance KIRC treatment": what is enhanced is the treatment of the disease, not the disease
                    if (d.predicate() != Predicate.TREATS && o.concept().type() == EntityType.DISEASE && o.start() >= te
                            && treatmentAfter(o)) continue;
                    // "作为乳腺癌治疗的新策略", "是治疗胃癌的重要靶点": the treatment is a goal the subject serves, not its act
                    if (d.predicate() == Predicate.TREATS && chinese && goalAfter(Math.max(te, o.end()))) continue;
                    Candidate from = d.reverse() ? o : s;
                    Candidate to = d.reverse() ? s : o;
                    out.add(new Found(from, d.predicate(), to, negated, hedged, id, ts, te, pattern));
                    n++;
                }
            }
            return n;
        }

        /**
         * "…，即可引起Mφ的凋亡", "诱导巨噬细胞凋亡", "induced the apoptosis of macrophages": a subject named again between
         * the trigger and the object (the object's owner) is read from the wrong place: nothing brings about its own
         * process in such a phrase. No relation of that pair.
         */
        private boolean ownerOfObject(Candidate s, Candidate o, int te) {
            if (o.start() < te || s.start() >= te && s.start() < o.start()) return false;
            for (Candidate m : mentions) {
                if (m.start() >= te && m.end() <= o.start() && key(m).equals(key(s))) return true;
            }
            return false;
        }

        /** Whether another mention starts right after this one, a space between ("macrophage phagocytosis", "CD4 T cells"). */
        private boolean modifiesNext(Candidate o) {
            for (Candidate m : mentions) {
                if (m.start() > o.end() && m.start() - o.end() <= 2 && text.substring(o.end(), m.start()).isBlank()) return true;
            }
            return false;
        }

        /** Whether 的 and, shortly after it in the clause, a goal noun (cue kind goal: "策略", "靶点") follow pos. */
        private boolean goalAfter(int pos) {
            if (pos >= text.length()) return false;
            String rest = text.substring(pos).strip();
            String treat = afterCue(rest, "diseasefirst"); // "乳腺癌治疗的…"
            rest = afterCue(treat != null ? treat : rest, "nominal");
            if (rest == null) return false;
            int from = text.length() - rest.length();
            int end = Math.min(clauseEnd(from), from + 10);
            return end > from && hasCue(from, end, "goal");
        }

        /** Whether a treatment word (relation-cues.tsv, diseasefirst nouns: "treatment", "治疗") follows the mention. */
        private boolean treatmentAfter(Candidate o) {
            String after = lower.substring(o.end(), Math.min(text.length(), o.end() + 12)).strip();
            for (String c : rules.cues("diseasefirst")) {
                String cl = c.toLowerCase(Locale.ROOT);
                if (after.startsWith(cl) && (after.length() == cl.length() || !Chars.isWordChar(cl.charAt(cl.length() - 1))
                        || !Chars.isWordChar(after.charAt(cl.length())))) return true;
            }
            return false;
        }

        /**
         * "敲除转录因子STAT3": a Chinese loss cue, then a short class noun (up to four Han characters and a
         * classnoun cue: 转录因子, 受体) naming what X is, right before X.
         */
        private boolean lossBeforeClassNoun(String before) {
            for (String cn : rules.cues("classnoun")) {
                if (!before.endsWith(cn)) continue;
                String head = before.substring(0, before.length() - cn.length());
                for (int k = head.length(), n = 0; k > 0 && n <= 4; n++) {
                    String rest = head.substring(0, k);
                    for (String c : rules.cues("lossof")) {
                        if (Chars.isCjk(c.codePointAt(0)) && rest.endsWith(c)) return true;
                    }
                    int cp = head.codePointBefore(k);
                    if (!Chars.isCjk(cp)) break;
                    k -= Character.charCount(cp);
                }
            }
            return false;
        }

        /** Whether a stretch of English has a preposition, passive or coordination cue as a word of its own. */
        private boolean hasLinkWord(String stretch) {
            for (String w : stretch.strip().split("\\s+")) {
                for (String kind : new String[] {"preposition", "passive", "coord"}) {
                    for (String c : rules.cues(kind)) {
                        if (c.equalsIgnoreCase(w)) return true;
                    }
                }
            }
            return false;
        }

        /**
         * Whether an object after its trigger is written as its loss: a lossof cue between them right before
         * it ("induces the degradation of STAT3", "诱导敲除STAT3"), or right after it ("increases STAT3 knockdown",
         * "诱导STAT3降解").
         */
        private boolean objectLoss(RelationRules.TriggerHit h, Group obj) {
            if (obj.start() < h.end()) return false;
            String before = text.substring(Math.max(h.end(), obj.start() - 16), obj.start()).strip();
            String bl = before.toLowerCase(Locale.ROOT);
            for (String c : rules.cues("article")) { // "the degradation of the STAT3 protein"
                String cl = " " + c.toLowerCase(Locale.ROOT);
                if (bl.endsWith(cl)) {
                    before = before.substring(0, before.length() - cl.length());
                    break;
                }
            }
            return endsWithCue(before, "lossof") || lossAfter(obj);
        }

        /**
         * "X siRNA", "X knockdown", "X敲除", "STAT3基因敲除": a lossof cue (not one ending in "of") right after the list,
         * in Chinese also past a class noun.
         */
        private boolean lossAfter(Group g) {
            // long enough for the longest cue after a space ("IL-6 deficiency caused …")
            String after = text.substring(g.end(), Math.min(text.length(), g.end() + 24)).strip();
            // "巨噬细胞集落刺激因子(CSF-1)基因缺失的小鼠", "IL-6 (interleukin-6) deficiency": the bracket after the list
            // names it again, and the loss after the bracket is the list's
            if (after.startsWith("(")) {
                int close = after.indexOf(')');
                if (close > 0) after = text.substring(g.end(), Math.min(text.length(), g.end() + 48)).strip().substring(close + 1).strip();
            } else if (after.startsWith(")")) {
                after = after.substring(1).strip(); // the list is the bracket's own name
            }
            String bare = chinese ? afterCue(after, "classnoun") : null;
            if (bare != null && !bare.isEmpty()) after = bare;
            String al = after.toLowerCase(Locale.ROOT);
            for (String c : rules.cues("lossof")) {
                String cl = c.toLowerCase(Locale.ROOT);
                if (cl.endsWith(" of")) continue;
                if (al.startsWith(cl) && (al.length() == cl.length() || !Chars.isWordChar(al.charAt(cl.length())))) return true;
                if (al.startsWith("-" + cl)) return true;
            }
            return false;
        }

        /**
         * Whether a fall cue (relation-cues.tsv, fall) stands right after the object, past a level or of cue
         * ("STAT3降解", "STAT3表达下调", "IκBα的降解", "STAT3 degradation"), with no object of its own after it
         * ("诱导STAT3抑制凋亡" is a pivot) and no effect noun ("抑制作用": the object's own effect); or, in English,
         * right before it with "of" ("induced the degradation of STAT3").
         */
        private boolean fallAfter(Group obj, int te) {
            String between = lower.substring(te, obj.start()).strip();
            for (String c : rules.cues("fall")) {
                if (Chars.hasHan(c)) continue;
                String cl = c.toLowerCase(Locale.ROOT) + " of";
                if (between.equals(cl) || between.endsWith(" " + cl)) return true;
            }
            return fallAt(obj.end(), clauseEnd(obj.end()), false);
        }

        /**
         * Whether a rise cue (relation-cues.tsv, rise) stands right after the object, past a level or of cue
         * ("IL-6升高", "IL-6水平的增加"), with no object of its own after it, as {@link #fallAfter} for a fall; or, in
         * English, right before it with "of" or "in" ("the increase of IL-6", "a rise in IL-6").
         */
        private boolean riseAfter(Group obj, int te) {
            String between = lower.substring(te, obj.start()).strip();
            for (String c : rules.cues("rise")) {
                if (Chars.hasHan(c)) continue;
                String cl = c.toLowerCase(Locale.ROOT);
                for (String prep : new String[] {" of", " in"}) {
                    String cp = cl + prep;
                    if (between.equals(cp) || between.endsWith(" " + cp)) return true;
                }
            }
            return changeAt(obj.end(), clauseEnd(obj.end()), rules.cues("rise"));
        }

        /**
         * Whether, from pos (after an entity), a fall cue follows: past a level cue and 的 (or only past 的 when
         * ofOnly: "STAT3的缺失"), not followed by an effect trigger or an entity of its own within two characters.
         */
        private boolean fallAt(int pos, int limit, boolean ofOnly) {
            return ofOnly ? changeAt(pos, limit, subjectFallCues, true) : changeAt(pos, limit, rules.cues("fall"));
        }

        private boolean changeAt(int pos, int limit, List<String> cues) {
            return changeAt(pos, limit, cues, false);
        }

        /** Whether, from pos (after an entity), one of the change cues follows, as {@link #fallAt} tells for falls. */
        private boolean changeAt(int pos, int limit, List<String> cues, boolean ofOnly) {
            if (pos >= limit) return false;
            String raw = text.substring(pos, Math.min(limit, pos + 14));
            String rest = raw.strip();
            boolean of = false;
            for (int k = 0; k < 2; k++) {
                String r = ofOnly ? null : afterCue(rest, "level");
                if (r != null) { rest = r; continue; }
                r = afterCue(rest, "of");
                if (r != null && !of) { rest = r; of = true; continue; }
                break;
            }
            if (ofOnly && !of) return false;
            String restLower = rest.toLowerCase(Locale.ROOT);
            for (String c : cues) { // each longest first
                String cl = c.toLowerCase(Locale.ROOT);
                if (!restLower.startsWith(cl)) continue;
                if (!Chars.hasHan(cl) && rest.length() > cl.length() && Chars.isWordChar(rest.charAt(cl.length()))) continue;
                int e = pos + raw.length() - rest.length() + cl.length();
                if (!wordAt(e - cl.length(), e)) continue; // a one-character cue is a word of its own: not 抗 of "的抗炎作用"
                for (RelationRules.TriggerHit t : triggers) if (t.kind() == RelationRules.Kind.EFFECT && t.start() >= e && t.start() - e <= 2) return false;
                if (startsWithCue(text.substring(e, Math.min(text.length(), e + 4)).strip(), "activity")) return false;
                if (ofOnly) return true; // a subject's loss: what follows is the clause's verb
                // "通过激活AMPK降低血糖": a fall cue that is a verb trigger, with a Han word after it that no fallend cue
                // opens, has an object of its own (an entity or not): the pivot's verb, no fall of the object
                if (chinese && Chars.hasHan(cl) && e < limit && Chars.isHan(text.charAt(e)) && rules.verbForm(cl)
                        && !startsWithCue(text.substring(e, Math.min(text.length(), e + 4)), "fallend")) return false;
                Group g = groupAfter(e, limit);
                return g == null || g.start() - e > 2;
            }
            return false;
        }

        /**
         * "特异性阻断剂SB203580", "抑制剂雷帕霉素": a Chinese anticlass word right before drugs names their class; the drugs
         * are no loss of anything.
         */
        private boolean classMember(Group g, String before) {
            if (!chinese) return false;
            boolean cls = false;
            for (String c : rules.cues(CueKind.ANTICLASS)) if (Chars.hasHan(c) && before.endsWith(c)) cls = true;
            if (!cls) return false;
            for (Candidate c : g.items()) if (c.concept().type() != EntityType.CHEMICAL) return false;
            return true;
        }

        /** "knockdown of X", "X siRNA", "X敲除": the sentence speaks of X's loss, not of X. */
        private boolean lossOfFunction(Group g) {
            if (g.carried()) return false; // carried from the sentence before, judged there
            int a = Math.max(0, g.start() - 16);
            String before = text.substring(a, g.start()).strip();
            if (endsWithCue(before, "lossof") && !classMember(g, before)) return true;
            if (lossBeforeClassNoun(before)) return true;
            // "knockdown of EPRS1 or FATP1": a list under the cue
            String wider = lower.substring(Math.max(clauseStart(g.start()), g.start() - 60), g.start());
            for (String c : rules.cues("lossof")) {
                String cl = c.toLowerCase(Locale.ROOT);
                if (!cl.endsWith(" of")) continue;
                int i = wider.lastIndexOf(cl);
                if (i < 0) continue;
                String mid = wider.substring(i + cl.length());
                if (mid.matches("[\\w\\s,/-]*\\b(or|and)\\s*")) return true;
                // "depletion of the core scaffold protein AIMP2": a short noun phrase naming what X is
                if (mid.matches("(\\s+[\\p{L}][\\p{L}\\d-]*){1,5}\\s+") && !hasLinkWord(mid)) return true;
            }
            // "STAT3的缺失促进凋亡", "NF-κB的阻断减轻了炎症": the subject is X's fall, not X ("STAT3的抑制作用" is X's own)
            // (a list after a preposition or 对 is no subject: "姜黄素对STAT3的抑制减轻了炎症" is curcumin's)
            if (chinese && !afterPreposition(g) && !claimed.contains(g) && fallAt(g.end(), clauseEnd(g.end()), true)) return true;
            return lossAfter(g); // "STAT3基因敲除小鼠", "IL-6 deficiency caused …"
        }

        private void noteSubject(Group g) {
            if (firstSubject == null) firstSubject = g;
        }

        /** Records the subject a clause's trigger used, for the clauses after it. */
        private void noteClauseSubject(RelationRules.TriggerHit h, Group g) {
            clauseSubjects.putIfAbsent(clauseStart(h.start()), g);
        }

        /** The subject the next sentence may carry over. */
        Group subjectForNext() {
            if (firstSubject != null) return firstSubject;
            // the list that opens the sentence is its topic ("外泌体…。"); a list further in is
            // more often an object or a setting than the subject a next sentence drops
            for (Group g : groups) {
                if (!subjectLike(g)) continue;
                return g.start() <= 1 || leadOnly(g.start()) ? g : null;
            }
            return previousSubject;
        }
    }
}
