package org.bilex.extract;

import org.bilex.core.ComponentContext;
import org.bilex.core.ModelException;
import org.bilex.lexicon.Concept;
import org.bilex.lexicon.DictionaryHit;
import org.bilex.lexicon.DictionaryMatcher;
import org.bilex.core.EntityType;
import org.bilex.lexicon.Lexicon;
import org.bilex.lexicon.Sense;
import org.bilex.nlp.AnalyzedSentence;
import org.bilex.nlp.Sentence;
import org.bilex.nlp.Token;
import org.bilex.core.MappedText;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The entity stage. For a document it (1) finds candidates in every sentence with the
 * dictionary, the rules and the context forms and keeps the longest non-overlapping ones,
 * naming vesicles by their source; (2) reads the abbreviations the document defines and
 * links every form of each to one concept; (3) matches again with the document's own forms
 * added, and with definitions collapsed to their short form so that "白细胞介素（interleukin,IL)-10"
 * reads as IL-10; (4) groups the mentions into one entity per (type, canonical). An undefined
 * short form that no lexicon entry knows is never an entity. Thread-safe.
 */
public final class EntityExtractor {

    private static final Comparator<Candidate> ORDER = Comparator.comparingInt(Candidate::length).reversed()
            .thenComparingInt(Candidate::priority)
            .thenComparingInt(Candidate::start)
            .thenComparing(c -> c.concept().key());

    private final Lexicon lexicon;
    private final List<EntityFinder> finders;
    private final EntityRules rules;
    private final VesicleComposer vesicles;
    private final AbbreviationFinder abbreviations;
    /** The words inside a cell's or vesicle's name that say where it comes from. */
    private final java.util.regex.Pattern sourceMark;
    private final PrefixComposer prefixes;
    private final ContextRules context;

    /**
     * @param finders the sources of candidates, in order (the dictionary, the rules, context forms …)
     * @param rules   the entity rules, which the abbreviation finder consults
     * @param context the context rules that keep, drop or accept the finders' candidates
     * @param sourceMark the words inside a cell's or vesicle's name that say where it comes from ({@link #sourceMarks})
     */
    public EntityExtractor(Lexicon lexicon, List<EntityFinder> finders, EntityRules rules, AbbreviationFinder abbreviations,
                           PrefixComposer prefixes, VesicleComposer vesicles, ContextRules context, java.util.regex.Pattern sourceMark) {
        this.lexicon = lexicon;
        this.sourceMark = sourceMark;
        this.finders = List.copyOf(finders);
        this.rules = rules;
        this.vesicles = vesicles;
        this.abbreviations = abbreviations;
        this.prefixes = prefixes;
        this.context = context;
    }

    /** The entity stage of the manifest: the lexicon and every {@link EntityFinder} listed before it. */
    public static EntityExtractor load(ComponentContext ctx) {
        List<EntityFinder> finders = ctx.all(EntityFinder.class);
        if (finders.isEmpty()) throw new ModelException(ctx.spec().where() + ": no entity finder is listed before it");
        return new EntityExtractor(ctx.require(Lexicon.class), finders, ctx.require(EntityRules.class),
                ctx.require(AbbreviationFinder.class), ctx.require(PrefixComposer.class), ctx.require(VesicleComposer.class),
                contextRules(ctx), sourceMarks(ctx.file(SOURCE_MARKS)));
    }

    /** The context rules listed before the entity stage; none when the manifest lists none. */
    private static ContextRules contextRules(ComponentContext ctx) {
        List<ContextRules> all = ctx.all(ContextRules.class);
        if (all.size() > 1) throw new ModelException(ctx.spec().where() + ": more than one context-rules component");
        return all.isEmpty() ? ContextRules.NONE : all.get(0);
    }

    /** The finders, in the order they run. */
    public List<EntityFinder> finders() {
        return finders;
    }

