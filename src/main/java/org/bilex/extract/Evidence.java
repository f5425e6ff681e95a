package org.bilex.extract;

import java.util.List;

/**
 * A sentence that states a relation: its id and page, the trigger as written and its span in
 * the sentence's printed text, the rule or pattern that read it ("verb:inhibit",
 * "verb-passive:promote+carried-subject", "dep:passive:inhibit" for a dependency pattern, a plugin's class name),
 * the dependency path the pattern matched ("nsubj<inhibit>obj"; "" when the relation was read without
 * syntax), and the references the sentence cites.
 */
public record Evidence(int sentence, int page, String trigger, String pattern, String path, int start, int end,
                       List<Integer> citations) {

    public Evidence {
        citations = List.copyOf(citations);
    }
}
