package org.bilex.lexicon.build;

import org.bilex.core.EntityType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * HGNC protein-coding genes: one concept per approved gene, xref and canonical the approved
 * symbol, type by {@code models/build/hgnc-types.tsv}. Forms: the approved symbol (not a
 * common word or abbreviation, and not two or three bare letters), the approved name without its
 * parenthesised remarks (not names with commas, "open reading frame" and the like), previous
 * symbols and aliases that look like symbols (three characters or more, a capital or digit,
 * aliases of three bare letters left out), that no other gene uses and that are not another
 * gene's symbol. Previous names are not used.
 */
final class HgncReader {

    static final String FILE = "hgnc/protein-coding_gene.txt";
    private static final Pattern PARENS = Pattern.compile("\\s*\\([^()]*\\)");
    private static final Pattern UNINFORMATIVE = Pattern.compile(
            ".*(?:open reading frame|family with sequence similarity|uncharacterized|hypothetical|KIAA|pseudogene|putative).*");

    private HgncReader() {
    }

    static List<Term> read(Inputs in, List<Stop> stops) throws IOException {
        List<String[]> genes = new ArrayList<>();
        List<String> lines = Files.readAllLines(in.vocab.resolve(FILE), StandardCharsets.UTF_8);
        for (int i = 1; i < lines.size(); i++) {
            String[] c = lines.get(i).split("\t", -1);
            if (c.length < 7 || !c[3].equals("Approved")) continue;
            genes.add(c);
        }
        Set<String> symbols = new HashSet<>();
        Map<String, Integer> otherUses = new HashMap<>();
        for (String[] g : genes) symbols.add(key(g[1]));
        for (String[] g : genes) {
            Set<String> mine = new HashSet<>();
            for (String p : list(g[4])) mine.add(key(p));
            for (String a : list(g[6])) mine.add(key(a));
            mine.remove(key(g[1]));
            for (String k : mine) otherUses.merge(k, 1, Integer::sum);
        }
        List<Term> out = new ArrayList<>();
        for (String[] g : genes) {
            String symbol = g[1];
            EntityType type = in.hgncType(symbol, g[2]);
            Term t = new Term("hgnc", FILE, type, symbol, symbol);
            String why = symbolReason(in, symbol);
            if (why != null) stops.add(new Stop(symbol, why + "; HGNC symbol of " + g[2], FILE));
            else if (!threeLetters(symbol)) t.add(symbol, Term.PRIMARY);
            if (why != null || threeLetters(symbol)) {
                t.contextSymbol = symbol;
                t.contextReason = why != null ? why : "three bare letters";
            }
            String name = cleanName(g[2]);
            if (name != null) t.add(name, Term.PRIMARY);
            for (String p : list(g[4])) other(in, t, p, Term.PREVIOUS, symbols, otherUses, stops, g[2]);
            for (String a : list(g[6])) other(in, t, a, Term.ALIAS, symbols, otherUses, stops, g[2]);
            out.add(t);
        }
        return out;
    }

    private static void other(Inputs in, Term t, String s, int strength, Set<String> symbols, Map<String, Integer> uses,
                              List<Stop> stops, String geneName) {
        String k = key(s);
        if (k.equals(key(t.xref))) return;
        // three letters or digits at least: A-2 (an alias of GPR162) is the A2 of prostaglandin A2 or an allele
        if (s.codePoints().filter(Character::isLetterOrDigit).count() < 3 || s.contains("\"")) return;
        boolean capOrDigit = s.chars().anyMatch(c -> Character.isUpperCase(c) || Character.isDigit(c));
        if (!capOrDigit) return;
        boolean lettersOnly = s.chars().allMatch(Character::isLetter);
        String why = symbolReason(in, s);
        if (why != null) {
            stops.add(new Stop(s, why + "; HGNC " + (strength == Term.ALIAS ? "alias" : "previous symbol") + " of "
                    + t.xref + " (" + geneName + ")", FILE));
            return;
        }
        if (strength == Term.ALIAS && lettersOnly && s.length() == 3) return;
        if (symbols.contains(k) || uses.getOrDefault(k, 0) > 1) return;
        t.add(s, strength);
    }

    /**
     * Three bare letters (CGB, MAL, CCT) are as often initials, acronyms or garbled text as the
     * gene: such symbols are forms only where curated or defined in the document.
     */
    static boolean threeLetters(String s) {
        return s.length() == 3 && s.chars().allMatch(c -> c < 0x80 && Character.isLetter(c));
    }

    /** Why a symbol-like form is a false friend, or null. */
    static String symbolReason(Inputs in, String s) {
        String abbr = in.abbreviations.get(s);
        if (abbr != null) return "common abbreviation (" + abbr + ")";
        if (s.chars().allMatch(Character::isLetter) && in.isWord(s)) return "English word";
        if (s.length() <= 2 && s.chars().allMatch(Character::isLetter)) return "two-letter symbol";
        return null;
    }

    static String cleanName(String name) {
        String n = name;
        String prev;
        do {
            prev = n;
            n = PARENS.matcher(n).replaceAll("");
        } while (!n.equals(prev));
        n = n.strip();
        if (n.length() < 4 || n.contains(",") || n.contains(";") || n.contains("(") || n.contains(")")) return null;
        if (UNINFORMATIVE.matcher(n).matches()) return null;
        return n;
    }

    static List<String> list(String cell) {
        List<String> out = new ArrayList<>();
        for (String s : cell.split(",")) {
            s = s.strip();
            if (s.startsWith("\"") && s.endsWith("\"") && s.length() > 1) s = s.substring(1, s.length() - 1).strip();
            if (!s.isEmpty()) out.add(s);
        }
        return out;
    }

    private static String key(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
