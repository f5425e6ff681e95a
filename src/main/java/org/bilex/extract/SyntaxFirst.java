package org.bilex.extract;

import org.bilex.core.Predicate;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * Where the dependency patterns and the trigger-word rules read the same relation: one per
 * (subject, predicate, object, sentence) is kept, the one read from syntax (its evidence carries
 * the dependency path, and its flags come from the trigger's own node). Where both read one pair
 * from one trigger with two predicates of one family ("Curcumin inhibits STAT3 expression": INHIBITS
 * from the window, DOWNREGULATES from the parse, which sees the level word), the syntax's is kept:
 * the guide gives one predicate per reading, and the parse knows what the object is written as.
 * Order is kept otherwise, so the output stays deterministic.
 */
final class SyntaxFirst {

    private SyntaxFirst() {
    }

    static List<RelationExtractor.Found> merge(List<RelationExtractor.Found> found, Function<Candidate, String> key) {
        return merge(found, key, (a, b) -> a == b);
    }

    /** @param siblings whether two predicates come from one trigger family (RelationRules::siblings) */
    static List<RelationExtractor.Found> merge(List<RelationExtractor.Found> found, Function<Candidate, String> key,
                                               BiPredicate<Predicate, Predicate> siblings) {
        Set<String> syntax = new HashSet<>();
        Map<String, List<RelationExtractor.Found>> pairs = new HashMap<>();
        for (RelationExtractor.Found f : found) {
            if (f.path().isEmpty()) continue;
            syntax.add(id(f, key));
            pairs.computeIfAbsent(pair(f, key), k -> new ArrayList<>()).add(f);
        }
        if (syntax.isEmpty()) return found;
        List<RelationExtractor.Found> out = new ArrayList<>(found.size());
        for (RelationExtractor.Found f : found) {
            if (f.path().isEmpty() && (syntax.contains(id(f, key)) || readOtherwise(f, pairs.get(pair(f, key)), siblings))) continue;
            out.add(f);
        }
        return out;
    }

    /** Whether a syntax reading of the same pair and trigger gives a sibling predicate. */
    private static boolean readOtherwise(RelationExtractor.Found f, List<RelationExtractor.Found> same,
                                         BiPredicate<Predicate, Predicate> siblings) {
        if (same == null) return false;
        for (RelationExtractor.Found g : same) {
            boolean trigger = g.triggerStart() < f.triggerEnd() && f.triggerStart() < g.triggerEnd();
            if (trigger && siblings.test(f.predicate(), g.predicate())) return true;
        }
        return false;
    }

    private static String id(RelationExtractor.Found f, Function<Candidate, String> key) {
        return key.apply(f.subject()) + "\u0000" + f.predicate() + "\u0000" + key.apply(f.object()) + "\u0000" + f.sentence();
    }

    private static String pair(RelationExtractor.Found f, Function<Candidate, String> key) {
        return key.apply(f.subject()) + "\u0000" + key.apply(f.object()) + "\u0000" + f.sentence();
    }
}
