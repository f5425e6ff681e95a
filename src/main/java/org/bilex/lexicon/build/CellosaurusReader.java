package org.bilex.lexicon.build;

import org.bilex.core.EntityType;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Cellosaurus (reach-bioresources-kb/Cellosaurus.tsv.gz): CELL, cell lines of human, mouse and
 * rat only (the species of this field's experiments; 84k of the table's 93k names). A name
 * is a form when it has three characters or more, starts with a letter or digit, has a digit
 * or is letters only with two capitals or more and four letters or more, and is not an English word, a common abbreviation or an
 * HGNC symbol or alias; names that are English words or common abbreviations are stopped.
 */
final class CellosaurusReader {

    static final String FILE = "reach-bioresources-kb/Cellosaurus.tsv.gz";
    static final Set<String> SPECIES = Set.of("Homo sapiens", "Mus musculus", "Rattus norvegicus");

    private CellosaurusReader() {
    }

    static List<Term> read(Inputs in, Set<String> geneKeys, List<Stop> stops) throws IOException {
        Map<String, List<String>> names = new LinkedHashMap<>();
        for (String[] r : NameIdTable.read(in.vocab.resolve(FILE), true)) {
            if (r.length < 3 || !SPECIES.contains(r[2].strip())) continue;
            names.computeIfAbsent(r[1].strip(), k -> new ArrayList<>()).add(r[0].strip());
        }
        List<Term> out = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : names.entrySet()) {
            List<String> kept = new ArrayList<>();
            for (String n : e.getValue()) {
                if (n.length() < 3 || !Character.isLetterOrDigit(n.codePointAt(0))) continue;
                boolean digit = n.chars().anyMatch(Character::isDigit);
                if (!digit && allWords(in, n)) {
                    if (n.chars().allMatch(Character::isLetter)) stops.add(new Stop(n, "English word; Cellosaurus cell line " + e.getKey(), FILE));
                    continue;
                }
                String abbr = in.abbreviations.get(n);
                if (abbr != null) {
                    stops.add(new Stop(n, "common abbreviation (" + abbr + "); Cellosaurus cell line " + e.getKey(), FILE));
                    continue;
                }
                if (!digit && n.length() <= 3) continue;
                // a name of letters only needs two capitals (HeLa, HaCaT): "Gemini", "Bob" are words or names
                if (!digit && n.chars().filter(Character::isUpperCase).count() < 2) continue;
                if (geneKeys.contains(n.toLowerCase(java.util.Locale.ROOT))) continue;
                kept.add(n);
            }
            if (kept.isEmpty()) continue;
            Term t = new Term("cellosaurus", FILE, EntityType.CELL, e.getKey(), Names.shortest(kept));
            for (String n : kept) t.add(n, Term.SYNONYM);
            out.add(t);
        }
        return out;
    }

    /** Every name of a human, mouse or rat cell line, as written. */
    static Set<String> allNames(Inputs in) throws IOException {
        Set<String> out = new java.util.HashSet<>();
        for (String[] r : NameIdTable.read(in.vocab.resolve(FILE), true)) {
            if (r.length >= 3 && SPECIES.contains(r[2].strip())) out.add(r[0].strip());
        }
        return out;
    }

    /** Every word of the name is an ordinary English word. */
    private static boolean allWords(Inputs in, String n) {
        String[] w = n.split("[ \\-/]+");
        for (String x : w) if (x.isEmpty() || !x.chars().allMatch(Character::isLetter) || !in.isWord(x)) return false;
        return true;
    }
}
