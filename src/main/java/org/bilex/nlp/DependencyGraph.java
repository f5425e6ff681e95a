package org.bilex.nlp;

import java.util.List;

/**
 * The dependency syntax of one sentence, as a dependency parser gives it: its words, in order, each
 * with the word it depends on. Plain data, so that a parser of either language (and a test) can make
 * one and a relation pattern engine can read one without knowing which parser it came from.
 *
 * <p>Offsets are in the sentence's match text ({@link Sentence#match()}), like {@link Token}'s.
 *
 * @param words the words in sentence order; {@code words.get(i).index() == i + 1}
 */
public record DependencyGraph(List<Word> words) {

    public DependencyGraph {
        words = List.copyOf(words);
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            if (w.index() != i + 1) {
                throw new IllegalArgumentException("word " + (i + 1) + " has index " + w.index());
            }
            if (w.head() < 0 || w.head() > words.size() || w.head() == w.index()) {
                throw new IllegalArgumentException("word " + w.index() + " has head " + w.head());
            }
        }
    }

    /**
     * One word of the parse.
     *
     * @param index    1-based position in the sentence
     * @param start    offset in the match text
     * @param end      end offset (exclusive) in the match text
     * @param text     the word as in the text
     * @param lemma    its lemma (lower case for English; the word itself where the parser has none)
     * @param tag      its part of speech (the parser's tag set: Penn/UD for English, CTB for Chinese)
     * @param head     index of the word it depends on, 0 for the root
     * @param relation the dependency label on the arc from its head (Universal Dependencies names,
     *                 e.g. {@code nsubj}, {@code obj}, {@code nsubj:pass}, {@code obl}, {@code nmod})
     */
    public record Word(int index, int start, int end, String text, String lemma, String tag, int head,
                       String relation) {
    }
}
