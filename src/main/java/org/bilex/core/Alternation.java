package org.bilex.core;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

/** Literal terms of a data file as one regular-expression alternation. */
public final class Alternation {

    private Alternation() {
    }

    /**
     * The terms as one alternation, each written by {@code regex}, longest first and then in natural order, so that a
     * longer term is tried before a shorter one it starts with ("supplementary figure" before "figure", "来源的" before
     * "来源") and the pattern does not depend on the file's row order; "" when there is none.
     */
    public static String of(Collection<String> terms, Function<String, String> regex) {
        List<String> sorted = new ArrayList<>(terms);
        sorted.sort(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()));
        List<String> out = new ArrayList<>(sorted.size());
        for (String t : sorted) out.add(regex.apply(t));
        return String.join("|", out);
    }

    /** A term's words quoted literally, a space between them matching any run of spaces ("also called"). */
    public static String words(String term) {
        List<String> out = new ArrayList<>();
        for (String w : term.split(" ")) out.add(Pattern.quote(w));
        return String.join("\\s+", out);
    }
}
