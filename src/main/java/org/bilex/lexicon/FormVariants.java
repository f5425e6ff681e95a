package org.bilex.lexicon;

import org.bilex.core.EntityType;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Spelling variants that papers use for one English form, made at load time so the lexicon
 * files list each form once: regular plurals ({@code fibroblast} → {@code fibroblasts},
 * {@code MSC} → {@code MSCs}; Latin plurals of tissues, {@code serum} → {@code sera}), symbol hyphenation ({@code IL-10} = {@code IL10} = {@code IL 10})
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

    /**
     * Variants of a Chinese form (not including the form itself): with and without the hyphen
     * before a Greek letter, digit or Latin letter ({@code 肿瘤坏死因子-α} = {@code 肿瘤坏死因子α},
     * {@code 白细胞介素-10} = {@code 白细胞介素10}), the short and long names of the interleukins
     * ({@code 白介素} = {@code 白细胞介素}), and, for cells, the species prefix 人 (human), which does
     * not make a new entity ({@code 人脐带间充质干细胞} = {@code 脐带间充质干细胞}).
     */
    public static Set<String> chinese(String form, EntityType type) {
        Set<String> base = new LinkedHashSet<>();
        base.add(form);
        if (form.contains("白细胞介素")) base.add(form.replace("白细胞介素", "白介素"));
        else if (form.contains("白介素")) base.add(form.replace("白介素", "白细胞介素"));
        Set<String> out = new LinkedHashSet<>();
        for (String f : base) {
            out.add(f);
            String joined = HAN_HYPHEN.matcher(f).replaceAll("$1");
            if (!joined.equals(f)) out.add(joined);
            else {
                String hyphened = HAN_TAIL.matcher(f).replaceAll("$1-$2");
                if (!hyphened.equals(f)) out.add(hyphened);
            }
        }
        if (type == EntityType.CELL && !form.startsWith("人") && !form.startsWith("小鼠") && !form.startsWith("大鼠")
                && org.bilex.core.Chars.isHan(form.codePointAt(0)) && form.length() >= 3) {
            for (String f : new java.util.ArrayList<>(out)) out.add("人" + f);
        }
        out.remove(form);
        return out;
    }

    private static final Pattern HAN_HYPHEN = Pattern.compile("(\\p{IsHan})-(?=[0-9αβγδεκλωA-Za-z])");
    private static final Pattern HAN_TAIL = Pattern.compile("(\\p{IsHan})([0-9αβγδεκλω][0-9A-Za-z]*)$");

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
            String latin = greekAsLatin(form);
            if (latin != null) greek.add(latin);
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
        if (type == EntityType.TISSUE) {
            String latin = latinPlural(form);
            if (latin != null) out.add(latin);
        }
        out.remove(form);
        return out;
    }

    private static final String GREEK_LATIN = "αaβbγgδdκk";

    /**
     * The symbol with its Greek letters written as the Latin letters papers type for them when the
     * font has no Greek ({@code HIF-1a} for {@code HIF-1α}, {@code TGF-b1} for {@code TGF-β1},
     * {@code SIRPa} for {@code SIRPα}, {@code IL-1b}), or null: only a letter that follows a digit,
     * a hyphen or a capital, with three Latin letters or digits of the symbol (no space) before it, and that ends
     * the symbol or stands before a digit, so that no word is made ({@code ERα} stays as it is).
     */
    static String greekAsLatin(String form) {
        StringBuilder b = null;
        for (int i = 0; i < form.length(); i++) {
            char c = form.charAt(i);
            int g = GREEK_LATIN.indexOf(c);
            if (g < 0 || g % 2 != 0 || i == 0) continue;
            char prev = form.charAt(i - 1);
            if (!(Character.isDigit(prev) || prev == '-' || (prev >= 'A' && prev <= 'Z'))) continue;
            int before = 0;
            for (int j = i - 1; j >= 0 && (Character.isLetterOrDigit(form.charAt(j)) || form.charAt(j) == '-'); j--) {
                if (form.charAt(j) < 128 && form.charAt(j) != '-') before++;
            }
            if (before < 3) continue;
            if (i + 1 < form.length() && !Character.isDigit(form.charAt(i + 1))) continue;
            if (b == null) b = new StringBuilder(form);
            b.setCharAt(i, GREEK_LATIN.charAt(g + 1));
        }
        return b == null ? null : b.toString();
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /**
     * The Latin plural of an anatomical noun in -um, which papers use beside the English one
     * ({@code serum} → {@code sera}, {@code epithelium} → {@code epithelia}, {@code atrium} →
     * {@code atria}), or null: the last word in lower case, five letters or more.
     */
    static String latinPlural(String form) {
        int st = form.length();
        while (st > 0 && isAsciiLetter(form.charAt(st - 1))) st--;
        String w = form.substring(st);
        if (w.length() < 5 || !w.endsWith("um") || !w.equals(w.toLowerCase(Locale.ROOT))) return null;
        return form.substring(0, st) + w.substring(0, w.length() - 2) + "a";
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
