package org.bilex.testing;

import org.bilex.core.Chars;
import org.bilex.extract.Candidate;
import org.bilex.extract.Entity;
import org.bilex.extract.EntityResult;
import org.bilex.extract.Evidence;
import org.bilex.extract.Mention;
import org.bilex.extract.Relation;
import org.bilex.extract.SentenceMentions;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Which rules of {@code models/rules} the unit tests make fire, and in which language: every entity mention the
 * test fixtures find (org.bilex.extract.ExtractorFixture, {@link RealModels}) through a named rule ({@code rule:NAME} of entities.tsv, {@code composite:NAME} of
 * compose.tsv and vesicles.tsv) and every relation evidence it reads through a dependency pattern ({@code dep:ID:…}
 * of relation-patterns-en.tsv) or a window reading ({@code verb:promote}, {@code named-source} …) is counted under the
 * sentence's language (zh when the sentence has a Han character, else en). When the test JVM exits, the counts are
 * written to {@code target/rule-coverage.tsv} (kind, name, en, zh; sorted; the last test run's, so run the whole
 * suite, or the classes of {@code org.bilex.extract}, before reading it), which {@code org.bilex.bench.RuleCoverageReport}
 * reads against the rule files. A record of what the tests exercised, not an assertion: which rules no test written
 * for them makes fire is what the report shows.
 */
public final class RuleCoverage {

    static final Path OUT = Path.of("target", "rule-coverage.tsv");

    /** kind + "\t" + name -> {en, zh} */
    private static final Map<String, int[]> COUNTS = new TreeMap<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(RuleCoverage::write, "rule-coverage"));
    }

    private RuleCoverage() {
    }

    /** The rules behind the entities of {@code er}, each counted under the language of its mention's sentence. */
    public static EntityResult entities(EntityResult er) {
        for (Entity e : er.entities()) {
            for (Mention m : e.mentions()) {
                String kind = kindOf(m.via());
                if (kind != null) count(kind, nameOf(m.via()), hasHan(er, m.sentence()));
            }
        }
        return er;
    }

    /** The rules behind entity candidates a finder found in {@code text} (a test of one finder alone). */
    public static List<Candidate> candidates(String text, List<Candidate> found) {
        for (Candidate c : found) {
            String kind = kindOf(c.via());
            if (kind != null) count(kind, nameOf(c.via()), Chars.hasHan(text));
        }
        return found;
    }

    /** The pattern or reading behind each evidence of {@code found}, which a relation stage read from {@code er}. */
    public static List<Relation> relations(EntityResult er, List<Relation> found) {
        for (Relation r : found) {
            for (Evidence ev : r.evidence()) {
                String p = ev.pattern();
                if (p == null || p.isEmpty()) continue;
                boolean zh = hasHan(er, ev.sentence());
                if (p.startsWith("dep:")) {
                    String rest = p.substring(4);
                    int colon = rest.indexOf(':');
                    count("relation-pattern", colon < 0 ? rest : rest.substring(0, colon), zh);
                } else {
                    int plus = p.indexOf('+');
                    count("relation-reading", plus < 0 ? p : p.substring(0, plus), zh);
                }
            }
        }
        return found;
    }

    /** "rule:NAME…" -> entity-rule, "composite:NAME…" -> composite; other finders (lexicon, context …) are not rules. */
    private static String kindOf(String via) {
        if (via == null) return null;
        if (via.startsWith("rule:")) return "entity-rule";
        if (via.startsWith("composite:") || via.startsWith("part:")) return "composite";
        return null;
    }

    /** The rule's name: the part after the prefix up to the first marker a later step appends ('+', '#', ' '). */
    private static String nameOf(String via) {
        String s = via.substring(via.indexOf(':') + 1);
        int end = s.length();
        for (char c : new char[] {'+', '#', ' ', '|'}) {
            int i = s.indexOf(c);
            if (i >= 0 && i < end) end = i;
        }
        return s.substring(0, end);
    }

    private static boolean hasHan(EntityResult er, int sentence) {
        for (SentenceMentions s : er.sentences()) if (s.sentence().sentence().id() == sentence) return Chars.hasHan(s.sentence().text());
        return false;
    }

    private static synchronized void count(String kind, String name, boolean zh) {
        COUNTS.computeIfAbsent(kind + "\t" + name, k -> new int[2])[zh ? 1 : 0]++;
    }

    /** Writes this JVM's counts to {@link #OUT}, in place of an earlier run's (surefire runs the tests in one JVM). */
    private static synchronized void write() {
        if (COUNTS.isEmpty()) return;
        try {
            Map<String, int[]> all = COUNTS;
            List<String> lines = new ArrayList<>();
            lines.add("# kind\tname\ten\tzh: how often a unit test made the rule fire, by the sentence's language");
            all.forEach((k, v) -> lines.add(k + "\t" + v[0] + "\t" + v[1]));
            Files.createDirectories(OUT.getParent());
            Files.write(OUT, lines, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
