package org.bilex.lexicon;

import org.bilex.core.EntityType;
import org.bilex.nlp.Token;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A short Chinese name right after a list conjunction that the segmenter glued to the name's first
 * character (吉西他滨和顺铂 cut 和顺/铂): the name is matched there, and only there (tokens given by hand,
 * so the test does not depend on the segmenter's model).
 */
class GluedConjunctionTest {

    static final Set<Integer> CONJ = Set.of((int) '和', (int) '与', (int) '及', (int) '或');

    static Lexicon lexicon() {
        return Lexicon.of(List.of(
                new LexiconEntry(EntityType.CHEMICAL, "cisplatin", "", "顺铂", "zh", "curated"),
                new LexiconEntry(EntityType.CHEMICAL, "cisplatin", "", "cisplatin", "en", "curated"),
                new LexiconEntry(EntityType.CHEMICAL, "gemcitabine", "", "gemcitabine", "en", "curated"),
                new LexiconEntry(EntityType.TISSUE, "liver", "", "肝脏", "zh", "curated")),
                StopList.of(Map.of()), List.of(EntityType.values()));
    }

    /** Tokens of the text cut at the given words (each word must follow the last). */
    static List<Token> cut(String text, String... words) {
        List<Token> out = new ArrayList<>();
        int at = 0;
        for (String w : words) {
            assertTrue(text.startsWith(w, at), w + " at " + at + " of " + text);
            out.add(new Token(at, at + w.length(), w, "n", true));
            at += w.length();
        }
        assertEquals(text.length(), at);
        return out;
    }

    static List<String> found(String text, List<Token> tokens, Set<Integer> conj) {
        DictionaryMatcher m = new DictionaryMatcher(lexicon().senses());
        Set<String> out = new TreeSet<>();
        for (DictionaryHit h : m.match(text, tokens, conj)) out.add(text.substring(h.start(), h.end()));
        return new ArrayList<>(out);
    }

    @Test
    void aNameAfterAGluedConjunctionIsMatched() {
        String t = "吉西他滨和顺铂联合治疗";
        List<Token> tokens = cut(t, "吉西他滨", "和顺", "铂", "联合", "治疗");
        assertEquals(List.of("顺铂"), found(t, tokens, CONJ));
        // without the conjunction table the segmenter's cut wins, as before
        assertEquals(List.of(), found(t, tokens, Set.of()));
        t = "紫杉醇与顺铂联用";
        assertEquals(List.of("顺铂"), found(t, cut(t, "紫杉醇", "与顺", "铂", "联用"), CONJ));
    }

    @Test
    void onlyATwoCharacterWordOfTheConjunctionAtAnItemsEnd() {
        // the glued word is longer than the conjunction and the first character: no match inside it
        String t = "吉西他滨和顺铂联合";
        assertEquals(List.of(), found(t, cut(t, "吉西他滨", "和顺铂联", "合"), CONJ));
        // the conjunction's word does not start at the conjunction (滨和顺): no match
        t = "吉西他滨和顺铂";
        assertEquals(List.of(), found(t, cut(t, "吉西他", "滨和顺", "铂"), CONJ));
        // a character that is no conjunction of the table
        t = "吉西他滨并顺铂";
        assertEquals(List.of(), found(t, cut(t, "吉西他滨", "并顺", "铂"), CONJ));
        // the name must end on a word boundary
        t = "吉西他滨和顺铂类";
        assertEquals(List.of(), found(t, cut(t, "吉西他滨", "和顺", "铂类"), CONJ));
    }

    @Test
    void theEnglishListNeedsNoSuchRule() {
        // English words are cut at spaces: "and" never glues to the next name
        String t = "gemcitabine and cisplatin";
        assertEquals(List.of("cisplatin", "gemcitabine"), found(t, List.of(), Set.of()));
    }

    @Test
    void theTableFailsOnABadRow(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path f = dir.resolve("zh-conjunctions.tsv");
        java.nio.file.Files.writeString(f, "char\tkind\tsource\n和\tconjunction\tx\n与\tverb\tx\n");
        LexiconException e = org.junit.jupiter.api.Assertions.assertThrows(LexiconException.class,
                () -> org.bilex.extract.DictionaryFinderAccess.conjunctions(f));
        assertTrue(e.getMessage().contains("unknown kind"), e.getMessage());
        java.nio.file.Files.writeString(f, "char\tkind\tsource\n和与\tconjunction\tx\n");
        assertFalse(org.junit.jupiter.api.Assertions.assertThrows(LexiconException.class,
                () -> org.bilex.extract.DictionaryFinderAccess.conjunctions(f)).getMessage().isEmpty());
        // the shipped table loads
        assertTrue(org.bilex.extract.DictionaryFinderAccess.conjunctions(java.nio.file.Path.of("models/rules/zh-conjunctions.tsv")).contains((int) '和'));
    }
}
