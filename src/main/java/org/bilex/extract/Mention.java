package org.bilex.extract;

/**
 * Where an entity is named: sentence id and the span in the sentence's printed text
 * (UTF-16 offsets internally; the JSON writer turns them into code points).
 *
 * @param via which finder found it
 */
public record Mention(int sentence, int start, int end, String text, String via) {
}
