package org.bilex.lexicon.build;

import org.bilex.core.EntityType;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Human Disease Ontology, release 2024-01-31 (OBO, CC0): DISEASE; the name and EXACT synonyms of each live DOID: term.
 * Also gives the MeSH→DOID map of its {@code xref: MSH:} lines (MeSH ids that one DOID claims).
 */
final class DiseaseOntologyReader {

    static final String FILE = "doid-2024/doid_2024-01-31.obo.gz";

    final List<Term> terms = new ArrayList<>();
    final Map<String, Term> meshToDo = new HashMap<>();

    DiseaseOntologyReader(Inputs in) throws IOException {
        Map<String, Term> mesh = new HashMap<>();
        Set<String> ambiguous = new HashSet<>();
        for (Obo.Stanza s : Obo.read(in.vocab.resolve(FILE))) {
            if (s.obsolete() || !s.id().startsWith("DOID:") || s.name() == null) continue;
            Term t = new Term("disease-ontology", FILE, EntityType.DISEASE, s.id(), s.name());
            t.add(s.name(), Term.PRIMARY);
            for (Obo.Synonym y : s.synonyms()) if (y.scope().equals("EXACT")) t.add(y.text(), Term.SYNONYM);
            terms.add(t);
            for (String x : s.xrefs()) {
                if (!x.startsWith("MSH:") && !x.startsWith("MESH:")) continue;
                String id = x.substring(x.indexOf(':') + 1);
                if (mesh.putIfAbsent(id, t) != null && mesh.get(id) != t) ambiguous.add(id);
            }
        }
        for (Map.Entry<String, Term> e : mesh.entrySet()) if (!ambiguous.contains(e.getKey())) meshToDo.put(e.getKey(), e.getValue());
    }
}
