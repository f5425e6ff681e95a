package org.bilex.lexicon;

import org.bilex.core.EntityType;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Spelling variants that papers use for one English form, made at load time so the lexicon
 * files list each form once: regular plurals ({@code fibroblast} → {@code fibroblasts},
 * {@code MSC} → {@code MSCs}; Latin plurals of tissues, {@code serum} → {@code sera}), symbol hyphenation ({@code IL-10} = {@code IL10} = {@code IL 10})
 * and Greek letters spelled out ({@code TNF-α} = {@code TNF-alpha}); and for a Chinese form, the hyphen before a
 * Greek letter or digit, synonymous name parts ({@code 白介素} = {@code 白细胞介素}) and the species prefix of a cell name.
 *
 * <p>The letters, names and words are data: {@code models/lexicon/form-variants.tsv}, columns {@code kind form
 * variant source}, kinds {@code greek} (a Greek letter of symbols and its English name: α alpha), {@code greek-latin}
 * (the Latin letter papers type for it without a Greek font: α a), {@code zh-synonym} (two Chinese name parts that
 * name the same thing, each a variant of the other), {@code zh-cell-prefix} (a species word a Chinese cell name may
 * start with and still name the same cell: 人; variant {@code -}) and {@code zh-species} (species words: a cell name
 * that starts with one takes no prefix; variant {@code -}). An unknown kind, a header other than {@code kind form
 * variant source}, a Greek letter that is not one character, an empty source or a row listed twice fails at load,
 * naming the file and line. The English plural rules are the engine's.
 */
public final class FormVariants {

    public static final String FILE = "form-variants.tsv";
    /** The table of the models folder in the working directory (as {@code --models}' default). */
    public static final Path DEFAULT = Path.of("models", "lexicon", FILE);
    static final java.util.List<String> COLUMNS = java.util.List.of("kind", "form", "variant", "source");
    private static final org.bilex.core.ReadOnce<FormVariants> READ = new org.bilex.core.ReadOnce<>(
            "form variant table (models/lexicon/" + FILE + ")", FormVariants::parse);

    /** No table: no Greek or Chinese variants, only the engine's plurals. */
    public static final FormVariants NONE = new FormVariants(new String[0][], "", new String[0][], java.util.List.of(), java.util.List.of());

    /** Greek letters of symbols and their English names, in table order. */
    private final String[][] greek;
    private final Pattern[] greekName;
    /** Pairs of a Greek letter and the Latin letter typed for it. */
    private final String greekLatin;
    private final Pattern symbolHyphen;
    private final Pattern hanHyphen;
    private final Pattern hanTail;
    /** Chinese name parts that are variants of each other, in table order. */
    private final String[][] zhSynonyms;
    private final java.util.List<String> zhCellPrefixes;
    private final java.util.List<String> zhSpecies;

    private FormVariants(String[][] greek, String greekLatin, String[][] zhSynonyms, java.util.List<String> zhCellPrefixes,
                         java.util.List<String> zhSpecies) {
        this.greek = greek;
        this.greekLatin = greekLatin;
        this.zhSynonyms = zhSynonyms;
        this.zhCellPrefixes = java.util.List.copyOf(zhCellPrefixes);
        this.zhSpecies = java.util.List.copyOf(zhSpecies);
        this.greekName = new Pattern[greek.length];
        StringBuilder letters = new StringBuilder();
        for (int i = 0; i < greek.length; i++) {
            greekName[i] = Pattern.compile("(?<=[-\\s])" + Pattern.quote(greek[i][1]) + "(?![a-z])");
            letters.append(greek[i][0]);
        }
        String g = letters.toString(); // letters only (checked at load): safe inside a character class
        this.symbolHyphen = Pattern.compile("(?<=[A-Za-z])-(?=[0-9" + g + "])");
        this.hanHyphen = Pattern.compile("(\\p{IsHan})-(?=[0-9" + g + "A-Za-z])");
        this.hanTail = Pattern.compile("(\\p{IsHan})([0-9" + g + "][0-9A-Za-z]*)$");
    }

