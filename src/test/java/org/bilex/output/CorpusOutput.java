package org.bilex.output;

import org.bilex.batch.BatchOptions;
import org.bilex.batch.BatchRunner;
import org.bilex.batch.Extractor;
import org.bilex.batch.Progress;
import org.bilex.batch.RunReport;
import org.bilex.pipeline.Pipeline;
import org.bilex.batch.PdfInputs;
import org.bilex.pdf.PdfBoxReader;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Test helper: the output of {@code bilex extract corpus/}, made once per test JVM (in
 * {@code target/corpus-output/}) and shared by the test classes that need real output. Treat
 * the folder as read-only; copy it to change it.
 */
public final class CorpusOutput {

    private static Path dir;

    private CorpusOutput() {
    }

    /** The output folder of the corpus, extracted on first use. */
    public static synchronized Path dir() {
        if (dir == null) {
            try {
                Path out = Path.of("target", "corpus-output");
                deleteTree(out);
                List<PdfInputs.Input> inputs = PdfInputs.collect(List.of(Path.of("corpus")));
                if (inputs.isEmpty()) throw new IllegalStateException("no PDF in corpus/");
                ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
                Pipeline models = Pipeline.load(Path.of("models"));
                BatchRunner runner = new BatchRunner(Extractor.of(models),
                        models.fingerprint(), "test", new PrintStream(errBytes, true, StandardCharsets.UTF_8));
                RunReport r = runner.run(inputs, new BatchOptions(out, 1, BatchOptions.DEFAULT_TIMEOUT, false, true, false,
                        Progress.Mode.NONE));
                if (r.exitCode() != 0) throw new IllegalStateException("corpus extraction failed: " + errBytes.toString(StandardCharsets.UTF_8));
                dir = out;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return dir;
    }

    /** The bilex documents of the corpus output (no manifest, no run report), in path order. */
    public static List<Path> files() {
        try {
            return OutputFiles.collect(dir(), List.of()).stream().map(OutputFiles.Item::file).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Copies the corpus output (documents only: no manifest, no run report) into a folder and returns it. */
    public static Path copyTo(Path target) throws IOException {
        Path src = dir();
        Files.createDirectories(target);
        for (Path p : files()) {
            Path t = target.resolve(src.relativize(p).toString());
            Files.createDirectories(t.getParent());
            Files.copy(p, t);
        }
        return target;
    }

    public static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) return;
        try (Stream<Path> s = Files.walk(p)) {
            for (Path x : s.sorted(Comparator.reverseOrder()).toList()) Files.delete(x);
        }
    }
}
