package org.bilex.batch;

import com.fasterxml.jackson.databind.JsonNode;
import org.bilex.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.bilex.batch.BatchFixture.options;
import static org.bilex.batch.BatchFixture.textPdf;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Exit codes, --help, --check (which writes nothing), the report's contents and the progress display. */
class CliAndCheckTest {

    @TempDir
    Path tmp;

    /** Runs the CLI in this JVM, returning the exit status and what it printed on stderr. */
    static Object[] cli(String... args) {
        PrintStream old = System.err;
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        System.setErr(new PrintStream(b, true, StandardCharsets.UTF_8));
        try {
            int code = Main.run(args);
            return new Object[]{code, b.toString(StandardCharsets.UTF_8)};
        } finally {
            System.setErr(old);
        }
    }

    @Test
    void usageErrorsExitTwo() throws Exception {
        Path empty = Files.createDirectories(tmp.resolve("empty"));
        Path in = tmp.resolve("in");
        textPdf(in.resolve("a.pdf"), "a", 1);
        assertEquals(2, cli("extract", "--no-such-option", in.toString())[0]);
        assertEquals(2, cli("extract", "-o", tmp.resolve("o").toString(), empty.toString())[0], "no PDF found");
        Object[] missing = cli("extract", "-o", tmp.resolve("o").toString(), tmp.resolve("nope").toString());
        assertEquals(2, missing[0]);
        assertTrue(((String) missing[1]).contains("no such file or folder"), (String) missing[1]);
        assertEquals(2, cli("extract", "--models", tmp.resolve("no-models").toString(), in.toString())[0], "models missing");
        assertEquals(2, cli("extract", "--jobs", "0", in.toString())[0]);
        assertEquals(2, cli("extract", "--timeout", "soon", in.toString())[0]);
        assertEquals(2, cli("extract", "--progress", "fancy", in.toString())[0]);
        Files.createDirectories(tmp.resolve("x"));
        textPdf(tmp.resolve("x/a.pdf"), "other a", 1);
        Object[] clash = cli("extract", "-o", tmp.resolve("o").toString(), in.resolve("a.pdf").toString(), tmp.resolve("x/a.pdf").toString());
        assertEquals(2, clash[0], "two PDFs for one output");
        assertTrue(((String) clash[1]).contains("would both write a.json"), (String) clash[1]);
    }

    @Test
    void helpDocumentsTheOptionsAndExitCodes() {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        PrintStream old = System.out;
        System.setOut(new PrintStream(b, true, StandardCharsets.UTF_8));
        try {
            assertEquals(0, Main.run("extract", "--help"));
        } finally {
            System.setOut(old);
        }
        String help = b.toString(StandardCharsets.UTF_8);
        for (String s : List.of("--jobs", "--timeout", "--force", "--keep-orphans", "--check", "--max-pages", "--progress",
                "Exit status", "0   all files", "1   some files failed", "2   usage error", "3   --check found")) {
            assertTrue(help.contains(s), s + " in\n" + help);
        }
    }

    @Test
    void extractThroughTheCommandLine() throws Exception {
        Path in = tmp.resolve("in");
        textPdf(in.resolve("a.pdf"), "a", 1);
        Files.write(in.resolve("broken.pdf"), new byte[0]);
        Path out = tmp.resolve("out");
        Object[] r = cli("extract", "-j", "2", "--timeout", "2m", "--progress", "log", "-o", out.toString(), in.toString());
        String err = (String) r[1];
        assertEquals(1, r[0], err);
        assertTrue(err.contains("broken.pdf: empty-file: "), err);
        assertTrue(err.contains("bilex: 2 PDFs: 2 to extract, 0 to rename, 0 unchanged; 2 jobs"), err);
        String summary = err.lines().filter(l -> l.contains("Exit ")).findFirst().orElseThrow(() -> new AssertionError(err));
        assertTrue(summary.contains("1 extracted") && summary.contains("1 failed (1 empty-file)") && summary.contains("Exit 1"), summary);
        JsonNode rep = BatchFixture.report(out);
        assertEquals("bilex-run-report/1", rep.path("schema").asText());
        assertEquals(2, rep.path("timing").path("jobs").asInt());
        assertEquals(1, rep.path("totals").path("failed_by_reason").path("empty-file").asInt());
        assertTrue(Files.exists(out.resolve("a.json")));
    }

    @Test
    void reportListsEveryFileSortedWithTotals() throws Exception {
        Path in = tmp.resolve("in");
        textPdf(in.resolve("b.pdf"), "b", 2);
        textPdf(in.resolve("a.pdf"), "a", 1);
        Files.writeString(in.resolve("c.pdf"), "text");
        Path out = tmp.resolve("out");
        BatchFixture.run().run(in, options(out));
        JsonNode r = BatchFixture.report(out);
        assertEquals("extract", r.path("mode").asText());
        assertEquals(List.of("a.json", "b.json", "c.json"), r.path("files").findValuesAsText("output"));
        JsonNode t = r.path("totals");
        assertEquals(3, t.path("files").asInt());
        assertEquals(2, t.path("extracted").asInt());
        assertEquals(1, t.path("failed").asInt());
        assertEquals(3, t.path("pages").asInt());
        JsonNode b = BatchFixture.file(r, "b.json");
        assertEquals(2, b.path("pages").asInt());
        assertTrue(b.path("entities").asInt() > 0 && b.path("sentences").asInt() > 0, b.toString());
        assertTrue(b.path("timing").path("seconds").isNumber());
        assertEquals(64, b.path("sha256").asText().length());
        JsonNode c = BatchFixture.file(r, "c.json");
        assertEquals("not-a-pdf", c.path("reason").asText());
        assertEquals("org.bilex.pdf.PdfException", c.path("error_class").asText());
        assertEquals(false, c.path("cached").asBoolean());
        assertEquals(t.path("entities").asInt(), BatchFixture.file(r, "a.json").path("entities").asInt() + b.path("entities").asInt());
    }

