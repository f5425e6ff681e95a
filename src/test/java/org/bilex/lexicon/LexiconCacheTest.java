package org.bilex.lexicon;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** The compiled cache gives back the lexicon the files give, and changes with them. */
class LexiconCacheTest {

    @Test
    void cachedLexiconEqualsTheOneReadFromFiles(@TempDir Path tmp) throws Exception {
        Path dir = Path.of("models/lexicon/curated");
        Lexicon files = Lexicon.loadFiles(dir);
        Path cache = tmp.resolve("lexicon.bin");
        LexiconCache.write(files, cache);
        Lexicon cached = LexiconCache.read(cache, dir);
        assertEquals(files.senses(), cached.senses());
        assertEquals(files.canonicalMap(), cached.canonicalMap());
        assertEquals(files.xrefMap(), cached.xrefMap());
        assertEquals(files.chineseForms(), cached.chineseForms());
        assertEquals(files.stopList().reasons(), cached.stopList().reasons());
        assertEquals(files.priority(), cached.priority());
        assertEquals(files.lookup("IL-10"), cached.lookup("IL-10"));
        assertEquals(files.entries(), cached.entries()); // read from the files on demand
        // the matcher comes from the cache with its trie, and finds what a freshly built one finds
        assertEquals(files.matcher().nodes(), cached.matcher().nodes());
        for (String text : List.of("IL-10 and TNF-α from mesenchymal stem cells", "间充质干细胞分泌IL-10和TNF-α")) {
            var hits = cached.matcher().match(text, List.of());
            assertEquals(files.matcher().match(text, List.of()), hits, text);
            org.junit.jupiter.api.Assertions.assertFalse(hits.isEmpty(), text);
        }
    }

    @Test
    void fingerprintFollowsTheFiles(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("lex");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("a.tsv"), Lexicon.HEADER + "\nCELL\tx cell\t\tx cell\ten\tcurated\n");
        String a = LexiconCache.fingerprint(dir);
        Files.writeString(dir.resolve("a.tsv"), Lexicon.HEADER + "\nCELL\ty cell\t\ty cell\ten\tcurated\n");
        assertNotEquals(a, LexiconCache.fingerprint(dir));
        System.setProperty("bilex.lexicon.cache", tmp.resolve("cache").toString());
        try {
            Lexicon first = Lexicon.load(dir);   // writes the cache
            Lexicon second = Lexicon.load(dir);  // reads it
            assertEquals(first.senses(), second.senses());
            assertEquals(1, Files.list(tmp.resolve("cache")).count());
        } finally {
            System.clearProperty("bilex.lexicon.cache");
        }
    }

    @Test
    void aTruncatedCacheIsNotUsedButWrittenAgain(@TempDir Path tmp) throws Exception {
        Path dir = Path.of("models/lexicon/curated");
        System.setProperty("bilex.lexicon.cache", tmp.resolve("cache").toString());
        try {
            Lexicon first = Lexicon.load(dir); // writes the cache, and reads it back (mapped)
            // decoded now: the file is cut below, under the mapping (bilex itself replaces a cache file by a rename)
            java.util.Map<String, java.util.List<Sense>> firstSenses = new java.util.TreeMap<>(first.senses());
            // the first run goes on from the compiled form, as later runs do, not from the rows of the files
            org.junit.jupiter.api.Assertions.assertTrue(first.senses() instanceof PackedMap, first.senses().getClass().getName());
            assertEquals(Lexicon.loadFiles(dir).senses(), firstSenses);
            Path bin;
            try (var s = Files.list(tmp.resolve("cache"))) {
                bin = s.filter(p -> p.toString().endsWith(".bin")).findFirst().orElseThrow();
            }
            long size = Files.size(bin);
            try (var ch = java.nio.channels.FileChannel.open(bin, java.nio.file.StandardOpenOption.WRITE)) {
                ch.truncate(size / 2);
            }
            org.junit.jupiter.api.Assertions.assertThrows(java.io.IOException.class, () -> LexiconCache.read(bin, dir));
            Lexicon again = Lexicon.load(dir); // refuses the half file, builds from the files, writes it again
            assertEquals(firstSenses, again.senses());
            assertEquals(size, Files.size(bin));
            assertEquals(firstSenses, LexiconCache.read(bin, dir).senses());
        } finally {
            System.clearProperty("bilex.lexicon.cache");
        }
    }
}
