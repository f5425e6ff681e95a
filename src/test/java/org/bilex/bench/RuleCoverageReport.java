package org.bilex.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Reads the rule files of {@code models/rules} against {@code target/rule-coverage.tsv}, which the last test run
 * wrote (org.bilex.extract.RuleCoverage), and prints, per rule file, how many of its rules a unit test makes fire in
 * English sentences, in Chinese sentences, in neither, and lists the rules no test reaches (compose.tsv's part,
 * filler and nest rules, which name no mention of their own, are not counted: {@link #INNER_KINDS}). A rule with a {@code lang}
 * column is expected in its own language only; the others (regular expressions and dependency patterns) are listed
 * with both counts.
 *
 * <p>Usage: {@code scripts/rule-coverage.sh} (runs the tests of org.bilex.extract and org.bilex.lexicon first), or
 * after the whole suite: {@code java -cp target/test-classes org.bilex.bench.RuleCoverageReport [--check FILE]}.
 * With {@code --check FILE} (one "file<TAB>rule" a line, {@code #} comments: the rules known to have no such test
 * yet) it exits 1 when a rule outside that list has no test that makes it fire, or when a rule of the list now has
 * one (so the list only shrinks), naming each.
 */
public final class RuleCoverageReport {

    /** A rule file, the coverage kind its rules are counted under, and the column that names a rule. */
    private record RuleFile(String file, String kind, String nameColumn) {
    }

    private static final List<RuleFile> FILES = List.of(
            new RuleFile("entities.tsv", "entity-rule", "name"),
            new RuleFile("compose.tsv", "composite", "name"),
            new RuleFile("vesicles.tsv", "composite", "name"),
            new RuleFile("relation-patterns-en.tsv", "relation-pattern", "id"));

    private RuleCoverageReport() {
    }

    public static void main(String[] args) throws IOException {
        Path rules = Path.of("models/rules");
        Path coverage = Path.of("target/rule-coverage.tsv");
        Path check = null;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--check" -> check = Path.of(args[++i]);
                case "--rules" -> rules = Path.of(args[++i]);
                case "--coverage" -> coverage = Path.of(args[++i]);
                default -> {
                    System.err.println("bilex: unknown argument " + args[i]
                            + " (usage: RuleCoverageReport [--check FILE] [--rules DIR] [--coverage FILE])");
                    System.exit(2);
                }
            }
        }
        if (!Files.exists(coverage)) {
            System.err.println("bilex: " + coverage + ": no coverage recorded; run the tests first (scripts/rule-coverage.sh)");
            System.exit(2);
        }
        Map<String, int[]> fired = readCoverage(coverage);
        int untestedAll = 0;
        StringBuilder out = new StringBuilder();
        out.append(String.format("%-26s %6s %8s %8s %8s%n", "rule file", "rules", "tested", "in en", "in zh"));
        List<String> untested = new ArrayList<>();
        Set<String> untestedKeys = new TreeSet<>();
        for (RuleFile f : FILES) {
            Map<String, String> names = readRules(rules.resolve(f.file()), f.nameColumn());
            int tested = 0, en = 0, zh = 0;
            for (Map.Entry<String, String> r : names.entrySet()) {
                int[] c = fired.getOrDefault(f.kind() + "\t" + r.getKey(), new int[2]);
                String lang = r.getValue();
                boolean ok = lang == null ? c[0] + c[1] > 0 : "zh".equals(lang) ? c[1] > 0 : c[0] > 0;
                if (ok) tested++;
                else {
                    untested.add(f.file() + "\t" + r.getKey() + (lang == null ? "" : "\t(" + lang + ")")
                            + "\ten " + c[0] + ", zh " + c[1]);
                    untestedKeys.add(f.file() + "\t" + r.getKey());
                }
                if (c[0] > 0) en++;
                if (c[1] > 0) zh++;
            }
            untestedAll += names.size() - tested;
            out.append(String.format("%-26s %6d %8d %8d %8d%n", f.file(), names.size(), tested, en, zh));
        }
        out.append(untestedAll).append(" rules no unit test makes fire in their language");
        out.append(untested.isEmpty() ? "\n" : ":\n");
        for (String u : untested) out.append("  ").append(u).append('\n');
        System.out.print(out);
        if (check != null) System.exit(check(check, untestedKeys) ? 0 : 1);
    }

    /** Compares the untested rules with the known list; prints each difference; true when there is none. */
    static boolean check(Path known, Set<String> untested) throws IOException {
        Set<String> listed = new TreeSet<>();
        for (String line : Files.readAllLines(known, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.split("\t");
            if (f.length < 2) throw new IOException(known + ": not 'file<TAB>rule': " + line);
            listed.add(f[0] + "\t" + f[1]);
        }
        boolean ok = true;
        for (String u : untested) {
            if (!listed.contains(u)) {
                System.out.println("FAIL: no unit test makes this rule fire: " + u.replace('\t', ' '));
                ok = false;
            }
        }
        for (String l : listed) {
            if (!untested.contains(l)) {
                System.out.println("FAIL: " + l.replace('\t', ' ') + " is tested now (or gone): take it off " + known);
                ok = false;
            }
        }
        if (ok) System.out.println("rule coverage: as " + known + " says (" + listed.size() + " rules still without a test)");
        return ok;
    }

    /** kind + "\t" + name -> {en, zh} as the test run wrote them. */
    static Map<String, int[]> readCoverage(Path file) throws IOException {
        Map<String, int[]> out = new TreeMap<>();
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.startsWith("#") || line.isBlank()) continue;
            String[] f = line.split("\t");
            if (f.length != 4) throw new IOException(file + ": not 4 columns: " + line);
            out.put(f[0] + "\t" + f[1], new int[] {Integer.parseInt(f[2]), Integer.parseInt(f[3])});
        }
        return out;
    }

    /**
     * Kinds of compose.tsv rules that name no mention themselves: a part (肝, renal) or a filler (的) is read only
     * inside another rule's compound, whose name the mention carries, and a nest rule keeps a mention of another
     * finder inside a longer name under that finder's name. Their tests are those of the rules they serve.
     */
    static final Set<String> INNER_KINDS = Set.of("part", "filler", "nest");

    /** The rules of one file, name -> its lang column (null when the file has none), in file order. */
    static Map<String, String> readRules(Path file, String nameColumn) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        int nameAt = -1, langAt = -1, kindAt = -1;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#") || line.startsWith("@")) continue;
            String[] f = line.split("\t", -1);
            if (nameAt < 0) {
                for (int i = 0; i < f.length; i++) {
                    if (f[i].equals(nameColumn)) nameAt = i;
                    if (f[i].equals("lang")) langAt = i;
                    if (f[i].equals("kind")) kindAt = i;
                }
                if (nameAt < 0) throw new IOException(file + ": no column '" + nameColumn + "' in its header: " + line);
                continue;
            }
            if (kindAt >= 0 && kindAt < f.length && INNER_KINDS.contains(f[kindAt])) continue;
            out.put(f[nameAt], langAt >= 0 && langAt < f.length ? f[langAt] : null);
        }
        return out;
    }
}
