package org.bilex.batch;

import org.bilex.output.DocumentResult;
import org.bilex.output.JsonWriter;
import org.bilex.pdf.PdfException;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Runs the pipeline over a list of PDFs, writing one JSON file per PDF (atomically, so a
 * failed or killed run leaves no partial file) or, in check mode, comparing with the files
 * already there. A bad file gets one line on stderr naming it and the reason; the others go
 * on.
 */
public final class BatchRunner {

    /** Exit status: every file extracted (and, with --check, unchanged). */
    public static final int OK = 0;
    /** Exit status: some files could not be extracted. */
    public static final int FAILED = 1;
    /** Exit status: bad command line or models. */
    public static final int USAGE = 2;
    /** Exit status: --check found outputs that differ from a fresh extraction. */
    public static final int CHECK_DIFFERS = 3;

    private final DocumentPipeline pipeline;
    private final PrintStream err;

    public BatchRunner(DocumentPipeline pipeline, PrintStream err) {
        this.pipeline = pipeline;
        this.err = err;
    }

    /** The outcome of one run. */
    public record Summary(int extracted, int failed, List<String> differing) {
        public int exitCode() {
            if (!differing.isEmpty()) return CHECK_DIFFERS;
            return failed > 0 ? FAILED : OK;
        }
    }

    public Summary run(List<PdfFiles.Input> inputs, Path outDir, boolean check) {
        int ok = 0, failed = 0;
        List<String> differing = new ArrayList<>();
        for (PdfFiles.Input in : inputs) {
            Path target = outDir.resolve(in.outputName());
            byte[] json;
            try {
                DocumentResult r = pipeline.process(in.pdf(), PdfFiles.displayPath(in.pdf()));
                json = JsonWriter.write(r);
            } catch (PdfException e) {
                failed++;
                err.println("bilex: " + e.getMessage()); // the message names the file
                continue;
            } catch (IOException e) {
                failed++;
                err.println("bilex: " + in.pdf() + ": cannot read: " + e.getMessage());
                continue;
            } catch (RuntimeException e) {
                failed++;
                err.println("bilex: " + in.pdf() + ": internal error: " + e);
                continue;
            }
            try {
                if (check) {
                    byte[] old = Files.exists(target) ? Files.readAllBytes(target) : null;
                    if (old == null || !Arrays.equals(old, json)) {
                        differing.add(target.toString());
                        err.println("bilex: " + target + (old == null ? ": missing" : ": differs from a fresh extraction of " + in.pdf()));
                    }
                } else {
                    AtomicFiles.write(target, json);
                }
                ok++;
            } catch (IOException e) {
                failed++;
                err.println("bilex: " + target + ": cannot write: " + e.getMessage());
            }
        }
        return new Summary(ok, failed, differing);
    }
}
