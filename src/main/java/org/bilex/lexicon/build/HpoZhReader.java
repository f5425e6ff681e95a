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
 * The English label is a form too (an English phenotype or disease name: "prolonged QT interval",
 * "dyskinesia", "cognitive impairment"), held to the name checks of every ontology source (a
 * one-word English word by {@code word-names.tsv}). It claims the form as a synonym, not as a
 * primary name: a name the Disease Ontology or MeSH also gives stays with their concept, and
 * CC-CEDICT glosses link only to the primary names of earlier sources, not to HPO's labels. Phenotype-style labels ("Abnormality of …",
 * "Increased …") and the clinical modifiers and frequencies of HPO's other branches ("Left",
 * "Severe", "Frequent") are left out by {@code exclude.tsv}.
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
            if (writtenInText(en)) t.add(Names.lowerWords(en), Term.SYNONYM);
            out.add(t);
        }
        return out;
    }

    /**
     * Whether an English label reads like a name written in papers: letters, spaces, hyphens and
     * apostrophes only, at most four words. Labels with digits, quotes or slashes ("1-2 toe
     * syndactyly", "10-minute APGAR score of 3", "Mortality/Aging") are descriptions of a finding
     * that no text spells so; they would only add rows.
     */
    static boolean writtenInText(String en) {
        return en.matches("[A-Za-z][A-Za-z' -]*") && en.split(" ").length <= 4;
    }
}
