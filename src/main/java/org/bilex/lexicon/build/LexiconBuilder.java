package org.bilex.lexicon.build;

import org.bilex.lexicon.Concept;
import org.bilex.core.EntityType;
import org.bilex.lexicon.Lexicon;
import org.bilex.lexicon.LexiconEntry;
import org.bilex.core.Chars;
import org.bilex.core.MatchFolder;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Builds {@code models/lexicon/built/} from the vocabularies in {@code shared/vocab} and the
 * curated inputs in {@code models/}: one file per source, rows sorted, the source file named in
 * every row, and {@code stoplist.tsv} with the false friends the build found. The same inputs
 * always give the same bytes. See {@code models/build/README.md} for the rules.
 *
 * <p>Steps: (1) each reader turns its vocabulary into concepts with names and a strength per
 * name; (2) exclusions and name checks drop generic terms, qualified or inverted names, plain
 * English words and bare abbreviations; (3) forms are folded as the matcher folds text and
 * plurals the loader generates are dropped; (4) the curated lexicon owns its forms: a built
 * concept with a curated xref is left to the loader to merge, a built concept whose own name is
 * a curated form of a compatible type joins that curated concept, and any form a curated
 * concept has is dropped; (5) a form several built concepts claim goes to the strongest claim
 * per type (primary name over synonym over previous symbol over alias, then the source order
 * below); equal claims by two concepts of one type are dropped unless both are primary names;
 * (6) the false friends the readers refused become the built stop list, except forms a curated
 * or kept row spells exactly so.
 */
public final class LexiconBuilder {

    /** Source order: the stated priority between built sources for one form under one type. */
    public static final List<String> SOURCES = List.of("mirbase", "hgnc", "famplex", "cell-ontology", "cellosaurus",
            "disease-ontology", "uberon", "tissue-type", "chebi", "drugbank", "gene-ontology", "mesh", "chebi-open", "hpo-zh",
            "cc-cedict", "thuocl-medical");

    private static final Set<String> ONTOLOGIES = Set.of("cell-ontology", "disease-ontology", "mesh", "uberon",
            "tissue-type", "gene-ontology", "chebi", "chebi-open", "drugbank", "hpo-zh", "cc-cedict", "thuocl-medical");

    /**
     * Vocabularies whose concepts join a concept of an earlier source that has their name, and the
     * types they may join: a MeSH descriptor or a DrugBank drug that ChEBI, CL, UBERON, GO or the
     * DO already has is that concept; a Chinese HPO label goes to the disease or process whose
     * English name its English label is.
     */
    private static final Map<String, Set<EntityType>> JOINING = Map.of(
            "drugbank", Set.of(EntityType.CHEMICAL),
            "mesh", Set.of(EntityType.CHEMICAL, EntityType.DISEASE, EntityType.TISSUE, EntityType.CELL, EntityType.PROCESS),
            "hpo-zh", Set.of(EntityType.DISEASE, EntityType.PROCESS),
            "chebi-open", Set.of(EntityType.CHEMICAL));

    /** What a build produced: rows per source file name, and the stop list. */
    public record Result(Map<String, List<LexiconEntry>> files, List<Stop> stops, Set<String> wordsUsed,
                         List<LexiconEntry> contextSymbols) {

        public int rows() {
            return files.values().stream().mapToInt(List::size).sum();
        }
    }

    private record Row(Term term, String form, int strength) {
    }

    private LexiconBuilder() {
    }

