package org.bilex.nlp;

/**
 * A token of a sentence's match text.
 *
 * @param start offset in the match text
 * @param end   end offset (exclusive) in the match text
 * @param text  the token
 * @param pos   part of speech where the tokenizer gives one (HanLP's tag set for Chinese), else ""
 * @param han   whether the token is Chinese
 */
public record Token(int start, int end, String text, String pos, boolean han) {
}
