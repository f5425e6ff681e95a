package org.bilex.pipeline;

import org.bilex.core.CacheFolder;
import org.bilex.core.DigestTable;
import org.bilex.core.Digests;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.CodeSource;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;

/**
 * {@link CodeFingerprint}s kept across processes (issue 15, start-up): computing them reads, scans
 * and strips every bilex class the components reach, 0.5–0.75 s of CPU in a fresh JVM, and the
 * answer is the same for every run of the same jar. One small file per jar in the cache folder
 * ({@link CacheFolder}), {@code code-fingerprints/SHA.tsv}, named by the SHA-256 of what identifies
 * the jar: its absolute path, size and modification time, and the JVM's class path. A rebuilt or
 * replaced jar has another size or time, so another name: its fingerprints are computed afresh and
 * never read from the old file. Lines are {@code ROOTS<TAB>FINGERPRINT}; a file that cannot be read
 * or parsed counts as empty.
 *
 * <p>Only for code run from a jar file: classes run from a folder ({@code target/classes}, the tests)
 * change without any one file's time showing it, so they are fingerprinted in every process.
 */
final class CodeFingerprintCache {

    private static final String FORMAT = "bilex-code-fingerprints/1";

    private final Path file;
    private final Map<String, String> known = new TreeMap<>();

    private CodeFingerprintCache(Path file, Map<String, String> known) {
        this.file = file;
        this.known.putAll(known);
    }

    /**
     * The cache for code in {@code jar} (a regular file), kept under {@code cacheDir}; null when
     * either is null or the jar is not a regular file.
     */
    static CodeFingerprintCache open(Path cacheDir, Path jar, String classPath) {
        if (cacheDir == null || jar == null) return null;
        try {
            Path abs = jar.toAbsolutePath().normalize();
            BasicFileAttributes a = Files.readAttributes(abs, BasicFileAttributes.class);
            if (!a.isRegularFile()) return null;
            String id = FORMAT + "\n" + abs + "\n" + a.size() + "\n" + a.lastModifiedTime().to(TimeUnit.NANOSECONDS)
                    + "\n" + (classPath == null ? "" : classPath);
            Path file = cacheDir.resolve("code-fingerprints").resolve(Digests.sha256(id) + ".tsv");
            return new CodeFingerprintCache(file, DigestTable.read(file));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The cache for the jar this class was loaded from, or null (classes in a folder, no cache folder). */
    static CodeFingerprintCache forThisProcess() {
        try {
            CodeSource src = CodeFingerprint.class.getProtectionDomain().getCodeSource();
            if (src == null || src.getLocation() == null) return null;
            return open(CacheFolder.get(), Path.of(src.getLocation().toURI()), System.getProperty("java.class.path"));
        } catch (URISyntaxException | RuntimeException e) {
            return null;
        }
    }

    /** The fingerprint recorded for these roots, or null. */
    synchronized String get(String roots) {
        return known.get(roots);
    }

    /** Records a fingerprint and rewrites the file (atomically); a failed write only loses the cache. */
    synchronized void put(String roots, String fingerprint) {
        if (fingerprint.equals(known.put(roots, fingerprint))) return;
        try {
            DigestTable.write(file, known);
        } catch (IOException | RuntimeException e) {
            // a read-only or full cache folder: the next process computes the fingerprints again
        }
    }

    /** The file (tests). */
    Path file() {
        return file;
    }
}
