package org.bilex.lexicon;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Spelling variants that papers use for one English form, made at load time so the lexicon
 * files list each form once: regular plurals ({@code fibroblast} → {@code fibroblasts},
 * {@code MSC} → {@code MSCs}), symbol hyphenation ({@code IL-10} = {@code IL10} = {@code IL 10})
 * and Greek letters spelled out ({@code TNF-α} = {@code TNF-alpha}).
 */
public final class FormVariants {

    private static final Pattern SYMBOL_HYPHEN = Pattern.compile("(?<=[A-Za-z])-(?=[0-9αβγδεκλω])");
    private static final String[][] GREEK = {
            {"α", "alpha"}, {"β", "beta"}, {"γ", "gamma"}, {"δ", "delta"}, {"κ", "kappa"}, {"ε", "epsilon"},
            {"λ", "lambda"}, {"ω", "omega"}};
    private static final Pattern[] GREEK_NAME = new Pattern[GREEK.length];

    static {
        for (int i = 0; i < GREEK.length; i++) GREEK_NAME[i] = Pattern.compile("(?<=[-\\s])" + GREEK[i][1] + "(?![a-z])");
    }

    private FormVariants() {
    }

    /** Variants of an English form (not including the form itself). */
    public static Set<String> of(String form, EntityType type) {
        Set<String> out = new LinkedHashSet<>();
        boolean symbolType = type == EntityType.CYTOKINE || type == EntityType.GROWTH_FACTOR
                || type == EntityType.MARKER || type == EntityType.PROTEIN || type == EntityType.PATHWAY;
        if (symbolType) {
            Set<String> greek = new LinkedHashSet<>();
            greek.add(form);
            for (int i = 0; i < GREEK.length; i++) {
                String[] g = GREEK[i];
                if (form.contains(g[0])) greek.add(form.replace(g[0], g[1]));
                if (form.contains(g[1]) && !form.contains(g[1] + "-")) {
                    // only whole spelled-out letters after a hyphen or at the end: "TNF-alpha"
                    Matcher m = GREEK_NAME[i].matcher(form);
                    if (m.find()) greek.add(m.replaceAll(g[0]));
                }
            }
            for (String f : greek) {
                out.add(f);
                if (type != EntityType.PATHWAY && f.indexOf('-') > 0 && SYMBOL_HYPHEN.matcher(f).find()) {
                    out.add(SYMBOL_HYPHEN.matcher(f).replaceAll(""));
                    out.add(SYMBOL_HYPHEN.matcher(f).replaceAll(" "));
                }
            }
        }
        if (type != EntityType.PATHWAY && type != EntityType.MIRNA) {
            String plural = plural(form);
            if (plural != null) out.add(plural);
        }
        out.remove(form);
        return out;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** The regular plural of a noun phrase's last word, or null when it has none. */
    static String plural(String form) {
        int st = form.length();
        while (st > 0 && isAsciiLetter(form.charAt(st - 1))) st--;
        if (st == form.length()) return null;
        String w = form.substring(st);
        String head = form.substring(0, st);
        if (w.length() < 2) return null;
        boolean allCaps = w.equals(w.toUpperCase(Locale.ROOT));
        boolean abbreviation = !w.equals(w.toLowerCase(Locale.ROOT)) && Character.isUpperCase(w.charAt(w.length() - 1));
        if (allCaps || abbreviation) {
            // MSC → MSCs, iPSC → iPSCs, EV → EVs
            return head + w + "s";
        }
        if (!w.equals(w.toLowerCase(Locale.ROOT)) && !Character.isUpperCase(w.charAt(0))) return null;
        String lw = w.toLowerCase(Locale.ROOT);
        if (w.length() < 3) return null;
        if (lw.endsWith("s") || lw.endsWith("x") || lw.endsWith("ch") || lw.endsWith("sh")) {
            if (lw.endsWith("is")) return head + w.substring(0, w.length() - 2) + "es";
            if (lw.endsWith("us") || lw.endsWith("ss") || lw.endsWith("x") || lw.endsWith("ch") || lw.endsWith("sh")) {
                return head + w + "es";
            }
            return null; // already plural-looking
        }
        if (lw.endsWith("y") && lw.length() > 2 && "aeiou".indexOf(lw.charAt(lw.length() - 2)) < 0) {
            return head + w.substring(0, w.length() - 1) + "ies";
        }
        return head + w + "s";
    }
}
