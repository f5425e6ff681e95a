package org.bilex.lexicon.build;

import org.bilex.core.EntityType;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Cell Ontology (CL-native terms, OBO): CELL; the name and EXACT synonyms of each live CL: term. */
final class CellOntologyReader {

    static final String FILE = "cell-ontology/cl-base_2022-09-15.obo";

    private CellOntologyReader() {
    }

    static List<Term> read(Inputs in) throws IOException {
        List<Term> out = new ArrayList<>();
        for (Obo.Stanza s : Obo.read(in.vocab.resolve(FILE))) {
            if (s.obsolete() || !s.id().startsWith("CL:") || s.name() == null) continue;
            Term t = new Term("cell-ontology", FILE, EntityType.CELL, s.id(), s.name());
            t.add(s.name(), Term.PRIMARY);
            for (Obo.Synonym y : s.synonyms()) if (y.scope().equals("EXACT")) t.add(y.text(), Term.SYNONYM);
            out.add(t);
        }
        return out;
    }
}
