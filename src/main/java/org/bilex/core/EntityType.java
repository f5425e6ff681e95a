package org.bilex.core;

/** The twelve entity types of the annotation guide. */
public enum EntityType {
    CELL, VESICLE, CYTOKINE, GROWTH_FACTOR, MIRNA, PATHWAY, MARKER, PROTEIN, DISEASE, CHEMICAL, TISSUE, PROCESS;

    private static final EntityType[] VALUES = values();

    /** Parses a type name as written in the lexicon and rule files; null when unknown. */
    public static EntityType parse(String s) {
        for (EntityType t : VALUES) if (t.name().equals(s)) return t;
        try {
            return valueOf(s.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
