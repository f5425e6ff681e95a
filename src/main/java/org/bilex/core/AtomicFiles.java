package org.bilex.core;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Writes files so that a reader (or a run killed half way) never sees a partial one: the bytes go to
 * a hidden temporary file beside the target ({@code .NAME.HEX.tmp}), are forced to disk, and the
 * file is renamed over the target. A run killed between the two leaves only the temporary file,
 * which the next run deletes ({@link #deleteStale}).
 */
public final class AtomicFiles {

    private static final Pattern TEMP = Pattern.compile("\\..+\\.[0-9a-f]+\\.tmp");

    private AtomicFiles() {
    }

    /** Decides, just before the rename, whether the write may still replace the target. */
    @FunctionalInterface
    public interface Gate {
        /** false when the write must be dropped (e.g. its task timed out). */
        boolean tryCommit();
    }

    /** Writes bytes to a temporary file beside the target, forces it to disk, then renames it. */
    public static void write(Path target, byte[] bytes) throws IOException {
        write(target, bytes, () -> true);
    }

    /**
     * As {@link #write(Path, byte[])}, but the rename happens only if {@code guard} lets the task
     * commit (a batch run's {@code TaskGuard}); a cancelled (timed-out) task deletes its temporary file and throws
     * {@link CancellationException}, so it can never replace an output after its time ran out.
     */
    public static void write(Path target, byte[] bytes, Gate guard) throws IOException {
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        Path tmp = dir.resolve("." + target.getFileName() + "." + Long.toHexString(System.nanoTime()) + ".tmp");
        Files.createFile(tmp);
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                ByteBuffer buf = ByteBuffer.wrap(bytes);
                while (buf.hasRemaining()) ch.write(buf);
                ch.force(true);
            }
            if (!guard.tryCommit()) throw new CancellationException("the file's time limit ran out");
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** Whether a file name is one of this class's temporary files. */
    public static boolean isTemp(Path file) {
        return TEMP.matcher(file.getFileName().toString()).matches();
    }

    /** Deletes temporary files left under dir by a run that was killed; returns them. */
    public static List<Path> deleteStale(Path dir) throws IOException {
        List<Path> stale = new ArrayList<>();
        if (!Files.isDirectory(dir)) return stale;
        try (Stream<Path> s = Files.walk(dir)) {
            s.filter(f -> Files.isRegularFile(f) && isTemp(f)).forEach(stale::add);
        }
        for (Path f : stale) Files.deleteIfExists(f);
        return stale;
    }
}