    public EntityResult extract(List<AnalyzedSentence> sentences) {
        // pass 1: what the lexicon and rules know; the definitions the document makes
        List<Definition> definitions = new ArrayList<>();
        Map<Integer, List<Candidate>> known = new HashMap<>();
        for (AnalyzedSentence s : sentences) {
            if (!s.sentence().role().searched()) continue;
            List<Candidate> base = base(s.text(), s.tokens());
            known.put(s.sentence().id(), base);
            List<Candidate> found = mentions(s.text(), base, null, List.of());
            definitions.addAll(abbreviations.find(s.sentence().id(), s.text(), s.tokens(), found, lexicon, rules));
        }
        DictionaryMatcher documentForms = documentDictionary(definitions);
        DictionaryMatcher documentSymbols = acceptedSymbols(known.values());
        // a short form the document defines as something no lexicon knows ("multi-tRNA synthetase
        // complex (MSC)") is not the lexicon's concept of that form in this document
        Set<String> redefined = new HashSet<>();
        for (Definition d : definitions) {
            if (d.concept() == null && !d.part() && !d.shortForm().isEmpty()) {
                redefined.addAll(AbbreviationFinder.shortVariants(d.shortForm()));
                String sing = AbbreviationFinder.singularShort(d.shortForm());
                redefined.add(sing + "s");
            }
        }

        // pass 2: with the document's own forms
        Map<Integer, List<Definition>> bySentence = new HashMap<>();
        for (Definition d : definitions) bySentence.computeIfAbsent(d.sentence(), k -> new ArrayList<>()).add(d);
        List<SentenceMentions> out = new ArrayList<>();
        for (AnalyzedSentence s : sentences) {
            if (!s.sentence().role().searched()) continue;
            List<Definition> defs = bySentence.getOrDefault(s.sentence().id(), List.of());
            List<Candidate> cands = new ArrayList<>();
            for (Candidate c : known.get(s.sentence().id())) {
                if (!redefined.contains(s.text().substring(c.start(), c.end()))) cands.add(c);
            }
            for (DictionaryHit h : documentHits(documentForms, s.text(), s.tokens())) {
                cands.add(new Candidate(h.start(), h.end(), h.sense().concept(), Candidate.DOCUMENT, "abbreviation"));
            }
            for (DictionaryHit h : documentSymbols.match(s.text(), s.tokens())) {
                if (!redefined.contains(s.text().substring(h.start(), h.end()))) {
                    cands.add(new Candidate(h.start(), h.end(), h.sense().concept(), Candidate.CONTEXT, "context-symbol"));
                }
            }
            out.add(new SentenceMentions(s, mentions(s.text(), cands, documentForms, defs)));
        }
        out = withoutLoneKept(out);
        return new EntityResult(entities(out), out, definitions);
    }

    /**
     * A known name that a compose rule with keep=elsewhere keeps inside its compound ("melanoma" in
     * "melanoma cells") stays a mention only where the document also names that concept on its own.
     */
    private static List<SentenceMentions> withoutLoneKept(List<SentenceMentions> sentences) {
        Set<String> alone = new HashSet<>();
        boolean any = false;
        for (SentenceMentions sm : sentences) {
            for (Candidate c : sm.mentions()) {
                if (c.via().endsWith(NameComposer.KEPT_ELSEWHERE)) any = true;
                else alone.add(c.concept().type() + "\t" + Lexicon.looseKey(c.concept().canonical()));
            }
        }
        if (!any) return sentences;
        List<SentenceMentions> out = new ArrayList<>(sentences.size());
        for (SentenceMentions sm : sentences) {
            List<Candidate> keep = new ArrayList<>(sm.mentions().size());
            for (Candidate c : sm.mentions()) {
                if (!c.via().endsWith(NameComposer.KEPT_ELSEWHERE)
                        || alone.contains(c.concept().type() + "\t" + Lexicon.looseKey(c.concept().canonical()))) keep.add(c);
            }
            out.add(keep.size() == sm.mentions().size() ? sm : new SentenceMentions(sm.sentence(), keep));
        }
        return out;
    }