    /** Runs the build; {@code fullWordList} (may be null) replaces the committed word list. */
    public static Result build(Path vocab, Path models, Path fullWordList) throws IOException {
        Inputs in = new Inputs(vocab, models, fullWordList);
        List<Stop> stops = new ArrayList<>();
        Map<String, List<Term>> bySource = new LinkedHashMap<>();
        bySource.put("mirbase", MirbaseReader.read(in));
        List<Term> hgnc = HgncReader.read(in, stops);
        bySource.put("hgnc", hgnc);
        bySource.put("famplex", FamplexReader.read(in));
        bySource.put("cell-ontology", CellOntologyReader.read(in));
        // an HGNC alias or previous symbol that names a cell line (PC3: MSMP alias, the PC-3 line) is a false friend
        Set<String> lines = CellosaurusReader.allNames(in);
        for (Term t : hgnc) {
            t.names.removeIf(n -> {
                if (n.strength() < Term.PREVIOUS || !lines.contains(n.form())) return false;
                stops.add(new Stop(n.form(), "cell-line name (Cellosaurus); HGNC alias or previous symbol of " + t.xref,
                        HgncReader.FILE));
                return true;
            });
        }
        Set<String> geneKeys = new HashSet<>();
        for (Term t : hgnc) {
            geneKeys.add(Lexicon.key(t.xref));
            for (Term.Name n : t.names) geneKeys.add(Lexicon.key(n.form()));
        }
        bySource.put("cellosaurus", CellosaurusReader.read(in, geneKeys, stops));
        DiseaseOntologyReader dO = new DiseaseOntologyReader(in);
        bySource.put("disease-ontology", dO.terms);
        List<Term> uberon = UberonReader.read(in);
        bySource.put("uberon", uberon);
        bySource.put("tissue-type", TissueTypeReader.read(in, uberon));
        bySource.put("chebi", ChebiReader.read(in));
        bySource.put("drugbank", organismsLeftOut(familyProductsLeftOut(geneProductsLeftOut(DrugbankReader.read(in), hgnc, geneKeys),
                bySource.get("famplex")), MeshReader.organismNames(in)));
        bySource.put("gene-ontology", GeneOntologyReader.read(in));
        bySource.put("mesh", MeshReader.read(in, dO.meshToDo, geneKeys, lines));
        // the rest of ChEBI, after DrugBank and MeSH: a name they have stays theirs; gene products and
        // families are the genes' (peptide hormones: angiotensin II, bradykinin), cell-line names the lines'
        List<Term> open = familyProductsLeftOut(geneProductsLeftOut(ChebiReader.readOpen(in), hgnc, geneKeys),
                bySource.get("famplex"));
        open.removeIf(t -> lines.contains(t.canonical));
        bySource.put("chebi-open", open);
        bySource.put("hpo-zh", HpoZhReader.read(in));

        for (List<Term> terms : bySource.values()) nameVariants(in, terms);

        // (2) exclusions and name checks; (3) folding and plurals
        List<Row> rows = new ArrayList<>();
        for (Map.Entry<String, List<Term>> e : bySource.entrySet()) addRows(in, e.getValue(), rows, stops);

        join(rows);

        // (3c) CC-CEDICT: Chinese headwords whose English gloss names a concept already known
        rows.addAll(cedictRows(in, rows, stops));

        // (3d) THUOCL medical words typed by their Chinese head, where no other source has the form
        Set<String> zhKnown = new HashSet<>();
        for (LexiconEntry c : in.curated) if (Chars.hasHan(c.form())) zhKnown.add(MatchFolder.foldString(c.form()));
        for (Row r : rows) if (Chars.hasHan(r.form())) zhKnown.add(r.form());
        Map<String, Set<EntityType>> zhTypes = new HashMap<>();
        for (LexiconEntry c : in.curated)
            if (Chars.hasHan(c.form())) zhTypes.computeIfAbsent(MatchFolder.foldString(c.form()), k -> EnumSet.noneOf(EntityType.class)).add(c.type());
        for (Row r : rows)
            if (Chars.hasHan(r.form())) zhTypes.computeIfAbsent(r.form(), k -> EnumSet.noneOf(EntityType.class)).add(r.term().type);
        addRows(in, ThuoclReader.read(in, zhKnown, zhTypes), rows, stops);

        // (4) the curated lexicon owns its forms
        Map<String, List<Concept>> curatedKeys = new HashMap<>();
        Map<String, Concept> curatedXrefs = new HashMap<>();
        Set<String> curatedForms = new HashSet<>(in.curatedStop);
        for (LexiconEntry c : in.curated) {
            List<String> fs = new ArrayList<>();
            fs.add(c.form());
            if (!Chars.hasHan(c.form())) fs.addAll(in.variants.english(c.form(), c.type()));
            for (String f : fs) {
                curatedForms.add(f);
                List<Concept> l = curatedKeys.computeIfAbsent(Lexicon.key(f), k -> new ArrayList<>());
                if (!l.contains(c.concept())) l.add(c.concept());
            }
            if (!c.xref().isEmpty()) curatedXrefs.putIfAbsent(c.xref(), c.concept());
        }
        Set<Term> remapped = new HashSet<>();
        for (Row r : rows) {
            Term t = r.term();
            if (remapped.contains(t) || curatedXrefs.containsKey(t.xref)) continue;
            boolean own = r.form().equals(MatchFolder.foldString(t.canonical)) || t.source.equals("famplex");
            if (!own) continue;
            Concept c = joinable(curatedKeys.get(Lexicon.key(r.form())), t);
            if (c != null) {
                t.type = c.type();
                t.canonical = c.canonical();
                t.xref = c.xref();
                remapped.add(t);
            }
        }
        List<Row> kept = new ArrayList<>();
        for (Row r : rows) if (!curatedKeys.containsKey(Lexicon.key(r.form()))) kept.add(r);

        // (5) one form, several built concepts
        Map<String, List<Row>> byKey = new LinkedHashMap<>();
        for (Row r : kept) byKey.computeIfAbsent(Lexicon.key(r.form()), k -> new ArrayList<>()).add(r);
        Comparator<Row> claim = Comparator.comparingInt(Row::strength).thenComparingInt(r -> SOURCES.indexOf(r.term().source));
        List<Row> resolved = new ArrayList<>();
        for (List<Row> group : byKey.values()) {
            if (group.size() == 1) {
                resolved.add(group.get(0));
                continue;
            }
            Map<EntityType, List<Row>> byType = new TreeMap<>();
            for (Row r : group) byType.computeIfAbsent(r.term().type, k -> new ArrayList<>()).add(r);
            int bestStrength = group.stream().mapToInt(Row::strength).min().orElse(0);
            for (List<Row> l : byType.values()) {
                l.sort(claim);
                Row best = l.get(0);
                // an alias or previous symbol loses to any other concept's name or synonym
                if (best.strength() >= Term.PREVIOUS && bestStrength < Term.PREVIOUS) continue;
                Set<Concept> ties = new HashSet<>();
                for (Row r : l) {
                    if (r.strength() == best.strength() && r.term().source.equals(best.term().source)) ties.add(concept(r.term()));
                }
                if (ties.size() > 1 && best.strength() != Term.PRIMARY) continue;
                Set<Concept> done = new HashSet<>();
                for (Row r : l) {
                    if (r.strength() != best.strength() || !r.term().source.equals(best.term().source)) {
                        // the same concept from a weaker source adds nothing
                        continue;
                    }
                    if (done.add(concept(r.term()))) resolved.add(r);
                }
            }
        }

        // rows per source, sorted
        Map<String, List<LexiconEntry>> files = new TreeMap<>();
        Set<String> emitted = new HashSet<>();
        for (Row r : resolved) {
            Term t = r.term();
            files.computeIfAbsent(t.source, k -> new ArrayList<>()).add(new LexiconEntry(t.type, t.canonical, t.xref, r.form(),
                    Chars.hasHan(r.form()) ? "zh" : "en", t.file));
            emitted.add(r.form());
        }
        Comparator<LexiconEntry> order = Comparator.comparing((LexiconEntry e) -> e.type().name())
                .thenComparing(LexiconEntry::canonical).thenComparing(LexiconEntry::xref).thenComparing(LexiconEntry::form)
                .thenComparing(LexiconEntry::source);
        for (List<LexiconEntry> l : files.values()) {
            l.sort(order);
            for (int i = l.size() - 1; i > 0; i--) if (l.get(i).equals(l.get(i - 1))) l.remove(i);
        }

        // (6) the stop list
        Map<String, Stop> stopByForm = new TreeMap<>();
        for (Stop s : stops) {
            if (curatedForms.contains(s.form()) || emitted.contains(s.form())) continue;
            stopByForm.putIfAbsent(s.form(), s);
        }
        // (7) symbols refused as forms, for the entity stage to accept where the context says gene
        List<LexiconEntry> context = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        for (LexiconEntry c : in.curated) taken.add(c.form());
        taken.addAll(emitted);
        List<Term> symbolSources = new ArrayList<>(hgnc);
        symbolSources.addAll(bySource.get("famplex"));
        for (Term t : symbolSources) {
            if (t.contextSymbol == null || !taken.add(t.contextSymbol)) continue;
            context.add(new LexiconEntry(t.type, t.canonical, t.xref, t.contextSymbol, "en", t.file + " (" + t.contextReason + ")"));
        }
        context.sort(order);
        return new Result(files, new ArrayList<>(stopByForm.values()), in.wordsUsed, context);
    }

