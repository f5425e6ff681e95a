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

    private final Set<String> prefixes;
    private final Set<String> joinedWords;
    private final Set<String> hyphenatedWords;
    private final Set<String> freeWords;

    /**
     * @param joinedWords     lower-case words the document spells without a hyphen
     * @param hyphenatedWords lower-case hyphenated words the document spells within a line
     */
    public Dehyphenator(Set<String> joinedWords, Set<String> hyphenatedWords) {
        this(joinedWords, hyphenatedWords, Set.of(), Set.of());
    }

    /**
     * @param freeWords lower-case words the document writes away from any line-end hyphen (neither
     *                  just before one nor first on the line after one)
     */
    public Dehyphenator(Set<String> joinedWords, Set<String> hyphenatedWords, Set<String> freeWords) {
        this(joinedWords, hyphenatedWords, freeWords, Set.of());
    }

    /**
     * @param prefixes lower-case prefixes English writes with a hyphen ({@link HyphenPrefixes}, {@code models/text/
     *                 hyphen-prefixes.tsv}): a line ending in one of them keeps its hyphen ("self-" + "renewal")
     */
    public Dehyphenator(Set<String> joinedWords, Set<String> hyphenatedWords, Set<String> freeWords, Set<String> prefixes) {
        this.prefixes = prefixes;
        this.joinedWords = joinedWords;
        this.hyphenatedWords = hyphenatedWords;
        this.freeWords = freeWords;
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
        if (prefixes.contains(b)) return true;
        // a compound of two words: the part after the break is a word the document writes on its own,
        // away from any line break, and the joined form is nowhere in it ("meta-" + "analysis", "immune-" + "related",
        // "adherent-" + "invasive"). The part before is 4+ letters: a line break after a short prefix
        // ("in-" + "formation", "re-" + "action") is a hyphenation point, not a compound; and so is
        // a break before a short ending ("treat-" + "ment" is no word of the document)
        return b.length() >= COMPOUND_PART && a.length() >= COMPOUND_PART && freeWords.contains(a);
    }
}
