package org.bilex.text;

import java.util.Set;

/**
 * What English, not the document, says about a hyphen at a line end ({@code models/text/}): the prefixes it writes
 * with a hyphen ({@link HyphenPrefixes}, "self-"), its words ({@link EnglishWords}), the prefixes it closes up
 * ("macro", {@code closed-prefixes.tsv}) and the heads of its hyphenated compound adjectives ({@link CompoundHeads}).
 */
public record HyphenVocabulary(Set<String> prefixes, Set<String> words, Set<String> closedPrefixes, CompoundHeads heads) {

    /** Nothing: only the document's own spellings and the parts' shapes decide. */
    public static final HyphenVocabulary NONE = new HyphenVocabulary(Set.of(), Set.of(), Set.of(), CompoundHeads.NONE);

    public HyphenVocabulary {
        prefixes = Set.copyOf(prefixes);
        words = Set.copyOf(words); // immutable already when read by EnglishWords: no copy then
        closedPrefixes = Set.copyOf(closedPrefixes);
    }
}