    /**
     * DrugBank lists biologics as drugs: recombinant proteins, peptide hormones, enzymes
     * (glucagon, erythropoietin, vasoactive intestinal peptide, butyrylcholinesterase). Named in a
     * paper, they are gene products (the guide; BioRED's GeneOrGeneProduct), and a CHEMICAL row
     * would win over the gene by type priority. A drug without a structure one of whose names is
     * an HGNC gene's approved name or symbol, or a drug with a structure whose own common name is
     * a gene's approved name (vasoactive intestinal peptide, somatostatin; not estrone, whose
     * synonym Folliculin is a gene's name), is left out whole; a drug
     * without a structure loses any other name that an HGNC gene has as a symbol, alias or
     * previous symbol (Gonadorelin's GnRH). Drugs with a structure keep names that are only a
     * gene's symbol or alias (cAMP, MTX, NAC are the chemicals).
     */
    static List<Term> geneProductsLeftOut(List<Term> drugs, List<Term> hgnc, Set<String> geneKeys) {
        Set<String> approvedNames = new HashSet<>();
        Set<String> symbols = new HashSet<>();
        for (Term g : hgnc) {
            symbols.add(Lexicon.key(g.xref));
            for (Term.Name n : g.names) {
                String k = Lexicon.key(n.form());
                if (n.strength() == Term.PRIMARY && !k.equals(Lexicon.key(g.xref))) approvedNames.add(k);
            }
        }
        List<Term> out = new ArrayList<>();
        for (Term d : drugs) {
            boolean product = false;
            for (Term.Name n : d.names) {
                String k = Lexicon.key(n.form());
                boolean named = approvedNames.contains(k) && (!d.structure || n.strength() == Term.PRIMARY);
                if (named || !d.structure && symbols.contains(k)) product = true;
            }
            if (product) continue;
            if (!d.structure) d.names.removeIf(n -> geneKeys.contains(Lexicon.key(n.form())));
            if (!d.names.isEmpty()) out.add(d);
        }
        return out;
    }

