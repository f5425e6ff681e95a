package org.bilex.lexicon.build;

import org.bilex.core.EntityType;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * MeSH 2024 descriptors (mesh-2024/, NLM): each descriptor typed by its tree numbers through
 * {@code models/build/mesh-trees.tsv} (diseases C and F03, chemicals D, anatomy A, cells,
 * cell and metabolic processes G). A disease descriptor that the Disease Ontology
 * cross-references becomes that DOID concept; any other keeps {@code MESH:Dnnnnnnn} with its
 * main heading (words lower-cased) as canonical. Entry terms tagged as abbreviations, acronyms
 * or lab numbers (ABB, ACR, LAB) are left out: a short form counts where a document defines it;
 * but for a chemical they are the names papers use undefined (GABA, NMDA, EGTA, MPTP, L-NAME,
 * 5-FU, MK-801, STI571), so a chemical's are kept as aliases (weakest claim: they yield to any
 * concept that has the form as a name) unless an HGNC gene or a cell line has the form; the builder
 * then keeps those of four characters or more that are no English word or common abbreviation.
 */
final class MeshReader {

    static final String TERMS = "mesh-2024/mesh2024_descriptor_terms.tsv.gz";
    static final String TREES = "mesh-2024/mesh2024_tree_numbers.tsv.gz";

    private MeshReader() {
    }

    static List<Term> read(Inputs in, Map<String, Term> meshToDo, java.util.Set<String> geneKeys,
                           java.util.Set<String> cellLines) throws IOException {
        Map<String, List<String>> trees = new LinkedHashMap<>();
        for (String[] r : NameIdTable.read(in.vocab.resolve(TREES), false)) {
            if (r[0].equals("DescriptorUI")) continue;
            trees.computeIfAbsent(r[0].strip(), k -> new ArrayList<>()).add(r[1].strip());
        }
        Map<String, List<String[]>> rows = new LinkedHashMap<>();
        for (String[] r : NameIdTable.read(in.vocab.resolve(TERMS), false)) {
            if (r[0].equals("DescriptorUI") || r.length < 6) continue;
            rows.computeIfAbsent(r[0].strip(), k -> new ArrayList<>()).add(r);
        }
        List<Term> out = new ArrayList<>();
        for (Map.Entry<String, List<String[]>> e : rows.entrySet()) {
            String id = e.getKey();
            Inputs.TreeRule rule = in.meshRule(trees.getOrDefault(id, List.of()));
            if (rule == null || rule.type() == null) continue;
            String heading = Names.lowerWords(e.getValue().get(0)[1].strip());
            Term t = new Term("mesh", TERMS, rule.type(), "MESH:" + id, heading);
            t.meta = id;
            for (String[] r : e.getValue()) {
                String tag = r[3].strip();
                if (tag.equals("ABB") || tag.equals("ACR") || tag.equals("LAB")) {
                    String abbr = r[2].strip();
                    if (rule.type() == EntityType.CHEMICAL && !geneKeys.contains(org.bilex.lexicon.Lexicon.key(abbr))
                            && !cellLines.contains(abbr)) t.add(abbr, Term.ALIAS);
                    continue;
                }
                t.add(Names.lowerWords(r[2].strip()), r[4].strip().equals("Y") ? Term.PRIMARY : Term.SYNONYM);
            }
            if (t.names.isEmpty()) continue;
            // a canonical name is not inverted: "acidosis, respiratory" → "respiratory acidosis", else the shortest plain entry term
            if (heading.contains(", ")) {
                List<String> plain = new ArrayList<>();
                for (Term.Name n : t.names) {
                    if (n.strength() != Term.ALIAS && !n.form().contains(",") && !n.form().contains("(")) plain.add(n.form());
                }
                String[] parts = heading.split(", ", 2);
                String turned = parts[1] + " " + parts[0];
                if (plain.stream().anyMatch(x -> x.equalsIgnoreCase(turned))) t.canonical = turned;
                else if (!plain.isEmpty()) t.canonical = Names.shortest(plain);
                heading = t.canonical;
            }
            // a canonical name is singular: "seizures" → "seizure" when the descriptor has that entry term
            for (Term.Name n : t.names) {
                if (n.strength() != Term.ALIAS && !n.form().equals(heading) && singular(heading).equals(n.form().toLowerCase(java.util.Locale.ROOT))) {
                    t.canonical = n.form();
                    break;
                }
            }
            // the DOID that cross-references this descriptor, when the two share a name: DO's xrefs
            // sometimes point a narrow disease at a broad heading (visual epilepsy → Seizures)
            Term dO = rule.type() == EntityType.DISEASE ? meshToDo.get(id) : null;
            if (dO != null && sharesName(dO, t)) {
                t.xref = dO.xref;
                t.canonical = dO.canonical;
            }
            out.add(t);
        }
        return out;
    }

    /**
     * The names (keys of {@link org.bilex.lexicon.Lexicon#key}) of the MeSH descriptors that are
     * organisms: filed under a branch of {@code organism-trees.tsv} and under no branch outside B.
     */
    static java.util.Set<String> organismNames(Inputs in) throws IOException {
        java.util.Set<String> out = new java.util.HashSet<>();
        if (in.organismTrees.isEmpty()) return out;
        Map<String, List<String>> trees = new LinkedHashMap<>();
        for (String[] r : NameIdTable.read(in.vocab.resolve(TREES), false)) {
            if (r[0].equals("DescriptorUI")) continue;
            trees.computeIfAbsent(r[0].strip(), k -> new ArrayList<>()).add(r[1].strip());
        }
        java.util.Set<String> organisms = new java.util.HashSet<>();
        for (Map.Entry<String, List<String>> e : trees.entrySet()) {
            boolean under = false;
            boolean other = false;
            for (String t : e.getValue()) {
                if (!t.startsWith("B")) other = true;
                for (String b : in.organismTrees) if (t.equals(b) || t.startsWith(b + ".")) under = true;
            }
            if (under && !other) organisms.add(e.getKey());
        }
        for (String[] r : NameIdTable.read(in.vocab.resolve(TERMS), false)) {
            if (r[0].equals("DescriptorUI") || r.length < 6 || !organisms.contains(r[0].strip())) continue;
            out.add(org.bilex.lexicon.Lexicon.key(r[2].strip()));
        }
        return out;
    }

    private static boolean sharesName(Term a, Term b) {
        java.util.Set<String> keys = new java.util.HashSet<>();
        for (Term.Name n : a.names) keys.add(singular(n.form()));
        for (Term.Name n : b.names) if (keys.contains(singular(n.form()))) return true;
        return false;
    }

    /** Lower case, a final plural s taken off: "Psychotic Disorders" and "psychotic disorder" are one name. */
    private static String singular(String s) {
        String l = s.toLowerCase(java.util.Locale.ROOT);
        return l.endsWith("s") && !l.endsWith("ss") && !l.endsWith("is") ? l.substring(0, l.length() - 1) : l;
    }
}
