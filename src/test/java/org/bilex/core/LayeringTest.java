package org.bilex.core;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The packages form a stack: each may use only packages below it, never one at its own level
 * or above. Checked on the sources: every {@code org.bilex.x.Y} a file names (imports and
 * qualified names) must belong to its own package or a lower one.
 */
class LayeringTest {

    /** Level of each package; a package may use only packages of a lower level (and itself). */
    static final Map<String, Integer> LEVEL = Map.ofEntries(
            Map.entry("core", 0),
            Map.entry("pdf", 1),
            Map.entry("text", 2),
            Map.entry("nlp", 3),
            Map.entry("lexicon", 4),
            Map.entry("lexicon.build", 5),
            Map.entry("extract", 5),
            Map.entry("output", 6),
            Map.entry("pipeline", 7),
            Map.entry("output.export", 8),
            Map.entry("eval", 8),
            Map.entry("store", 8),
            Map.entry("batch", 8),
            Map.entry("review", 9),
            Map.entry("curation", 9),
            Map.entry("cli", 10),
            Map.entry("spark", 11));

    private static final Pattern REF = Pattern.compile("\\borg\\.bilex\\.([a-z][a-z0-9]*(?:\\.[a-z][a-z0-9]*)*)\\.[A-Z]");
    private static final Path MAIN = Path.of("src/main/java/org/bilex");

    @Test
    void noPackageUsesOneAtItsLevelOrAbove() throws IOException {
        List<String> wrong = new ArrayList<>();
        TreeSet<String> seen = new TreeSet<>();
        List<Path> files;
        try (Stream<Path> s = Files.walk(MAIN)) {
            files = s.filter(p -> p.toString().endsWith(".java")).sorted().toList();
        }
        for (Path f : files) {
            String pkg = MAIN.relativize(f.getParent()).toString().replace('/', '.').replace('\\', '.');
            seen.add(pkg);
            Integer mine = LEVEL.get(pkg);
            if (mine == null) {
                wrong.add(f + ": package " + pkg + " has no level in LayeringTest.LEVEL");
                continue;
            }
            String src = Files.readString(f, StandardCharsets.UTF_8);
            Matcher m = REF.matcher(src);
            TreeSet<String> used = new TreeSet<>();
            while (m.find()) used.add(m.group(1));
            for (String other : used) {
                if (other.equals(pkg)) continue;
                Integer theirs = LEVEL.get(other);
                if (theirs == null || theirs >= mine) {
                    wrong.add(f + ": " + pkg + " (level " + mine + ") uses " + other + " (level " + theirs + ")");
                }
            }
        }
        assertTrue(seen.containsAll(List.of("core", "pdf", "text", "nlp", "lexicon", "extract", "output", "batch", "cli")), seen.toString());
        assertEquals(List.of(), wrong);
    }

    @Test
    void theCheckCatchesAnArrowUpTheStack() {
        Matcher m = REF.matcher("import org.bilex.batch.AtomicFiles;\nimport org.bilex.output.export.Exporter;");
        List<String> found = new ArrayList<>();
        while (m.find()) found.add(m.group(1));
        assertEquals(List.of("batch", "output.export"), found);
        assertTrue(LEVEL.get("batch") >= LEVEL.get("output.export"));
    }
}
