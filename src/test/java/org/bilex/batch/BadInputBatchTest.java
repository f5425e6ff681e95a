package org.bilex.batch;

import org.bilex.pipeline.Pipeline;
import org.bilex.core.AtomicFiles;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.bilex.batch.BatchFixture.file;
import static org.bilex.batch.BatchFixture.options;
import static org.bilex.batch.BatchFixture.outputs;
import static org.bilex.batch.BatchFixture.report;
import static org.bilex.batch.BatchFixture.status;
import static org.bilex.batch.BatchFixture.textPdf;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Broken, hostile and disappearing files, and outputs that cannot be written: the run finishes, the
 * report is right, every failure is one line on stderr, and nothing already written is lost.
 */
class BadInputBatchTest {

    @TempDir
    static Path shared;
    static Path bad;
    static Path out;
    static RunReport result;
    static BatchFixture.Run run;
    static byte[] goodBefore;

    /** One run over a folder of every kind of bad file, next to good ones. */
    @BeforeAll
    static void runOverBadFolder() throws Exception {
        bad = shared.resolve("bad");
        Path good = textPdf(bad.resolve("good.pdf"), "good", 2);
        Path three = textPdf(shared.resolve("three.pdf"), "three", 3);
        BatchFixture.encrypted(good, bad.resolve("locked.pdf"), "secret");
        BatchFixture.encrypted(textPdf(shared.resolve("o.pdf"), "owner", 1), bad.resolve("owner-only.pdf"), null);
        for (double f : new double[]{0.05, 0.5, 0.95}) {
            BatchFixture.truncated(three, bad.resolve("cut-" + Math.round(f * 100) + ".pdf"), f);
        }
        Files.write(bad.resolve("empty.pdf"), new byte[0]);
        Files.writeString(bad.resolve("notes.pdf"), "These are notes, not a PDF.\n".repeat(50));
        BatchFixture.imageOnly(bad.resolve("image-only.pdf"));
        BatchFixture.blankPages(bad.resolve("blank-2000.pdf"), 2000);
        BatchFixture.bomb(bad.resolve("bomb.pdf"), 80);
        BatchFixture.deeplyNested(bad.resolve("nested.pdf"), 5000);
        // an output written before, whose PDF is then cut short: the old output must survive
        Path before = shared.resolve("out");
        textPdf(bad.resolve("was-good.pdf"), "was good", 1);
        new BatchFixture.Run(BatchFixture.extractor()).run(bad.resolve("was-good.pdf"), options(before));
        goodBefore = Files.readAllBytes(before.resolve("was-good.json"));
        BatchFixture.truncated(three, bad.resolve("was-good.pdf"), 0.5);

        out = before;
        run = BatchFixture.run();
        result = run.run(bad, options(out));
    }

    @Test
    void theRunFinishesWithExitOneAndTheGoodFilesExtracted() throws Exception {
        assertEquals(BatchRunner.FAILED, result.exitCode(), run.err());
        assertEquals("extracted", status(report(out), "good.json"));
        assertEquals("extracted", status(report(out), "owner-only.json"), "owner password only: read normally");
        assertTrue(Files.isRegularFile(out.resolve("good.json")));
        assertTrue(Files.isRegularFile(out.resolve("owner-only.json")));
        assertEquals(1, report(out).path("exit_code").asInt());
    }

