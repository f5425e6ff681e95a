package org.bilex.lexicon.build;

import org.bilex.core.EntityType;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * UBERON (reach-bioresources-kb/Uberon.tsv.gz): TISSUE; every name of an UBERON: id, the
 * shortest as canonical. The table does not mark the preferred name.
 */
final class UberonReader {

    static final String FILE = "reach-bioresources-kb/Uberon.tsv.gz";

    private UberonReader() {
    }

    static List<Term> read(Inputs in) throws IOException {
        Map<String, List<String>> names = new LinkedHashMap<>();
        for (String[] r : NameIdTable.read(in.vocab.resolve(FILE), false)) {
            if (!r[1].startsWith("UBERON:")) continue;
            names.computeIfAbsent(r[1].strip(), k -> new ArrayList<>()).add(r[0].strip());
        }
        List<Term> out = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : names.entrySet()) {
            List<String> usable = new ArrayList<>();
            for (String n : e.getValue()) if (Names.reason(in, n) == null) usable.add(n);
            String canonical = Names.shortest(usable.isEmpty() ? e.getValue() : usable);
            Term t = new Term("uberon", FILE, EntityType.TISSUE, e.getKey(), canonical);
            for (String n : e.getValue()) t.add(n, Term.SYNONYM);
            out.add(t);
        }
        return out;
    }
}
