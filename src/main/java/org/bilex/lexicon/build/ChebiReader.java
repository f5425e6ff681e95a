package org.bilex.lexicon.build;

import org.bilex.core.EntityType;
import org.bilex.lexicon.LexiconEntry;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * ChEBI (reach-bioresources-kb/chebi.tsv.gz): CHEMICAL, a curated subset. Only ids on the
 * allow-list {@code models/build/chebi.tsv} (agents, drugs, reagents and metabolites of this
 * field, each with its class) or already the xref of a curated concept are taken, with every
 * name the table gives them that passes the name checks; the allow-list's name is canonical
 * and always a form. The rest of ChEBI is read by {@link #readOpen} as a source of its own, with
 * the filters that keep ions, conjugate bases, registry numbers, roles, classes and English words
 * such as "lead" and "tin" out. A compound's code name written with a
 * space between its letters and its number ("SB 431542", "CHIR 99021") is also a form run
 * together and hyphenated ("SB431542", "SB-431542"), as papers write it.
 */
final class ChebiReader {

    static final String FILE = "reach-bioresources-kb/chebi.tsv.gz";

    /** A code name: capital letters, one space, a number of three digits or more ("SB 431542", "PD 0325901"). */
    private static final Pattern CODE_NAME = Pattern.compile("([A-Z]{1,4}) (\\d{3,})");

    private ChebiReader() {
    }

    /** The other spellings of a code name ("SB431542", "SB-431542" for "SB 431542"); empty for other names. */
    static List<String> codeNameSpellings(String name) {
        Matcher m = CODE_NAME.matcher(name);
        if (!m.matches()) return List.of();
        return List.of(m.group(1) + m.group(2), m.group(1) + "-" + m.group(2));
    }

    /** A name of the open part: at most 60 characters, Latin (ASCII) or Greek letters only. */
    private static final Pattern OPEN_CHARS = Pattern.compile("[\\p{ASCII}\\p{IsGreek}]{5,60}");
    /** A run of four letters: a name, not a registry number or a formula ("100-1", "H2O2"). */
    private static final Pattern LETTERS = Pattern.compile("\\p{L}{4}");
    private static final Pattern NUMBER = Pattern.compile("\\d+");

    /** Source name of the open part of ChEBI: every id, not only the allow-list (see {@link #readOpen}). */
    static final String OPEN = "chebi-open";

    /**
     * The rest of ChEBI ({@value #FILE} gives one name per id), as source {@value #OPEN}: the
     * natural products, polysaccharides, metabolites and drugs no allow-list can foresee (fucoidan,
     * salubrinal, N-acetylgalactosamine). The builder reads it after DrugBank and MeSH, so a name
     * they have stays theirs and a ChEBI entry named so joins their concept. A name is taken only
     * when it reads as a chemical a paper names: five to sixty characters of Latin or Greek
     * letters, digits and punctuation, a run of four letters, at most one number (systematic
     * names such as 3,4-dihydroxy… have more), no comma, bracket or semicolon (charged and
     * qualified species), and not a phrase of ordinary English words only (plant growth regulator,
     * polar solvent, fluorescent probe: roles and classes); a name in capitals is lower-cased as
     * title case is (BENZHYDROXAMIC ACID). Roles, ions, groups, residues and other non-compounds are
     * left out by name in {@code exclude.tsv} (source {@value #OPEN}); one-word English words by
     * {@code word-names.tsv}, as for a vocabulary without structures.
     */
    static List<Term> readOpen(Inputs in) throws IOException {
        Set<String> taken = new HashSet<>();
        for (Inputs.ChebiEntry e : in.chebi.values()) taken.add(e.id());
        for (LexiconEntry e : in.curated) if (e.xref().startsWith("CHEBI:")) taken.add(e.xref());
        List<Term> out = new ArrayList<>();
        for (String[] r : NameIdTable.read(in.vocab.resolve(FILE), false)) {
            String id = r[1].strip();
            String name = r[0].strip();
            if (taken.contains(id) || !openName(in, name)) continue;
            if (name.equals(name.toUpperCase(Locale.ROOT))) name = name.toLowerCase(Locale.ROOT);
            name = Names.lowerWords(name);
            Term t = new Term(OPEN, FILE, EntityType.CHEMICAL, id, name);
            // the weakest claim: a name any other concept has stays that concept's (all-trans-retinoate,
            // a synonym of the allow-list's retinoic acid, is also ChEBI's name of the anion)
            t.add(name, Term.ALIAS);
            out.add(t);
        }
        out.sort(Comparator.comparing((Term t) -> t.xref));
        return out;
    }

    /** Whether a ChEBI name may be a form of the open part (see {@link #readOpen}). */
    static boolean openName(Inputs in, String name) {
        if (!OPEN_CHARS.matcher(name).matches() || !LETTERS.matcher(name).find()) return false;
        if (name.indexOf(',') >= 0 || name.indexOf('(') >= 0 || name.indexOf('[') >= 0 || name.indexOf(';') >= 0) return false;
        Matcher m = NUMBER.matcher(name);
        int numbers = 0;
        while (m.find()) numbers++;
        if (numbers >= 2) return false;
        if (name.indexOf(' ') > 0) {
            boolean allWords = true;
            for (String w : name.split(" ")) if (!in.isWord(w.toLowerCase(Locale.ROOT))) allWords = false;
            if (allWords) return false;
        }
        return true;
    }

    static List<Term> read(Inputs in) throws IOException {
        Map<String, String> wanted = new TreeMap<>();
        for (Inputs.ChebiEntry e : in.chebi.values()) wanted.put(e.id(), e.name());
        for (LexiconEntry e : in.curated) {
            if (e.type() == EntityType.CHEMICAL && e.xref().startsWith("CHEBI:")) wanted.putIfAbsent(e.xref(), e.canonical());
        }
        Map<String, List<String>> names = new LinkedHashMap<>();
        for (String[] r : NameIdTable.read(in.vocab.resolve(FILE), false)) {
            String id = r[1].strip();
            if (wanted.containsKey(id)) names.computeIfAbsent(id, k -> new ArrayList<>()).add(r[0].strip());
        }
        List<Term> out = new ArrayList<>();
        for (Map.Entry<String, String> w : wanted.entrySet()) {
            Term t = new Term("chebi", FILE, EntityType.CHEMICAL, w.getKey(), w.getValue());
            t.add(w.getValue(), Term.PRIMARY);
            for (String n : names.getOrDefault(w.getKey(), List.of())) t.add(n, Term.SYNONYM);
            for (Term.Name n : List.copyOf(t.names)) {
                for (String v : codeNameSpellings(n.form())) t.add(v, Term.SYNONYM);
            }
            out.add(t);
        }
        return out;
    }
}