    /** The English names of the table's Greek letters ("alpha", "beta" …). */
    public Set<String> greekNames() {
        Set<String> out = new LinkedHashSet<>();
        for (String[] g : greek) out.add(g[1]);
        return out;
    }

    /** The table's Greek letters ("α", "β" …). */
    public Set<String> greekLetters() {
        Set<String> out = new LinkedHashSet<>();
        for (String[] g : greek) out.add(g[0]);
        return out;
    }

    /** The table of {@code file} (read once per run). */
    public static FormVariants of(Path file) {
        return READ.of(file);
    }

    /**
     * The table of a lexicon folder ({@code DIR/form-variants.tsv}); {@link #NONE} for a folder without one, which
     * makes only the engine's plurals.
     */
    public static FormVariants in(Path lexiconDir) {
        Path file = lexiconDir.resolve(FILE);
        return java.nio.file.Files.isRegularFile(file) ? of(file) : NONE;
    }

    static FormVariants parse(java.util.List<String> lines, String where) {
        java.util.List<String[]> greek = new java.util.ArrayList<>();
        StringBuilder latin = new StringBuilder();
        java.util.List<String[]> synonyms = new java.util.ArrayList<>();
        java.util.List<String> prefixes = new java.util.ArrayList<>();
        java.util.List<String> species = new java.util.ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        for (org.bilex.core.TsvTable.Row r : org.bilex.core.TsvTable.rows(lines, where, COLUMNS)) {
            String at = org.bilex.core.TsvTable.at(where, r.line());
            String kind = r.get(0), form = r.get(1), variant = r.get(2);
            if (r.get(3).isBlank()) throw new IllegalStateException(at + "no source for '" + form + "'");
            if (form.isBlank() || variant.isBlank()) throw new IllegalStateException(at + "empty form or variant");
            if (!seen.add(kind + "\t" + form + "\t" + variant)) throw new IllegalStateException(at + "listed twice: " + kind + " " + form);
            switch (kind) {
                case "greek" -> {
                    if (form.length() != 1 || !Character.isLetter(form.charAt(0)))
                        throw new IllegalStateException(at + "a Greek letter is one character, not '" + form + "'");
                    if (!variant.matches("[a-z]+")) throw new IllegalStateException(at + "a letter's name is lower-case letters, not '" + variant + "'");
                    greek.add(new String[]{form, variant});
                }
                case "greek-latin" -> {
                    if (form.length() != 1 || !Character.isLetter(form.charAt(0)) || !variant.matches("[a-z]"))
                        throw new IllegalStateException(at + "a Greek letter and one lower-case Latin letter, not '" + form + "' '" + variant + "'");
                    latin.append(form).append(variant);
                }
                case "zh-synonym" -> synonyms.add(new String[]{form, variant});
                case "zh-cell-prefix", "zh-species" -> {
                    if (!variant.equals("-")) throw new IllegalStateException(at + kind + " takes no variant ('-'), not '" + variant + "'");
                    (kind.equals("zh-species") ? species : prefixes).add(form);
                }
                default -> throw new IllegalStateException(at + "unknown kind '" + kind
                        + "' (greek, greek-latin, zh-synonym, zh-cell-prefix, zh-species)");
            }
        }
        return new FormVariants(greek.toArray(String[][]::new), latin.toString(), synonyms.toArray(String[][]::new), prefixes, species);
    }

