package org.bilex.core;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * File digests kept across processes under the file's stat data: read back while the file is
 * unchanged, hashed again after any write, even one that keeps the size and puts the modification
 * time back; not recorded while the file is "racy" (changed just before it was hashed).
 */
class FileHashCacheTest {

    @TempDir
    Path tmp;

    private Path file(String name, String text) throws IOException {
        Path f = tmp.resolve(name).toAbsolutePath().normalize();
        Files.writeString(f, text);
        Files.setLastModifiedTime(f, FileTime.fromMillis(1_700_000_000_000L));
        return f;
    }

    @Test
    void aLaterProcessReadsTheDigestOfAnUnchangedFileBack() throws IOException {
        Path cache = tmp.resolve("cache");
        Path f = file("cell.tsv", "CELL\tT cell\n");
        FileHashCache first = FileHashCache.open(cache, 0);
        assertNotNull(FileHashCache.stat(f), "this file system gives inode and ctime");
        assertEquals(Digests.file(f), Digests.stored(f, first));
        assertTrue(Files.isRegularFile(first.file()));

        FileHashCache second = FileHashCache.open(cache, 0);
        assertEquals(Digests.file(f), second.get(FileHashCache.stat(f)));
        // what is recorded is what is returned: a planted digest under the same stat key comes back
        String planted = "ab".repeat(32);
        Files.writeString(second.file(), FileHashCache.stat(f).key() + "\t" + planted + "\n");
        assertEquals(planted, Digests.stored(f, FileHashCache.open(cache, 0)));
    }

    @Test
    void aWriteThatKeepsSizeAndModificationTimeIsStillSeen() throws IOException, InterruptedException {
        Path cache = tmp.resolve("cache");
        Path f = file("gene.tsv", "GENE\tSTAT3\n");
        String before = Digests.stored(f, FileHashCache.open(cache, 0));
        Thread.sleep(50); // past the file system clock's tick, so the status-change time moves
        Files.writeString(f, "GENE\tSTAT5\n");
        Files.setLastModifiedTime(f, FileTime.fromMillis(1_700_000_000_000L));
        String after = Digests.stored(f, FileHashCache.open(cache, 0));
        assertNotEquals(before, after);
        assertEquals(Digests.file(f), after);
    }

    @Test
    void aFileChangedJustBeforeItsHashingIsNotRecorded() throws IOException {
        Path cache = tmp.resolve("cache");
        Path f = file("fresh.tsv", "CELL\tmacrophage\n");
        FileHashCache c = FileHashCache.open(cache, FileHashCache.RACY);
        assertEquals(Digests.file(f), Digests.stored(f, c));
        assertNull(FileHashCache.open(cache, FileHashCache.RACY).get(FileHashCache.stat(f)),
                "its status-change time is now: within the racy interval");
    }

    @Test
    void goneFilesAreDroppedAndADamagedCacheCountsAsEmpty() throws IOException {
        Path cache = tmp.resolve("cache");
        Path a = file("a.tsv", "a\n");
        Path b = file("b.tsv", "b\n");
        FileHashCache c = FileHashCache.open(cache, 0);
        Digests.stored(a, c);
        FileHashCache.Stat statA = FileHashCache.stat(a);
        Files.delete(a);
        Digests.stored(b, c);
        String text = Files.readString(c.file());
        assertFalse(text.contains(a.toString()), text);
        assertTrue(text.contains(b.toString()), text);
        assertNull(FileHashCache.open(cache, 0).get(statA));

        Files.writeString(c.file(), FileHashCache.stat(b).key() + "\tnot-a-digest\n");
        assertNull(FileHashCache.open(cache, 0).get(FileHashCache.stat(b)));
    }

    @Test
    void withoutACacheFolderFilesAreHashed() throws IOException {
        assertNull(FileHashCache.open(null, 0));
        Path f = file("x.tsv", "x\n");
        assertEquals(Digests.file(f), Digests.stored(f, null));
    }
}
