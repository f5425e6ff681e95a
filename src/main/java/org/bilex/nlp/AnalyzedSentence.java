package org.bilex.nlp;

import java.util.List;

/** A sentence with the tokens of its match text. */
public record AnalyzedSentence(Sentence sentence, List<Token> tokens) {

    public AnalyzedSentence {
        tokens = List.copyOf(tokens);
    }

    /** The match text. */
    public String text() {
        return sentence.match().text();
    }
}
