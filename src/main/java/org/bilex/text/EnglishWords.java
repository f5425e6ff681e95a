package org.bilex.text;

import org.bilex.core.ReadOnce;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The English word list of {@code models/text/english-words.txt}: lines starting with {@code #} are comments
 * (the file's source and licence), every other non-empty line is one lower-case word. A line that is not
 * lower-case letters, or a word listed twice, fails at load naming the file and line. The text stage asks it
 * whether the two parts of a word broken at a line end join into a word ({@link Dehyphenator}).
 */
public final class EnglishWords {

    public static final String FILE = "english-words.txt";
    /** The list of the models folder in the working directory (as {@code --models}' default). */
    public static final Path DEFAULT = Path.of("models", "text", FILE);

    /** Lists read so far, by file: read once per file and run. */
    private static final ReadOnce<Set<String>> READ = new ReadOnce<>("English word list (models/text/" + FILE + ")",
            EnglishWords::parse);

    private EnglishWords() {
    }

    /** The words of {@code file} (read once per run). */
    public static Set<String> of(Path file) {
        return READ.of(file);
    }

    static Set<String> parse(List<String> lines, String where) {
        Set<String> out = new HashSet<>(lines.size() * 2);
        for (int i = 0; i < lines.size(); i++) {
            String w = lines.get(i);
            if (w.isEmpty() || w.startsWith("#")) continue;
            String at = where + ":" + (i + 1) + ": ";
            if (!w.matches("\\p{Ll}+")) throw new IllegalStateException(at + "a word is lower-case letters only, not '" + w + "'");
            if (!out.add(w)) throw new IllegalStateException(at + "'" + w + "' is listed twice");
        }
        if (out.isEmpty()) throw new IllegalStateException(where + ": no words");
        return Set.copyOf(out);
    }
}
