package org.bilex.batch;

import com.fasterxml.jackson.databind.JsonNode;
import org.bilex.output.JsonWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import static org.bilex.batch.BatchFixture.options;
import static org.bilex.batch.BatchFixture.outputs;
import static org.bilex.batch.BatchFixture.report;
import static org.bilex.batch.BatchFixture.status;
import static org.bilex.batch.BatchFixture.textPdf;
import static org.bilex.batch.BatchFixture.untimed;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Re-runs: skip what is unchanged, redo what changed, move renamed outputs, remove or keep orphans. */
class IncrementalTest {

    @TempDir
    Path tmp;

    /** Counts the files it really extracts. */
    static final class Counting implements Extractor {
        final AtomicInteger calls = new AtomicInteger();

        @Override
        public Extracted extract(Path pdf, String source, TaskGuard guard) throws org.bilex.pdf.PdfException, java.io.IOException {
            calls.incrementAndGet();
            return BatchFixture.extractor().extract(pdf, source, guard);
        }
    }

    Path corpus() throws Exception {
        Path in = tmp.resolve("in");
        textPdf(in.resolve("a.pdf"), "A", 1);
        textPdf(in.resolve("b.pdf"), "B", 2);
        textPdf(in.resolve("sub/c.pdf"), "C", 1);
        return in;
    }

    @Test
    void rerunOverUnchangedCorpusExtractsNothingAndKeepsEveryByte() throws Exception {
        Path in = corpus();
        Path out = tmp.resolve("out");
        Counting x = new Counting();
        RunReport first = new BatchFixture.Run(x).run(in, options(out));
        assertEquals(0, first.exitCode());
        assertEquals(3, x.calls.get());
        assertTrue(Files.isRegularFile(out.resolve("sub/c.json")), "subfolders are mirrored");
        Map<String, byte[]> before = BatchFixture.files(out, true);
        JsonNode report1 = report(out);

        Counting again = new Counting();
        RunReport second = new BatchFixture.Run(again).run(in, options(out).withJobs(1));
        assertEquals(0, second.exitCode());
        assertEquals(0, again.calls.get(), "nothing extracted");
        assertEquals(3, second.count(RunReport.SKIPPED));
        Map<String, byte[]> after = BatchFixture.files(out, true);
        assertEquals(before.keySet(), after.keySet());
        for (String k : before.keySet()) {
            if (k.equals(RunReport.FILE)) continue;
            assertArrayEquals(before.get(k), after.get(k), k + " is byte-identical");
        }
        assertFalse(after.containsKey(Manifest.JOURNAL), "the journal is folded into the manifest at the end");
        assertFalse(after.containsKey(BatchRunner.LOCK), "the lock is released and removed");
        JsonNode report2 = report(out);
        assertEquals("skipped", status(report2, "b.json"));
        assertEquals(untimed(report1).path("files").size(), untimed(report2).path("files").size());
        assertEquals(2, BatchFixture.file(report2, "b.json").path("pages").asInt(), "skipped files keep their figures");
    }

    @Test
    void outputsDoNotDependOnJobs() throws Exception {
        Path in = corpus();
        new BatchFixture.Run(BatchFixture.extractor()).run(in, options(tmp.resolve("one")).withJobs(1));
        new BatchFixture.Run(BatchFixture.extractor()).run(in, options(tmp.resolve("two")).withJobs(3));
        Map<String, byte[]> one = BatchFixture.files(tmp.resolve("one"), true);
        Map<String, byte[]> two = BatchFixture.files(tmp.resolve("two"), true);
        assertEquals(one.keySet(), two.keySet());
        for (String k : one.keySet()) {
            if (k.equals(RunReport.FILE)) continue;
            assertArrayEquals(one.get(k), two.get(k), k);
        }
        JsonNode r1 = untimed(report(tmp.resolve("one")));
        JsonNode r2 = untimed(report(tmp.resolve("two")));
        assertEquals(r1, r2, "reports agree but for their timing");
    }