    @Test
    void checkWritesNothingAndNamesEveryDifference() throws Exception {
        Path in = tmp.resolve("in");
        textPdf(in.resolve("a.pdf"), "a", 1);
        textPdf(in.resolve("b.pdf"), "b", 1);
        textPdf(in.resolve("c.pdf"), "c", 1);
        textPdf(in.resolve("gone.pdf"), "gone", 1);
        Path out = tmp.resolve("out");
        BatchFixture.run().run(in, options(out));
        BatchFixture.Run clean = BatchFixture.run();
        RunReport same = clean.runner.run(PdfInputs.collect(List.of(in)), options(out).withCheck(true));
        assertEquals(0, same.exitCode(), clean.err());
        assertEquals(4, same.count(RunReport.SAME));

        Files.writeString(out.resolve("a.json"), Files.readString(out.resolve("a.json")).replace("\"pages\" : 1", "\"pages\" : 2"));
        Files.delete(out.resolve("b.json"));
        Files.delete(in.resolve("gone.pdf"));
        Files.write(in.resolve("d.pdf"), new byte[0]);
        Map<String, Object[]> before = listing(out);
        BatchFixture.Run check = BatchFixture.run();
        RunReport r = check.runner.run(PdfInputs.collect(List.of(in)), options(out).withCheck(true));
        assertEquals(BatchRunner.CHECK_DIFFERS, r.exitCode());
        assertEquals(List.of("a.json", "b.json", "gone.json"), r.differing());
        String err = check.err();
        assertTrue(err.contains(out.resolve("a.json") + ": differs from a fresh extraction of "), err);
        assertTrue(err.contains(out.resolve("b.json") + ": missing"), err);
        assertTrue(err.contains(out.resolve("gone.json") + ": its PDF"), err);
        assertTrue(err.contains("d.pdf: empty-file: "), err);
        assertEquals(1, r.count(RunReport.FAILED));
        assertTrue(r.summary(null).contains("Exit 3"), r.summary(null));
        Map<String, Object[]> after = listing(out);
        assertEquals(before.keySet(), after.keySet(), "--check writes nothing");
        for (String k : before.keySet()) {
            assertEquals(before.get(k)[0], after.get(k)[0], k);
            assertTrue(java.util.Arrays.equals((byte[]) before.get(k)[1], (byte[]) after.get(k)[1]), k);
        }
    }

    @Test
    void aSecondRunOnTheSameFolderIsRefused() throws Exception {
        Path in = tmp.resolve("in");
        textPdf(in.resolve("a.pdf"), "a", 1);
        Path out = Files.createDirectories(tmp.resolve("out"));
        try (var ch = java.nio.channels.FileChannel.open(out.resolve(BatchRunner.LOCK), java.nio.file.StandardOpenOption.CREATE,
                java.nio.file.StandardOpenOption.WRITE); var lock = ch.lock()) {
            BatchFixture.Run r = BatchFixture.run();
            RunReport rep = r.run(in, options(out));
            assertEquals(BatchRunner.USAGE, rep.exitCode());
            assertTrue(r.err().contains("another bilex run is writing to this folder"), r.err());
            assertTrue(lock.isValid());
        }
        assertEquals(List.of(BatchRunner.LOCK), List.copyOf(BatchFixture.files(out, true).keySet()), "nothing written");
    }

    private static Map<String, Object[]> listing(Path dir) throws Exception {
        Map<String, Object[]> m = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path f : (Iterable<Path>) s::iterator) {
                FileTime t = Files.getLastModifiedTime(f);
                m.put(dir.relativize(f).toString(), new Object[]{t, Files.isRegularFile(f) ? Files.readAllBytes(f) : new byte[0]});
            }
        }
        return m;
    }

    @Test
    void progressLinesAndBar() {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        PrintStream ps = new PrintStream(b, true, StandardCharsets.UTF_8);
        Progress.Log log = new Progress.Log(ps, java.time.Duration.ofHours(1));
        log.start(4);
        log.step(3, false);
        log.step(0, true);
        log.line();
        log.close();
        String line = b.toString(StandardCharsets.UTF_8);
        assertTrue(line.startsWith("bilex: 2/4 files (50%), 1 failed, "), line);
        assertTrue(line.contains("pages/s") && line.contains("ETA"), line);

        ByteArrayOutputStream bb = new ByteArrayOutputStream();
        try (Progress bar = Progress.create(Progress.Mode.BAR, new PrintStream(bb, true, StandardCharsets.UTF_8))) {
            bar.start(2);
            bar.step(5, false);
            bar.println("bilex: x.pdf: truncated: cut short");
            bar.step(1, false);
        }
        String shown = bb.toString(StandardCharsets.UTF_8);
        assertTrue(shown.contains("bilex") && shown.contains("2/2") && shown.contains("x.pdf: truncated"), shown);
    }
}
