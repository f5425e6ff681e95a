package org.bilex.text;

import org.bilex.core.ReadOnce;
import org.bilex.core.TsvTable;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

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
    private static final ReadOnce<Set<String>> READ = new ReadOnce<>("hyphen prefix table (models/text/" + FILE + ")",
            HyphenPrefixes::parse);

    private HyphenPrefixes() {
    }

    /** The prefixes of {@code file} (read once per run). */
    public static Set<String> of(Path file) {
        return READ.of(file);
    }

    static Set<String> parse(List<String> lines, String where) {
        Set<String> out = new LinkedHashSet<>();
        for (TsvTable.Row r : TsvTable.rows(lines, where, COLUMNS)) {
            String at = TsvTable.at(where, r.line());
            String prefix = r.get(0);
            if (!prefix.matches("\\p{Ll}{2,}")) throw new IllegalStateException(at + "a prefix is two or more lower-case letters, not '" + prefix + "'");
            if (r.get(1).isBlank()) throw new IllegalStateException(at + "no source for '" + prefix + "'");
            if (!out.add(prefix)) throw new IllegalStateException(at + "'" + prefix + "' is listed twice");
        }
        return Set.copyOf(out);
    }
}