    @Test
    void eachBadFileHasItsReason() throws Exception {
        JsonNode r = report(out);
        Map<String, String> expected = Map.ofEntries(
                Map.entry("locked.json", "encrypted"),
                Map.entry("cut-5.json", "truncated"), Map.entry("cut-50.json", "truncated"),
                Map.entry("empty.json", "empty-file"),
                Map.entry("notes.json", "not-a-pdf"),
                Map.entry("image-only.json", "no-text"),
                Map.entry("blank-2000.json", "too-large"),
                Map.entry("bomb.json", "too-large"),
                Map.entry("was-good.json", "truncated"));
        for (Map.Entry<String, String> e : expected.entrySet()) {
            JsonNode f = file(r, e.getKey());
            assertEquals("failed", f.path("status").asText(), e.getKey());
            assertEquals(e.getValue(), f.path("reason").asText(), e.getKey() + ": " + f);
            assertFalse(f.path("error_class").asText().isEmpty(), e.getKey());
            assertFalse(f.path("message").asText().isEmpty(), e.getKey());
            if (!e.getKey().equals("was-good.json")) assertFalse(Files.exists(out.resolve(e.getKey())), e.getKey());
        }
        assertTrue(file(r, "bomb.json").path("message").asText().contains("decompresses"), file(r, "bomb.json").toString());
        // cut at 95%, this small file loses only its cross-reference table and trailer: every page is
        // there, and it is read whole (as Poppler reads it), not refused as truncated
        assertEquals("extracted", file(r, "cut-95.json").path("status").asText(), file(r, "cut-95.json").toString());
        assertEquals(3, file(r, "cut-95.json").path("pages").asInt());
        assertEquals("org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException", file(r, "locked.json").path("error_class").asText());
        // deep nesting: PDFBox stops at its recursion limit and would read the page as empty ("no-text");
        // a page object it cannot read makes the file damaged (issue 14)
        assertEquals("damaged", file(r, "nested.json").path("reason").asText(), file(r, "nested.json").toString());
        assertTrue(file(r, "nested.json").path("message").asText().contains("page of the page tree cannot be read"));
        assertEquals(expected.size() + 1, r.path("totals").path("failed").asInt());
    }

    @Test
    void everyFailureIsOneLineNamingTheFileAndTheReason() {
        List<String> lines = run.errLines();
        for (RunReport.FileResult f : result.files()) {
            if (!f.status().equals("failed")) continue;
            List<String> mine = lines.stream().filter(l -> l.startsWith("bilex: " + f.pdf() + ": ")).toList();
            assertEquals(1, mine.size(), f.pdf() + " in\n" + run.err());
            assertTrue(mine.get(0).startsWith("bilex: " + f.pdf() + ": " + f.failure().reason() + ": "), mine.get(0));
        }
    }

    @Test
    void anOutputWrittenBeforeSurvivesItsPdfGoingBad() throws Exception {
        assertArrayEquals(goodBefore, Files.readAllBytes(out.resolve("was-good.json")));
    }

    @Test
    void noTemporaryFilesAreLeft() throws Exception {
        for (String name : BatchFixture.files(out, true).keySet()) {
            assertFalse(AtomicFiles.isTemp(Path.of(name)), name);
        }
    }

    @Test
    void lastingFailuresAreRememberedAndNotTriedAgain(@TempDir Path tmp) throws Exception {
        Path in = tmp.resolve("in");
        Path good = textPdf(in.resolve("good.pdf"), "g", 1);
        BatchFixture.encrypted(good, in.resolve("locked.pdf"), "pw");
        Path o = tmp.resolve("out");
        new BatchFixture.Run(BatchFixture.extractor()).run(in, options(o));
        IncrementalTest.Counting x = new IncrementalTest.Counting();
        BatchFixture.Run again = new BatchFixture.Run(x);
        RunReport r = again.run(in, options(o));
        assertEquals(0, x.calls.get(), "neither the good nor the encrypted file is read again");
        assertEquals(BatchRunner.FAILED, r.exitCode(), "still a failure");
        JsonNode f = file(report(o), "locked.json");
        assertEquals("encrypted", f.path("reason").asText());
        assertTrue(f.path("cached").asBoolean());
        assertTrue(again.err().contains("locked.pdf: encrypted: "), again.err());
        x.calls.set(0);
        new BatchFixture.Run(x).run(in, options(o).withForce(true));
        assertEquals(2, x.calls.get(), "--force tries again");
    }

    @Test
    void twoThousandBlankPagesUnderAHigherPageLimitFailFastAsNoText(@TempDir Path tmp) throws Exception {
        Path in = tmp.resolve("in");
        Files.createDirectories(in);
        Files.copy(bad.resolve("blank-2000.pdf"), in.resolve("blank.pdf"));
        Extractor noLimit = Extractor.of(BatchFixture.pipeline().withReader(new org.bilex.pdf.PdfBoxReader(
                org.bilex.pdf.PdfOptions.defaults().withOcr(false).withMaxPages(5000))));
        RunReport r = new BatchFixture.Run(noLimit).run(in, options(tmp.resolve("out")));
        assertEquals("no-text", r.files().get(0).failure().reason());
    }

