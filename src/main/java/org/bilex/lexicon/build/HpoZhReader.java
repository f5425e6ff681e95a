package org.bilex.lexicon.build;

import org.bilex.core.EntityType;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Chinese Human Phenotype Ontology labels (hpo-zh/hp-zh.babelon.tsv.gz, CHPO translation
 * 2024-08-13; HPO licence: used as a lookup table, never altered). One term per HP id with the
 * Chinese label as its form and the English label (words lower-cased) as canonical; DISEASE
 * unless the builder finds the English label as the name of a PROCESS. A term whose English label
 * names a concept of an earlier vocabulary joins that concept (a DOID disease gains its Chinese
 * name); every row keeps the HP id and the translation's version in its source column.
 * Phenotype-style labels ("Abnormality of …", "Increased …") are left out by {@code exclude.tsv}.
 */
final class HpoZhReader {

    static final String FILE = "hpo-zh/hp-zh.babelon.tsv.gz";
    static final String VERSION = "CHPO 2024-08-13";

    private HpoZhReader() {
    }

    static List<Term> read(Inputs in) throws IOException {
        List<Term> out = new ArrayList<>();
        for (String[] r : NameIdTable.read(in.vocab.resolve(FILE), false)) {
            if (r[0].equals("source_language") || r.length < 7) continue;
            if (!r[1].equals("zh") || !r[3].equals("rdfs:label") || !r[2].startsWith("HP:")) continue;
            String id = r[2].strip();
            String en = r[4].strip();
            String zh = r[5].strip();
            if (en.isEmpty() || zh.isEmpty()) continue;
            Term t = new Term("hpo-zh", FILE + " " + id + " (" + VERSION + ")", EntityType.DISEASE, id, Names.lowerWords(en));
            t.meta = id;
            t.add(zh, Term.PRIMARY);
            out.add(t);
        }
        return out;
    }
}
