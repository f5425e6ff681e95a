package org.bilex.lexicon.build;

import org.bilex.core.EntityType;
import org.bilex.lexicon.LexiconException;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * FamPlex families (reach-bioresources-kb/famplex.tsv.gz): protein families and complexes,
 * xref {@code FPLX:<id>}, type by {@code models/build/famplex-types.tsv} (PROTEIN unless
 * listed). Canonical: the name spelled like the id, else the shortest name.
 */
final class FamplexReader {

    static final String FILE = "reach-bioresources-kb/famplex.tsv.gz";

    private FamplexReader() {
    }

    static List<Term> read(Inputs in) throws IOException {
        List<Object[]> rules = new ArrayList<>();
        for (String[] r : Inputs.table(in.models.resolve("build").resolve("famplex-types.tsv"), "type", 4)) {
            EntityType t = EntityType.parse(r[0]);
            if (t == null) throw new LexiconException("famplex-types.tsv: unknown type " + r[0]);
            rules.add(new Object[]{t, Pattern.compile(r[2])});
        }
        Map<String, List<String>> names = new LinkedHashMap<>();
        for (String[] r : NameIdTable.read(in.vocab.resolve(FILE), false)) {
            names.computeIfAbsent(r[1].strip(), k -> new ArrayList<>()).add(r[0].strip());
        }
        List<Term> out = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : names.entrySet()) {
            String id = e.getKey();
            EntityType type = EntityType.PROTEIN;
            for (Object[] r : rules) {
                if (((Pattern) r[1]).matcher(id).matches()) {
                    type = (EntityType) r[0];
                    break;
                }
            }
            String canonical = null;
            String plain = id.replace('_', ' ').toLowerCase(Locale.ROOT);
            for (String n : e.getValue()) if (n.toLowerCase(Locale.ROOT).equals(plain)) canonical = canonical == null ? n : canonical;
            if (canonical == null) canonical = Names.shortest(e.getValue());
            Term t = new Term("famplex", FILE, type, "FPLX:" + id, canonical);
            for (String n : e.getValue()) t.add(n, Term.SYNONYM);
            out.add(t);
        }
        return out;
    }
}