    /** The mentions of one sentence's match text, from its candidates and the definitions it makes. */
    List<Candidate> mentions(String text, List<Candidate> base, DictionaryMatcher documentForms, List<Definition> defs) {
        List<Candidate> cands = new ArrayList<>(base);
        for (Definition d : defs) {
            if (d.concept() == null) continue;
            if (d.zhStart() >= 0) cands.add(new Candidate(d.zhStart(), d.zhEnd(), d.concept(), Candidate.DEFINITION, "definition"));
            if (d.enStart() >= 0) cands.add(new Candidate(d.enStart(), d.enEnd(), d.concept(), Candidate.DEFINITION, "definition"));
            if (d.shortStart() >= 0) {
                cands.add(new Candidate(d.shortStart(), d.shortEnd(), d.concept(), Candidate.DEFINITION, "definition"));
            }
        }
        cands.addAll(collapsed(text, documentForms, defs));
        List<Candidate> resolved = withSources(text, prefixes.apply(text, resolve(cands), lexicon));
        // sources: the resolved mentions, and a cell, tissue or disease that lost to a longer name
        // which a longer vesicle would cover (脂肪干细胞 under the curated 干细胞来源外泌体 in 脂肪干细胞来源外泌体)
        List<Candidate> pool = new ArrayList<>(resolved);
        List<Candidate> lost = new ArrayList<>();
        for (Candidate c : cands) {
            EntityType t = c.concept().type();
            if (c.nestable() || (t != EntityType.CELL && t != EntityType.TISSUE && t != EntityType.DISEASE)) continue;
            boolean seen = false;
            for (Candidate r : resolved) {
                if (r.start() == c.start() && r.end() == c.end() && r.concept().equals(c.concept())) {
                    seen = true;
                    break;
                }
            }
            if (!seen) lost.add(c);
        }
        pool.addAll(lost);
        List<Candidate> composed = new ArrayList<>(vesicles.compose(text, resolved, lexicon));
        // a vesicle on a source that lost must take in whole every resolved mention it touches
        // ("exosomes from breast cancer" is no breast-derived exosome)
        for (Candidate c : vesicles.compose(text, lost, lexicon)) {
            boolean cuts = false;
            for (Candidate r : resolved) {
                if (r.overlaps(c) && (r.start() < c.start() || r.end() > c.end())) cuts = true;
            }
            if (!cuts) composed.add(c);
        }
        if (composed.isEmpty()) return withoutGeneric(resolved);
        List<Candidate> all = new ArrayList<>(cands);
        all.addAll(composed);
        for (Candidate c : composed) {
            boolean covered = false;
            for (Candidate o : composed) {
                if (o != c && o.start() <= c.start() && o.end() >= c.end() && o.length() > c.length()) covered = true;
            }
            if (covered) continue;
            for (Candidate r : pool) {
                if (r.start() >= c.start() && r.end() <= c.end() && r.concept().equals(c.source())) {
                    all.add(r.nested());
                    break;
                }
            }
        }
        return withoutGeneric(withSources(text, prefixes.apply(text, resolve(all), lexicon)));
    }

    private static List<Candidate> withoutGeneric(List<Candidate> mentions) {
        List<Candidate> out = new ArrayList<>(mentions.size());
        for (Candidate c : mentions) if (!GenericPhrases.isGeneric(c)) out.add(c);
        return out;
    }
    /** The file of the words inside a name that say where it comes from ({@link #sourceMarks}). */
    public static final String SOURCE_MARKS = "source-marks.tsv";

    /**
     * The source marks of {@code rules/source-marks.tsv} (columns {@code lang mark source}) as one pattern: a Chinese
     * mark anywhere, an English mark that starts with a hyphen before a space or the end, another English mark between
     * spaces; longest first. A language other than zh or en, an empty mark or source fails at load.
     */
    static java.util.regex.Pattern sourceMarks(java.nio.file.Path file) {
        List<String> zh = new ArrayList<>(), en = new ArrayList<>();
        for (RuleFiles.Row r : RuleFiles.read(file, "lang\tmark\tsource")) {
            String at = file + ":" + r.line() + ": ";
            if (r.get(1).isBlank() || r.get(2).isBlank()) throw new org.bilex.lexicon.LexiconException(at + "empty mark or source");
            switch (r.get(0)) {
                case "zh" -> zh.add(r.get(1));
                case "en" -> en.add(r.get(1));
                default -> throw new org.bilex.lexicon.LexiconException(at + "lang must be zh or en, not '" + r.get(0) + "'");
            }
        }
        List<String> alts = new ArrayList<>();
        if (!zh.isEmpty()) alts.add(org.bilex.core.Alternation.of(zh, java.util.regex.Pattern::quote));
        if (!en.isEmpty()) alts.add(org.bilex.core.Alternation.of(en, m -> m.startsWith("-")
                ? java.util.regex.Pattern.quote(m) + "(?: |$)" : " " + java.util.regex.Pattern.quote(m) + " "));
        return java.util.regex.Pattern.compile(alts.isEmpty() ? "(?!)" : String.join("|", alts));
    }

    /**
     * A cell or vesicle whose own name says where it comes from ("骨髓来源的MSCs",
     * "bone marrow-derived MSCs") remembers that source, for DERIVED_FROM.
     */
    private List<Candidate> withSources(String text, List<Candidate> mentions) {
        List<Candidate> out = new ArrayList<>(mentions.size());
        for (Candidate m : mentions) {
            EntityType t = m.concept().type();
            if (m.source() == null && (t == EntityType.CELL || t == EntityType.VESICLE)) {
                String name = text.substring(m.start(), m.end());
                java.util.regex.Matcher x = sourceMark.matcher(name);
                if (x.find() && x.start() > 0) {
                    Concept src = lexicon.lookup(name.substring(0, x.start()).strip());
                    if (src != null && (src.type() == EntityType.TISSUE || src.type() == EntityType.CELL) && !src.equals(m.concept())) {
                        m = new Candidate(m.start(), m.end(), m.concept(), m.priority(), m.via(), m.nestable(), src);
                    }
                }
            }
            out.add(m);
        }
        return out;
    }

