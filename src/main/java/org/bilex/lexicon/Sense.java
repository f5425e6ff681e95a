package org.bilex.lexicon;

import org.bilex.core.MatchFolder;

import java.util.Locale;

/**
 * One meaning of a surface form: the form as written in the lexicon, its folded spelling, the
 * concept it names, and its rank (lower wins: curated rows before rows built from
 * vocabularies, document-defined abbreviations before both).
 */
public record Sense(String form, String folded, boolean anyCase, Concept concept, int rank, String source) {

    public static Sense of(String form, Concept concept, int rank, String source) {
        return of(form, MatchFolder.foldString(form), concept, rank, source);
    }

    /** A sense whose folded spelling is already known. */
    public static Sense of(String form, String folded, Concept concept, int rank, String source) {
        return new Sense(form, folded, !hasUpper(folded), concept, rank, source);
    }

    private static boolean hasUpper(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isUpperCase(c) || (Character.isTitleCase(c))) return true;
        }
        return false;
    }

    /**
     * Whether a span of text written {@code surface} (already folded) is this form. Forms with
     * no capital letter match in any case; forms with capitals match as written or in all caps
     * ({@code Akt}/{@code AKT}), so gene symbols do not fire on ordinary words.
     */
    public boolean accepts(String surface) {
        return anyCase || surface.equals(folded) || surface.equals(folded.toUpperCase(Locale.ROOT));
    }
}
