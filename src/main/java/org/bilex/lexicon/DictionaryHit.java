package org.bilex.lexicon;

/** A dictionary form found in a text: its span and the sense it has there. */
public record DictionaryHit(int start, int end, Sense sense) {
}