    @Test
    void fileThatVanishesOrBecomesUnreadableMidRun(@TempDir Path tmp) throws Exception {
        Path in = tmp.resolve("in");
        textPdf(in.resolve("a.pdf"), "a", 1);
        textPdf(in.resolve("b.pdf"), "b", 1);
        textPdf(in.resolve("c.pdf"), "c", 1);
        textPdf(in.resolve("d.pdf"), "d", 1);
        Path o = tmp.resolve("out");
        new BatchFixture.Run(BatchFixture.extractor()).run(in, options(o));
        Map<String, byte[]> first = outputs(o);
        textPdf(in.resolve("b.pdf"), "b2", 1);
        textPdf(in.resolve("c.pdf"), "c2", 1);
        textPdf(in.resolve("d.pdf"), "d2", 1);
        boolean root = "root".equals(System.getProperty("user.name"));
        Extractor sabotage = (pdf, source, guard) -> {
            if (pdf.getFileName().toString().equals("b.pdf")) {
                Files.delete(in.resolve("c.pdf")); // vanishes after it was listed and hashed
                if (root) { // root reads anything: make it a folder instead
                    Files.delete(in.resolve("d.pdf"));
                    Files.createDirectory(in.resolve("d.pdf"));
                } else {
                    Files.setPosixFilePermissions(in.resolve("d.pdf"), PosixFilePermissions.fromString("---------"));
                }
            }
            return BatchFixture.extractor().extract(pdf, source, guard);
        };
        BatchFixture.Run r = new BatchFixture.Run(sabotage);
        RunReport rep = r.run(in, options(o).withJobs(1));
        assertEquals(BatchRunner.FAILED, rep.exitCode());
        JsonNode j = report(o);
        assertEquals("skipped", status(j, "a.json"));
        assertEquals("extracted", status(j, "b.json"));
        assertEquals("vanished", file(j, "c.json").path("reason").asText(), r.err());
        assertEquals("unreadable", file(j, "d.json").path("reason").asText(), r.err());
        assertArrayEquals(first.get("c.json"), Files.readAllBytes(o.resolve("c.json")), "nothing written is lost");
        assertArrayEquals(first.get("d.json"), Files.readAllBytes(o.resolve("d.json")));
        assertTrue(r.err().contains("c.pdf: vanished: "), r.err());
    }

    @Test
    void readOnlyOutputFolder(@TempDir Path tmp) throws Exception {
        Path in = tmp.resolve("in");
        textPdf(in.resolve("a.pdf"), "a", 1);
        Path o = tmp.resolve("out");
        new BatchFixture.Run(BatchFixture.extractor()).run(in, options(o));
        Map<String, byte[]> before = BatchFixture.files(o, true);
        textPdf(in.resolve("a.pdf"), "a changed", 1);
        textPdf(in.resolve("b.pdf"), "b", 1);
        boolean immutable = makeReadOnly(o);
        try {
            assumeTrue(!canCreateFileIn(o), "cannot make a folder read-only here");
            BatchFixture.Run r = new BatchFixture.Run(BatchFixture.extractor());
            RunReport rep = r.run(in, options(o));
            assertEquals(BatchRunner.FAILED, rep.exitCode());
            assertTrue(r.err().contains("the output folder cannot be written"), r.err());
            assertEquals(1, r.errLines().size(), "one line, not one per file: " + r.err());
        } finally {
            undoReadOnly(o, immutable);
        }
        Map<String, byte[]> after = BatchFixture.files(o, true);
        assertEquals(before.keySet(), after.keySet());
        for (String k : before.keySet()) assertArrayEquals(before.get(k), after.get(k), k);
    }

