package org.bilex.lexicon.build;

import org.bilex.core.EntityType;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * GO biological processes: PROCESS. The GO slim (OBO) gives names and EXACT synonyms of its
 * biological_process terms; reach-bioresources-kb/bio_process.tsv.gz gives names of every GO
 * biological process (its MeSH rows are not used). Canonical: the slim's name, else the
 * shortest name.
 */
final class GeneOntologyReader {

    static final String SLIM = "gene-ontology/goslim_generic.obo";
    static final String TABLE = "reach-bioresources-kb/bio_process.tsv.gz";

    private GeneOntologyReader() {
    }

    static List<Term> read(Inputs in) throws IOException {
        List<Term> out = new ArrayList<>();
        Map<String, Term> slim = new LinkedHashMap<>();
        for (Obo.Stanza s : Obo.read(in.vocab.resolve(SLIM))) {
            if (s.obsolete() || !s.id().startsWith("GO:") || s.name() == null || !s.namespace().equals("biological_process")) continue;
            Term t = new Term("gene-ontology", SLIM, EntityType.PROCESS, s.id(), s.name());
            t.add(s.name(), Term.PRIMARY);
            for (Obo.Synonym y : s.synonyms()) if (y.scope().equals("EXACT")) t.add(y.text(), Term.SYNONYM);
            slim.put(s.id(), t);
            out.add(t);
        }
        Map<String, List<String>> names = new LinkedHashMap<>();
        for (String[] r : NameIdTable.read(in.vocab.resolve(TABLE), false)) {
            if (r.length >= 4 && !r[3].strip().equals("go")) continue;
            if (!r[1].startsWith("GO:")) continue;
            names.computeIfAbsent(r[1].strip(), k -> new ArrayList<>()).add(r[0].strip());
        }
        for (Map.Entry<String, List<String>> e : names.entrySet()) {
            Term s = slim.get(e.getKey());
            String canonical = s != null ? s.canonical : Names.shortest(e.getValue());
            Term t = new Term("gene-ontology", TABLE, EntityType.PROCESS, e.getKey(), canonical);
            for (String n : e.getValue()) t.add(n, Term.SYNONYM);
            out.add(t);
        }
        return out;
    }
}