    /**
     * Biologics that are the products of a gene family are left to FamPlex, as those of one gene
     * are left to HGNC: a drug without a structure one of whose names is a FamPlex family's name
     * (the glycoprotein hormone luteinizing hormone, hemoglobin) is left out whole; the family is a PROTEIN.
     * Only names of several words or of seven letters or more count: a symbol names nothing alone (HES is also hydroxyethyl starch).
     */
    /** The length from which a family's one-word name is spelled out enough to name a drug (hemoglobin; not Hes, hCG). */
    private static final int SPELLED_OUT = 7;

    static List<Term> familyProductsLeftOut(List<Term> drugs, List<Term> famplex) {
        Set<String> familyNames = new HashSet<>();
        for (Term f : famplex) {
            for (Term.Name n : f.names) {
                // a short name or symbol names nothing alone (Hes: the HES family and hydroxyethyl starch's HES)
                if (n.form().length() >= SPELLED_OUT || n.form().contains(" ")) familyNames.add(spelled(n.form()));
            }
        }
        List<Term> out = new ArrayList<>();
        for (Term d : drugs) {
            if (!d.structure && d.names.stream().anyMatch(n -> familyNames.contains(spelled(n.form())))) continue;
            out.add(d);
        }
        return out;
    }

    /** A name's key with a hyphen and a space as one spelling, as the matcher reads them (follicle-stimulating hormone). */
    static String spelled(String form) {
        return Lexicon.key(form).replace('-', ' ').replaceAll("\\s+", " ").strip();
    }

