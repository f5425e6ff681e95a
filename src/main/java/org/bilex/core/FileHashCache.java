package org.bilex.core;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * SHA-256 of files kept across processes (issue 15, start-up): every run fingerprints the files of
 * {@code models/} (the lexicon alone is 32 MB, 0.1–0.5 s of CPU depending on the compiler), and they
 * rarely change. As git's index does, a file's digest is recorded under its stat data: absolute
 * path, device, inode, size, modification time and status-change time ({@code ctime}, which any
 * write or {@code touch} sets to the current time and no tool can set back). A file whose stat data
 * differ is hashed again. A file changed within {@link #RACY} of its hashing is not recorded (git's
 * "racy" case: two writes within one tick of the file system's clock leave the same times).
 *
 * <p>One file, {@code file-hashes.tsv} in the cache folder; lines are the stat key's fields and the
 * hex digest, tab-separated. Entries of files that no longer exist are dropped when it is rewritten.
 * A file that cannot be read or parsed counts as empty; without POSIX attributes (no {@code unix}
 * attribute view) nothing is kept.
 */
final class FileHashCache {

    /** Files changed this recently (before their hashing) are not recorded. */
    static final long RACY = TimeUnit.SECONDS.toNanos(2);

    private final Path file;
    private final long racyNanos;
    private final Map<String, String> known;

    private FileHashCache(Path file, long racyNanos, Map<String, String> known) {
        this.file = file;
        this.racyNanos = racyNanos;
        this.known = known;
    }

    /** The cache under {@code cacheDir}, or null when it is null. */
    static FileHashCache open(Path cacheDir, long racyNanos) {
        if (cacheDir == null) return null;
        Path file = cacheDir.resolve("file-hashes.tsv");
        return new FileHashCache(file, racyNanos, DigestTable.read(file));
    }

    /** A file's stat key and the time it last changed, or null when the file system does not give them. */
    record Stat(String key, long changedNanos) {
    }

    /** The stat data of an absolute, normalised path, or null. */
    static Stat stat(Path abs) {
        try {
            Map<String, Object> a = Files.readAttributes(abs, "unix:dev,ino,size,lastModifiedTime,ctime");
            long mtime = ((FileTime) a.get("lastModifiedTime")).to(TimeUnit.NANOSECONDS);
            long ctime = ((FileTime) a.get("ctime")).to(TimeUnit.NANOSECONDS);
            String key = abs + "\t" + a.get("dev") + "\t" + a.get("ino") + "\t" + a.get("size") + "\t" + mtime + "\t" + ctime;
            if (key.indexOf('\n') >= 0) return null;
            return new Stat(key, Math.max(mtime, ctime));
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** The digest recorded for the stat key, or null. */
    synchronized String get(Stat stat) {
        return known.get(stat.key());
    }

    /**
     * Records a digest computed from the file with this stat key, hashed at {@code hashedAtNanos}
     * (wall clock, ns since the epoch), unless the file had changed less than the racy interval
     * before; rewrites the file. A failed write only loses the cache.
     */
    synchronized void put(Stat stat, String hex, long hashedAtNanos) {
        if (hashedAtNanos - stat.changedNanos() < racyNanos) return;
        if (hex.equals(known.put(stat.key(), hex))) return;
        known.keySet().removeIf(k -> !Files.exists(Path.of(k.substring(0, k.indexOf('\t')))));
        try {
            DigestTable.write(file, known);
        } catch (IOException | RuntimeException e) {
            // a read-only or full cache folder: later processes hash the files again
        }
    }

    /** The file (tests). */
    Path file() {
        return file;
    }
}
