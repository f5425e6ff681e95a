package org.bilex.lexicon.build;

import org.bilex.core.EntityType;

import java.util.ArrayList;
import java.util.List;

/**
 * One concept read from a vocabulary, before the builder's filters: type, identifier,
 * canonical name and its names, each with a strength (how much the vocabulary vouches for it).
 */
final class Term {

    /** The vocabulary's own name or symbol for the concept. */
    static final int PRIMARY = 0;
    /** An exact synonym (OBO EXACT, a name→id table's other names). */
    static final int SYNONYM = 1;
    /** A previous HGNC symbol. */
    static final int PREVIOUS = 2;
    /** An HGNC alias. */
    static final int ALIAS = 3;

    record Name(String form, int strength) {
    }

    final String source;
    final String file;
    EntityType type;
    String xref;
    String canonical;
    /** The id in the vocabulary when xref is another system's (a MeSH id mapped to a DOID); for exclusions. */
    String meta;
    final List<Name> names = new ArrayList<>();
    /** Whether the vocabulary gives the concept a chemical structure (a DrugBank InChI key): see word-names.tsv. */
    boolean structure;
    /** An approved symbol refused as a form (English word, abbreviation, two or three bare letters), and why. */
    String contextSymbol;
    String contextReason;

    Term(String source, String file, EntityType type, String xref, String canonical) {
        this.source = source;
        this.file = file;
        this.type = type;
        this.xref = xref;
        this.canonical = canonical;
    }

    Term add(String form, int strength) {
        if (form != null && !form.isBlank()) names.add(new Name(form.strip(), strength));
        return this;
    }
}
