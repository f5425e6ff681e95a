package org.bilex.core;

/** The relation predicates of the annotation guide; rule files naming another fail at load. */
public enum Predicate {
    ACTIVATES, INHIBITS, PROMOTES, UPREGULATES, DOWNREGULATES, TARGETS, CARRIES, MARKER_OF, DERIVED_FROM, TREATS;

    /** The predicate named exactly (as in relation-predicates.tsv); null when there is none. */
    public static Predicate parse(String s) {
        for (Predicate p : values()) if (p.name().equals(s)) return p;
        return null;
    }
}
