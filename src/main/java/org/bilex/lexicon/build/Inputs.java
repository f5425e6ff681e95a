package org.bilex.lexicon.build;

import org.bilex.core.EntityType;
import org.bilex.lexicon.Lexicon;
import org.bilex.lexicon.LexiconEntry;
import org.bilex.lexicon.LexiconException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What the build reads from {@code models/}: the curated lexicon and stop list, and the build's
 * own curated inputs under {@code models/build/} (word list, abbreviations, exclusions, HGNC
 * type rules, ChEBI allow-list).
 */
final class Inputs {

    record TypeRule(EntityType type, String field, Pattern pattern, String reason) {
    }

    record Exclusion(String source, String id, java.util.regex.Matcher name, String reason) {
    }

    record ChebiEntry(String id, String name, String group) {
    }

    /** A MeSH tree rule: descriptors with a tree number under {@code prefix} get {@code type} (null: left out). */
    record TreeRule(String prefix, EntityType type, String reason) {
    }

    /** A name of this type that matches the pattern (whole name) also gives the replacement, as a weak name. */
    record NameVariant(EntityType type, Pattern pattern, String replacement, String reason) {
    }

    /** A decision on a one-word name that is an ordinary English word: for a type ("*" form) or one form. */
    record WordRule(EntityType type, String form, String decision, String reason) {
    }

    final Path vocab;
    final Path models;
    /** The spelling variants the lexicon makes at load ({@code models/lexicon/form-variants.tsv}). */
    final org.bilex.lexicon.FormVariants variants;
    final List<LexiconEntry> curated = new ArrayList<>();
    final Set<String> curatedStop = new HashSet<>();
    private final Set<String> words = new HashSet<>();
    /** When refreshing the committed word list: every word the build asked about that the full list has. */
    final Set<String> wordsUsed = new TreeSet<>();
    final Map<String, String> abbreviations = new LinkedHashMap<>();
    final List<Exclusion> exclusions = new ArrayList<>();
    final List<TypeRule> hgncTypes = new ArrayList<>();
    final Map<String, ChebiEntry> chebi = new LinkedHashMap<>();
    final List<TreeRule> meshTrees = new ArrayList<>();
    /** MeSH tree branches of organisms ({@code organism-trees.tsv}): names a drug without a structure may not take. */
    final List<String> organismTrees = new ArrayList<>();
    /** Other names a vocabulary name of a type implies ({@code name-variants.tsv}): glutamic acid → glutamate. */
    final List<NameVariant> nameVariants = new ArrayList<>();
    private final Map<String, WordRule> wordRules = new java.util.HashMap<>();

