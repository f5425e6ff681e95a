package org.bilex.lexicon;

import org.bilex.core.EntityType;

/**
 * One row of a lexicon file: a surface form of a concept.
 *
 * @param lang   "zh" or "en"
 * @param source where the row comes from (the vocabulary file or "curated/…")
 */
public record LexiconEntry(EntityType type, String canonical, String xref, String form, String lang, String source) {

    public Concept concept() {
        return new Concept(type, canonical, xref);
    }
}
