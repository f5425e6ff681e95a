package org.bilex.lexicon;

import org.bilex.text.MatchFolder;

import java.util.Locale;

/**
 * One meaning of a surface form: the form as written in the lexicon, its folded spelling, the
 * concept it names, and its rank (lower wins: curated rows before rows built from
 * vocabularies, document-defined abbreviations before both).
 */
public record Sense(String form, String folded, boolean anyCase, Concept concept, int rank, String source) {

    public static Sense of(String form, Concept concept, int rank, String source) {
        String folded = MatchFolder.foldString(form);
        return new Sense(form, folded, folded.equals(folded.toLowerCase(Locale.ROOT)), concept, rank, source);
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
