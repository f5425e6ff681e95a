package org.bilex.extract;

import java.util.List;

/**
 * A sentence that states a relation: its id and page, the trigger as written and its span in
 * the sentence's printed text, and the references the sentence cites.
 */
public record Evidence(int sentence, int page, String trigger, int start, int end, List<Integer> citations) {

    public Evidence {
        citations = List.copyOf(citations);
    }
}
