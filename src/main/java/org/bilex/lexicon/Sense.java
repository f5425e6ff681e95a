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
        return anyCase || surface.equals(folded) || surface.equals(folded.toUpperCase(Locale.ROOT)) || capitalised(surface)
                || rodentSpelling(surface);
    }

    /**
     * Whether {@code surface} is this form with its first letter capitalised, as at the start of a
     * sentence or a heading ({@code Vitamin E}, {@code Protein kinase C}, {@code Coenzyme Q10} for
     * {@code vitamin E}, {@code protein kinase C}, {@code coenzyme Q10}): only when the form's
     * first word is an ordinary lower-case word of three letters or more, so a symbol that opens
     * with a small letter keeps its case ({@code cAMP}, {@code miR-21}, {@code mTOR}, {@code p53}).
     */
    private boolean capitalised(String surface) {
        if (surface.length() != folded.length() || folded.isEmpty()) return false;
        int w = 0;
        while (w < folded.length() && Character.isLetter(folded.charAt(w))) {
            if (!Character.isLowerCase(folded.charAt(w))) return false;
            w++;
        }
        if (w < 3 || w == folded.length() || folded.charAt(w) != ' ') return false;
        return surface.charAt(0) == Character.toUpperCase(folded.charAt(0)) && surface.regionMatches(1, folded, 1, folded.length() - 1);
    }

    /**
     * Whether {@code surface} is the rodent (MGI/RGD) or zebrafish spelling of a gene-product
     * symbol: the symbol capitalised ({@code Bach1}, {@code Il6}, {@code Tuba1a} for BACH1, IL6,
     * TUBA1A) or lower case ({@code sgk1}, four characters or more). Only symbols written in
     * capitals and digits, with a digit, qualify: a capitalised symbol without one reads as a
     * word or a person's name ({@code Was}, {@code Fong}, a citation's author). A symbol of four
     * characters or more also matches in the mixed case of hormone and receptor symbols (see
     * {@link #mixedCase}).
     */
    private boolean rodentSpelling(String surface) {
        if (!GENE_PRODUCTS.contains(concept.type()) || surface.length() != folded.length() || surface.length() < 3) return false;
        boolean digit = false;
        for (int i = 0; i < folded.length(); i++) {
            char c = folded.charAt(i);
            if (Character.isDigit(c)) digit = true;
            else if (!(c >= 'A' && c <= 'Z') && c != '-') return false;
        }
        if (!Character.isLetter(folded.charAt(0))) return false;
        if (folded.length() >= 4 && mixedCase(surface)) return true;
        if (!digit) return false;
        String lower = folded.toLowerCase(Locale.ROOT);
        if (surface.equals(folded.charAt(0) + lower.substring(1))) return true;
        return folded.length() >= 4 && surface.equals(lower);
    }

    /**
     * A symbol written in mixed case as papers write hormone and receptor symbols ({@code GnRH},
     * {@code PrlR}, {@code TfR2} for GNRH, PRLR, TFR2): starts and ends with a capital or digit
     * and has a small letter inside; no word or name is spelled so.
     */
    private static boolean mixedCase(String surface) {
        char last = surface.charAt(surface.length() - 1);
        if (!Character.isUpperCase(surface.charAt(0)) || !(Character.isUpperCase(last) || Character.isDigit(last))) return false;
        for (int i = 1; i < surface.length() - 1; i++) if (Character.isLowerCase(surface.charAt(i))) return true;
        return false;
    }

    private static final java.util.Set<org.bilex.core.EntityType> GENE_PRODUCTS = java.util.EnumSet.of(
            org.bilex.core.EntityType.PROTEIN, org.bilex.core.EntityType.CYTOKINE, org.bilex.core.EntityType.GROWTH_FACTOR,
            org.bilex.core.EntityType.MARKER);
}
