package org.bilex.batch;

import org.bilex.pipeline.Pipeline;
import org.bilex.core.Failure;
import org.bilex.core.AtomicFiles;
import org.bilex.output.JsonWriter;
import org.bilex.pdf.PdfException;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;

/**
 * Runs the pipeline over many PDFs: in parallel, incrementally, resumably, with a time limit per
 * file, and with a report of what happened to each.
 *
 * <p>A run (see the README, "Batch runs"):
 * <ol>
 *   <li>takes the output folder's lock, loads the manifest ({@link Manifest}), deletes temporary
 *       files a killed run left;</li>
 *   <li>hashes every PDF (in parallel);</li>
 *   <li>plans each PDF: <em>skipped</em> when the manifest says its output was made from the same
 *       bytes, models and version and the output is there; <em>renamed</em> when an output made
 *       from the same bytes is there under another PDF's name (or for another path) whose PDF is
 *       gone: the output is moved and its {@code document.name}/{@code source} rewritten, giving
 *       the bytes a fresh extraction would give; otherwise <em>extracted</em>. Outputs whose PDF is
 *       gone (orphans) are removed, or kept with --keep-orphans;</li>
 *   <li>extracts on {@code jobs} threads, each output written atomically by its worker and then
 *       recorded in the manifest's journal, so a run killed at any moment loses only the files in
 *       flight;</li>
 *   <li>writes the manifest and {@code run-report.json}.</li>
 * </ol>
 * With --check nothing is written: every PDF is extracted and compared byte for byte with its output.
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

    /** The output folder's lock file: one run at a time writes to a folder. */
    public static final String LOCK = ".bilex.lock";
    /** Stack traces of internal errors, one file per PDF ({@code NAME.txt} for {@code NAME.json}), in the output folder. */
    public static final String ERRORS = ".bilex-errors";

    /** Writes one output; {@link AtomicFiles#write(Path, byte[], TaskGuard)} unless a test injects a failure. */
    @FunctionalInterface
    public interface OutputWriter {
        void write(Path target, byte[] bytes, TaskGuard guard) throws IOException;
    }

    private final Extractor extractor;
    private final String models;
    private final String version;
    private final PrintStream err;
    private OutputWriter writer = AtomicFiles::write;
    private java.util.function.Supplier<java.util.Map<String, Integer>> curation;

    /**
     * @param models  fingerprint of the pipeline ({@code Pipeline#fingerprint()}: its components, their files and code)
     * @param version the bilex version
     * @param err     where failure lines go
     */
    public BatchRunner(Extractor extractor, String models, String version, PrintStream err) {
        this.extractor = extractor;
        this.models = models;
        this.version = version;
        this.err = err;
    }

    /** For tests: writes outputs through {@code w} (to simulate a full disk). */
    public BatchRunner withWriter(OutputWriter w) {
        this.writer = w;
        return this;
    }

    /** What curations changed, by kind, for the run report's {@code curation} object (runs with curations only). */
    public BatchRunner withCuration(java.util.function.Supplier<java.util.Map<String, Integer>> counts) {
        this.curation = counts;
        return this;
    }

    private enum Plan { EXTRACT, REWRITE }

    /** One PDF to work on. {@code from}/{@code fromKey}: the entry and output a rewrite starts from. */
    private record Item(PdfInputs.Input in, String key, String source, String sha, Plan plan, String fromKey,
                        Manifest.Entry from) {
    }

    /**
     * What a worker did with one item; {@code contained}: errors of stages the document did without;
     * {@code notices}: warnings of the document to show on the console.
     */
    private record Result(String status, Manifest.Entry entry, RunReport.FileResult file, List<Throwable> contained,
                          List<String> notices) {

        Result(String status, Manifest.Entry entry, RunReport.FileResult file) {
            this(status, entry, file, List.of(), List.of());
        }
    }

    /** An output that could not be written (as opposed to a PDF that could not be read). */
    private static final class WriteFailed extends IOException {
        WriteFailed(Path target, IOException cause) {
            super("cannot write " + target + ": " + cause.getMessage(), cause);
        }
    }

    public RunReport run(List<PdfInputs.Input> inputs, BatchOptions o) throws InterruptedException {
        return run(inputs, List.of(), o);
    }

    /**
     * @param skipped what the search of the input folders left out ({@link PdfInputs#collect(List, List)}): one
     *                line each on stderr, listed in the report
     */
    public RunReport run(List<PdfInputs.Input> inputs, List<PdfInputs.Skipped> skipped, BatchOptions o) throws InterruptedException {
        RunReport report = new RunReport(o.check(), version, models, o.jobs());
        report.skippedInputs(skipped);
        for (PdfInputs.Skipped k : skipped) err.println("bilex: " + PdfInputs.displayPath(k.path()) + ": " + k.reason() + ": " + k.message());
        try (Progress progress = Progress.create(o.progress(), err); Workers workers = new Workers(o.jobs(), o.timeout())) {
            if (o.check()) {
                check(inputs, o, report, progress, workers);
            } else {
                extract(inputs, o, report, progress, workers);
            }
            int still = workers.stillRunningAbandoned();
            if (still > 0) {
                progress.println("bilex: " + still + " timed-out file" + (still == 1 ? " is" : "s are")
                        + " still being parsed in the background; the result will be discarded");
            }
        }
        report.finish();
        return report;
    }

    // ------------------------------------------------------------------ extract

    private void extract(List<PdfInputs.Input> inputs, BatchOptions o, RunReport report, Progress progress, Workers workers)
            throws InterruptedException {
        Path out = o.outDir();
        if (Files.exists(out) && !Files.isDirectory(out)) {
            String m = out + ": the output folder is a file, not a folder; choose another with -o; nothing was extracted";
            err.println("bilex: " + m);
            report.fatal(FAILED, m);
            return;
        }
        try {
            Files.createDirectories(out);
            Path probe = out.resolve(".bilex-probe." + Long.toHexString(System.nanoTime()) + ".tmp");
            Files.write(probe, new byte[0]);
            Files.delete(probe);
        } catch (IOException e) {
            String m = out + ": the output folder cannot be written (" + ioMessage(e) + "); nothing was extracted";
            err.println("bilex: " + m);
            report.fatal(FAILED, m);
            return;
        }
        try (FileChannel lockChannel = FileChannel.open(out.resolve(LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE)) {
            FileLock lock;
            try {
                lock = lockChannel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                String m = out + ": another bilex run is writing to this folder";
                err.println("bilex: " + m);
                report.fatal(USAGE, m);
                return;
            }
            try (Manifest manifest = Manifest.load(out, w -> progress.println("bilex: " + w))) {
                AtomicFiles.deleteStale(out);
                // fold in what a killed run left, so this run appends to a fresh journal (a line
                // cut short by the kill would otherwise swallow the first line appended after it)
                if (manifest.hasJournal()) manifest.compact();
                extract(inputs, o, report, progress, workers, manifest);
            } finally {
                lock.release();
                Files.deleteIfExists(out.resolve(LOCK));
            }
        } catch (IOException e) {
            String m = out + ": " + ioMessage(e);
            err.println("bilex: " + m);
            report.problem(m);
        }
    }

    private void extract(List<PdfInputs.Input> inputs, BatchOptions o, RunReport report, Progress progress, Workers workers,
                         Manifest manifest) throws InterruptedException {
        Path out = o.outDir();
        List<PdfInputs.Input> sorted = new ArrayList<>(inputs);
        sorted.sort(Comparator.comparing(PdfInputs.Input::outputName));

        // 1. hash every PDF
        if (sorted.size() >= 1000) progress.info("bilex: reading " + sorted.size() + " PDFs to see what changed …");
        Map<String, String> hashes = new HashMap<>();
        workers.run(sorted, (in, g) -> Pipeline.sha256(in.pdf()), (in, sha, error, timedOut, nanos) -> {
            if (sha != null) {
                hashes.put(in.outputName(), sha);
            } else {
                Failure f = timedOut ? timeout(o) : classify(error, in.pdf(), out.resolve(in.outputName()));
                fail(report, progress, in, PdfInputs.displayPath(in.pdf()), null, f, false, nanos);
            }
        });

        // 2. plan
        Set<String> inputKeys = new HashSet<>();
        for (PdfInputs.Input in : sorted) inputKeys.add(in.outputName());
        TreeMap<String, Manifest.Entry> orphans = new TreeMap<>();
        for (Map.Entry<String, Manifest.Entry> e : manifest.entries().entrySet()) {
            if (!inputKeys.contains(e.getKey()) && !Files.exists(Path.of(e.getValue().pdf()))) orphans.put(e.getKey(), e.getValue());
        }
        Map<String, Deque<String>> claimable = new HashMap<>();
        for (Map.Entry<String, Manifest.Entry> e : orphans.entrySet()) {
            Manifest.Entry en = e.getValue();
            if (en.extracted() && en.models().equals(models) && en.bilex().equals(version) && intact(out.resolve(e.getKey()), en)) {
                claimable.computeIfAbsent(en.sha256(), k -> new ArrayDeque<>()).add(e.getKey());
            }
        }
        Set<String> claimed = new HashSet<>();
        List<Item> work = new ArrayList<>();
        for (PdfInputs.Input in : sorted) {
            String key = in.outputName();
            String sha = hashes.get(key);
            if (sha == null) continue; // failed above
            String source = PdfInputs.displayPath(in.pdf());
            Manifest.Entry e = manifest.get(key);
            if (!o.force() && e != null && e.madeFrom(sha, models, version)) {
                if (e.extracted() && intact(out.resolve(key), e)) {
                    if (e.pdf().equals(source)) {
                        report.add(RunReport.FileResult.of(source, key, RunReport.SKIPPED, e, 0));
                    } else {
                        work.add(new Item(in, key, source, sha, Plan.REWRITE, key, e));
                    }
                    continue;
                }
                if (!e.extracted()) {
                    fail(report, progress, in, source, sha, new Failure(e.reason(), e.message(), e.errorClass()), true, 0);
                    continue;
                }
            }
            Deque<String> same = o.force() ? null : claimable.get(sha);
            if (same != null && !same.isEmpty()) {
                String from = same.poll();
                claimed.add(from);
                work.add(new Item(in, key, source, sha, Plan.REWRITE, from, orphans.get(from)));
                continue;
            }
            work.add(new Item(in, key, source, sha, Plan.EXTRACT, null, null));
        }

        // 3. outputs whose PDF is gone
        boolean[] journalBroken = {false};
        for (Map.Entry<String, Manifest.Entry> e : orphans.entrySet()) {
            String key = e.getKey();
            if (claimed.contains(key)) continue;
            if (o.keepOrphans()) {
                report.orphan(new RunReport.Orphan(key, e.getValue().pdf(), "kept"));
                progress.println("bilex: " + out.resolve(key) + ": kept, although its PDF " + e.getValue().pdf() + " is gone");
                continue;
            }
            try {
                Files.deleteIfExists(out.resolve(key));
                manifest.remove(key);
                report.orphan(new RunReport.Orphan(key, e.getValue().pdf(), "removed"));
                progress.println("bilex: " + out.resolve(key) + ": removed, its PDF " + e.getValue().pdf() + " is gone");
            } catch (IOException ex) {
                report.orphan(new RunReport.Orphan(key, e.getValue().pdf(), "kept"));
                progress.println("bilex: " + out.resolve(key) + ": its PDF is gone but it cannot be removed: " + ioMessage(ex));
            }
        }

        // 4. extract (and rewrite)
        long renames = work.stream().filter(i -> i.plan() == Plan.REWRITE).count();
        progress.info(String.format(java.util.Locale.ROOT, "bilex: %d PDF%s: %d to extract, %d to rename, %d unchanged; %d job%s",
                sorted.size(), sorted.size() == 1 ? "" : "s", work.size() - renames, renames,
                report.count(RunReport.SKIPPED), o.jobs(), o.jobs() == 1 ? "" : "s"));
        progress.start(work.size());
        workers.run(work, (it, g) -> work(it, g, out), (it, r, error, timedOut, nanos) -> {
            if (r == null) {
                Failure f = timedOut ? timeout(o) : classify(error, it.in().pdf(), out.resolve(it.key()));
                String trace = f.reason().equals("internal-error") ? trace(out, it.key(), it.source(), List.of(error), progress) : null;
                fail(report, progress, it.in(), it.source(), it.sha(), f, false, nanos, trace);
                if (f.lasting()) record(manifest, report, progress, journalBroken,
                        it.key(), Manifest.Entry.failed(it.source(), it.sha(), models, version, f));
                return;
            }
            record(manifest, report, progress, journalBroken, it.key(), r.entry());
            if (it.plan() == Plan.REWRITE && !it.fromKey().equals(it.key())) { // the claimed orphan, moved or superseded
                try {
                    Files.deleteIfExists(out.resolve(it.fromKey()));
                    manifest.remove(it.fromKey());
                } catch (IOException ex) {
                    progress.println("bilex: " + out.resolve(it.fromKey()) + ": cannot remove the old output: " + ioMessage(ex));
                }
            }
            for (String notice : r.notices()) progress.println("bilex: " + it.source() + ": warning: " + notice);
            String trace = null;
            if (!r.contained().isEmpty()) {
                trace = trace(out, it.key(), it.source(), r.contained(), progress);
                for (Throwable t : r.contained()) {
                    progress.println("bilex: " + it.source() + ": warning: a stage was left out after an internal error ("
                            + oneLine(String.valueOf(t)) + ")" + (trace != null ? "; stack trace in " + trace : ""));
                }
            } else if (r.status().equals(RunReport.EXTRACTED)) {
                removeTrace(out, it.key());
            }
            report.add(new RunReport.FileResult(r.file().pdf(), r.file().output(), r.file().status(), r.file().sha256(),
                    r.file().pages(), r.file().sentences(), r.file().entities(), r.file().relations(), r.file().fromPdf(),
                    r.file().fromOutput(), null, false, nanos / 1e9, trace));
            progress.step(r.status().equals(RunReport.EXTRACTED) ? r.entry().pages() : 0, false);
        });
        progress.close();

        // 5. manifest and report
        try {
            manifest.compact();
        } catch (IOException e) {
            String m = "cannot write the manifest " + out.resolve(Manifest.FILE) + " (" + ioMessage(e)
                    + "); the next run will extract again what this one did not record";
            err.println("bilex: " + m);
            report.problem(m);
        }
        if (curation != null) report.curation(curation.get());
        report.finish();
        try {
            AtomicFiles.write(out.resolve(RunReport.FILE), report.toJson());
            report.writtenTo(out.resolve(RunReport.FILE));
        } catch (IOException e) {
            String m = "cannot write the report " + out.resolve(RunReport.FILE) + " (" + ioMessage(e) + ")";
            err.println("bilex: " + m);
            report.problem(m);
        }
    }

    private void record(Manifest manifest, RunReport report, Progress progress, boolean[] broken, String key, Manifest.Entry e) {
        try {
            manifest.put(key, e);
        } catch (IOException ex) {
            if (!broken[0]) {
                broken[0] = true;
                String m = "cannot append to the manifest journal (" + ioMessage(ex) + "); a killed run would redo these files";
                progress.println("bilex: " + m);
                report.problem(m);
            }
        }
    }

    /** Runs on a worker thread: extracts (or rewrites) one PDF and writes its output. */
    private Result work(Item it, TaskGuard g, Path out) throws Exception {
        Path target = out.resolve(it.key());
        String name = Pipeline.name(it.in().pdf());
        if (it.plan() == Plan.REWRITE) {
            byte[] json = null;
            try {
                byte[] old = Files.readAllBytes(out.resolve(it.fromKey()));
                if (sha256(old).equals(it.from().outputSha256())) json = JsonWriter.rename(old, name, it.source());
            } catch (IOException e) {
                json = null; // the old output is unusable: extract
            }
            if (json != null) {
                g.checkpoint();
                write(target, json, g);
                Manifest.Entry e = it.from().withPdf(it.source(), sha256(json), json.length);
                return new Result(RunReport.RENAMED, e, RunReport.FileResult.of(it.source(), it.key(), RunReport.RENAMED, e, 0)
                        .renamedFrom(it.from().pdf(), it.fromKey()));
            }
        }
        g.checkpoint();
        Extractor.Extracted x = extractor.extract(it.in().pdf(), it.source(), g);
        g.checkpoint();
        write(target, x.json(), g);
        Manifest.Entry e = Manifest.Entry.extracted(it.source(), x.sha256(), models, version, x.pages(), x.sentences(),
                x.entities(), x.relations(), sha256(x.json()), x.json().length);
        return new Result(RunReport.EXTRACTED, e, RunReport.FileResult.of(it.source(), it.key(), RunReport.EXTRACTED, e, 0),
                x.contained(), x.notices());
    }

    private void write(Path target, byte[] json, TaskGuard g) throws IOException {
        try {
            writer.write(target, json, g);
        } catch (CancellationException e) {
            throw e;
        } catch (IOException e) {
            throw new WriteFailed(target, e);
        }
    }

    /** The output is there with the size the manifest recorded (outputs are not re-read on a skip). */
    private static boolean intact(Path output, Manifest.Entry e) {
        try {
            return Files.isRegularFile(output) && Files.size(output) == e.outputBytes();
        } catch (IOException ex) {
            return false;
        }
    }

    // ------------------------------------------------------------------ check

    private void check(List<PdfInputs.Input> inputs, BatchOptions o, RunReport report, Progress progress, Workers workers)
            throws InterruptedException {
        Path out = o.outDir();
        List<PdfInputs.Input> sorted = new ArrayList<>(inputs);
        sorted.sort(Comparator.comparing(PdfInputs.Input::outputName));
        Set<String> inputKeys = new HashSet<>();
        for (PdfInputs.Input in : sorted) inputKeys.add(in.outputName());
        if (!o.keepOrphans() && Files.isDirectory(out)) {
            Manifest manifest = Manifest.load(out, w -> progress.println("bilex: " + w));
            for (Map.Entry<String, Manifest.Entry> e : manifest.entries().entrySet()) {
                if (inputKeys.contains(e.getKey()) || Files.exists(Path.of(e.getValue().pdf()))) continue;
                report.orphan(new RunReport.Orphan(e.getKey(), e.getValue().pdf(), RunReport.DIFFERS));
                progress.println("bilex: " + out.resolve(e.getKey()) + ": its PDF " + e.getValue().pdf()
                        + " is gone (a run would remove this output)");
            }
        }
        progress.info("bilex: checking " + sorted.size() + " PDF" + (sorted.size() == 1 ? "" : "s") + " against " + out
                + "; " + o.jobs() + " job" + (o.jobs() == 1 ? "" : "s"));
        progress.start(sorted.size());
        workers.run(sorted, (in, g) -> {
            String source = PdfInputs.displayPath(in.pdf());
            Extractor.Extracted x = extractor.extract(in.pdf(), source, g);
            Path target = out.resolve(in.outputName());
            byte[] old = Files.isRegularFile(target) ? Files.readAllBytes(target) : null;
            String status = old == null ? RunReport.MISSING : Arrays.equals(old, x.json()) ? RunReport.SAME : RunReport.DIFFERS;
            return new RunReport.FileResult(source, in.outputName(), status, x.sha256(), x.pages(), x.sentences(),
                    x.entities(), x.relations(), null, null, null, false, 0);
        }, (in, r, error, timedOut, nanos) -> {
            if (r == null) {
                Failure f = timedOut ? timeout(o) : classify(error, in.pdf(), out.resolve(in.outputName()));
                fail(report, progress, in, PdfInputs.displayPath(in.pdf()), null, f, false, nanos);
                return;
            }
            Path target = out.resolve(in.outputName());
            if (r.status().equals(RunReport.MISSING)) progress.println("bilex: " + target + ": missing");
            if (r.status().equals(RunReport.DIFFERS)) {
                progress.println("bilex: " + target + ": differs from a fresh extraction of " + r.pdf());
            }
            report.add(new RunReport.FileResult(r.pdf(), r.output(), r.status(), r.sha256(), r.pages(), r.sentences(),
                    r.entities(), r.relations(), null, null, null, false, nanos / 1e9));
            progress.step(r.pages(), false);
        });
    }

    // ------------------------------------------------------------------ failures

    private void fail(RunReport report, Progress progress, PdfInputs.Input in, String source, String sha, Failure f,
                      boolean cached, long nanos) {
        fail(report, progress, in, source, sha, f, cached, nanos, null);
    }

    private void fail(RunReport report, Progress progress, PdfInputs.Input in, String source, String sha, Failure f,
                      boolean cached, long nanos, String trace) {
        progress.println("bilex: " + source + ": " + f.reason() + ": " + f.message() + (cached ? " (unchanged since it failed before)" : "")
                + (trace != null ? " (stack trace in " + trace + "; please report it with the PDF)" : ""));
        report.add(RunReport.FileResult.failed(source, in.outputName(), sha, f, cached, nanos / 1e9).withTrace(trace));
        if (!cached) progress.step(0, true);
    }

    /** {@code OUT/.bilex-errors/NAME.txt} for the output {@code NAME.json}. */
    static Path tracePath(Path out, String key) {
        String base = key.endsWith(".json") ? key.substring(0, key.length() - 5) : key;
        return out.resolve(ERRORS).resolve(base + ".txt");
    }

    /**
     * Writes the stack traces of a file's internal errors to {@link #tracePath}; returns its path, or
     * null (with one line on stderr) when it cannot be written.
     */
    private String trace(Path out, String key, String source, List<Throwable> errors, Progress progress) {
        Path file = tracePath(out, key);
        java.io.StringWriter w = new java.io.StringWriter();
        try (java.io.PrintWriter p = new java.io.PrintWriter(w)) {
            p.println("bilex " + version + ", models " + models + ", PDF " + source);
            for (Throwable t : errors) if (t != null) t.printStackTrace(p);
        }
        try {
            Files.createDirectories(file.getParent());
            AtomicFiles.write(file, w.toString().getBytes(StandardCharsets.UTF_8));
            return file.toString();
        } catch (IOException e) {
            progress.println("bilex: cannot write the stack trace " + file + ": " + ioMessage(e));
            return null;
        }
    }

    private static void removeTrace(Path out, String key) {
        try {
            Files.deleteIfExists(tracePath(out, key));
        } catch (IOException e) {
            // a stale trace is harmless
        }
    }

    private static Failure timeout(BatchOptions o) {
        return timeout(o.timeout());
    }

    /** The failure of a file past its time limit. */
    public static Failure timeout(java.time.Duration limit) {
        return new Failure("timeout", "no result after " + limit.toSeconds()
                + " s (--timeout); the file was abandoned", "java.util.concurrent.TimeoutException");
    }

    /**
     * The failure a worker's exception stands for (also the Spark job's, so both name failures alike);
     * {@code target}: the output the file was to be written to, named in write failures.
     */
    public static Failure classify(Throwable t, Path pdf, Path target) {
        if (t instanceof PdfException pe) {
            Throwable c = pe.getCause() != null ? pe.getCause() : pe;
            return new Failure(pe.reason(), strip(pe.getMessage(), pdf), c.getClass().getName());
        }
        if (t instanceof WriteFailed w) {
            Throwable c = w.getCause();
            String m = ioMessage((IOException) c);
            boolean full = m.contains("No space left") || m.contains("Disk quota exceeded");
            return new Failure(full ? "disk-full" : "write-failed", "cannot write " + target + ": " + m
                    + "; the previous output, if any, is unchanged", c.getClass().getName());
        }
        if (t instanceof NoSuchFileException) {
            return new Failure("vanished", "the file disappeared during the run", t.getClass().getName());
        }
        if (t instanceof AccessDeniedException) {
            return new Failure("unreadable", "permission denied", t.getClass().getName());
        }
        if (t instanceof IOException io) {
            return new Failure("unreadable", "cannot read the file: " + ioMessage(io), t.getClass().getName());
        }
        if (t instanceof StackOverflowError) {
            return new Failure("too-complex", "the PDF is nested too deeply to be read", t.getClass().getName());
        }
        if (t instanceof OutOfMemoryError) {
            return new Failure("out-of-memory", "the PDF needs more memory than the heap has (give java more with"
                    + " BILEX_JAVA_OPTS=-Xmx… or use fewer --jobs)", t.getClass().getName());
        }
        String m = t == null ? "unknown" : t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        return new Failure("internal-error", oneLine(m), t == null ? "null" : t.getClass().getName());
    }

    /** PDF-stage messages start with the file; the failure line names it already. */
    private static String strip(String message, Path pdf) {
        String m = message == null ? "" : message;
        String prefix = pdf + ": ";
        return oneLine(m.startsWith(prefix) ? m.substring(prefix.length()) : m);
    }

    private static String ioMessage(IOException e) {
        String m = e.getMessage();
        if (e instanceof java.nio.file.FileSystemException fse && fse.getReason() != null) {
            m = fse.getReason() + (fse.getFile() != null ? " (" + fse.getFile() + ")" : "");
        }
        return oneLine(m == null ? e.getClass().getSimpleName() : m);
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    static String sha256(byte[] bytes) {
        return org.bilex.core.Digests.sha256(bytes);
    }

    static String utf8(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }
}
