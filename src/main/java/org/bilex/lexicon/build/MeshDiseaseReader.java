package org.bilex.lexicon.build;

import org.bilex.core.EntityType;

import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * MeSH diseases (reach-bioresources-kb/mesh-disease.tsv.gz): DISEASE. A MeSH id that the
 * Disease Ontology cross-references becomes that DOID concept (its canonical name and id);
 * any other keeps {@code MESH:Dnnnnnn}, with the shortest of its names as canonical.
 */
final class MeshDiseaseReader {

    static final String FILE = "reach-bioresources-kb/mesh-disease.tsv.gz";

    private MeshDiseaseReader() {
    }

    static List<Term> read(Inputs in, Map<String, Term> meshToDo) throws IOException {
        Map<String, List<String>> names = new LinkedHashMap<>();
        for (String[] r : NameIdTable.read(in.vocab.resolve(FILE), false)) {
            names.computeIfAbsent(r[1].strip(), k -> new ArrayList<>()).add(Names.lowerWords(r[0].strip()));
        }
        List<Term> out = new ArrayList<>();
        for (Map.Entry<String, List<String>> e : names.entrySet()) {
            Term dO = meshToDo.get(e.getKey());
            Term t = dO != null
                    ? new Term("mesh-disease", FILE, EntityType.DISEASE, dO.xref, dO.canonical)
                    : new Term("mesh-disease", FILE, EntityType.DISEASE, "MESH:" + e.getKey(), Names.shortest(e.getValue()));
            t.meta = e.getKey();
            for (String n : e.getValue()) t.add(n, Term.SYNONYM);
            out.add(t);
        }
        return out;
    }
}
