package org.bilex.lexicon;

import org.bilex.core.EntityType;

/**
 * One thing the lexicon knows: its type, canonical English name and identifier ("" when none).
 * Two concepts are the same when type and canonical are.
 */
public record Concept(EntityType type, String canonical, String xref) {

    public Concept {
        xref = xref == null ? "" : xref;
    }

    /** The key entities are grouped by within a document. */
    public String key() {
        return type + "\t" + canonical;
    }
}
