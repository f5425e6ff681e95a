package org.bilex.core;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** SHA-256 digests of files and of folders of files (model fingerprints, cache keys, PDF hashes). */
public final class Digests {

    private Digests() {
    }

    public static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Hex SHA-256 of bytes. */
    public static String sha256(byte[] bytes) {
        return HexFormat.of().formatHex(sha256().digest(bytes));
    }

    /** Hex SHA-256 of a string's UTF-8 bytes. */
    public static String sha256(String s) {
        return sha256(s.getBytes(StandardCharsets.UTF_8));
    }

    /** Hex of a digest. */
    public static String hex(MessageDigest md) {
        return HexFormat.of().formatHex(md.digest());
    }

    /** Adds a stream's bytes to {@code md}. */
    public static void update(MessageDigest md, InputStream in) throws IOException {
        byte[] buf = new byte[1 << 16];
        int n;
        while ((n = in.read(buf)) > 0) md.update(buf, 0, n);
    }

    /** Hex SHA-256 of a file's bytes. */
    public static String file(Path f) throws IOException {
        MessageDigest md = sha256();
        update(md, f);
        return HexFormat.of().formatHex(md.digest());
    }

    /**
     * Adds to {@code md} every regular file under {@code dir} that {@code keep} accepts, in order
     * of relative path ('/' separated): the path, a NUL, the hex SHA-256 of the file's bytes, a NUL.
     * Any change of a file's name or content changes the digest. A file's own digest is computed once
     * per process for a given path, size and modification time ({@link #fileOnce}): the lexicon folder
     * names both the pipeline's fingerprint and the lexicon cache, and is read once, not twice.
     */
    public static void updateTree(MessageDigest md, Path dir, Predicate<Path> keep) throws IOException {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.walk(dir)) {
            s.filter(p -> Files.isRegularFile(p) && keep.test(p)).forEach(files::add);
        }
        files.sort((a, b) -> relative(dir, a).compareTo(relative(dir, b)));
        for (Path f : files) {
            md.update(relative(dir, f).getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0);
            md.update(fileOnce(f).getBytes(StandardCharsets.UTF_8));
            md.update((byte) 0);
        }
    }

    private record Stamp(Path path, long size, long modified) {
    }

    private static final Map<Stamp, String> ONCE = new ConcurrentHashMap<>();

    /**
     * Hex SHA-256 of a file's bytes, as {@link #file}, kept for the rest of the process under the
     * file's absolute path, size and modification time: a file changed since (another size or time)
     * is read again. Across processes, the digest is also kept in the cache folder under the file's
     * stat data ({@link FileHashCache}: device, inode, size, modification and status-change times).
     */
    public static String fileOnce(Path f) throws IOException {
        Path abs = f.toAbsolutePath().normalize();
        BasicFileAttributes a = Files.readAttributes(abs, BasicFileAttributes.class);
        Stamp stamp = new Stamp(abs, a.size(), a.lastModifiedTime().to(TimeUnit.NANOSECONDS));
        String known = ONCE.get(stamp);
        if (known != null) return known;
        String hex = stored(abs, Stored.STORE);
        ONCE.put(stamp, hex);
        return hex;
    }

    /** The digests of earlier processes ({@link FileHashCache}), or null when the cache folder is off. */
    private static final class Stored {
        static final FileHashCache STORE = FileHashCache.open(CacheFolder.get(), FileHashCache.RACY);
    }

    /** A file's digest from {@code store} when its stat data are unchanged, else hashed (and recorded). */
    static String stored(Path abs, FileHashCache store) throws IOException {
        FileHashCache.Stat stat = store == null ? null : FileHashCache.stat(abs);
        String hex = stat == null ? null : store.get(stat);
        if (hex != null) return hex;
        hex = file(abs);
        if (stat != null) store.put(stat, hex, wallNanos());
        return hex;
    }

    private static long wallNanos() {
        java.time.Instant now = java.time.Instant.now();
        return TimeUnit.SECONDS.toNanos(now.getEpochSecond()) + now.getNano();
    }

    private static void update(MessageDigest md, Path f) throws IOException {
        try (InputStream in = Files.newInputStream(f)) {
            update(md, in);
        }
    }

    private static String relative(Path dir, Path f) {
        return dir.relativize(f).toString().replace('\\', '/');
    }
}