    /**
     * DrugBank drugs that are organisms are left out whole: a drug without a chemical structure
     * whose common name is the name of a MeSH organism of {@code organism-trees.tsv} (Escherichia
     * coli, Lactobacillus acidophilus, Candida albicans: probiotics, vaccines, allergen sources).
     * In a paper the name is the organism, which the guide has no type for, not a CHEMICAL.
     */
    static List<Term> organismsLeftOut(List<Term> drugs, Set<String> organismNames) {
        List<Term> out = new ArrayList<>();
        for (Term d : drugs) {
            if (!d.structure && organismNames.contains(Lexicon.key(d.canonical))) continue;
            out.add(d);
        }
        return out;
    }

    /**
     * The other names {@code name-variants.tsv} derives from a term's names (an acid's anion:
     * glutamic acid → glutamate), added as aliases: an alias yields to any concept that has the
     * form as a name, and passes the same name checks as every other name.
     */
    static void nameVariants(Inputs in, List<Term> terms) {
        if (in.nameVariants.isEmpty()) return;
        for (Term t : terms) {
            List<String> extra = new ArrayList<>();
            for (Term.Name n : t.names) {
                if (n.strength() > Term.SYNONYM) continue;
                for (Inputs.NameVariant v : in.nameVariants) {
                    if (v.type() != t.type) continue;
                    java.util.regex.Matcher m = v.pattern().matcher(n.form());
                    if (m.matches()) extra.add(m.replaceFirst(v.replacement()));
                }
            }
            for (String e : extra) {
                boolean has = false;
                for (Term.Name n : t.names) if (n.form().equalsIgnoreCase(e)) has = true;
                if (!has) t.add(e, Term.ALIAS);
            }
        }
    }

    /** (2) exclusions and name checks; (3) folding and plurals: the rows of one source's terms. */
    private static void addRows(Inputs in, List<Term> terms, List<Row> rows, List<Stop> stops) {
        for (Term t : terms) {
            if (in.excluded(t.source, t.xref, t.canonical) != null) continue;
            if (t.meta != null && in.excluded(t.source, t.meta, null) != null) continue;
            Map<String, Integer> forms = new LinkedHashMap<>();
            for (Term.Name n : t.names) {
                if (!usable(in, t, n, stops)) continue;
                String f = MatchFolder.foldString(n.form());
                if (f.isEmpty() || f.indexOf('\t') >= 0) continue;
                forms.merge(f, n.strength(), Math::min);
            }
            Set<String> plurals = new HashSet<>();
            for (String f : forms.keySet()) {
                if (!Chars.hasHan(f)) plurals.addAll(in.variants.english(f, t.type));
            }
            for (Map.Entry<String, Integer> f : forms.entrySet()) {
                if (plurals.contains(f.getKey())) continue;
                rows.add(new Row(t, f.getKey(), f.getValue()));
            }
        }
    }

    /**
     * The rows of CC-CEDICT entries whose English gloss is the name of one known concept: the
     * curated concepts' English forms first (a name the curated lexicon has names only its
     * concept), then the primary names of the built rows.
     */
    private static List<Row> cedictRows(Inputs in, List<Row> rows, List<Stop> stops) throws IOException {
        Map<String, Set<Concept>> english = new HashMap<>();
        for (LexiconEntry c : in.curated) {
            if (Chars.hasHan(c.form())) continue;
            english.computeIfAbsent(CedictReader.key(c.form()), k -> new java.util.LinkedHashSet<>()).add(c.concept());
        }
        Set<String> curatedNames = new HashSet<>(english.keySet());
        for (Row r : rows) {
            // a built concept's own name only: a synonym ("phospholipid" of omega-3 fatty acids) is too loose a link
            // (an open ChEBI entry's only name is an alias, the weakest claim on a form, but its own name all the same)
            boolean own = r.strength() == Term.PRIMARY
                    || r.term().source.equals(ChebiReader.OPEN) && r.form().equals(MatchFolder.foldString(r.term().canonical));
            if (!own || Chars.hasHan(r.form())) continue;
            String k = CedictReader.key(r.form());
            if (curatedNames.contains(k)) continue;
            english.computeIfAbsent(k, x -> new java.util.LinkedHashSet<>()).add(concept(r.term()));
        }
        List<Row> out = new ArrayList<>();
        addRows(in, CedictReader.read(in, english, curatedNames), out, stops);
        return out;
    }

