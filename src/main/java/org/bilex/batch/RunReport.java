package org.bilex.batch;

import org.bilex.core.Failure;
import com.fasterxml.jackson.core.JsonGenerator;
import org.bilex.output.JsonWriter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one run did, file by file: written to {@code OUT/run-report.json} (schema
 * {@code bilex-run-report/1}) and summed up in one paragraph on stderr. Files and orphans are
 * sorted, so the report is deterministic except for the objects named {@code timing}.
 */
public final class RunReport {

    public static final String FILE = "run-report.json";
    public static final String SCHEMA = "bilex-run-report/1";

    public static final String EXTRACTED = "extracted";
    public static final String SKIPPED = "skipped";
    public static final String RENAMED = "renamed";
    public static final String FAILED = "failed";
    /** --check: the output is byte-identical to a fresh extraction. */
    public static final String SAME = "same";
    /** --check: the output differs from a fresh extraction. */
    public static final String DIFFERS = "differs";
    /** --check: there is no output. */
    public static final String MISSING = "missing";

    /**
     * One PDF.
     *
     * @param pdf        the PDF as recorded in its output
     * @param output     the output, relative to the output folder
     * @param sha256     the PDF's SHA-256 (null when it could not be read)
     * @param fromPdf    renamed: the PDF the output was made for
     * @param fromOutput renamed: where the output was
     * @param failure    failed: why
     * @param cached     failed: remembered from an earlier run (the PDF did not change), not tried again
     * @param seconds    time spent on it (0 when skipped)
     * @param trace      the file holding the stack trace of an internal error (failed, or a contained stage), else null
     */
    public record FileResult(String pdf, String output, String status, String sha256, int pages, int sentences,
                             int entities, int relations, String fromPdf, String fromOutput, Failure failure,
                             boolean cached, double seconds, String trace) {

        public FileResult(String pdf, String output, String status, String sha256, int pages, int sentences,
                          int entities, int relations, String fromPdf, String fromOutput, Failure failure,
                          boolean cached, double seconds) {
            this(pdf, output, status, sha256, pages, sentences, entities, relations, fromPdf, fromOutput, failure, cached,
                    seconds, null);
        }

        FileResult withTrace(String path) {
            return new FileResult(pdf, output, status, sha256, pages, sentences, entities, relations, fromPdf, fromOutput,
                    failure, cached, seconds, path);
        }

        static FileResult failed(String pdf, String output, String sha, Failure f, boolean cached, double seconds) {
            return new FileResult(pdf, output, FAILED, sha, 0, 0, 0, 0, null, null, f, cached, seconds);
        }

        static FileResult of(String pdf, String output, String status, Manifest.Entry e, double seconds) {
            return new FileResult(pdf, output, status, e.sha256(), e.pages(), e.sentences(), e.entities(), e.relations(),
                    null, null, null, false, seconds);
        }

        FileResult renamedFrom(String oldPdf, String oldOutput) {
            return new FileResult(pdf, output, RENAMED, sha256, pages, sentences, entities, relations, oldPdf, oldOutput,
                    null, false, seconds);
        }

        boolean hasOutput() {
            return !status.equals(FAILED) && !status.equals(MISSING);
        }
    }

    /** An output whose PDF is gone: {@code removed}, {@code kept} (--keep-orphans) or, with --check, {@code differs}. */
    public record Orphan(String output, String pdf, String action) {
    }

    private final boolean check;
    private final String version;
    private final String models;
    private final int jobs;
    private final Instant started = Instant.now();
    private final long startNanos = System.nanoTime();
    private long endNanos;
    private final List<FileResult> files = new ArrayList<>();
    private final List<Orphan> orphans = new ArrayList<>();
    private final List<String> problems = new ArrayList<>();
    private final List<PdfInputs.Skipped> skippedInputs = new ArrayList<>();
    private int fatalExit = -1;
    private Map<String, Integer> curation;

    public RunReport(boolean check, String version, String models, int jobs) {
        this.check = check;
        this.version = version;
        this.models = models;
        this.jobs = jobs;
    }

    void add(FileResult r) {
        files.add(r);
    }

    /** What the search of the input folders left out (PdfInputs.collect). */
    void skippedInputs(List<PdfInputs.Skipped> s) {
        skippedInputs.addAll(s);
    }

    public List<PdfInputs.Skipped> skippedInputs() {
        return List.copyOf(skippedInputs);
    }

    private Path writtenTo;

    void writtenTo(Path file) {
        writtenTo = file;
    }

    /** Where this report was written, or null (a --check run, or a run that stopped before it began). */
    public Path writtenTo() {
        return writtenTo;
    }

    void orphan(Orphan o) {
        orphans.add(o);
    }

    /** What curations changed (runs with curations only; written as {@code curation}). */
    void curation(Map<String, Integer> counts) {
        curation = new TreeMap<>(counts);
    }

    /** A problem of the run itself (the manifest or the report cannot be written): exit status 1. */
    void problem(String message) {
        problems.add(message);
    }

