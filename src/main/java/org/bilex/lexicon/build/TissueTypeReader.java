package org.bilex.lexicon.build;

import org.bilex.core.EntityType;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * UniProt tissue list (reach-bioresources-kb/tissue-type.tsv.gz): TISSUE. A tissue whose name
 * is also an UBERON name (ignoring case) becomes that UBERON concept; others keep their
 * {@code TS-nnnn} id.
 */
final class TissueTypeReader {

    static final String FILE = "reach-bioresources-kb/tissue-type.tsv.gz";

    private TissueTypeReader() {
    }

    static List<Term> read(Inputs in, List<Term> uberon) throws IOException {
        Map<String, Term> byName = new HashMap<>();
        for (Term u : uberon) for (Term.Name n : u.names) byName.putIfAbsent(n.form().toLowerCase(Locale.ROOT), u);
        List<Term> out = new ArrayList<>();
        for (String[] r : NameIdTable.read(in.vocab.resolve(FILE), false)) {
            String name = Names.lowerWords(r[0].strip());
            Term u = byName.get(name.toLowerCase(Locale.ROOT));
            // a one-word entry that UBERON does not have is an adjective or a loose word ("mesenchymal")
            if (u == null && !name.contains(" ")) continue;
            Term t = u != null
                    ? new Term("tissue-type", FILE, EntityType.TISSUE, u.xref, u.canonical)
                    : new Term("tissue-type", FILE, EntityType.TISSUE, r[1].strip(), name);
            t.meta = r[1].strip();
            t.add(name, Term.PRIMARY);
            out.add(t);
        }
        return out;
    }
}
