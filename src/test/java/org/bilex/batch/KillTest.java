package org.bilex.batch;

import org.bilex.core.AtomicFiles;
import com.fasterxml.jackson.databind.JsonNode;
import org.bilex.cli.Version;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.bilex.batch.BatchFixture.options;
import static org.bilex.batch.BatchFixture.textPdf;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A real {@code kill -9} of a bilex process in the middle of a run: what it leaves is complete, and
 * the next run carries on from there and ends with the bytes of a clean run.
 */
class KillTest {

    static final int FILES = 16;

    @Test
    void killedRunLeavesCompleteFilesAndResumes(@TempDir Path tmp) throws Exception {
        Path in = tmp.resolve("in");
        for (int i = 0; i < FILES; i++) textPdf(in.resolve(String.format("doc-%02d.pdf", i)), "kill " + i, 1);
        Path out = tmp.resolve("out");

        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb = new ProcessBuilder(java, "-Xmx1g", "-cp", System.getProperty("java.class.path"),
                "org.bilex.cli.Main", "extract", "--jobs", "2", "--progress", "none", "-o", out.toString(), in.toString())
                .redirectOutput(tmp.resolve("stdout.txt").toFile()).redirectError(tmp.resolve("stderr.txt").toFile());
        Process p = pb.start();
        boolean killedMidRun = false;
        try {
            long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(3);
            while (p.isAlive() && System.nanoTime() < deadline) {
                if (BatchFixture.outputs(out).size() >= 2) break;
                Thread.sleep(10);
            }
            killedMidRun = p.isAlive();
            p.destroyForcibly(); // SIGKILL
            p.waitFor(60, TimeUnit.SECONDS);
        } finally {
            p.destroyForcibly();
        }
        String stderr = Files.readString(tmp.resolve("stderr.txt"), StandardCharsets.UTF_8);
        assertTrue(killedMidRun, "the run ended before it could be killed:\n" + stderr);
        assertEquals(137, p.exitValue(), "killed by SIGKILL");

        // what the killed run left: only complete outputs
        Map<String, byte[]> left = BatchFixture.outputs(out);
        assertTrue(left.size() >= 2 && left.size() < FILES, left.keySet().toString());
        for (Map.Entry<String, byte[]> e : left.entrySet()) {
            assertTrue(e.getKey().endsWith(".json"), e.getKey());
            JsonNode doc = BatchFixture.JSON.readTree(e.getValue());
            assertEquals("bilex-document/1", doc.path("schema").asText(), e.getKey());
            assertTrue(doc.path("relations").isArray(), e.getKey() + " is complete");
        }
        assertFalse(Files.exists(out.resolve(RunReport.FILE)), "the report is written at the end only");
        int journaled = 0;
        Path journal = out.resolve(Manifest.JOURNAL);
        if (Files.exists(journal)) {
            for (String line : Files.readAllLines(journal, StandardCharsets.UTF_8)) {
                try {
                    BatchFixture.JSON.readTree(line);
                    journaled++;
                } catch (java.io.IOException e) {
                    break; // a line cut by the kill
                }
            }
        }

        // the next run carries on: what the journal recorded is skipped, the rest extracted
        IncrementalTest.Counting x = new IncrementalTest.Counting();
        BatchFixture.Run resume = new BatchFixture.Run(x, BatchFixture.models().fingerprint(), Version.number());
        RunReport r = resume.run(in, options(out));
        assertEquals(0, r.exitCode(), resume.err());
        assertEquals(journaled, r.count(RunReport.SKIPPED), "every file the killed run recorded is skipped");
        assertEquals(FILES - journaled, x.calls.get());
        for (String name : BatchFixture.files(out, true).keySet()) {
            assertFalse(AtomicFiles.isTemp(Path.of(name)), "temporary file left: " + name);
        }
        assertFalse(Files.exists(out.resolve(BatchRunner.LOCK)));
        assertFalse(Files.exists(journal));

        // and ends with the bytes of a clean run
        Path clean = tmp.resolve("clean");
        new BatchFixture.Run(BatchFixture.extractor(), BatchFixture.models().fingerprint(), Version.number()).run(in, options(clean));
        Map<String, byte[]> a = BatchFixture.files(clean, true);
        Map<String, byte[]> b = BatchFixture.files(out, true);
        a.remove(RunReport.FILE);
        b.remove(RunReport.FILE);
        b.remove(".bilex.log"); // the killed run was the command, which logs the libraries there (the in-process run does not)
        assertEquals(a.keySet(), b.keySet());
        for (String k : a.keySet()) assertArrayEquals(a.get(k), b.get(k), k);
        assertEquals(List.of(), r.problems());
    }
}
