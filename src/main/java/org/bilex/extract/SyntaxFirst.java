package org.bilex.extract;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * Where the dependency patterns and the trigger-word rules read the same relation: one per
 * (subject, predicate, object, sentence) is kept, the one read from syntax (its evidence carries
 * the dependency path, and its flags come from the trigger's own node). Order is kept otherwise,
 * so the output stays deterministic.
 */
final class SyntaxFirst {

    private SyntaxFirst() {
    }

    static List<RelationExtractor.Found> merge(List<RelationExtractor.Found> found, Function<Candidate, String> key) {
        Set<String> syntax = new HashSet<>();
        for (RelationExtractor.Found f : found) {
            if (!f.path().isEmpty()) syntax.add(id(f, key));
        }
        if (syntax.isEmpty()) return found;
        List<RelationExtractor.Found> out = new ArrayList<>(found.size());
        for (RelationExtractor.Found f : found) {
            if (f.path().isEmpty() && syntax.contains(id(f, key))) continue;
            out.add(f);
        }
        return out;
    }

    private static String id(RelationExtractor.Found f, Function<Candidate, String> key) {
        return key.apply(f.subject()) + "\u0000" + f.predicate() + "\u0000" + key.apply(f.object()) + "\u0000" + f.sentence();
    }
}
