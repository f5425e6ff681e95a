package org.bilex.extract;

import org.bilex.lexicon.Concept;

import java.util.List;
import java.util.Map;

/**
 * A way of reading relations in one sentence beyond the trigger words (relation-triggers.tsv):
 * the relation stage runs the patterns the manifest lists before it, in its order, on every
 * sentence with mentions.
 *
 * <p>Adding a pattern: one class implementing this with a {@code public static X load(ComponentContext)},
 * and one line in {@code models/manifest.tsv} before the {@code relations} line.
 */
public interface RelationPattern {

    /**
     * One sentence as the relation stage sees it.
     *
     * @param id       the sentence id
     * @param text     its match text (offsets of mentions and groups are in it)
     * @param mentions its outermost mentions, in order
     * @param groups   the mentions joined into lists ("A、B和C"), in order
     * @param concepts the cells and tissues the document names, by lower-case canonical name
     */
    record Sentence(int id, String text, List<Candidate> mentions, List<RelationExtractor.Group> groups,
                    Map<String, Concept> concepts) {
    }

    /** Adds what the pattern reads in the sentence to {@code out}. */
    void find(Sentence sentence, List<RelationExtractor.Found> out);
}
