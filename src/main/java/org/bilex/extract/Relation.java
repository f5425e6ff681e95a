package org.bilex.extract;

import java.util.List;

/**
 * A directed relation between two entities of a document, one per (subject, predicate,
 * object, negated, hedged), with every sentence that states it.
 *
 * @param id        "R1", "R2" …
 * @param subject   entity id of the subject
 * @param object    entity id of the object
 * @param predicate one of the predicates of the annotation guide (ACTIVATES …)
 */
public record Relation(String id, String subject, String predicate, String object, boolean negated, boolean hedged,
                       List<Evidence> evidence) {

    public Relation {
        evidence = List.copyOf(evidence);
    }
}
