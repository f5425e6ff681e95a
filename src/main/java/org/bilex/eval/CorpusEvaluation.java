package org.bilex.eval;

import com.fasterxml.jackson.databind.JsonNode;
import org.bilex.output.StoredDocument;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A folder of gold files scored as a corpus: optionally only one half of a split file
 * ({@code devcorpus/split.tsv}: {@code name lang split topic}), overall and per language, with
 * relation error classes.
 *
 * <p>A document's language is, in this order: the {@code lang} column of the split file; the
 * prefix of its name ({@code zh_…}, {@code en_…}, as the development corpus names texts); the
 * language most sentences of its output are in. A mixed document (Chinese text with English
 * terms in brackets) so counts whole under the language of most of its sentences, which is
 * the language a reader would file it under; its English terms are part of the Chinese score.
 */
public final class CorpusEvaluation {

    /** One row of a split file. */
    public record SplitRow(String name, String lang, String split, String topic) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Evaluation all;
    private final Map<String, Evaluation> byLanguage;
    private final Map<String, String> languages;
    private final String only;

    private CorpusEvaluation(Evaluation all, Map<String, Evaluation> byLanguage, Map<String, String> languages, String only) {
        this.all = all;
        this.byLanguage = byLanguage;
        this.languages = languages;
        this.only = only;
    }

    /** Reads a split file; fails on a header or a split value it does not know. */
    public static Map<String, SplitRow> readSplit(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.isEmpty() || !lines.get(0).strip().equals("name\tlang\tsplit\ttopic")) {
            throw new IOException(file + ": the header must be 'name<TAB>lang<TAB>split<TAB>topic'");
        }
        Map<String, SplitRow> out = new LinkedHashMap<>();
        for (int i = 1; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.isBlank() || l.startsWith("#")) continue;
            String[] f = l.split("\t", -1);
            if (f.length < 3) throw new IOException(file + ":" + (i + 1) + ": fewer than 3 columns");
            if (!f[2].equals("tune") && !f[2].equals("test")) {
                throw new IOException(file + ":" + (i + 1) + ": split must be tune or test, not '" + f[2] + "'");
            }
            out.put(f[0], new SplitRow(f[0], f[1], f[2], f.length > 3 ? f[3] : ""));
        }
        return out;
    }

    /** The gold files of a folder, sorted; only those of the split half {@code only} when both are given. */
    public static List<Path> goldFiles(Path goldDir, Map<String, SplitRow> split, String only) throws IOException {
        List<Path> golds = new ArrayList<>();
        try (Stream<Path> s = Files.list(goldDir)) {
            s.filter(p -> p.getFileName().toString().endsWith(".gold.json")).sorted().forEach(golds::add);
        }
        if (split == null || only == null) return golds;
        List<Path> kept = new ArrayList<>();
        for (Path g : golds) {
            SplitRow r = split.get(name(g));
            if (r != null && r.split().equals(only)) kept.add(g);
        }
        return kept;
    }

    /**
     * Scores the gold files of {@code goldDir} (those of the half {@code only} of {@code split}
     * when given) against the outputs in {@code outDir}.
     */
    public static CorpusEvaluation run(Path goldDir, Path outDir, Map<String, SplitRow> split, String only) throws IOException {
        List<Path> golds = goldFiles(goldDir, split, only);
        Map<String, String> langs = new TreeMap<>();
        Map<String, List<Path>> groups = new TreeMap<>();
        for (Path g : golds) {
            String lang = language(name(g), split, outDir);
            langs.put(name(g), lang);
            groups.computeIfAbsent(lang, k -> new ArrayList<>()).add(g);
        }
        Map<String, Evaluation> byLanguage = new TreeMap<>();
        for (Map.Entry<String, List<Path>> e : groups.entrySet()) byLanguage.put(e.getKey(), Evaluation.run(e.getValue(), outDir));
        return new CorpusEvaluation(Evaluation.run(golds, outDir), byLanguage, langs, only);
    }

    static String name(Path gold) {
        return gold.getFileName().toString().replaceFirst("\\.gold\\.json$", "");
    }

    /** The language a document is scored under (see the class comment); "?" when nothing tells. */
    static String language(String name, Map<String, SplitRow> split, Path outDir) throws IOException {
        if (split != null && split.containsKey(name) && !split.get(name).lang().isBlank()) return split.get(name).lang();
        if (name.startsWith("zh_")) return "zh";
        if (name.startsWith("en_")) return "en";
        Path out = outDir.resolve(name + ".json");
        if (!Files.isRegularFile(out)) {
            try (Stream<Path> s = Files.walk(outDir)) {
                out = s.filter(p -> p.getFileName().toString().equals(name + ".json")).sorted().findFirst().orElse(null);
            }
        }
        if (out == null) return "?";
        Map<String, Integer> count = new TreeMap<>();
        try {
            for (StoredDocument.Sentence s : StoredDocument.read(out).sentences()) count.merge(s.lang(), 1, Integer::sum);
        } catch (StoredDocument.NotBilexException e) {
            throw new IOException(out + ": " + e.getMessage(), e);
        }
        String best = "?";
        for (Map.Entry<String, Integer> e : count.entrySet()) if (best.equals("?") || e.getValue() > count.get(best)) best = e.getKey();
        return best;
    }

    public Evaluation all() {
        return all;
    }

    public Map<String, Evaluation> byLanguage() {
        return byLanguage;
    }

    /** The language each scored document counted under. */
    public Map<String, String> languages() {
        return languages;
    }

    public RelationErrors errors() {
        return RelationErrors.of(all.documents());
    }

    public void print(PrintStream out, boolean details, boolean ids) {
        out.printf(Locale.ROOT, "%d documents%s:", languages.size(), only == null ? "" : " (split half '" + only + "')");
        Map<String, Integer> n = new TreeMap<>();
        languages.values().forEach(l -> n.merge(l, 1, Integer::sum));
        n.forEach((l, c) -> out.print(" " + l + " " + c));
        out.println();
        out.println();
        all.print(out, details);
        errors().print(out);
        if (ids) {
            out.println();
            all.printIds(out);
        }
        out.println();
        out.println("By language");
        out.printf(Locale.ROOT, "  %-16s %6s %6s %6s %7s %7s %7s%n", "language", "gold", "found", "right", "P", "R", "F1");
        for (Map.Entry<String, Evaluation> e : byLanguage.entrySet()) {
            row(out, e.getKey() + " entities", e.getValue().entityTotal());
            row(out, e.getKey() + " relations", e.getValue().relationTotal());
        }
        if (byLanguage.size() < 2 && !details) return;
        for (Map.Entry<String, Evaluation> e : byLanguage.entrySet()) {
            out.println();
            out.println("== " + e.getKey());
            e.getValue().print(out, false);
            RelationErrors.of(e.getValue().documents()).print(out);
        }
    }

    private static void row(PrintStream out, String name, Counts c) {
        out.printf(Locale.ROOT, "  %-16s %6d %6d %6d %7.3f %7.3f %7.3f%n", name, c.gold(), c.predicted(), c.tp(),
                c.precision(), c.recall(), c.f1());
    }
}