    /** The run stopped before doing anything. */
    void fatal(int exit, String message) {
        fatalExit = exit;
        problems.add(message);
    }

    void finish() {
        if (endNanos == 0) endNanos = System.nanoTime();
        files.sort(Comparator.comparing(FileResult::output).thenComparing(FileResult::pdf));
        orphans.sort(Comparator.comparing(Orphan::output));
    }

    public List<FileResult> files() {
        return List.copyOf(files);
    }

    public List<Orphan> orphans() {
        return List.copyOf(orphans);
    }

    public List<String> problems() {
        return List.copyOf(problems);
    }

    public boolean check() {
        return check;
    }

    public long count(String status) {
        return files.stream().filter(f -> f.status().equals(status)).count();
    }

    public long orphanCount(String action) {
        return orphans.stream().filter(o -> o.action().equals(action)).count();
    }

    /** Outputs that differ from a fresh extraction (--check), orphans included. */
    public List<String> differing() {
        List<String> out = new ArrayList<>();
        for (FileResult f : files) if (f.status().equals(DIFFERS) || f.status().equals(MISSING)) out.add(f.output());
        for (Orphan o : orphans) if (o.action().equals(DIFFERS)) out.add(o.output());
        out.sort(null);
        return out;
    }

    /** 0 all good, 1 some files failed (or the manifest or report could not be written), 3 --check found differences. */
    public int exitCode() {
        if (fatalExit >= 0) return fatalExit;
        if (!differing().isEmpty()) return BatchRunner.CHECK_DIFFERS;
        boolean skippedFailure = skippedInputs.stream().anyMatch(PdfInputs.Skipped::failure);
        return count(FAILED) > 0 || !problems.isEmpty() || skippedFailure ? BatchRunner.FAILED : BatchRunner.OK;
    }

    private double seconds() {
        return ((endNanos == 0 ? System.nanoTime() : endNanos) - startNanos) / 1e9;
    }

    private long pagesWorked() {
        long p = 0;
        for (FileResult f : files) if (f.status().equals(EXTRACTED) || (check && f.hasOutput())) p += f.pages();
        return p;
    }

    private Map<String, Integer> reasons() {
        Map<String, Integer> m = new TreeMap<>();
        for (FileResult f : files) if (f.failure() != null) m.merge(f.failure().reason(), 1, Integer::sum);
        return m;
    }