    /** The candidates of every finder, in finder order. */
    private List<Candidate> base(String text, List<Token> tokens) {
        List<Candidate> cands = new ArrayList<>();
        Map<EntityFinder, List<Candidate>> earlier = new IdentityHashMap<>(); // each finder runs once per text
        for (EntityFinder f : finders) {
            List<Candidate> found = f.find(text, tokens, lexicon, earlier);
            earlier.put(f, found);
            cands.addAll(found);
        }
        return context.apply(text, tokens, cands, lexicon);
    }

    /**
     * Candidates in the text with each definition replaced by its short form, mapped back; only
     * those that join a definition to the text around it are kept ("IL" + "-10").
     */
    private List<Candidate> collapsed(String text, DictionaryMatcher documentForms, List<Definition> defs) {
        List<Definition> usable = new ArrayList<>();
        for (Definition d : defs) if (!d.shortForm().isEmpty()) usable.add(d);
        if (usable.isEmpty()) return List.of();
        usable.sort(Comparator.comparingInt(Definition::start));
        MappedText.Builder b = new MappedText.Builder(text.length());
        boolean[] inDef = new boolean[text.length()];
        int pos = 0;
        for (Definition d : usable) {
            if (d.start() < pos) continue;
            for (int i = pos; i < d.start(); i++) b.append(text.charAt(i), i, i + 1);
            for (int i = 0; i < d.shortForm().length(); i++) b.append(d.shortForm().charAt(i), d.start(), d.end());
            for (int i = d.start(); i < d.end(); i++) inDef[i] = true;
            pos = d.end();
        }
        for (int i = pos; i < text.length(); i++) b.append(text.charAt(i), i, i + 1);
        MappedText view = b.build();
        List<Candidate> out = new ArrayList<>();
        List<Candidate> viewCands = base(view.text(), List.of());
        if (documentForms != null) {
            for (DictionaryHit h : documentHits(documentForms, view.text(), List.of())) {
                viewCands.add(new Candidate(h.start(), h.end(), h.sense().concept(), Candidate.DOCUMENT, "abbreviation"));
            }
        }
        for (Candidate c : viewCands) {
            int s = view.sourceStart(c.start());
            int e = view.sourceEnd(c.end());
            boolean def = false, other = false;
            for (int i = s; i < e; i++) {
                if (inDef[i]) def = true; else other = true;
            }
            if (def && other) {
                out.add(new Candidate(s, e, c.concept(), c.priority(), c.via() + "+collapsed", c.nestable(), c.source()));
            }
        }
        return out;
    }

    /**
     * One sense per document: a gene symbol that the context rules accepted somewhere in the
     * document ("expression of AR") names the gene wherever the document writes it so ("AR was
     * higher in …"), spelled exactly as where it was accepted.
     */
    private static DictionaryMatcher acceptedSymbols(java.util.Collection<List<Candidate>> known) {
        Map<String, List<Sense>> senses = new HashMap<>();
        Set<String> seen = new HashSet<>();
        for (List<Candidate> l : known) {
            for (Candidate c : l) {
                if (!c.via().equals("context-symbol")) continue;
                String f = c.concept().canonical();
                if (!seen.add(f)) continue;
                senses.computeIfAbsent(Lexicon.key(f), x -> new ArrayList<>()).add(Sense.of(f, c.concept(), -1, "document"));
            }
        }
        return new DictionaryMatcher(senses);
    }

    /**
     * The hits of the document's own forms, less a plural short form matched in capitals: "IRs" is
     * the plural of a defined "IR" only as written, "IRS" is another, longer symbol.
     */
    private static List<DictionaryHit> documentHits(DictionaryMatcher documentForms, String text, List<Token> tokens) {
        List<DictionaryHit> out = new ArrayList<>();
        for (DictionaryHit h : documentForms.match(text, tokens)) {
            String f = h.sense().form();
            if (f.length() > 2 && f.endsWith("s") && Character.isUpperCase(f.charAt(f.length() - 2))
                    && !text.startsWith(f, h.start())) continue;
            out.add(h);
        }
        return out;
    }

