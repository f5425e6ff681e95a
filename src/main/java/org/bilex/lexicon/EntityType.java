package org.bilex.lexicon;

/** The twelve entity types of the annotation guide. */
public enum EntityType {
    CELL, VESICLE, CYTOKINE, GROWTH_FACTOR, MIRNA, PATHWAY, MARKER, PROTEIN, DISEASE, CHEMICAL, TISSUE, PROCESS;

    /** Parses a type name as written in the lexicon and rule files; null when unknown. */
    public static EntityType parse(String s) {
        try {
            return valueOf(s.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
