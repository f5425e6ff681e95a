package org.bilex.text;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The prefixes English writes with a hyphen ({@code models/text/hyphen-prefixes.tsv}, columns {@code prefix source}):
 * a line ending in one of them and a hyphen keeps the hyphen. A header other than {@code prefix source}, a row of
 * another width, an empty source or a prefix that is not lower-case letters fails at load, naming the file and line.
 */
public final class HyphenPrefixes {

    public static final String FILE = "hyphen-prefixes.tsv";
    /** The table of the models folder in the working directory (as {@code --models}' default). */
    public static final Path DEFAULT = Path.of("models", "text", FILE);
    static final List<String> COLUMNS = List.of("prefix", "source");

    /** Tables read so far, by file: read once per file and run. */
    private static final Map<Path, Set<String>> READ = new ConcurrentHashMap<>();

    private HyphenPrefixes() {
    }

    /** The prefixes of {@code file} (read once per run). */
    public static Set<String> of(Path file) {
        return READ.computeIfAbsent(file.toAbsolutePath().normalize(), HyphenPrefixes::load);
    }

    static Set<String> load(Path file) {
        if (!Files.isRegularFile(file)) throw new IllegalStateException(file + ": no hyphen prefix table (models/text/" + FILE + ")");
        try {
            return parse(Files.readAllLines(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Set<String> parse(List<String> lines, String where) {
        Set<String> out = new LinkedHashSet<>();
        boolean header = false;
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i).replace("\r", "");
            if (l.isBlank() || l.startsWith("#")) continue;
            List<String> c = new ArrayList<>(List.of(l.split("\t", -1)));
            String at = where + ":" + (i + 1) + ": ";
            if (!header) {
                if (!c.equals(COLUMNS)) throw new IllegalStateException(at + "header must be " + String.join(" ", COLUMNS) + ", not " + c);
                header = true;
                continue;
            }
            if (c.size() != COLUMNS.size()) throw new IllegalStateException(at + c.size() + " columns, want " + COLUMNS.size());
            if (!c.get(0).matches("\\p{Ll}{2,}")) throw new IllegalStateException(at + "a prefix is two or more lower-case letters, not '" + c.get(0) + "'");
            if (c.get(1).isBlank()) throw new IllegalStateException(at + "no source for '" + c.get(0) + "'");
            if (!out.add(c.get(0))) throw new IllegalStateException(at + "'" + c.get(0) + "' is listed twice");
        }
        if (!header) throw new IllegalStateException(where + ": no header (" + String.join(" ", COLUMNS) + ")");
        return Set.copyOf(out);
    }
}
