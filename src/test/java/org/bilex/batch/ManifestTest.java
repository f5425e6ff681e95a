package org.bilex.batch;

import org.bilex.core.Failure;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The manifest and its journal: replay, a line cut by a kill, damage, determinism. */
class ManifestTest {

    @TempDir
    Path dir;

    static Manifest.Entry entry(String pdf, String sha) {
        return Manifest.Entry.extracted(pdf, sha, "m", "v", 3, 10, 5, 2, "o" + sha, 1234);
    }

    @Test
    void journalIsReplayedAndALineCutShortIsIgnored() throws Exception {
        List<String> warnings = new ArrayList<>();
        Manifest m = Manifest.load(dir, warnings::add);
        m.put("a.json", entry("in/a.pdf", "1"));
        m.put("b.json", entry("in/b.pdf", "2"));
        m.remove("a.json");
        m.put("c.json", Manifest.Entry.failed("in/c.pdf", "3", "m", "v", new Failure("encrypted", "needs a password", "X")));
        m.close(); // killed: no compaction
        Files.writeString(dir.resolve(Manifest.JOURNAL), "{\"put\":\"d.json\",\"entry\":{\"pdf\":\"in/d", StandardCharsets.UTF_8,
                StandardOpenOption.APPEND);

        Manifest again = Manifest.load(dir, warnings::add);
        assertEquals(List.of("b.json", "c.json"), List.copyOf(again.entries().keySet()));
        assertEquals(entry("in/b.pdf", "2"), again.get("b.json"));
        assertEquals("encrypted", again.get("c.json").reason());
        assertNull(again.get("d.json"));
        assertTrue(again.hasJournal());
        again.compact();
        assertFalse(again.hasJournal());
        again.put("e.json", entry("in/e.pdf", "5"));
        again.close();
        Manifest third = Manifest.load(dir, warnings::add);
        assertEquals(List.of("b.json", "c.json", "e.json"), List.copyOf(third.entries().keySet()),
                "what is appended after a compaction is not lost behind the cut line");
        assertEquals(List.of(), warnings);
    }

    @Test
    void damagedManifestIsReportedAndIgnored() throws Exception {
        Files.writeString(dir.resolve(Manifest.FILE), "{\"schema\": \"bilex-manifest/1\", \"files\": {\"a.json\": {");
        List<String> warnings = new ArrayList<>();
        Manifest m = Manifest.load(dir, warnings::add);
        assertTrue(m.entries().isEmpty());
        assertEquals(1, warnings.size());
        assertTrue(warnings.get(0).contains("damaged manifest ignored"), warnings.get(0));
    }

    @Test
    void bytesDependOnlyOnTheEntries() throws Exception {
        Manifest a = Manifest.empty(dir);
        Manifest b = Manifest.empty(dir.resolve("other"));
        Files.createDirectories(dir.resolve("other"));
        a.put("x.json", entry("in/x.pdf", "1"));
        a.put("sub/y.json", entry("in/sub/y.pdf", "2"));
        b.put("sub/y.json", entry("in/sub/y.pdf", "2"));
        b.put("x.json", entry("in/x.pdf", "1"));
        assertArrayEquals(a.toJson(), b.toJson());
        a.compact();
        b.close();
        Manifest back = Manifest.load(dir, w -> { });
        assertEquals(a.entries(), back.entries());
    }
}
