package org.bilex.extract;

import org.bilex.core.Predicate;

import java.util.List;

/**
 * A directed relation between two entities of a document, one per (subject, predicate,
 * object, negated, hedged), with every sentence that states it.
 *
 * @param id        "R1", "R2" …
 * @param subject   entity id of the subject
 * @param object    entity id of the object
 * @param predicate the predicate
 */
public record Relation(String id, String subject, Predicate predicate, String object, boolean negated, boolean hedged,
                       List<Evidence> evidence) {

    public Relation {
        evidence = List.copyOf(evidence);
    }
}
