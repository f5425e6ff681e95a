package org.bilex.nlp;

import java.util.List;

/** Cuts a text into tokens. Implementations are thread-safe. */
public interface Tokenizer {

    List<Token> tokenize(String text);
}
