package org.bilex.fuzz;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A small fixed-seed fuzz run in CI (issue 14): 20 mutants (two of each kind) of the corpus PDF and
 * a small real PDF, extracted by the real command in its own JVM, as a user runs it. No internal
 * error, no timeout, every input in the report, no partial or temporary output, the libraries'
 * log in OUT/.bilex.log and stderr at one line per failed file (plus the plan and the summary).
 * {@code scripts/fuzz.sh N} runs the long version.
 */
class FuzzTest {

    static final List<Path> SOURCES = List.of(Path.of("corpus/000_bc1c06d065d022ba.pdf"),
            Path.of("../shared/pdf-real/zh_biomed_journal-page_FHIT-PCR-SSCP_fonts-not-embedded_unknown-license.pdf"));

    @Test
    void mutantsAreTheSameForASeed() throws Exception {
        byte[] src = Files.readAllBytes(SOURCES.get(0));
        for (int i = 0; i < Mutants.KINDS.size(); i++) {
            Mutants.Mutant a = Mutants.mutate(src, 7, i);
            assertArrayEquals(a.bytes(), Mutants.mutate(src, 7, i).bytes());
            assertEquals(Mutants.KINDS.get(i), a.kind());
            assertTrue(!Arrays.equals(src, a.bytes()) || a.kind().equals("dup-region"), a.kind() + " changes the file");
        }
    }

    @Test
    void aFixedSeedRunHasNoInternalErrorNoHangAndNoPartialOutput(@TempDir Path tmp) throws Exception {
        Path in = tmp.resolve("in");
        Path out = tmp.resolve("out");
        Mutants.write(in, 20, 14, SOURCES);
        List<String> cmd = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx1g", "-cp", System.getProperty("java.class.path"), "org.bilex.cli.Main",
                "extract", "--no-ocr", "--progress", "none", "-j", "1", "--timeout", "60s", "-o", out.toString(), in.toString()));
        Process p = new ProcessBuilder(cmd).directory(new File(".")).redirectOutput(tmp.resolve("stdout.txt").toFile())
                .redirectError(tmp.resolve("stderr.txt").toFile()).start();
        assertTrue(p.waitFor(10, TimeUnit.MINUTES), "the run ends");
        List<String> err = Files.readAllLines(tmp.resolve("stderr.txt"), StandardCharsets.UTF_8);
        FuzzSummary.Figures f = FuzzSummary.of(in, out, err);
        assertEquals(List.of(), f.problems(), String.join("\n", err));
        assertEquals(20, f.inputs());
        assertEquals(20, f.byStatus().values().stream().mapToInt(Integer::intValue).sum());
        assertTrue(err.size() <= f.failed() + 2, "one line per failed file, the plan and the summary:\n" + String.join("\n", err));
        assertTrue(Files.isRegularFile(out.resolve(".bilex.log")), "the libraries' messages went to the log file");
        assertEquals(p.exitValue() == 0 ? 0 : 1, f.failed() > 0 ? 1 : 0, "exit status 1 exactly when a file failed");
    }
}