    /**
     * Variants of a Chinese form (not including the form itself): with and without the hyphen
     * before a Greek letter, digit or Latin letter ({@code 肿瘤坏死因子-α} = {@code 肿瘤坏死因子α},
     * {@code 白细胞介素-10} = {@code 白细胞介素10}), the synonymous name parts of the table
     * ({@code 白介素} = {@code 白细胞介素}), and, for cells, the species prefix of the table (人, human), which does
     * not make a new entity ({@code 人脐带间充质干细胞} = {@code 脐带间充质干细胞}).
     */
    public Set<String> chinese(String form, EntityType type) {
        Set<String> base = new LinkedHashSet<>();
        base.add(form);
        for (String[] syn : zhSynonyms) {
            // the first pair of the table the form has, either way round (one rewrite a form)
            if (form.contains(syn[0])) { base.add(form.replace(syn[0], syn[1])); break; }
            if (form.contains(syn[1])) { base.add(form.replace(syn[1], syn[0])); break; }
        }
        Set<String> out = new LinkedHashSet<>();
        for (String f : base) {
            out.add(f);
            String joined = hanHyphen.matcher(f).replaceAll("$1");
            if (!joined.equals(f)) out.add(joined);
            else {
                String hyphened = hanTail.matcher(f).replaceAll("$1-$2");
                if (!hyphened.equals(f)) out.add(hyphened);
            }
        }
        if (type == EntityType.CELL && !zhCellPrefixes.isEmpty() && org.bilex.core.Chars.isHan(form.codePointAt(0)) && form.length() >= 3
                && zhSpecies.stream().noneMatch(form::startsWith) && zhCellPrefixes.stream().noneMatch(form::startsWith)) {
            for (String f : new java.util.ArrayList<>(out)) for (String p : zhCellPrefixes) out.add(p + f);
        }
        out.remove(form);
        return out;
    }

    /** Variants of an English form (not including the form itself). */
    public Set<String> english(String form, EntityType type) {
        Set<String> out = new LinkedHashSet<>();
        boolean symbolType = type == EntityType.CYTOKINE || type == EntityType.GROWTH_FACTOR
                || type == EntityType.MARKER || type == EntityType.PROTEIN || type == EntityType.PATHWAY;
        if (symbolType) {
            Set<String> greekForms = new LinkedHashSet<>();
            greekForms.add(form);
            for (int i = 0; i < greek.length; i++) {
                String[] g = greek[i];
                if (form.contains(g[0])) greekForms.add(form.replace(g[0], g[1]));
                if (form.contains(g[1]) && !form.contains(g[1] + "-")) {
                    // only whole spelled-out letters after a hyphen or at the end: "TNF-alpha"
                    Matcher m = greekName[i].matcher(form);
                    if (m.find()) greekForms.add(m.replaceAll(g[0]));
                }
            }
            String latin = greekAsLatin(form);
            if (latin != null) greekForms.add(latin);
            for (String f : greekForms) {
                out.add(f);
                if (type != EntityType.PATHWAY && f.indexOf('-') > 0 && symbolHyphen.matcher(f).find()) {
                    out.add(symbolHyphen.matcher(f).replaceAll(""));
                    out.add(symbolHyphen.matcher(f).replaceAll(" "));
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

    /** The variants of a form in either script ({@link #chinese} for a form with a Han character, else {@link #english}). */
    public Set<String> of(String form, EntityType type) {
        return org.bilex.core.Chars.hasHan(form) ? chinese(form, type) : english(form, type);
    }

    /**
     * The symbol with its Greek letters written as the Latin letters papers type for them when the
     * font has no Greek ({@code HIF-1a} for {@code HIF-1α}, {@code TGF-b1} for {@code TGF-β1},
     * {@code SIRPa} for {@code SIRPα}, {@code IL-1b}), or null: only a letter that follows a digit,
     * a hyphen or a capital, with three Latin letters or digits of the symbol (no space) before it, and that ends
     * the symbol or stands before a digit, so that no word is made ({@code ERα} stays as it is).
     */
    String greekAsLatin(String form) {
        StringBuilder b = null;
        for (int i = 0; i < form.length(); i++) {
            char c = form.charAt(i);
            int g = greekLatin.indexOf(c);
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
            b.setCharAt(i, greekLatin.charAt(g + 1));
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
