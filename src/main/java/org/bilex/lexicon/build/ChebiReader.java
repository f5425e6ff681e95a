package org.bilex.lexicon.build;

import org.bilex.core.EntityType;
import org.bilex.lexicon.LexiconEntry;

import java.io.IOException;
import java.util.ArrayList;
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
 * and always a form. The rest of ChEBI (150k names: ions, conjugate bases, registry numbers,
 * English words such as "lead" and "tin") is left out. A compound's code name written with a
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
