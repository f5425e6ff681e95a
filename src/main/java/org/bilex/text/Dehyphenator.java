package org.bilex.text;

import org.bilex.core.Chars;
import java.util.Locale;
import java.util.Set;

/**
 * Decides whether a hyphen at the end of a line is a break inside one word ("immunomodu-" +
 * "latory") or a real hyphen ("MSCs-" + "exo", "miR-" + "223", "β-" + "catenin",
 * "self-" + "renewal"). It looks at the shape of the two parts and at how the document spells
 * the word elsewhere.
 */
public final class Dehyphenator {

    /** Letters each part of a line-broken compound has at least (shorter parts: prefixes, endings). */
    private static final int COMPOUND_PART = 4;
    /** Letters each part has at least for the word list to call it a compound of two words (not "re-", "co-"). */
    static final int DICTIONARY_PART = 3;

    private final Set<String> joinedWords;
    private final Set<String> hyphenatedWords;
    private final Set<String> freeWords;
    private final Set<String> prefixes;
    private final Set<String> words;
    private final Set<String> closedPrefixes;
    private final CompoundHeads heads;

    /**
     * @param joinedWords     lower-case words the document spells without a hyphen
     * @param hyphenatedWords lower-case hyphenated words the document spells within a line
     */
    public Dehyphenator(Set<String> joinedWords, Set<String> hyphenatedWords) {
        this(joinedWords, hyphenatedWords, Set.of(), HyphenVocabulary.NONE);
    }

    /**
     * @param joinedWords     lower-case words the document spells without a hyphen
     * @param hyphenatedWords lower-case hyphenated words the document spells within a line
     * @param freeWords       lower-case words the document writes away from any line-end hyphen (neither just before
     *                        one nor first on the line after one)
     * @param english         what English says ({@link HyphenVocabulary}): prefixes it writes with a hyphen ("self-" +
     *                        "renewal" keeps it); its words (two parts that join into one lose the hyphen, "pre-" +
     *                        "vious"; two parts that are both words of {@value #DICTIONARY_PART}+ letters and join into
     *                        none keep it, "immune-" + "related"); prefixes it closes up ("macro-" + "phages" joins);
     *                        the heads of its compound adjectives ("mitogen-" + "activated" keeps the hyphen)
     */
    public Dehyphenator(Set<String> joinedWords, Set<String> hyphenatedWords, Set<String> freeWords, HyphenVocabulary english) {
        this.joinedWords = joinedWords;
        this.hyphenatedWords = hyphenatedWords;
        this.freeWords = freeWords;
        this.prefixes = english.prefixes();
        this.words = english.words();
        this.closedPrefixes = english.closedPrefixes();
        this.heads = english.heads();
    }

    /**
     * @param before the word fragment before the hyphen (letters/digits, no hyphen)
     * @param after  the word fragment that starts the next line
     * @return true to keep the hyphen, false to join the two parts into one word
     */
    public boolean keepHyphen(String before, String after) {
        if (before.isEmpty() || after.isEmpty()) return true;
        int a0 = after.codePointAt(0);
        if (!Character.isLowerCase(a0)) return true; // "-223", "-Ras", "-κB" … (Greek lower case below)
        if (Chars.isGreek(a0)) return true;
        for (int i = 0; i < before.length(); ) {
            int cp = before.codePointAt(i);
            if (Character.isDigit(cp) || Chars.isGreek(cp)) return true;
            if (i > 0 && Character.isUpperCase(cp)) return true; // symbols: MSCs-, miR-, NF-
            i += Character.charCount(cp);
        }
        if (before.length() == 1) return true; // "T-cell", "B-cell", "X-ray"
        String b = before.toLowerCase(Locale.ROOT);
        String a = after.toLowerCase(Locale.ROOT);
        if (joinedWords.contains(b + a)) return false;
        if (hyphenatedWords.contains(b + "-" + a)) return true;
        // the document does not say: English does. Two parts that make a word are one ("pre-" + "vious",
        // "pro-" + "tein"), whatever prefix the first looks like
        if (words.contains(b + a)) return false;
        if (prefixes.contains(b)) return true;
        if (closedPrefixes.contains(b)) return false;
        // two words that make none are a compound ("immune-" + "related", "adherent-" + "invasive"); a part the
        // list does not know (most biomedical words: "macro-" + "phages") leaves it to the document below
        if (b.length() >= DICTIONARY_PART && a.length() >= DICTIONARY_PART && words.contains(b) && words.contains(a)) return true;
        // a term and the head of a compound adjective ("mitogen-" + "activated", "kinase-" + "interacting",
        // "glucose-" + "dependent"): English hyphenates these, and the term is mostly no word of the list
        if (b.length() >= COMPOUND_PART && heads.compound(b, a, words)) return true;
        // a compound of two words: the part after the break is a word the document writes on its own,
        // away from any line break, and the joined form is nowhere in it ("meta-" + "analysis", "immune-" + "related",
        // "adherent-" + "invasive"). The part before is 4+ letters: a line break after a short prefix
        // ("in-" + "formation", "re-" + "action") is a hyphenation point, not a compound; and so is
        // a break before a short ending ("treat-" + "ment" is no word of the document)
        return b.length() >= COMPOUND_PART && a.length() >= COMPOUND_PART && freeWords.contains(a);
    }
}