    /**
     * A chemical's other name of two to four lower-case letters (DrugBank's guo, dex, mel; MeSH's
     * brand stubs soma, alli, dona) is a clipped name, a code or a brand, not how papers name the
     * chemical; such a form matches in any case and so meets surnames (Guo et al.), words (soma) and
     * other drugs' short forms (Dex is dexamethasone). The chemical's own name stays (zinc, iron, talc).
     */
    static boolean clippedChemicalName(Term t, Term.Name n) {
        return t.type == EntityType.CHEMICAL && n.strength() != Term.PRIMARY && CLIPPED.matcher(n.form()).matches();
    }

    /**
     * Whether a name's brackets pair up: a vocabulary list split at a separator inside a name
     * (Cellosaurus's HB(11;19) read as "HB(11" and "19)") leaves halves that are no names.
     */
    static boolean balanced(String f) {
        int depth = 0;
        for (int i = 0; i < f.length(); i++) {
            char c = f.charAt(i);
            if (c == '(' || c == '[') depth++;
            else if (c == ')' || c == ']') {
                if (--depth < 0) return false;
            }
        }
        return depth == 0;
    }

    private static final java.util.regex.Pattern CLIPPED = java.util.regex.Pattern.compile("[a-z]{2,4}");

    private static final java.util.regex.Pattern RESIDUE_LIKE = java.util.regex.Pattern.compile("[A-Z]-?\\d+|[A-Z]{1,2}-\\d");

    /** A family's bare capital symbol refused as a form, kept for the entity stage to accept in context (LH, FSH). */
    private static void contextSymbol(Inputs in, Term t, String f, String reason) {
        // exclude.tsv, source famplex-symbol: bare symbols papers use as often for something else (TAC, PTX, HDL)
        if (t.contextSymbol != null || in.excluded("famplex-symbol", null, f) != null) return;
        t.contextSymbol = f;
        t.contextReason = reason;
    }

    /** Whether one name of a term may be a form; false friends refused here are recorded as stops. */
    private static boolean usable(Inputs in, Term t, Term.Name n, List<Stop> stops) {
        String f = n.form();
        if (f.length() < 2 || f.indexOf('\t') >= 0) return false;
        if (in.excluded(t.source, null, f) != null) return false;
        if (clippedChemicalName(t, n)) return false;
        if (!balanced(f)) return false;
        if (t.source.equals("famplex")) {
            if (!f.contains(" ") && f.chars().anyMatch(Character::isUpperCase)) {
                boolean bare = f.length() <= 3 && f.chars().allMatch(c -> c < 0x80 && Character.isUpperCase(c));
                if (HgncReader.threeLetters(f) && f.equals(f.toUpperCase(java.util.Locale.ROOT))) {
                    // a family's bare symbol (FSH, JAK, PKC) names the family where the context says gene (step 7)
                    contextSymbol(in, t, f, "three bare letters; FamPlex name");
                    return false;
                }
                String why = HgncReader.symbolReason(in, f);
                if (why != null) {
                    stops.add(new Stop(f, why + "; FamPlex name of " + t.xref, t.file));
                    if (bare) contextSymbol(in, t, f, why + "; FamPlex name");
                    return false;
                }
                return true;
            }
            String why = Names.reason(in, f);
            return why == null || why.equals("abbreviation");
        }
        if (t.source.equals("chebi")) {
            if (n.strength() == Term.PRIMARY) return true;
            if (Names.isAbbreviation(f)) return f.length() >= 3 && HgncReader.symbolReason(in, f) == null;
            return Names.reason(in, f) == null;
        }
        if (t.source.equals("mesh") && n.strength() == Term.ALIAS) {
            // a chemical's abbreviation, acronym or lab code (MeshReader): four characters at least, no
            // English word, no common abbreviation (CCK-8 is also the cell counting kit)
            if (f.length() < 4 || HgncReader.symbolReason(in, f) != null) return false;
            // one letter and a number is a residue or a position (S578, D600, R1881), a code with a
            // one-digit number a domain or a sample (AF-2, PT-9)
            if (RESIDUE_LIKE.matcher(f).matches()) return false;
            String why = Names.reason(in, f, t);
            return why == null || why.equals("abbreviation");
        }
        if (ONTOLOGIES.contains(t.source)) return Names.reason(in, f, t) == null;
        return true;
    }