    @Test
    void changedPdfIsExtractedAgainAndTheRestSkipped() throws Exception {
        Path in = corpus();
        Path out = tmp.resolve("out");
        new BatchFixture.Run(BatchFixture.extractor()).run(in, options(out));
        byte[] oldB = Files.readAllBytes(out.resolve("b.json"));
        textPdf(in.resolve("b.pdf"), "B changed", 2);
        Counting x = new Counting();
        RunReport r = new BatchFixture.Run(x).run(in, options(out));
        assertEquals(1, x.calls.get());
        assertEquals(RunReport.EXTRACTED, status(report(out), "b.json"));
        assertEquals(RunReport.SKIPPED, status(report(out), "a.json"));
        assertFalse(java.util.Arrays.equals(oldB, Files.readAllBytes(out.resolve("b.json"))));
        assertEquals(0, r.exitCode());
    }

    @Test
    void modelsOrVersionChangeRedoesEverythingAndForceToo() throws Exception {
        Path in = corpus();
        Path out = tmp.resolve("out");
        new BatchFixture.Run(BatchFixture.extractor()).run(in, options(out));
        Counting otherModels = new Counting();
        new BatchFixture.Run(otherModels, "0".repeat(64), BatchFixture.VERSION).run(in, options(out));
        assertEquals(3, otherModels.calls.get(), "a new models fingerprint redoes all");
        Counting otherVersion = new Counting();
        new BatchFixture.Run(otherVersion, "0".repeat(64), "9.9.9").run(in, options(out));
        assertEquals(3, otherVersion.calls.get(), "a new bilex version redoes all");
        Counting forced = new Counting();
        new BatchFixture.Run(forced, "0".repeat(64), "9.9.9").run(in, options(out).withForce(true));
        assertEquals(3, forced.calls.get(), "--force redoes all");
        Counting none = new Counting();
        new BatchFixture.Run(none, "0".repeat(64), "9.9.9").run(in, options(out));
        assertEquals(0, none.calls.get());
    }

    @Test
    void deletedOutputIsExtractedAgain() throws Exception {
        Path in = corpus();
        Path out = tmp.resolve("out");
        new BatchFixture.Run(BatchFixture.extractor()).run(in, options(out));
        byte[] a = Files.readAllBytes(out.resolve("a.json"));
        Files.delete(out.resolve("a.json"));
        Counting x = new Counting();
        new BatchFixture.Run(x).run(in, options(out));
        assertEquals(1, x.calls.get());
        assertArrayEquals(a, Files.readAllBytes(out.resolve("a.json")));
    }

    @Test
    void orphansAreRemovedOrKept() throws Exception {
        Path in = corpus();
        Path out = tmp.resolve("out");
        new BatchFixture.Run(BatchFixture.extractor()).run(in, options(out));
        Files.delete(in.resolve("sub/c.pdf"));

        BatchFixture.Run kept = new BatchFixture.Run(BatchFixture.extractor());
        RunReport r1 = kept.run(in, options(out).withKeepOrphans(true));
        assertEquals(0, r1.exitCode());
        assertTrue(Files.exists(out.resolve("sub/c.json")));
        assertEquals(List.of(new RunReport.Orphan("sub/c.json", in.resolve("sub/c.pdf").toString(), "kept")), r1.orphans());
        assertEquals("kept", report(out).path("orphans").get(0).path("action").asText());
        assertTrue(kept.err().contains("sub/c.json: kept"), kept.err());

        BatchFixture.Run removed = new BatchFixture.Run(BatchFixture.extractor());
        RunReport r2 = removed.run(in, options(out));
        assertFalse(Files.exists(out.resolve("sub/c.json")));
        assertEquals("removed", r2.orphans().get(0).action());
        assertEquals(1, report(out).path("totals").path("orphans_removed").asInt());
        assertFalse(new String(Files.readAllBytes(out.resolve(Manifest.FILE))).contains("c.json"));
        assertTrue(removed.err().contains("sub/c.json: removed"), removed.err());

        RunReport r3 = new BatchFixture.Run(BatchFixture.extractor()).run(in, options(out));
        assertTrue(r3.orphans().isEmpty(), "reported once, then gone");
    }

    @Test
    void orphansOfPdfsThatStillExistAreNotTouched() throws Exception {
        Path in = corpus();
        Path out = tmp.resolve("out");
        new BatchFixture.Run(BatchFixture.extractor()).run(in, options(out));
        // a run over one file only: the others are not orphans, their PDFs are still there
        RunReport r = new BatchFixture.Run(BatchFixture.extractor()).run(in.resolve("a.pdf"), options(out));
        assertTrue(r.orphans().isEmpty());
        assertTrue(Files.exists(out.resolve("b.json")));
    }

