package org.bilex.pipeline;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Code fingerprints kept across processes: a later process run from the same jar reads them back; a
 * rebuilt jar (other size or time), another jar path or another class path never sees them.
 */
class CodeFingerprintCacheTest {

    @TempDir
    Path tmp;

    private static final String FP = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";
    private static final String OTHER = "fedcba9876543210fedcba9876543210fedcba9876543210fedcba9876543210";

    private Path jar() throws IOException {
        Path jar = tmp.resolve("bilex.jar");
        Files.write(jar, new byte[] {'P', 'K', 3, 4, 1, 2, 3});
        Files.setLastModifiedTime(jar, FileTime.fromMillis(1_700_000_000_000L));
        return jar;
    }

    @Test
    void aLaterProcessOfTheSameJarReadsTheFingerprintsBack() throws IOException {
        Path cache = tmp.resolve("cache");
        Path jar = jar();
        CodeFingerprintCache first = CodeFingerprintCache.open(cache, jar, jar.toString());
        assertNotNull(first);
        assertNull(first.get("org.bilex.pdf.PdfBoxReader "));
        first.put("org.bilex.pdf.PdfBoxReader ", FP);
        first.put("org.bilex.pipeline.Pipeline org.bilex.output.JsonWriter ", OTHER);
        assertTrue(Files.isRegularFile(first.file()));

        CodeFingerprintCache second = CodeFingerprintCache.open(cache, jar, jar.toString());
        assertEquals(FP, second.get("org.bilex.pdf.PdfBoxReader "));
        assertEquals(OTHER, second.get("org.bilex.pipeline.Pipeline org.bilex.output.JsonWriter "));
        assertNull(second.get("org.bilex.text.LayoutTextCleaner "));
    }

    @Test
    void aRebuiltJarDoesNotSeeTheOldFingerprints() throws IOException {
        Path cache = tmp.resolve("cache");
        Path jar = jar();
        CodeFingerprintCache.open(cache, jar, jar.toString()).put("org.bilex.pdf.PdfBoxReader ", FP);

        // same size, another modification time (a rebuild with the same length)
        Files.setLastModifiedTime(jar, FileTime.fromMillis(1_700_000_001_000L));
        CodeFingerprintCache touched = CodeFingerprintCache.open(cache, jar, jar.toString());
        assertNull(touched.get("org.bilex.pdf.PdfBoxReader "));

        // another size, the old time restored
        Files.write(jar, new byte[] {9}, StandardOpenOption.APPEND);
        Files.setLastModifiedTime(jar, FileTime.fromMillis(1_700_000_000_000L));
        assertNull(CodeFingerprintCache.open(cache, jar, jar.toString()).get("org.bilex.pdf.PdfBoxReader "));

        // the same jar again (size and time as when it was recorded) still finds it
        Files.write(jar, new byte[] {'P', 'K', 3, 4, 1, 2, 3});
        Files.setLastModifiedTime(jar, FileTime.fromMillis(1_700_000_000_000L));
        assertEquals(FP, CodeFingerprintCache.open(cache, jar, jar.toString()).get("org.bilex.pdf.PdfBoxReader "));
    }

    @Test
    void anotherJarPathOrClassPathIsAnotherCache() throws IOException {
        Path cache = tmp.resolve("cache");
        Path jar = jar();
        CodeFingerprintCache a = CodeFingerprintCache.open(cache, jar, jar.toString());
        a.put("org.bilex.pdf.PdfBoxReader ", FP);
        Path copy = Files.copy(jar, tmp.resolve("copy.jar"));
        Files.setLastModifiedTime(copy, Files.getLastModifiedTime(jar));
        assertNull(CodeFingerprintCache.open(cache, copy, copy.toString()).get("org.bilex.pdf.PdfBoxReader "));
        CodeFingerprintCache moreOnPath = CodeFingerprintCache.open(cache, jar, jar + ":" + tmp.resolve("extra.jar"));
        assertNull(moreOnPath.get("org.bilex.pdf.PdfBoxReader "));
        assertNotEquals(a.file(), moreOnPath.file());
    }

    @Test
    void classesInAFolderOrNoCacheFolderAreNotCached() throws IOException {
        assertNull(CodeFingerprintCache.open(tmp.resolve("cache"), tmp, tmp.toString()), "a class folder");
        assertNull(CodeFingerprintCache.open(null, jar(), "x"), "the cache is off");
        assertNull(CodeFingerprintCache.open(tmp.resolve("cache"), tmp.resolve("missing.jar"), "x"));
    }

    @Test
    void aDamagedFileCountsAsEmpty() throws IOException {
        Path cache = tmp.resolve("cache");
        Path jar = jar();
        CodeFingerprintCache a = CodeFingerprintCache.open(cache, jar, "cp");
        a.put("org.bilex.pdf.PdfBoxReader ", FP);
        Files.writeString(a.file(), "org.bilex.pdf.PdfBoxReader \t0123\n");
        assertNull(CodeFingerprintCache.open(cache, jar, "cp").get("org.bilex.pdf.PdfBoxReader "));
        Files.writeString(a.file(), "no tab here\n");
        assertNull(CodeFingerprintCache.open(cache, jar, "cp").get("org.bilex.pdf.PdfBoxReader "));
    }

    @Test
    void theTestsRunFromAClassFolderSoFingerprintsAreComputed() {
        // the process's own classes are in target/classes: no cache, the fingerprint is the computed one
        assertNull(CodeFingerprintCache.forThisProcess());
        assertEquals(64, CodeFingerprint.of(Pipeline.class).length());
    }
}
