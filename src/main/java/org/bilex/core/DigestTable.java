package org.bilex.core;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * A small table of hex SHA-256 digests kept in a file of the cache folder, one {@code KEY<TAB>HEX}
 * line each (the key may hold tabs of its own: the digest is after the last one). Shared by the
 * caches that keep digests across processes ({@link FileHashCache}, the code-fingerprint cache). A
 * file that is missing, unreadable or has a line of another shape reads as empty: a cache that
 * cannot be trusted is computed again.
 */
public final class DigestTable {

    private DigestTable() {
    }

    /** The table in {@code file}, sorted by key; empty when it is missing or damaged. */
    public static Map<String, String> read(Path file) {
        Map<String, String> m = new TreeMap<>();
        if (!Files.isRegularFile(file)) return m;
        try {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                int tab = line.lastIndexOf('\t');
                if (tab <= 0 || !line.substring(tab + 1).matches("[0-9a-f]{64}")) return new TreeMap<>();
                m.put(line.substring(0, tab), line.substring(tab + 1));
            }
        } catch (IOException | RuntimeException e) {
            return new TreeMap<>();
        }
        return m;
    }

    /** Writes the table to {@code file} in key order, atomically ({@link AtomicFiles#write}). */
    public static void write(Path file, Map<String, String> table) throws IOException {
        StringBuilder sb = new StringBuilder();
        for (Map.Entry<String, String> e : new TreeMap<>(table).entrySet()) {
            sb.append(e.getKey()).append('\t').append(e.getValue()).append('\n');
        }
        Files.createDirectories(file.toAbsolutePath().getParent());
        AtomicFiles.write(file, sb.toString().getBytes(StandardCharsets.UTF_8));
    }
}