    /** The document's own dictionary: every form of every resolved definition. */
    private DictionaryMatcher documentDictionary(List<Definition> definitions) {
        Map<String, List<Sense>> senses = new HashMap<>();
        Set<String> seen = new HashSet<>();
        for (Definition d : definitions) {
            if (d.concept() == null) continue;
            Set<String> forms = new LinkedHashSet<>();
            if (!d.shortForm().isEmpty()) {
                forms.addAll(AbbreviationFinder.shortVariants(d.shortForm()));
                String sing = AbbreviationFinder.singularShort(d.shortForm());
                if (Character.isUpperCase(sing.charAt(sing.length() - 1))) forms.add(sing + "s");
            }
            if (!d.zhForm().isEmpty()) forms.add(d.zhForm());
            if (!d.enForm().isEmpty()) {
                forms.add(d.enForm());
                forms.add(AbbreviationFinder.singular(d.enForm()));
            }
            for (String f : forms) {
                String k = Lexicon.key(f);
                if (k.length() < 2 || !seen.add(k + "\t" + f)) continue;
                senses.computeIfAbsent(k, x -> new ArrayList<>()).add(Sense.of(f, d.concept(), -1, "document"));
            }
        }
        return new DictionaryMatcher(senses);
    }

    /** Longest first, then by priority; nestable candidates kept inside others. */
    static List<Candidate> resolve(List<Candidate> cands) {
        List<Candidate> sorted = new ArrayList<>(cands);
        sorted.sort(ORDER);
        List<Candidate> flat = new ArrayList<>();
        List<Candidate> nested = new ArrayList<>();
        for (Candidate c : sorted) {
            if (c.nestable()) continue;
            boolean free = true;
            for (Candidate a : flat) {
                if (a.overlaps(c)) {
                    free = false;
                    break;
                }
            }
            if (free) flat.add(c);
        }
        for (Candidate c : sorted) {
            if (!c.nestable()) continue;
            boolean ok = true;
            // a nestable name may stand inside a longer nestable one of another type (CD8 in a kept CD8+ T cell
            // inside CD8+ T cell infiltration), never across it, and not inside one of its own type, which it
            // made (外胚层 of a kept 神经外胚层)
            for (Candidate a : nested) {
                boolean inside = c.start() >= a.start() && c.end() <= a.end() && c.length() < a.length()
                        && a.concept().type() != c.concept().type();
                if (a.overlaps(c) && !inside) ok = false;
            }
            // a name too short for the lexicon (肺) stays inside the compound it made (肺损伤), not inside a
            // longer name that took its place (慢性阻塞性肺疾病 over 肺疾病)
            if (c.via().startsWith("part:")) {
                boolean made = false;
                for (Candidate a : flat) {
                    if (a.start() <= c.start() && a.end() >= c.end() && a.via().startsWith("composite:")) made = true;
                }
                if (!made) ok = false;
            }
            for (Candidate a : flat) {
                if (a.overlaps(c) && !(c.start() >= a.start() && c.end() <= a.end() && c.length() < a.length())) ok = false;
                if (a.start() == c.start() && a.end() == c.end()) ok = false;
            }
            if (ok) nested.add(c);
        }
        List<Candidate> out = new ArrayList<>(flat);
        out.addAll(nested);
        out.sort(Comparator.comparingInt(Candidate::start).thenComparingInt(Candidate::end));
        return out;
    }

    /** One entity per concept, numbered in order of first mention. */
    private static List<Entity> entities(List<SentenceMentions> sentences) {
        Map<String, List<Mention>> mentions = new LinkedHashMap<>();
        Map<String, Concept> concepts = new HashMap<>();
        for (SentenceMentions sm : sentences) {
            Sentence s = sm.sentence().sentence();
            MappedText match = s.match();
            for (Candidate c : sm.mentions()) {
                int st = match.sourceStart(c.start());
                int en = match.sourceEnd(c.end());
                // one entity per (type, canonical), canonical compared without case, spaces, hyphens
                String key = c.concept().type() + "\t" + Lexicon.looseKey(c.concept().canonical());
                mentions.computeIfAbsent(key, k -> new ArrayList<>())
                        .add(new Mention(s.id(), st, en, s.text().substring(st, en), c.via()));
                Concept prev = concepts.get(key);
                if (prev == null || (prev.xref().isEmpty() && !c.concept().xref().isEmpty())) concepts.put(key, c.concept());
            }
        }
        List<Entity> out = new ArrayList<>();
        int n = 0;
        for (Map.Entry<String, List<Mention>> e : mentions.entrySet()) {
            Concept c = concepts.get(e.getKey());
            Set<String> forms = new LinkedHashSet<>();
            for (Mention m : e.getValue()) forms.add(m.text().replaceAll("\\s+", " ").strip());
            out.add(new Entity("T" + (++n), c.type(), c.canonical(), c.xref(), new ArrayList<>(forms), e.getValue()));
        }
        return out;
    }
}