    /**
     * (3b) A concept of a joining source whose canonical name (else one of its primary names) is,
     * singular or plural, the name or exact synonym of exactly one concept of an earlier source and
     * of a type it may join, becomes that concept; sources are joined in their order, so a MeSH
     * drug joins the DrugBank drug that joined ChEBI.
     */
    private static void join(List<Row> rows) {
        Map<String, Set<Concept>> names = new HashMap<>();
        Map<String, List<Row>> bySource = new LinkedHashMap<>();
        for (String src : SOURCES) bySource.put(src, new ArrayList<>());
        for (Row r : rows) bySource.get(r.term().source).add(r);
        for (String src : SOURCES) {
            Set<EntityType> types = JOINING.get(src);
            if (types != null) {
                Set<Term> seen = new HashSet<>();
                for (Row r : bySource.get(src)) {
                    Term t = r.term();
                    if (!seen.add(t)) continue;
                    if (!types.contains(t.type)) continue;
                    // a Chinese label may go to any of its source's types; other sources stay in their own type
                    Set<EntityType> allowed = src.equals("hpo-zh") ? types : Set.of(t.type);
                    Concept c = unique(names, MatchFolder.foldString(t.canonical), allowed);
                    if (c == null) {
                        Set<Concept> found = new HashSet<>();
                        for (Term.Name n : t.names) {
                            if (n.strength() != Term.PRIMARY) continue;
                            Concept x = unique(names, MatchFolder.foldString(n.form()), allowed);
                            if (x != null) found.add(x);
                        }
                        if (found.size() == 1) c = found.iterator().next();
                    }
                    if (c != null) {
                        t.type = c.type();
                        t.canonical = c.canonical();
                        t.xref = c.xref();
                    }
                }
            }
            for (Row r : bySource.get(src)) {
                if (r.strength() > Term.SYNONYM || Chars.hasHan(r.form())) continue;
                names.computeIfAbsent(Lexicon.key(r.form()), k -> new HashSet<>()).add(concept(r.term()));
            }
        }
    }

    /** The one concept of an allowed type that has this name (or its singular), or null. */
    private static Concept unique(Map<String, Set<Concept>> names, String form, Set<EntityType> types) {
        String k = Lexicon.key(form);
        List<String> keys = new ArrayList<>(List.of(k));
        if (k.endsWith("ies")) keys.add(k.substring(0, k.length() - 3) + "y");
        if (k.endsWith("es")) keys.add(k.substring(0, k.length() - 2));
        if (k.endsWith("s")) keys.add(k.substring(0, k.length() - 1));
        for (String key : keys) {
            Set<Concept> cs = names.get(key);
            if (cs == null) continue;
            Concept found = null;
            for (Concept c : cs) {
                if (!types.contains(c.type())) continue;
                if (found != null && !found.equals(c)) return null;
                found = c;
            }
            if (found != null) return found;
        }
        return null;
    }

    /** The one curated concept a built concept may join, or null. */
    private static Concept joinable(List<Concept> owners, Term t) {
        if (owners == null) return null;
        Concept found = null;
        for (Concept c : owners) {
            if (!compatible(c.type(), t.type)) continue;
            if (!c.xref().isEmpty() && system(c.xref()).equals(system(t.xref)) && !c.xref().equals(t.xref)) continue;
            if (found != null && !found.equals(c)) return null;
            found = c;
        }
        return found;
    }

