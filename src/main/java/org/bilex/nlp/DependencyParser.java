package org.bilex.nlp;

import java.util.List;

/**
 * Parses one sentence into its dependency syntax. Implementations are per language (English through
 * CoreNLP's {@code depparse}; Chinese through the parser chosen in issue 11) and are safe to call from
 * several threads. Only sentences that can hold a relation are parsed, so the cost stays bounded.
 */
public interface DependencyParser {

    /**
     * @param sentence the sentence (its match text is what the offsets refer to)
     * @param tokens   the sentence's tokens for this parser's language, in order; a parser keeps each
     *                 token whole (entity names are single tokens where the tokenizer made them so)
     * @return the parse; a sentence the parser cannot read gives an empty graph, never an exception
     */
    DependencyGraph parse(Sentence sentence, List<Token> tokens);
}
