package org.bilex.extract;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Where the dependency patterns and the trigger-word rules read the same relation: one per
 * (subject, predicate, object, sentence) is kept, the one read from syntax (its evidence carries
 * the dependency path, and its flags come from the trigger's own node). Where both read one pair
 * from one trigger with two predicates of one family ("Curcumin inhibits STAT3 expression": INHIBITS
 * from the window, DOWNREGULATES from the parse, which sees the level word), the syntax's is kept:
 * the guide gives one predicate per reading, and the parse knows what the object is written as.
 * The parse's reading of one pair from one trigger wins whatever its predicate: "the reduction of
 * IL-10 was reversed by curcumin" is UPREGULATES from the parse, which sees the fall the verb undoes,
 * and INHIBITS from the window, which sees only the verb and IL-10.
 * Order is kept otherwise, so the output stays deterministic.
 */
final class SyntaxFirst {

    private SyntaxFirst() {
    }

    static List<RelationExtractor.Found> merge(List<RelationExtractor.Found> found, Function<Candidate, String> key) {
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
            if (f.path().isEmpty() && (syntax.contains(id(f, key)) || readOtherwise(f, pairs.get(pair(f, key))))) continue;
            out.add(f);
        }
        return out;
    }

    /** Whether a syntax reading of the same pair comes from the same trigger. */
    private static boolean readOtherwise(RelationExtractor.Found f, List<RelationExtractor.Found> same) {
        if (same == null) return false;
        for (RelationExtractor.Found g : same) {
            boolean trigger = g.triggerStart() < f.triggerEnd() && f.triggerStart() < g.triggerEnd();
            if (trigger) return true;
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