    Inputs(Path vocab, Path models, Path fullWordList) throws IOException {
        this.vocab = vocab;
        this.models = models;
        this.variants = org.bilex.lexicon.FormVariants.in(models.resolve("lexicon"));
        Path build = models.resolve("build");
        Path words = fullWordList != null ? fullWordList : build.resolve("english-words.txt");
        for (String w : lines(words)) {
            // lower-case entries only: capitalised ones are names (Jan, Max, Smith)
            String s = w.strip();
            if (s.endsWith("'s")) continue;
            if (!s.isEmpty() && s.equals(s.toLowerCase(Locale.ROOT))) this.words.add(s);
        }
        for (String[] r : table(build.resolve("abbreviations.tsv"), "form", 2)) abbreviations.put(r[0], r[1]);
        for (String[] r : table(build.resolve("exclude.tsv"), "source", 3)) {
            // one matcher per pattern, reset for each name (the build runs on one thread)
            if (r[1].startsWith("~")) exclusions.add(new Exclusion(r[0], null, Pattern.compile(r[1].substring(1)).matcher(""), r[2]));
            else exclusions.add(new Exclusion(r[0], r[1], null, r[2]));
        }
        Path typeFile = build.resolve("hgnc-types.tsv");
        int n = 0;
        for (String[] r : table(typeFile, "type", 4)) {
            n++;
            EntityType t = EntityType.parse(r[0]);
            if (t == null || !(r[1].equals("symbol") || r[1].equals("name"))) {
                throw new LexiconException(typeFile + ": bad rule " + n + ": " + String.join(" ", r));
            }
            hgncTypes.add(new TypeRule(t, r[1], Pattern.compile(r[2]), r[3]));
        }
        for (String[] r : table(build.resolve("chebi.tsv"), "id", 3)) chebi.put(r[0], new ChebiEntry(r[0], r[1], r[2]));
        Path treeFile = build.resolve("mesh-trees.tsv");
        for (String[] r : table(treeFile, "prefix", 3)) {
            EntityType t = r[1].equals("-") ? null : EntityType.parse(r[1]);
            if (t == null && !r[1].equals("-") || !r[0].matches("[A-Z](\\d\\d(\\.\\d{3})*)?")) {
                throw new LexiconException(treeFile + ": bad rule: " + String.join(" ", r));
            }
            meshTrees.add(new TreeRule(r[0], t, r[2]));
        }
        Path organismFile = build.resolve("organism-trees.tsv");
        for (String[] r : table(organismFile, "prefix", 2)) {
            if (!r[0].matches("[A-Z]\\d\\d(\\.\\d{3})*")) throw new LexiconException(organismFile + ": bad branch: " + String.join(" ", r));
            organismTrees.add(r[0]);
        }
        Path variantFile = build.resolve("name-variants.tsv");
        for (String[] r : table(variantFile, "type", 4)) {
            EntityType t = EntityType.parse(r[0]);
            if (t == null) throw new LexiconException(variantFile + ": unknown type: " + String.join(" ", r));
            nameVariants.add(new NameVariant(t, Pattern.compile(r[1]), r[2], r[3]));
        }
        Path wordFile = build.resolve("word-names.tsv");
        for (String[] r : table(wordFile, "type", 4)) {
            EntityType t = EntityType.parse(r[0]);
            if (t == null || !(r[2].equals("accept") || r[2].equals("refuse") || r[2].equals("accept-with-structure"))) {
                throw new LexiconException(wordFile + ": bad rule: " + String.join(" ", r));
            }
            wordRules.put(t + "\t" + r[1].toLowerCase(Locale.ROOT), new WordRule(t, r[1], r[2], r[3]));
        }
        Path cur = models.resolve("lexicon").resolve("curated");
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.list(cur)) {
            s.filter(p -> p.toString().endsWith(".tsv")).sorted().forEach(files::add);
        }
        for (Path f : files) {
            if (f.getFileName().toString().equals("stoplist.tsv")) {
                for (String[] r : table(f, "form", 2)) curatedStop.add(r[0]);
            } else {
                Lexicon.readEntries(f, cur, curated);
            }
        }
    }

    /** Whether a word (any case) is an ordinary English word of the word list. */
    boolean isWord(String w) {
        String l = w.toLowerCase(Locale.ROOT);
        boolean yes = words.contains(l);
        if (yes) wordsUsed.add(l);
        return yes;
    }

    /**
     * The decision on a one-word name that is an English word, for a term of this type: the
     * rule for the form, else the type's default ("*"), else null (refused as an English word).
     */
    WordRule wordRule(EntityType type, String form) {
        WordRule r = wordRules.get(type + "\t" + form.toLowerCase(Locale.ROOT));
        return r != null ? r : wordRules.get(type + "\t*");
    }

    /** The type MeSH tree numbers give a descriptor: the first rule (file order) that matches one of them; null: none. */
    TreeRule meshRule(List<String> trees) {
        for (TreeRule r : meshTrees) {
            for (String t : trees) {
                if (t.equals(r.prefix()) || t.startsWith(r.prefix() + ".") || (r.prefix().length() == 1 && t.startsWith(r.prefix()))) {
                    return r;
                }
            }
        }
        return null;
    }

    private final Map<String, List<Exclusion>> bySource = new java.util.HashMap<>();

    /** Why an identifier or a name of a source is excluded, or null. */
    String excluded(String source, String id, String name) {
        List<Exclusion> mine = bySource.computeIfAbsent(source, k -> {
            List<Exclusion> l = new ArrayList<>();
            for (Exclusion e : exclusions) if (e.source().equals(k) || e.source().equals("*")) l.add(e);
            return l;
        });
        for (Exclusion e : mine) {
            if (e.id() != null && id != null) {
                if (e.id().startsWith("^") ? id.matches(e.id().substring(1)) : e.id().equals(id)) return e.reason();
            }
            if (e.name() != null && name != null && e.name().reset(name).matches()) return e.reason();
        }
        return null;
    }

    EntityType hgncType(String symbol, String name) {
        for (TypeRule r : hgncTypes) {
            String v = r.field().equals("symbol") ? symbol : name;
            if (r.pattern().matcher(v).matches()) return r.type();
        }
        return EntityType.PROTEIN;
    }

    static List<String> lines(Path f) throws IOException {
        List<String> out = new ArrayList<>();
        for (String l : Files.readAllLines(f, StandardCharsets.UTF_8)) {
            if (l.isBlank() || l.startsWith("#")) continue;
            out.add(l);
        }
        return out;
    }

    /** Rows of a TSV with a header whose first column is {@code first}; at least {@code cols} columns. */
    static List<String[]> table(Path f, String first, int cols) throws IOException {
        List<String[]> out = new ArrayList<>();
        int n = 0;
        for (String l : Files.readAllLines(f, StandardCharsets.UTF_8)) {
            n++;
            if (l.isBlank() || l.startsWith("#")) continue;
            String[] c = l.split("\t", -1);
            if (c[0].equals(first)) continue;
            if (c.length < cols) throw new LexiconException(f + ":" + n + ": expected " + cols + " tab-separated columns");
            for (int i = 0; i < c.length; i++) c[i] = c[i].strip();
            out.add(c);
        }
        return out;
    }
}
