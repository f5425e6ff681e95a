package org.bilex.eval;

import org.bilex.extract.Entity;
import org.bilex.extract.Evidence;
import org.bilex.extract.Mention;
import org.bilex.extract.Relation;
import org.bilex.core.EntityType;
import org.bilex.output.DocumentInfo;
import org.bilex.output.DocumentResult;
import org.bilex.text.PlainTextDocument;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Scores bilex on BioRED abstracts (PubTator) by BioRED's own units, after mapping our types
 * onto BioRED's ({@code ../shared/corpora/biored/README.md}):
 * <ul>
 * <li>GeneOrGeneProduct ← PROTEIN, CYTOKINE, GROWTH_FACTOR, MARKER, MIRNA;
 *     DiseaseOrPhenotypicFeature ← DISEASE; ChemicalEntity ← CHEMICAL;
 *     CellLine ← CELL with a Cellosaurus id ({@code CVCL_}). OrganismTaxon and SequenceVariant
 *     are not scored; our other types (cells without a Cellosaurus id, tissues, pathways,
 *     processes, vesicles) have no BioRED counterpart and are neither right nor wrong.</li>
 * <li>Mentions, per type: a found mention is right by <b>exact</b> span (same start and end) or
 *     by <b>overlap</b> (spans share a char; one to one, a maximum matching), types equal.</li>
 * <li>Concepts, per type and document: each of our entities is mapped to the BioRED concept
 *     its mentions overlap most often (see {@link #conceptOf}); the document's found concepts
 *     are the concepts so mapped plus each unmapped entity on its own; right when the concept
 *     is a gold concept of the same type. By identifier only where the id systems meet:
 *     diseases (our {@code MESH:} ids against BioRED's MeSH ids; an entity with a DOID or no id
 *     counts as found and wrong) and cell lines (Cellosaurus on both sides). Genes (HGNC
 *     symbols against NCBI Gene ids) and chemicals (ChEBI against MeSH) are not comparable.</li>
 * <li>Relations as undirected concept pairs: each relation's two ends are mapped to concepts as
 *     above; negated relations are left out; a pair with an end that maps to no concept
 *     is counted as found and wrong. Pair P/R/F1 ignores the type; the mapped figure also
 *     needs the type: Positive_Correlation ← ACTIVATES, PROMOTES, UPREGULATES;
 *     Negative_Correlation ← INHIBITS, DOWNREGULATES, TREATS; Association ← every other
 *     predicate (TARGETS, CARRIES, MARKER_OF, DERIVED_FROM).</li>
 * </ul>
 */
public final class BioredEvaluation {

    public static final String GENE = "GeneOrGeneProduct";
    public static final String DISEASE = "DiseaseOrPhenotypicFeature";
    public static final String CHEMICAL = "ChemicalEntity";
    public static final String CELL_LINE = "CellLine";
    /** The BioRED types scored, in print order. */
    public static final List<String> SCORED = List.of(GENE, DISEASE, CHEMICAL, CELL_LINE);
    /** BioRED types with a comparable identifier system on our side. */
    public static final Set<String> BY_ID = Set.of(DISEASE, CELL_LINE);

    private final Map<String, Counts> exact = new TreeMap<>();
    private final Map<String, Counts> overlap = new TreeMap<>();
    private final Map<String, Counts> concepts = new TreeMap<>();
    private final Map<String, Counts> conceptsById = new TreeMap<>();
    private final Map<String, Counts> mapped = new TreeMap<>();
    private final Map<String, Integer> notScored = new TreeMap<>();
    private Counts pairs = new Counts(0, 0, 0);
    private Counts pairsCoverable = new Counts(0, 0, 0);
    private int unmappedPairs;
    private final List<String> failures = new ArrayList<>();
    private int documents;
    private final Map<String, Integer> details = new LinkedHashMap<>();
    private final Map<String, Integer> withComparableId = new TreeMap<>();
    private final Map<String, Integer> entitiesOfType = new TreeMap<>();

    /**
     * Runs {@code pipeline} (name, text → result) over each abstract as
     * {@code title + " " + abstract} and scores it.
     */
    public static BioredEvaluation run(List<PubTator.Document> documents,
                                       java.util.function.BiFunction<String, PlainTextDocument, DocumentResult> pipeline,
                                       boolean withDetails) {
        BioredEvaluation ev = new BioredEvaluation();
        for (PubTator.Document d : documents) {
            PlainTextDocument text = PlainTextDocument.titleAndAbstract(d.title(), d.abstractText());
            DocumentResult out;
            try {
                out = pipeline.apply(d.pmid(), text);
            } catch (RuntimeException e) {
                // a bug in a stage: the abstract is scored as if nothing was found, and named
                ev.failures.add(d.pmid() + ": internal-error: " + e);
                out = new DocumentResult(new DocumentInfo(d.pmid(), d.pmid(), "", 1, List.of(), 0, java.util.Map.of(), List.of(), List.of()),
                        List.of(), List.of(), List.of());
            }
            ev.add(d, text, out, withDetails);
        }
        return ev;
    }

    /** The BioRED type of one of our entities, or null when BioRED has no such type. */
    public static String bioredType(EntityType type, String xref) {
        return switch (type) {
            case PROTEIN, CYTOKINE, GROWTH_FACTOR, MARKER, MIRNA -> GENE;
            case DISEASE -> DISEASE;
            case CHEMICAL -> CHEMICAL;
            case CELL -> xref != null && xref.startsWith("CVCL_") ? CELL_LINE : null;
            default -> null;
        };
    }

    /** The BioRED relation type our predicate stands for. */
    public static String bioredPredicate(String predicate) {
        return switch (predicate) {
            case "ACTIVATES", "PROMOTES", "UPREGULATES" -> "Positive_Correlation";
            case "INHIBITS", "DOWNREGULATES", "TREATS" -> "Negative_Correlation";
            default -> "Association";
        };
    }

    /** One of our mentions placed in the abstract's text. */
    record Placed(Entity entity, String type, int start, int end) {
    }

    /** Scores one abstract's result and adds it to the totals. */
    public void add(PubTator.Document gold, PlainTextDocument text, DocumentResult out, boolean withDetails) {
        documents++;
        int[] sentenceStart = text.sentenceOffsets(out.sentences(), org.bilex.nlp.Sentence::paragraph, org.bilex.nlp.Sentence::text);
        List<Placed> placed = new ArrayList<>();
        for (Entity e : out.entities()) {
            String t = bioredType(e.type(), e.xref());
            for (Mention m : e.mentions()) {
                int base = sentenceStart[m.sentence() - 1];
                placed.add(new Placed(e, t, base + m.start(), base + m.end()));
            }
        }
        Map<String, String> conceptType = new HashMap<>();
        for (PubTator.Mention g : gold.mentions()) for (String id : g.ids()) conceptType.putIfAbsent(id, g.type());
        for (PubTator.Mention g : gold.mentions()) {
            if (!SCORED.contains(g.type())) notScored.merge(g.type(), 1, Integer::sum);
        }

        // mentions
        for (String type : SCORED) {
            List<int[]> p = spans(placed, type);
            List<int[]> g = new ArrayList<>();
            Set<Long> seen = new LinkedHashSet<>();
            for (PubTator.Mention m : gold.mentions()) {
                if (m.type().equals(type) && seen.add(key(m.start(), m.end()))) g.add(new int[]{m.start(), m.end()});
            }
            Set<Long> gk = new TreeSet<>();
            for (int[] s : g) gk.add(key(s[0], s[1]));
            int tpExact = 0;
            for (int[] s : p) if (gk.contains(key(s[0], s[1]))) tpExact++;
            exact.merge(type, new Counts(tpExact, p.size(), g.size()), Counts::plus);
            int[] m = Scorer.match(p.size(), g.size(), (i, j) -> p.get(i)[0] < g.get(j)[1] && g.get(j)[0] < p.get(i)[1]);
            int tpOverlap = 0;
            for (int x : m) if (x >= 0) tpOverlap++;
            overlap.merge(type, new Counts(tpOverlap, p.size(), g.size()), Counts::plus);
            if (withDetails) {
                for (int j = 0; j < g.size(); j++) {
                    int jj = j;
                    boolean found = false;
                    for (int x : m) found |= x == jj;
                    if (!found) detail(gold, "missed " + type + ": " + gold.text().substring(g.get(j)[0], g.get(j)[1]));
                }
                for (int i = 0; i < p.size(); i++) {
                    if (m[i] < 0) detail(gold, "invented " + type + ": " + gold.text().substring(p.get(i)[0], p.get(i)[1]));
                    else if (!gk.contains(key(p.get(i)[0], p.get(i)[1]))) {
                        detail(gold, "boundary " + type + ": found " + gold.text().substring(p.get(i)[0], p.get(i)[1])
                                + " | gold " + gold.text().substring(g.get(m[i])[0], g.get(m[i])[1]));
                    }
                }
            }
        }

        // concepts
        Map<Entity, String> conceptOf = new LinkedHashMap<>();
        for (Entity e : out.entities()) {
            String c = conceptOf(e, bioredType(e.type(), e.xref()), placed, gold);
            if (c != null) conceptOf.put(e, c);
        }
        for (String type : SCORED) {
            Set<String> g = new TreeSet<>();
            for (PubTator.Mention m : gold.mentions()) if (m.type().equals(type)) g.addAll(m.ids());
            Set<String> p = new TreeSet<>();
            Set<String> pById = new TreeSet<>();
            for (Entity e : out.entities()) {
                if (!type.equals(bioredType(e.type(), e.xref()))) continue;
                String c = conceptOf.get(e);
                p.add(c != null && type.equals(conceptType.get(c)) ? c : "@" + e.id());
                String id = normaliseId(e.xref());
                pById.add(id.isEmpty() ? "@" + e.id() : id);
                if (BY_ID.contains(type)) {
                    withComparableId.merge(type, comparable(type, e.xref()) ? 1 : 0, Integer::sum);
                    entitiesOfType.merge(type, 1, Integer::sum);
                }
            }
            concepts.merge(type, new Counts(intersection(p, g), p.size(), g.size()), Counts::plus);
            if (BY_ID.contains(type)) {
                conceptsById.merge(type, new Counts(intersection(pById, g), pById.size(), g.size()), Counts::plus);
            }
        }

        // relations
        Map<String, String> goldPairs = new TreeMap<>();
        for (PubTator.Relation r : gold.relations()) goldPairs.put(pair(r.id1(), r.id2()), r.type());
        Set<String> found = new TreeSet<>();
        Set<String> foundTyped = new TreeSet<>();
        Map<String, Entity> byId = new HashMap<>();
        for (Entity e : out.entities()) byId.put(e.id(), e);
        for (Relation r : out.relations()) {
            if (r.negated()) continue;
            Entity s = byId.get(r.subject());
            Entity o = byId.get(r.object());
            if (s == null || o == null) continue;
            String cs = conceptOf.get(s);
            String co = conceptOf.get(o);
            if (cs != null && cs.equals(co)) continue; // both ends one concept: no pair
            if (cs == null || co == null) unmappedPairs++;
            String k = pair(cs == null ? "@" + s.id() : cs, co == null ? "@" + o.id() : co);
            found.add(k);
            foundTyped.add(k + "\t" + bioredPredicate(r.predicate().name()));
        }
        pairs = pairs.plus(new Counts(intersection(found, goldPairs.keySet()), found.size(), goldPairs.size()));
        Set<String> goldCoverable = new TreeSet<>();
        for (String k : goldPairs.keySet()) if (coverable(k, conceptType)) goldCoverable.add(k);
        Set<String> foundCoverable = new TreeSet<>();
        for (String k : found) if (coverable(k, conceptType)) foundCoverable.add(k);
        pairsCoverable = pairsCoverable.plus(new Counts(intersection(foundCoverable, goldCoverable), foundCoverable.size(),
                goldCoverable.size()));
        for (Map.Entry<String, String> e : goldPairs.entrySet()) mapped.merge(e.getValue(), new Counts(0, 0, 1), Counts::plus);
        for (String ft : foundTyped) {
            String[] kt = ft.split("\t");
            String k = kt[0] + "\t" + kt[1];
            boolean right = kt[2].equals(goldPairs.get(k));
            mapped.merge(kt[2], new Counts(right ? 1 : 0, 1, 0), Counts::plus);
        }
        if (withDetails) {
            Map<String, String> names = new HashMap<>();
            for (PubTator.Mention m : gold.mentions()) for (String id : m.ids()) names.putIfAbsent(id, m.text());
            for (Entity e : out.entities()) names.putIfAbsent("@" + e.id(), e.canonical() + " (no BioRED concept)");
            Set<String> ours = new HashSet<>(conceptOf.values());
            for (String k : goldPairs.keySet()) {
                if (found.contains(k)) continue;
                boolean both = true;
                for (String c : k.split("\t")) both &= ours.contains(c);
                detail(gold, "missed pair " + goldPairs.get(k) + (both ? " (both ends found)" : "") + ": " + pairText(k, names));
            }
            for (String k : found) if (!goldPairs.containsKey(k)) detail(gold, "invented pair: " + pairText(k, names));
            for (Relation r : out.relations()) {
                Entity s = byId.get(r.subject());
                Entity o = byId.get(r.object());
                if (s == null || o == null) continue;
                Evidence ev = r.evidence().isEmpty() ? null : r.evidence().get(0);
                detail(gold, "relation: " + s.canonical() + " " + r.predicate().name() + " " + o.canonical()
                        + (r.negated() ? " (negated)" : "")
                        + (ev == null ? "" : " | trigger " + ev.trigger() + " | pattern " + ev.pattern()));
            }
        }
    }

    /**
     * The BioRED concept an entity stands for: the concept id whose gold mentions the entity's
     * mentions overlap most often, counting gold mentions of the entity's own BioRED type first
     * and those of any other type only when none of its own type overlap; on a tie the concept
     * overlapped first in the text; null when no mention overlaps a gold mention.
     */
    static String conceptOf(Entity e, String type, List<Placed> placed, PubTator.Document gold) {
        for (int pass = 0; pass < 2; pass++) {
            if (pass == 0 && type == null) continue;
            Map<String, Integer> votes = new HashMap<>();
            Map<String, Integer> first = new HashMap<>();
            for (Placed p : placed) {
                if (p.entity() != e) continue;
                for (PubTator.Mention g : gold.mentions()) {
                    if (pass == 0 && !g.type().equals(type)) continue;
                    if (g.start() >= p.end() || p.start() >= g.end()) continue;
                    for (String id : g.ids()) {
                        votes.merge(id, 1, Integer::sum);
                        first.merge(id, g.start(), Math::min);
                    }
                }
            }
            String best = null;
            for (Map.Entry<String, Integer> v : votes.entrySet()) {
                if (best == null || v.getValue() > votes.get(best)
                        || (v.getValue().equals(votes.get(best)) && (first.get(v.getKey()) < first.get(best)
                        || (first.get(v.getKey()).equals(first.get(best)) && v.getKey().compareTo(best) < 0)))) {
                    best = v.getKey();
                }
            }
            if (best != null) return best;
        }
        return null;
    }

    private static boolean coverable(String pairKey, Map<String, String> conceptType) {
        for (String c : pairKey.split("\t")) {
            if (c.startsWith("@")) continue;
            if (!SCORED.contains(conceptType.getOrDefault(c, ""))) return false;
        }
        return true;
    }

    private static String pairText(String k, Map<String, String> names) {
        String[] ab = k.split("\t");
        return names.getOrDefault(ab[0], ab[0]) + " [" + ab[0] + "] — " + names.getOrDefault(ab[1], ab[1]) + " [" + ab[1] + "]";
    }

    private void detail(PubTator.Document d, String s) {
        details.merge(d.pmid() + "  " + s, 1, Integer::sum);
    }

    /** Whether our id is in BioRED's id system for the type (MeSH for diseases, Cellosaurus for cell lines). */
    static boolean comparable(String type, String xref) {
        if (xref == null) return false;
        return type.equals(DISEASE) ? xref.startsWith("MESH:") : type.equals(CELL_LINE) && xref.startsWith("CVCL_");
    }

    /** Our id in BioRED's spelling ({@code MESH:D003409} → {@code D003409}); "" when none. */
    static String normaliseId(String xref) {
        if (xref == null) return "";
        return xref.startsWith("MESH:") ? xref.substring(5) : xref;
    }

    private static String pair(String a, String b) {
        return a.compareTo(b) <= 0 ? a + "\t" + b : b + "\t" + a;
    }

    private static long key(int s, int e) {
        return ((long) s << 32) | e;
    }

    private static int intersection(Set<String> a, Set<String> b) {
        int n = 0;
        for (String x : a) if (b.contains(x)) n++;
        return n;
    }

    private static List<int[]> spans(List<Placed> placed, String type) {
        Set<Long> seen = new TreeSet<>();
        List<int[]> out = new ArrayList<>();
        for (Placed p : placed) {
            if (type.equals(p.type()) && seen.add(key(p.start(), p.end()))) out.add(new int[]{p.start(), p.end()});
        }
        return out;
    }

    /** Abstracts the pipeline failed on ("PMID: internal-error: …"); they are scored as finding nothing. */
    public List<String> failures() {
        return failures;
    }

    public int documents() {
        return documents;
    }

    public Map<String, Counts> exact() {
        return exact;
    }

    public Map<String, Counts> overlap() {
        return overlap;
    }

    public Map<String, Counts> concepts() {
        return concepts;
    }

    public Map<String, Counts> conceptsById() {
        return conceptsById;
    }

    public Counts pairs() {
        return pairs;
    }

    public Counts pairsCoverable() {
        return pairsCoverable;
    }

    public Map<String, Counts> mapped() {
        return mapped;
    }

    static Counts total(Map<String, Counts> m) {
        return m.values().stream().reduce(new Counts(0, 0, 0), Counts::plus);
    }

    public void print(PrintStream out, boolean withDetails) {
        out.printf(Locale.ROOT, "BioRED: %d abstracts%s%n", documents,
                failures.isEmpty() ? "" : " (" + failures.size() + " failed in the pipeline and count as finding nothing)");
        out.println();
        out.println("Entity mentions, exact span");
        table(out, exact);
        out.println();
        out.println("Entity mentions, overlap");
        table(out, overlap);
        out.println();
        out.println("Entity concepts per document (our entities mapped to BioRED concepts through their mentions)");
        table(out, concepts);
        out.println();
        out.println("Entity concepts per document by identifier (only where the id systems meet: MeSH diseases, Cellosaurus)");
        table(out, conceptsById);
        out.print("  found entities with an id in BioRED's system:");
        withComparableId.forEach((k, v) -> out.print(" " + k + " " + v + " of " + entitiesOfType.get(k)));
        out.println(" (the others, e.g. DOID diseases, count as wrong)");
        out.print("Not scored (no counterpart in bilex):");
        if (notScored.isEmpty()) out.print(" none");
        notScored.forEach((k, v) -> out.print(" " + k + " (" + v + " mentions)"));
        out.println();
        out.println();
        out.println("Relations as undirected concept pairs");
        header(out);
        row(out, "pairs, any type", pairs);
        row(out, "pairs, ends of scored types", pairsCoverable);
        out.printf(Locale.ROOT, "  (%d found pairs have an end that maps to no BioRED concept; negated relations left out)%n", unmappedPairs);
        out.println();
        out.println("Relations with the predicate mapped (Positive_Correlation ← ACTIVATES/PROMOTES/UPREGULATES, "
                + "Negative_Correlation ← INHIBITS/DOWNREGULATES/TREATS, Association ← the rest)");
        table(out, mapped);
        if (!withDetails) return;
        out.println();
        out.println("Details (mentions by overlap, with the boundary of each found mention that overlaps but is not exact; pairs by concept)");
        details.forEach((d, n) -> out.println("  " + d + (n > 1 ? "  ×" + n : "")));
    }

    private static void header(PrintStream out) {
        out.printf(Locale.ROOT, "  %-28s %6s %6s %6s %7s %7s %7s%n", "type", "gold", "found", "right", "P", "R", "F1");
    }

    private static void table(PrintStream out, Map<String, Counts> rows) {
        header(out);
        for (Map.Entry<String, Counts> e : rows.entrySet()) row(out, e.getKey(), e.getValue());
        row(out, "ALL (micro)", total(rows));
    }

    private static void row(PrintStream out, String name, Counts c) {
        out.printf(Locale.ROOT, "  %-28s %6d %6d %6d %7.3f %7.3f %7.3f%n", name, c.gold(), c.predicted(), c.tp(),
                c.precision(), c.recall(), c.f1());
    }
}
