package org.bilex.core;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** The folder digest that names model fingerprints and the lexicon cache, with its per-process memory of file digests. */
class DigestsTest {

    private static String tree(Path dir) throws Exception {
        MessageDigest md = Digests.sha256();
        Digests.updateTree(md, dir, p -> p.toString().endsWith(".tsv"));
        return Digests.hex(md);
    }

    @Test
    void aFileDigestIsTheDigestOfItsBytesAndIsKeptOnlyWhileTheFileIsUnchanged(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("forms.tsv");
        Files.writeString(f, "形式\tform\tsource\n", StandardCharsets.UTF_8);
        String first = Digests.fileOnce(f);
        assertEquals(Digests.file(f), first);
        assertEquals(Digests.sha256(Files.readAllBytes(f)), first);
        assertEquals(first, Digests.fileOnce(f));
        // same size, other bytes, later time: read again
        Files.writeString(f, "形状\tshape\tsource\n", StandardCharsets.UTF_8);
        Files.setLastModifiedTime(f, FileTime.fromMillis(Files.getLastModifiedTime(f).toMillis() + 2000));
        String second = Digests.fileOnce(f);
        assertNotEquals(first, second);
        assertEquals(Digests.sha256(Files.readAllBytes(f)), second);
        // another size, time put back: read again
        FileTime t = Files.getLastModifiedTime(f);
        Files.writeString(f, "形状\tshape\tsource\textra\n", StandardCharsets.UTF_8);
        Files.setLastModifiedTime(f, t);
        assertEquals(Digests.sha256(Files.readAllBytes(f)), Digests.fileOnce(f));
    }

    @Test
    void theTreeDigestChangesWithAFileNameOrContentAndIgnoresOtherFiles(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("sub"));
        Files.writeString(dir.resolve("a.tsv"), "apoptosis\tPROCESS\n");
        Files.writeString(dir.resolve("sub/b.tsv"), "细胞凋亡\tPROCESS\n");
        Files.writeString(dir.resolve("notes.txt"), "not a model file\n");
        String before = tree(dir);
        assertEquals(before, tree(dir));
        Files.writeString(dir.resolve("notes.txt"), "still not a model file\n");
        assertEquals(before, tree(dir));

        Files.writeString(dir.resolve("sub/b.tsv"), "细胞自噬\tPROCESS\n");
        Files.setLastModifiedTime(dir.resolve("sub/b.tsv"), FileTime.fromMillis(System.currentTimeMillis() + 5000));
        String changed = tree(dir);
        assertNotEquals(before, changed);

        Files.move(dir.resolve("a.tsv"), dir.resolve("c.tsv"));
        assertNotEquals(changed, tree(dir));
    }
}
