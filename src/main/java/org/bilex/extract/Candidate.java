package org.bilex.extract;

import org.bilex.lexicon.Concept;

/**
 * A possible mention found by one of the finders, in match-text offsets of its sentence.
 *
 * @param priority lower wins between candidates of equal length (see {@link #DEFINITION} …)
 * @param via      which finder found it ("lexicon", "rule:mirna", "abbreviation" …)
 * @param nestable kept even when a longer mention covers it (context forms, vesicle sources)
 * @param source   for a vesicle named by its source, the source's concept; else null
 */
public record Candidate(int start, int end, Concept concept, int priority, String via, boolean nestable,
                        Concept source) {

    public static final int DEFINITION = 0;
    public static final int DOCUMENT = 1;
    public static final int CURATED = 2;
    public static final int COMPOSITE = 3;
    public static final int RULE = 4;
    public static final int BUILT = 5;
    public static final int CONTEXT = 6;

    public Candidate(int start, int end, Concept concept, int priority, String via) {
        this(start, end, concept, priority, via, false, null);
    }

    public int length() {
        return end - start;
    }

    public boolean overlaps(Candidate o) {
        return start < o.end && o.start < end;
    }

    public Candidate nested() {
        return new Candidate(start, end, concept, priority, via, true, source);
    }
}
