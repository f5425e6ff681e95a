package org.bilex.lexicon.build;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** Checks and choices on the names of ontology terms, shared by the readers. */
final class Names {

    private Names() {
    }

    /**
     * Why an ontology name or synonym is not a lexicon form, or null when it is one: too short,
     * inverted or qualified ("Arthritis, Rheumatoid", "… (disorder)"), a single ordinary English
     * word (the curated lexicon lists the plain words of the field: skin, liver, apoptosis), or
     * a bare upper-case abbreviation (accepted only where a document defines it).
     */
    static String reason(Inputs in, String form) {
        return reason(in, form, null);
    }

    /**
     * As {@link #reason(Inputs, String)}, but a one-word name that is an English word is judged
     * by the rules of {@code models/build/word-names.tsv} for the term's type: accepted (a disease
     * named by one word: psychosis, seizure), accepted when the vocabulary gives a structure
     * (lithium, alcohol), or refused with the rule's reason.
     */
    static String reason(Inputs in, String form, Term t) {
        if (form.length() < (org.bilex.core.Chars.hasHan(form) ? 2 : 3)) return "too short";
        if (form.contains(", ") || form.contains("(") || form.contains("[") || form.contains(";")) return "qualified or inverted";
        if (form.contains(".") && !form.matches(".*\\d\\.\\d.*")) return "dotted code or abbreviation";
        if (form.contains(" NOS") || form.toLowerCase(Locale.ROOT).contains("unspecified")) return "unspecified";
        if (!form.contains(" ") && form.chars().allMatch(c -> Character.isLetter(c) || c == '-')) {
            if (in.isWord(form)) {
                Inputs.WordRule r = t == null ? null : in.wordRule(t.type, form);
                if (r == null) return "English word";
                if (r.decision().equals("refuse")) return "English word: " + r.reason();
                if (r.decision().equals("accept-with-structure") && (!t.structure || form.length() < 4)) {
                    return "English word without a structure, or of three letters (Met, Ala: residue codes and words)";
                }
            }
        }
        if (isAbbreviation(form)) return "abbreviation";
        if (in.abbreviations.containsKey(form)) return "common abbreviation";
        return null;
    }

    /** An upper-case abbreviation: no lower-case letter, no space, at most 6 characters. */
    static boolean isAbbreviation(String form) {
        return form.length() <= 6 && !form.contains(" ") && form.chars().noneMatch(Character::isLowerCase)
                && form.chars().anyMatch(Character::isUpperCase);
    }

    /**
     * Lower-cases capitalised words ("Alzheimer Disease" → "alzheimer disease") and the capitalised
     * parts of hyphenated words, as title-case headings write them ("Non-Steroidal
     * Anti-Inflammatory Agents" → "non-steroidal anti-inflammatory agents", "Drug-Induced" →
     * "drug-induced"); keeps ALL-CAPS words and single letters ("B-Cell" → "B-cell"), and a hyphenated
     * word with a symbol or a mixed-case code among its parts as written ("Rp-cAMPS", "NF-Kappa").
     */
    static String lowerWords(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (String w : s.split(" ", -1)) {
            if (sb.length() > 0) sb.append(' ');
            if (capitalised(w)) {
                sb.append(w.toLowerCase(Locale.ROOT));
                continue;
            }
            String[] parts = w.split("-", -1);
            boolean plain = parts.length > 1;
            for (String part : parts) {
                // a symbol or a mixed-case code among the parts keeps the word as written (Rp-cAMPS, NF-Kappa)
                if (!(part.length() <= 1 || part.equals(part.toLowerCase(Locale.ROOT))
                        || capitalised(part) && part.chars().allMatch(Character::isLetter))) plain = false;
            }
            if (!plain) {
                sb.append(w);
                continue;
            }
            for (int i = 0; i < parts.length; i++) {
                if (i > 0) sb.append('-');
                String part = parts[i];
                sb.append(capitalised(part) ? part.toLowerCase(Locale.ROOT) : part);
            }
        }
        return sb.toString();
    }

    private static boolean capitalised(String w) {
        return w.length() > 1 && Character.isUpperCase(w.charAt(0))
                && w.substring(1).equals(w.substring(1).toLowerCase(Locale.ROOT));
    }

    /**
     * The shortest name that does not look plural ("venous thrombosis", not "phlebothromboses"),
     * ties in code-point order: for tables that do not mark a preferred name.
     */
    static String shortest(List<String> names) {
        return names.stream().min(Comparator.comparing(Names::pluralish).thenComparingInt(String::length)
                .thenComparing(Comparator.naturalOrder())).orElse(null);
    }

    private static boolean pluralish(String s) {
        String l = s.toLowerCase(Locale.ROOT);
        return l.endsWith("s") && !l.endsWith("ss") && !l.endsWith("is") && !l.endsWith("us") && !l.endsWith("ns");
    }
}