    private static boolean compatible(EntityType a, EntityType b) {
        if (a == b) return true;
        Set<EntityType> gene = Set.of(EntityType.PROTEIN, EntityType.CYTOKINE, EntityType.GROWTH_FACTOR, EntityType.MARKER);
        return gene.contains(a) && gene.contains(b);
    }

    /** The identifier system of an xref: its CURIE prefix, CVCL, KEGG, or HGNC for bare symbols. */
    static String system(String xref) {
        if (xref.isEmpty()) return "";
        int c = xref.indexOf(':');
        if (c > 0) return xref.substring(0, c);
        if (xref.startsWith("CVCL_")) return "CVCL";
        if (xref.matches("map\\d+")) return "KEGG";
        if (xref.startsWith("TS-")) return "TS";
        if (xref.startsWith("miR-") || xref.startsWith("let-")) return "miRBase";
        return "HGNC";
    }

    private static Concept concept(Term t) {
        return new Concept(t.type, t.canonical, t.xref);
    }

    /** Writes the result into {@code out} (models/lexicon/built): one file per source and stoplist.tsv. */
    public static void write(Result r, Path out) throws IOException {
        Files.createDirectories(out);
        try (Stream<Path> s = Files.list(out)) {
            for (Path p : (Iterable<Path>) s::iterator) if (p.toString().endsWith(".tsv")) Files.delete(p);
        }
        for (Map.Entry<String, List<LexiconEntry>> e : r.files().entrySet()) {
            try (Writer w = Files.newBufferedWriter(out.resolve(e.getKey() + ".tsv"), StandardCharsets.UTF_8)) {
                w.write("# Built by `bilex lexicon build` from shared/vocab and models/build; do not edit by hand.\n");
                w.write(Lexicon.HEADER + "\n");
                for (LexiconEntry x : e.getValue()) {
                    w.write(x.type() + "\t" + x.canonical() + "\t" + x.xref() + "\t" + x.form() + "\t" + x.lang() + "\t"
                            + x.source() + "\n");
                }
            }
        }
        try (Writer w = Files.newBufferedWriter(out.resolve(Lexicon.CONTEXT_SYMBOLS), StandardCharsets.UTF_8)) {
            w.write("# Gene symbols that are not lexicon forms (English words, common abbreviations, two or three bare\n");
            w.write("# letters: AR, MET, SET) but name the gene where the context says so (models/rules/context-rules.tsv).\n");
            w.write("# Built by `bilex lexicon build`; do not edit by hand. Not read as lexicon rows.\n");
            w.write(Lexicon.HEADER + "\n");
            for (LexiconEntry x : r.contextSymbols()) {
                w.write(x.type() + "\t" + x.canonical() + "\t" + x.xref() + "\t" + x.form() + "\t" + x.lang() + "\t"
                        + x.source() + "\n");
            }
        }
        try (Writer w = Files.newBufferedWriter(out.resolve("stoplist.tsv"), StandardCharsets.UTF_8)) {
            w.write("# False friends found by `bilex lexicon build`: gene symbols and aliases, cell-line and family names\n");
            w.write("# that are English words (word list models/build/english-words.txt) or common abbreviations\n");
            w.write("# (models/build/abbreviations.tsv). Generated; do not edit by hand.\n");
            w.write("form\treason\tsource\n");
            for (Stop s : r.stops()) w.write(s.form() + "\t" + s.reason().replace('\t', ' ') + "\t" + s.source() + "\n");
        }
    }

    /** Rewrites the committed word list as the words of {@code full} that this build asked about. */
    public static void writeWords(Result r, Path models, Path full) throws IOException {
        Path f = models.resolve("build").resolve("english-words.txt");
        try (Writer w = Files.newBufferedWriter(f, StandardCharsets.UTF_8)) {
            w.write("# The English words the lexicon build checks forms against: the lower-case entries of the\n");
            w.write("# Debian package wamerican (SCOWL, /usr/share/dict/words; see NOTICE for its licence) that some\n");
            w.write("# vocabulary name or symbol spells. Regenerate: bilex lexicon build --words /usr/share/dict/words\n");
            for (String x : r.wordsUsed()) w.write(x + "\n");
        }
    }
}
