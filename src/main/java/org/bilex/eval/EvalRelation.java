package org.bilex.eval;

/** A relation as the scorer sees it: its two ends as entities. */
public record EvalRelation(EvalEntity subject, String predicate, EvalEntity object, boolean negated, boolean hedged,
                           String evidence) {
}
