package org.bilex.text;

import org.bilex.core.ReadOnce;
import org.bilex.core.TsvTable;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The heads of compound adjectives English writes with a hyphen ({@code models/text/compound-heads.tsv}, columns
 * {@code kind value source}): participle endings ({@code ending}: "receptor-mediated", "calcium-binding"), adjective
 * heads ({@code head}: "glucose-dependent") and the endings of combining forms that close up instead
 * ({@code combining}: "immuno-"). A kind other than these three, a header other than {@code kind value source}, a
 * value that is not lower-case letters, an empty source or a row listed twice fails at load, naming the file and line.
 *
 * @param endings        endings of a participle head (the head must also be an English word)
 * @param heads          adjective heads
 * @param combiningEnds  endings of a first part that is a combining form
 */
public record CompoundHeads(Set<String> endings, Set<String> heads, Set<String> combiningEnds) {

    public static final String FILE = "compound-heads.tsv";
    /** None: no line-end hyphen is kept for being a compound adjective. */
    public static final CompoundHeads NONE = new CompoundHeads(Set.of(), Set.of(), Set.of());
    static final List<String> COLUMNS = List.of("kind", "value", "source");
    /** Letters a participle head has at least ("binding", "induced"; not "ted", "ing"). */
    static final int PARTICIPLE = 5;

    private static final ReadOnce<CompoundHeads> READ = new ReadOnce<>("compound head table (models/text/" + FILE + ")",
            CompoundHeads::parse);

    public CompoundHeads {
        endings = Set.copyOf(endings);
        heads = Set.copyOf(heads);
        combiningEnds = Set.copyOf(combiningEnds);
    }

    /** The table of {@code file} (read once per run). */
    public static CompoundHeads of(Path file) {
        return READ.of(file);
    }

    /**
     * Whether {@code first} + "-" + {@code head} (lower case, letters) reads as a compound adjective: the head is
     * listed, or is a word of {@code words} of {@value #PARTICIPLE}+ letters with a listed ending, and the first part
     * does not end like a combining form.
     */
    public boolean compound(String first, String head, Set<String> words) {
        for (String c : combiningEnds) if (first.endsWith(c)) return false;
        if (heads.contains(head)) return true;
        if (head.length() < PARTICIPLE || !words.contains(head)) return false;
        for (String e : endings) if (head.endsWith(e)) return true;
        return false;
    }

    static CompoundHeads parse(List<String> lines, String where) {
        Set<String> endings = new LinkedHashSet<>();
        Set<String> heads = new LinkedHashSet<>();
        Set<String> combining = new LinkedHashSet<>();
        for (TsvTable.Row r : TsvTable.rows(lines, where, COLUMNS)) {
            String at = TsvTable.at(where, r.line());
            String kind = r.get(0);
            String value = r.get(1);
            if (!value.matches("\\p{Ll}+")) throw new IllegalStateException(at + "a value is lower-case letters, not '" + value + "'");
            if (r.get(2).isBlank()) throw new IllegalStateException(at + "no source for '" + value + "'");
            Set<String> into = switch (kind) {
                case "ending" -> endings;
                case "head" -> heads;
                case "combining" -> combining;
                default -> throw new IllegalStateException(at + "unknown kind '" + kind + "' (ending, head, combining)");
            };
            if (!into.add(value)) throw new IllegalStateException(at + kind + " '" + value + "' is listed twice");
        }
        return new CompoundHeads(endings, heads, combining);
    }
}