    @Test
    void renamedPdfIsMovedNotExtractedAndMatchesAFreshExtraction() throws Exception {
        Path in = corpus();
        Path out = tmp.resolve("out");
        new BatchFixture.Run(BatchFixture.extractor()).run(in, options(out));
        Files.move(in.resolve("b.pdf"), in.resolve("sub/b-renamed.pdf"));

        Counting x = new Counting();
        BatchFixture.Run run = new BatchFixture.Run(x);
        RunReport r = run.run(in, options(out));
        assertEquals(0, r.exitCode(), run.err());
        assertEquals(0, x.calls.get(), "nothing extracted");
        assertFalse(Files.exists(out.resolve("b.json")));
        JsonNode f = BatchFixture.file(report(out), "sub/b-renamed.json");
        assertEquals("renamed", f.path("status").asText());
        assertEquals("b.json", f.path("from").path("output").asText());
        assertTrue(r.orphans().isEmpty(), "a moved output is no orphan");

        Path fresh = tmp.resolve("fresh");
        new BatchFixture.Run(BatchFixture.extractor()).run(in, options(fresh));
        assertArrayEquals(Files.readAllBytes(fresh.resolve("sub/b-renamed.json")), Files.readAllBytes(out.resolve("sub/b-renamed.json")),
                "byte-identical to a fresh extraction under the new name");
        assertArrayEquals(Files.readAllBytes(fresh.resolve(Manifest.FILE)), Files.readAllBytes(out.resolve(Manifest.FILE)),
                "and so is the manifest");

        Counting y = new Counting();
        new BatchFixture.Run(y).run(in, options(out));
        assertEquals(0, y.calls.get(), "the next run skips it");
    }

    @Test
    void movedInputFolderRewritesSourcesWithoutExtraction() throws Exception {
        Path in = corpus();
        Path out = tmp.resolve("out");
        new BatchFixture.Run(BatchFixture.extractor()).run(in, options(out));
        Path moved = tmp.resolve("moved");
        Files.move(in, moved);
        Counting x = new Counting();
        RunReport r = new BatchFixture.Run(x).run(moved, options(out));
        assertEquals(0, x.calls.get());
        assertEquals(3, r.count(RunReport.RENAMED));
        Path fresh = tmp.resolve("fresh");
        new BatchFixture.Run(BatchFixture.extractor()).run(moved, options(fresh));
        assertEquals(outputs(fresh).keySet(), outputs(out).keySet());
        for (Map.Entry<String, byte[]> e : outputs(fresh).entrySet()) {
            assertArrayEquals(e.getValue(), outputs(out).get(e.getKey()), e.getKey());
        }
    }

    @Test
    void renameRewritesOnlyNameAndSource() throws Exception {
        Path pdf = textPdf(tmp.resolve("x.pdf"), "X", 1);
        byte[] json = BatchFixture.extractor().extract(pdf, "somewhere/x.pdf", TaskGuard.none()).json();
        Files.copy(pdf, tmp.resolve("y é.pdf"));
        byte[] fresh = BatchFixture.extractor().extract(tmp.resolve("y é.pdf"), "else\\where/y é \"q\".pdf", TaskGuard.none()).json();
        byte[] renamed = JsonWriter.rename(json, "y é", "else\\where/y é \"q\".pdf");
        assertArrayEquals(fresh, renamed);
    }

    @Test
    void editedOutputIsNotTrustedForARename() throws Exception {
        Path in = corpus();
        Path out = tmp.resolve("out");
        new BatchFixture.Run(BatchFixture.extractor()).run(in, options(out));
        Files.writeString(out.resolve("a.json"), Files.readString(out.resolve("a.json")).replace("Review", "Weview"));
        Files.move(in.resolve("a.pdf"), in.resolve("a2.pdf"));
        Counting x = new Counting();
        new BatchFixture.Run(x).run(in, options(out));
        assertEquals(1, x.calls.get(), "the edited output is not moved: the PDF is extracted");
        assertFalse(Files.exists(out.resolve("a.json")), "and the orphan is removed");
    }
}
