package org.bilex.text;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** models/text/english-words.txt and models/text/closed-prefixes.tsv: what they hold and how a bad line fails. */
class EnglishWordsTest {

    @Test
    void theShippedListKnowsCommonWordsAndNotTheCompoundsLineBreaksMake() {
        Set<String> w = EnglishWords.of(EnglishWords.DEFAULT);
        assertTrue(w.size() > 50_000, "words: " + w.size());
        for (String s : List.of("previous", "treatment", "immune", "related", "analysis", "meta")) assertTrue(w.contains(s), s);
        for (String s : List.of("immunerelated", "metaanalysis", "tissueresident")) assertFalse(w.contains(s), s);
        Set<String> closed = HyphenPrefixes.of(HyphenPrefixes.DEFAULT.resolveSibling(LayoutTextCleaner.CLOSED_PREFIXES));
        assertTrue(closed.containsAll(Set.of("macro", "extra", "over", "down")), closed.toString());
        // a closed prefix is never also one English writes with a hyphen
        Set<String> open = HyphenPrefixes.of(HyphenPrefixes.DEFAULT);
        for (String p : closed) assertFalse(open.contains(p), p);
    }

    @Test
    void aBadLineFailsNamingTheFileAndLine() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> EnglishWords.parse(List.of("# c", "word", "Word"), "w.txt"));
        assertEquals("w.txt:3: a word is lower-case letters only, not 'Word'", e.getMessage());
        e = assertThrows(IllegalStateException.class, () -> EnglishWords.parse(List.of("word", "word"), "w.txt"));
        assertEquals("w.txt:2: 'word' is listed twice", e.getMessage());
        e = assertThrows(IllegalStateException.class, () -> EnglishWords.parse(List.of("# only a comment"), "w.txt"));
        assertEquals("w.txt: no words", e.getMessage());
        assertEquals(Set.of("word", "café"), EnglishWords.parse(List.of("# c", "", "word", "café"), "w.txt"));
    }
}
