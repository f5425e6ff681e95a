package org.bilex.core;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;

/**
 * A kind of small {@code models/} file, read and parsed once per file and run (by its normalised path) and shared by
 * every caller after. A missing file fails with {@code FILE: no WHAT}; the parser gets the file's lines and its name,
 * for its own {@code FILE:LINE:} errors.
 */
public final class ReadOnce<T> {

    private final String what;
    private final BiFunction<List<String>, String, T> parse;
    private final Map<Path, T> read = new ConcurrentHashMap<>();

    /**
     * @param what  what the file holds, for the error when it is missing ("OCR settings table (models/pdf/ocr.tsv)")
     * @param parse the file's lines and name to its value
     */
    public ReadOnce(String what, BiFunction<List<String>, String, T> parse) {
        this.what = what;
        this.parse = parse;
    }

    /** The value of {@code file}, read the first time it is asked for. */
    public T of(Path file) {
        return read.computeIfAbsent(file.toAbsolutePath().normalize(), this::load);
    }

    private T load(Path file) {
        if (!Files.isRegularFile(file)) throw new IllegalStateException(file + ": no " + what);
        try {
            return parse.apply(Files.readAllLines(file, StandardCharsets.UTF_8), file.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