    /** chattr +i when root (root ignores permission bits), else chmod a-w. Returns whether chattr was used. */
    static boolean makeReadOnly(Path dir) throws Exception {
        if ("root".equals(System.getProperty("user.name"))) {
            Process p = new ProcessBuilder("chattr", "+i", dir.toString()).redirectErrorStream(true).start();
            if (p.waitFor() == 0) return true;
        }
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("r-xr-xr-x"));
        return false;
    }

    static void undoReadOnly(Path dir, boolean immutable) throws Exception {
        if (immutable) new ProcessBuilder("chattr", "-i", dir.toString()).start().waitFor();
        Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    static boolean canCreateFileIn(Path dir) {
        try {
            Path p = Files.createTempFile(dir, "probe", ".tmp");
            Files.delete(p);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Test
    void diskFullInjected(@TempDir Path tmp) throws Exception {
        Path in = tmp.resolve("in");
        textPdf(in.resolve("a.pdf"), "a", 1);
        textPdf(in.resolve("b.pdf"), "b", 1);
        Path o = tmp.resolve("out");
        new BatchFixture.Run(BatchFixture.extractor()).run(in, options(o));
        byte[] b = Files.readAllBytes(o.resolve("b.json"));
        byte[] manifest = Files.readAllBytes(o.resolve(Manifest.FILE));
        textPdf(in.resolve("b.pdf"), "b changed", 1);
        textPdf(in.resolve("c.pdf"), "c", 1);
        BatchFixture.Run r = new BatchFixture.Run(BatchFixture.extractor());
        r.runner.withWriter((target, bytes, guard) -> {
            if (target.getFileName().toString().equals("b.json")) {
                // what the atomic write sees when the disk fills: a temporary file half written, then ENOSPC
                Path half = target.resolveSibling(".b.json.1234abcd.tmp");
                Files.write(half, java.util.Arrays.copyOf(bytes, bytes.length / 2));
                Files.delete(half);
                throw new FileSystemException(half.toString(), null, "No space left on device");
            }
            AtomicFiles.write(target, bytes, guard);
        });
        RunReport rep = r.run(in, options(o));
        assertEquals(BatchRunner.FAILED, rep.exitCode());
        JsonNode j = report(o);
        assertEquals("disk-full", file(j, "b.json").path("reason").asText());
        assertEquals("java.nio.file.FileSystemException", file(j, "b.json").path("error_class").asText());
        assertEquals("extracted", status(j, "c.json"));
        assertArrayEquals(b, Files.readAllBytes(o.resolve("b.json")), "the previous output is unchanged");
        assertNotEquals(new String(manifest), new String(Files.readAllBytes(o.resolve(Manifest.FILE))), "c was recorded");
        assertTrue(new String(Files.readAllBytes(o.resolve(Manifest.FILE))).contains(
                BatchFixture.JSON.readTree(manifest).path("files").path("b.json").path("sha256").asText()),
                "b keeps its old entry, so the next run redoes it");
        IncrementalTest.Counting x = new IncrementalTest.Counting();
        new BatchFixture.Run(x).run(in, options(o));
        assertEquals(1, x.calls.get(), "only b is redone");
    }

    /** A real ENOSPC on a tiny tmpfs; needs root (mount), skipped elsewhere. */
    @Test
    void diskFullOnATinyFileSystem(@TempDir Path tmp) throws Exception {
        assumeTrue("root".equals(System.getProperty("user.name")), "mounting a tmpfs needs root");
        Path in = tmp.resolve("in");
        textPdf(in.resolve("a.pdf"), "a", 1);
        textPdf(in.resolve("big.pdf"), "big", 16);
        textPdf(in.resolve("c.pdf"), "c", 1);
        Path sizes = tmp.resolve("sizes");
        new BatchFixture.Run(BatchFixture.extractor()).run(in, options(sizes));
        long big = Files.size(sizes.resolve("big.json"));
        long rest = 0;
        for (String f : List.of("a.json", "c.json", Manifest.FILE, RunReport.FILE)) rest += Files.size(sizes.resolve(f));
        long pages = (rest + 4095) / 4096 * 2 + 4; // room for the small files, the manifest and its temporary copy, the report
        assumeTrue(big > (pages + 2) * 4096, "the big output must not fit: " + big + " bytes, rest " + rest);
        Path o = tmp.resolve("tiny");
        Files.createDirectories(o);
        Process mount = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=" + pages * 4 + "k", "tmpfs", o.toString())
                .redirectErrorStream(true).start();
        assumeTrue(mount.waitFor() == 0, "mount failed: " + new String(mount.getInputStream().readAllBytes()));
        try {
            BatchFixture.Run r = new BatchFixture.Run(BatchFixture.extractor());
            RunReport rep = r.run(in, options(o).withJobs(1));
            assertEquals(BatchRunner.FAILED, rep.exitCode(), r.err());
            JsonNode j = report(o);
            assertEquals("disk-full", file(j, "big.json").path("reason").asText(), r.err());
            assertEquals("extracted", status(j, "a.json"));
            assertEquals("extracted", status(j, "c.json"));
            assertFalse(Files.exists(o.resolve("big.json")));
            assertArrayEquals(Files.readAllBytes(sizes.resolve("a.json")), Files.readAllBytes(o.resolve("a.json")));
            for (String name : BatchFixture.files(o, true).keySet()) assertFalse(AtomicFiles.isTemp(Path.of(name)), name);
        } finally {
            new ProcessBuilder("umount", o.toString()).start().waitFor();
        }
    }

    @Test
    void fileThatHangsTimesOutAndCanNeverWrite(@TempDir Path tmp) throws Exception {
        Path in = tmp.resolve("in");
        textPdf(in.resolve("a.pdf"), "a", 1);
        textPdf(in.resolve("hang.pdf"), "hang", 1);
        textPdf(in.resolve("z.pdf"), "z", 1);
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch checked = new CountDownLatch(1);
        AtomicBoolean interrupted = new AtomicBoolean();
        AtomicBoolean stoppedAtCheckpoint = new AtomicBoolean();
        // the other files are extracted beforehand by the real pipeline, so that the 300 ms limit the run
        // needs for the hanging file never catches them on a loaded machine (it did at load 20)
        Map<String, Extractor.Extracted> ready = new java.util.HashMap<>();
        for (String n : List.of("a.pdf", "z.pdf")) {
            String source = PdfInputs.displayPath(in.resolve(n));
            ready.put(source, BatchFixture.extractor().extract(in.resolve(n), source, TaskGuard.none()));
        }
        Extractor x = (pdf, source, guard) -> {
            if (!pdf.getFileName().toString().equals("hang.pdf")) {
                guard.checkpoint();
                Extractor.Extracted e = ready.get(source);
                assertNotNull(e, "extracted beforehand with the source the run gives: " + source);
                return e;
            }
            {
                try {
                    Thread.sleep(120_000); // like a waiting tesseract: interruptible
                } catch (InterruptedException e) {
                    interrupted.set(true);
                }
                while (true) { // like PDFBox: deaf to interrupts
                    try {
                        if (release.await(60, TimeUnit.SECONDS)) break;
                    } catch (InterruptedException e) {
                        // keep going
                    }
                }
                try {
                    guard.checkpoint();
                } catch (java.util.concurrent.CancellationException e) {
                    stoppedAtCheckpoint.set(true);
                    throw e;
                } finally {
                    checked.countDown();
                }
            }
            throw new AssertionError("the hanging file goes on after its checkpoint");
        };
        Path o = tmp.resolve("out");
        BatchFixture.Run r = new BatchFixture.Run(x);
        RunReport rep = r.run(in, options(o).withJobs(1).withTimeout(Duration.ofMillis(300)));
        JsonNode j = report(o);
        assertEquals("timeout", file(j, "hang.json").path("reason").asText());
        assertEquals("java.util.concurrent.TimeoutException", file(j, "hang.json").path("error_class").asText());
        assertEquals("extracted", status(j, "z.json"), "the slot of the abandoned file went to the next one");
        assertEquals(BatchRunner.FAILED, rep.exitCode());
        assertTrue(interrupted.get(), "the task was interrupted");
        assertTrue(r.err().contains("hang.pdf: timeout: "), r.err());
        release.countDown();
        assertTrue(checked.await(60, TimeUnit.SECONDS));
        assertTrue(stoppedAtCheckpoint.get(), "the abandoned task stops at its next checkpoint");
        assertFalse(Files.exists(o.resolve("hang.json")));
    }

    @Test
    void aStuckAbandonedTaskHoldsASlotButNotTheRun(@TempDir Path tmp) throws Exception {
        Path in = tmp.resolve("in");
        textPdf(in.resolve("a-stuck.pdf"), "stuck", 1);
        for (String n : List.of("b", "c", "d", "e")) textPdf(in.resolve(n + ".pdf"), n, 1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger now = new AtomicInteger();
        AtomicInteger max = new AtomicInteger();
        Extractor x = (pdf, source, guard) -> {
            if (pdf.getFileName().toString().startsWith("a-stuck")) {
                while (true) { // deaf to interrupts, ends only when the test lets it
                    try {
                        if (release.await(60, TimeUnit.SECONDS)) break;
                    } catch (InterruptedException e) {
                        // keep going
                    }
                }
                guard.checkpoint();
            }
            max.accumulateAndGet(now.incrementAndGet(), Math::max);
            try {
                return BatchFixture.extractor().extract(pdf, source, guard);
            } finally {
                now.decrementAndGet();
            }
        };
        try {
            RunReport r = new BatchFixture.Run(x).run(in, options(tmp.resolve("out")).withJobs(2)
                    .withTimeout(Duration.ofSeconds(3)));
            assertEquals(4, r.count(RunReport.EXTRACTED));
            assertEquals("timeout", r.files().get(0).failure().reason());
            assertEquals(1, max.get(), "the stuck task kept one of the two slots");
        } finally {
            release.countDown();
        }
    }

    @Test
    void aCancelledTaskCannotRenameItsOutput(@TempDir Path tmp) throws Exception {
        Path target = tmp.resolve("x.json");
        Files.writeString(target, "old");
        TaskGuard g = new TaskGuard();
        assertTrue(g.cancel());
        assertFalse(g.tryCommit());
        assertThrows(java.util.concurrent.CancellationException.class, () -> AtomicFiles.write(target, "new".getBytes(), g));
        assertEquals("old", Files.readString(target));
        assertEquals(List.of("x.json"), BatchFixture.files(tmp, true).keySet().stream().toList(), "no temporary file left");
        TaskGuard committed = new TaskGuard();
        assertTrue(committed.tryCommit());
        assertFalse(committed.cancel(), "a committing task is not cancelled");
    }

    @Test
    void aBugInOneFileDoesNotSinkTheRun(@TempDir Path tmp) throws Exception {
        Path in = tmp.resolve("in");
        textPdf(in.resolve("a.pdf"), "a", 1);
        textPdf(in.resolve("b.pdf"), "b", 1);
        AtomicInteger n = new AtomicInteger();
        Extractor x = (pdf, source, guard) -> {
            if (pdf.getFileName().toString().equals("a.pdf")) throw new IllegalStateException("boom\nsecond line");
            if (pdf.getFileName().toString().equals("b.pdf") && n.incrementAndGet() == 1) throw new StackOverflowError();
            return BatchFixture.extractor().extract(pdf, source, guard);
        };
        BatchFixture.Run r = new BatchFixture.Run(x);
        r.run(in, options(tmp.resolve("out")));
        JsonNode j = report(tmp.resolve("out"));
        assertEquals("internal-error", file(j, "a.json").path("reason").asText());
        assertEquals("boom second line", file(j, "a.json").path("message").asText());
        assertEquals("too-complex", file(j, "b.json").path("reason").asText());
        assertEquals(2, r.errLines().size(), r.err());
        // the internal error's stack trace is kept for the user to report, and the report names it
        Path trace = tmp.resolve("out").resolve(BatchRunner.ERRORS).resolve("a.txt");
        assertEquals(trace.toString(), file(j, "a.json").path("stack_trace").asText());
        String t = Files.readString(trace);
        assertTrue(t.contains("java.lang.IllegalStateException: boom") && t.contains("\tat "), t);
        assertTrue(r.errLines().stream().anyMatch(l -> l.contains("a.pdf: internal-error") && l.contains(trace.toString())), r.err());
        assertTrue(file(j, "b.json").path("stack_trace").isMissingNode(), "too-complex is the PDF's, not a bug");
    }

    @Test
    void aContainedStageKeepsTheDocumentAndItsTrace(@TempDir Path tmp) throws Exception {
        Path in = tmp.resolve("in");
        textPdf(in.resolve("a.pdf"), "a", 1);
        Extractor x = (pdf, source, guard) -> {
            Extractor.Extracted e = BatchFixture.extractor().extract(pdf, source, guard);
            return new Extractor.Extracted(e.json(), e.sha256(), e.pages(), e.sentences(), e.entities(), 0,
                    List.of(new StringIndexOutOfBoundsException("begin -1, end 7, length 9")));
        };
        BatchFixture.Run r = new BatchFixture.Run(x);
        r.run(in, options(tmp.resolve("out")));
        JsonNode j = report(tmp.resolve("out"));
        assertEquals("extracted", file(j, "a.json").path("status").asText());
        Path trace = tmp.resolve("out").resolve(BatchRunner.ERRORS).resolve("a.txt");
        assertEquals(trace.toString(), file(j, "a.json").path("stack_trace").asText());
        assertTrue(Files.readString(trace).contains("StringIndexOutOfBoundsException: begin -1"));
        assertEquals(1, r.errLines().size(), r.err());
        assertTrue(r.errLines().get(0).contains("warning") && r.errLines().get(0).contains(trace.toString()), r.err());
        // extracted cleanly later: the stale trace goes
        new BatchFixture.Run(BatchFixture.extractor()).run(in, options(tmp.resolve("out")).withForce(true));
        assertFalse(Files.exists(trace));
    }
}