    public byte[] toJson() {
        ByteArrayOutputStream b = new ByteArrayOutputStream(4096 + files.size() * 400);
        try (JsonGenerator g = JsonWriter.generator(b)) {
            g.writeStartObject();
            g.writeStringField("schema", SCHEMA);
            g.writeStringField("bilex", version);
            g.writeStringField("models", models);
            g.writeStringField("mode", check ? "check" : "extract");
            g.writeNumberField("exit_code", exitCode());
            g.writeObjectFieldStart("totals");
            g.writeNumberField("files", files.size());
            for (String s : check ? List.of(SAME, DIFFERS, MISSING, FAILED) : List.of(EXTRACTED, SKIPPED, RENAMED, FAILED)) {
                g.writeNumberField(s, count(s));
            }
            g.writeObjectFieldStart("failed_by_reason");
            for (Map.Entry<String, Integer> e : reasons().entrySet()) g.writeNumberField(e.getKey(), e.getValue());
            g.writeEndObject();
            g.writeNumberField("orphans_removed", orphanCount("removed"));
            g.writeNumberField("orphans_kept", orphanCount("kept"));
            long pages = 0, sentences = 0, entities = 0, relations = 0;
            for (FileResult f : files) {
                pages += f.pages();
                sentences += f.sentences();
                entities += f.entities();
                relations += f.relations();
            }
            g.writeNumberField("pages", pages);
            g.writeNumberField("sentences", sentences);
            g.writeNumberField("entities", entities);
            g.writeNumberField("relations", relations);
            g.writeEndObject();
            if (curation != null) {
                g.writeObjectFieldStart("curation");
                for (Map.Entry<String, Integer> e : curation.entrySet()) g.writeNumberField(e.getKey(), e.getValue());
                g.writeEndObject();
            }
            g.writeArrayFieldStart("problems");
            for (String p : problems) g.writeString(p);
            g.writeEndArray();
            g.writeArrayFieldStart("files");
            for (FileResult f : files) file(g, f);
            g.writeEndArray();
            g.writeArrayFieldStart("inputs_skipped");
            for (PdfInputs.Skipped k : skippedInputs) {
                g.writeStartObject();
                g.writeStringField("path", PdfInputs.displayPath(k.path()));
                g.writeStringField("reason", k.reason());
                g.writeStringField("message", k.message());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeArrayFieldStart("orphans");
            for (Orphan o : orphans) {
                g.writeStartObject();
                g.writeStringField("output", o.output());
                g.writeStringField("pdf", o.pdf());
                g.writeStringField("action", o.action());
                g.writeEndObject();
            }
            g.writeEndArray();
            double s = seconds();
            g.writeObjectFieldStart("timing");
            g.writeStringField("started", started.toString());
            g.writeNumberField("seconds", round(s));
            g.writeNumberField("jobs", jobs);
            long worked = files.stream().filter(f -> f.seconds() > 0).count();
            g.writeNumberField("files_per_second", round(worked / Math.max(s, 1e-3)));
            g.writeNumberField("pages_per_second", round(pagesWorked() / Math.max(s, 1e-3)));
            g.writeEndObject();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        b.write('\n');
        return b.toByteArray();
    }

    private static void file(JsonGenerator g, FileResult f) throws IOException {
        g.writeStartObject();
        g.writeStringField("pdf", f.pdf());
        g.writeStringField("output", f.output());
        g.writeStringField("status", f.status());
        if (f.sha256() != null) g.writeStringField("sha256", f.sha256());
        if (f.hasOutput()) {
            g.writeNumberField("pages", f.pages());
            g.writeNumberField("sentences", f.sentences());
            g.writeNumberField("entities", f.entities());
            g.writeNumberField("relations", f.relations());
        }
        if (f.fromOutput() != null) {
            g.writeObjectFieldStart("from");
            g.writeStringField("pdf", f.fromPdf());
            g.writeStringField("output", f.fromOutput());
            g.writeEndObject();
        }
        if (f.failure() != null) {
            g.writeStringField("reason", f.failure().reason());
            g.writeStringField("error_class", f.failure().errorClass());
            g.writeStringField("message", f.failure().message());
            g.writeBooleanField("cached", f.cached());
        }
        if (f.trace() != null) g.writeStringField("stack_trace", f.trace());
        if (f.seconds() > 0) {
            g.writeObjectFieldStart("timing");
            g.writeNumberField("seconds", round(f.seconds()));
            g.writeEndObject();
        }
        g.writeEndObject();
    }

    private static double round(double v) {
        return Math.round(v * 1000) / 1000.0;
    }

    /** One paragraph for stderr at the end of the run. */
    public String summary(String reportPath) {
        StringBuilder sb = new StringBuilder("bilex: ");
        int n = files.size();
        double s = seconds();
        if (check) {
            sb.append(String.format(Locale.ROOT, "checked %d PDF%s: %d same as a fresh extraction, %d differ, %d missing, %d failed",
                    n, n == 1 ? "" : "s", count(SAME), count(DIFFERS), count(MISSING), count(FAILED)));
        } else {
            sb.append(String.format(Locale.ROOT, "%d PDF%s: %d extracted, %d unchanged (skipped), %d renamed without extraction, %d failed",
                    n, n == 1 ? "" : "s", count(EXTRACTED), count(SKIPPED), count(RENAMED), count(FAILED)));
        }
        Map<String, Integer> reasons = reasons();
        if (!reasons.isEmpty()) {
            StringBuilder r = new StringBuilder();
            for (Map.Entry<String, Integer> e : reasons.entrySet()) {
                if (r.length() > 0) r.append(", ");
                r.append(e.getValue()).append(' ').append(e.getKey());
            }
            sb.append(" (").append(r).append(')');
        }
        sb.append(". ");
        if (!skippedInputs.isEmpty()) {
            Map<String, Integer> why = new TreeMap<>();
            for (PdfInputs.Skipped k : skippedInputs) why.merge(k.reason(), 1, Integer::sum);
            StringBuilder r = new StringBuilder();
            for (Map.Entry<String, Integer> e : why.entrySet()) r.append(r.length() > 0 ? ", " : "").append(e.getValue()).append(' ').append(e.getKey());
            sb.append("Left out of the search: ").append(skippedInputs.size()).append(" (").append(r).append("). ");
        }
        if (!orphans.isEmpty()) {
            long removed = orphanCount("removed"), kept = orphanCount("kept"), differs = orphanCount(DIFFERS);
            sb.append(String.format(Locale.ROOT, "Outputs whose PDF is gone: %d removed, %d kept%s. ", removed, kept,
                    differs > 0 ? ", " + differs + " left over (a run would remove them)" : ""));
        }
        sb.append(String.format(Locale.ROOT, "%d pages %s in %s (%.1f pages/s, %d job%s).", pagesWorked(), check ? "read" : "extracted",
                Progress.duration(s), pagesWorked() / Math.max(s, 1e-3), jobs, jobs == 1 ? "" : "s"));
        for (String p : problems) sb.append(' ').append(p).append('.');
        if (reportPath != null) sb.append(" Report: ").append(reportPath).append('.');
        sb.append(switch (exitCode()) {
            case BatchRunner.OK -> " Exit 0: all good.";
            case BatchRunner.FAILED -> " Exit 1: some files failed.";
            case BatchRunner.CHECK_DIFFERS -> " Exit 3: --check found differences.";
            default -> " Exit " + exitCode() + ".";
        });
        return sb.toString();
    }
}
