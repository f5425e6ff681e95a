package org.bilex.spark;

import org.apache.hadoop.conf.Configuration;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.bilex.batch.BatchRunner;
import org.bilex.batch.Extractor;
import org.bilex.batch.TaskGuard;
import org.bilex.batch.Workers;
import org.bilex.cli.Extraction;
import org.bilex.core.Digests;
import org.bilex.core.Failure;
import org.bilex.output.JsonWriter;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * What a Spark task does with its PDFs (rows of the input listing joined with the manifest table):
 * one at a time, each within the time limit ({@link Workers}, as {@code bilex extract} does), it hashes
 * the PDF, skips it when the manifest says its output was made from the same bytes, models and version
 * (and the output is there with its recorded size) or it failed for a lasting reason, and otherwise
 * takes over an earlier output made from the same bytes, models and version for a PDF that is gone (a
 * renamed or moved PDF: the JSON is rewritten with the new name and source, as {@code bilex extract}
 * does), and otherwise extracts it with the executor's models ({@link ExecutorModels}) and writes its
 * JSON atomically. Every
 * PDF gives one {@link Schemas#RUN_DOCS} row: the {@link Schemas#RUN} columns and, for a PDF whose JSON this
 * run wrote (extracted or taken over), that JSON as one {@link Schemas#NESTED} value in column {@code doc}
 * (null otherwise), so that the tables are made from what the task had in hand instead of reading every
 * JSON back. A failure is a row with the CLI's reason, never an exception: one bad file does not fail the task.
 */
final class FileExtraction implements FlatMapFunction<Iterator<Row>, Row> {

    private static final long serialVersionUID = 1L;

    private final JobOptions options;
    private final String models;
    private final String version;
    private final java.util.HashMap<String, String> hadoop;
    private final Broadcast<? extends Map<String, List<Earlier>>> earlier;

    /**
     * An output of an earlier run that a renamed PDF may take over: made from the same bytes, models and
     * version, for a PDF that is not in this run's input.
     */
    record Earlier(String output, String uri, String outputSha256, Integer pages, Integer sentences, Integer entities,
                   Integer relations) implements java.io.Serializable {
    }

    /**
     * @param models  the models fingerprint the driver computed (skips compare with it)
     * @param version the bilex version
     * @param hadoop  the driver's Hadoop configuration ({@link Fs#ship}): credentials of s3a:// and the like
     * @param earlier by PDF sha256, the earlier outputs a renamed PDF may take over ({@link Earlier})
     */
    FileExtraction(JobOptions options, String models, String version, java.util.HashMap<String, String> hadoop,
                   Broadcast<? extends Map<String, List<Earlier>>> earlier) {
        this.options = options;
        this.earlier = earlier;
        this.hadoop = hadoop;
        this.models = models;
        this.version = version;
    }

    /** An output that could not be written (as opposed to a PDF that could not be read). */
    static final class WriteFailed extends IOException {
        private static final long serialVersionUID = 1L;

        WriteFailed(IOException cause) {
            super(cause.getMessage(), cause);
        }
    }

    @Override
    public Iterator<Row> call(Iterator<Row> rows) throws Exception {
        List<Row> items = new ArrayList<>();
        rows.forEachRemaining(items::add);
        List<Row> out = new ArrayList<>(items.size());
        if (items.isEmpty()) return out.iterator();
        Configuration conf = Fs.unship(hadoop);
        URI jsonDir = Fs.resolve(ExtractJob.uri(options.output()), ExtractJob.JSON);
        try (Workers workers = new Workers(1, options.timeout())) {
            workers.run(items, (r, guard) -> one(r, guard, conf, jsonDir), (r, result, error, timedOut, nanos) -> {
                if (result != null) {
                    out.add(result);
                    return;
                }
                Failure f;
                try {
                    f = timedOut ? BatchRunner.timeout(options.timeout())
                            : failure(error, URI.create(r.getAs("uri")), Fs.resolve(jsonDir, r.getAs("output")));
                } catch (RuntimeException e) { // never fail the task for one file
                    f = BatchRunner.classify(error, Path.of(String.valueOf(r.getAs("uri"))), Path.of(String.valueOf(r.getAs("output"))));
                }
                out.add(failed(r, null, f, false, nanos / 1e9));
            });
        }
        return out.iterator();
    }

    private static Failure failure(Throwable error, URI uri, URI target) {
        if (error instanceof WriteFailed w) {
            String m = String.valueOf(w.getMessage());
            boolean full = m.contains("No space left") || m.contains("Disk quota exceeded");
            return new Failure(full ? "disk-full" : "write-failed", "cannot write " + target + ": " + m
                    + "; the previous output, if any, is unchanged", w.getCause().getClass().getName());
        }
        Path pdf = Fs.isLocal(uri) ? Path.of(uri) : Path.of(uri.getPath());
        return BatchRunner.classify(error, pdf, Fs.isLocal(target) ? Path.of(target) : Path.of(target.getPath()));
    }

    /** One PDF, on a worker thread. */
    private Row one(Row r, TaskGuard guard, Configuration conf, URI jsonDir) throws Exception {
        long started = System.nanoTime();
        URI uri = URI.create(r.getAs("uri"));
        String output = r.getAs("output");
        URI target = Fs.resolve(jsonDir, output);
        String sha = Fs.sha256(uri, conf);
        guard.checkpoint();
        String mSha = r.getAs("m_sha256");
        if (!options.force() && sha.equals(mSha) && models.equals(r.getAs("m_models")) && version.equals(r.getAs("m_bilex"))) {
            String status = r.getAs("m_status");
            Long bytes = r.getAs("m_output_bytes");
            if ("extracted".equals(status) && bytes != null && Fs.length(target, conf) == bytes) {
                return row(r, sha, "extracted", null, r.getAs("m_pages"), r.getAs("m_sentences"), r.getAs("m_entities"),
                        r.getAs("m_relations"), r.getAs("m_output_sha256"), bytes, "skipped", false, seconds(started));
            }
            String reason = r.getAs("m_reason");
            if ("failed".equals(status) && reason != null && Failure.Reason.of(reason).lasting()) {
                Failure f = new Failure(reason, r.<String>getAs("m_message"), r.<String>getAs("m_error_class"));
                return failed(r, sha, f, true, seconds(started));
            }
        }
        try {
            if (!options.force() && !sha.equals(mSha)) {
                Row moved = takeOver(r, sha, uri, target, guard, conf, jsonDir, started);
                if (moved != null) return moved;
            }
            Extraction x = ExecutorModels.get(options); // models that cannot load fail the task (and the job), not the file
            return extract(x, r, uri, target, guard, conf, started);
        } catch (java.util.concurrent.CancellationException e) {
            throw e; // past the time limit: Workers reports it
        } catch (Exception | StackOverflowError | OutOfMemoryError e) {
            // the failure keeps the PDF's hash, so that a rerun knows whether the PDF changed
            return failed(r, sha, failure(e, uri, target), false, seconds(started));
        }
    }

    /**
     * A renamed PDF: the first earlier output of the same bytes whose PDF is gone and whose JSON is there as
     * recorded, rewritten with this PDF's name and source (the bytes a fresh extraction gives); null when
     * there is none (a copy of a PDF that is still there is extracted, as {@code bilex extract} does).
     */
    private Row takeOver(Row r, String sha, URI uri, URI target, TaskGuard guard, Configuration conf, URI jsonDir,
                         long started) throws IOException {
        List<Earlier> from = earlier == null ? null : earlier.value().get(sha);
        if (from == null) return null;
        for (Earlier e : from) {
            if (e.output().equals(r.getAs("output")) || Fs.length(URI.create(e.uri()), conf) >= 0) continue;
            byte[] old;
            try {
                old = Fs.read(Fs.resolve(jsonDir, e.output()), conf);
            } catch (IOException gone) {
                continue;
            }
            if (!Digests.sha256(old).equals(e.outputSha256())) continue;
            byte[] json = JsonWriter.rename(old, org.bilex.pipeline.Pipeline.name(Path.of(uri.getPath())), r.getAs("pdf"));
            Row doc = doc(json, r, models);
            guard.checkpoint();
            try {
                Fs.writeAtomically(target, json, guard, conf);
            } catch (java.util.concurrent.CancellationException ce) {
                throw ce;
            } catch (IOException io) {
                throw new WriteFailed(io);
            }
            return row(r, sha, "extracted", null, e.pages(), e.sentences(), e.entities(), e.relations(), Digests.sha256(json),
                    (long) json.length, "renamed", false, seconds(started), models, e.output(), doc);
        }
        return null;
    }

    private Row extract(Extraction x, Row r, URI uri, URI target, TaskGuard guard, Configuration conf, long started)
            throws Exception {
        guard.checkpoint();
        Path local = null;
        Path pdf;
        if (Fs.isLocal(uri)) {
            pdf = Path.of(uri);
        } else { // the pipeline reads local files: a copy under the PDF's own name (document.name comes from it)
            local = Files.createTempDirectory("bilex-spark-");
            pdf = local.resolve(Path.of(uri.getPath()).getFileName().toString());
            Files.write(pdf, Fs.read(uri, conf));
        }
        try {
            Extractor.Extracted e = x.extractor().extract(pdf, r.getAs("pdf"), guard);
            Row doc = doc(e.json(), r, x.fingerprint()); // before the write: a failure here leaves no output
            guard.checkpoint();
            try {
                Fs.writeAtomically(target, e.json(), guard, conf);
            } catch (java.util.concurrent.CancellationException ce) {
                throw ce;
            } catch (IOException io) {
                throw new WriteFailed(io);
            }
            return row(r, e.sha256(), "extracted", null, e.pages(), e.sentences(), e.entities(), e.relations(),
                    Digests.sha256(e.json()), (long) e.json().length, "extracted", false, seconds(started), x.fingerprint(), null, doc);
        } finally {
            if (local != null) {
                Files.deleteIfExists(pdf);
                Files.deleteIfExists(local);
            }
        }
    }

    private static double seconds(long started) {
        return (System.nanoTime() - started) / 1e9;
    }

    private Row failed(Row r, String sha, Failure f, boolean cached, double seconds) {
        return RowFactory.create(r.getAs("output"), r.getAs("pdf"), r.getAs("uri"), r.getAs("pdf_bytes"), sha, models, version,
                "failed", f.reason(), f.message(), f.errorClass(), null, null, null, null, null, null, "failed", cached, seconds, null,
                null);
    }

    /** The JSON this run wrote for a PDF, as the tables' nested row (the same rows {@link JsonTables} reads from the file). */
    private Row doc(byte[] json, Row r, String fingerprint) throws IOException {
        try {
            return DocumentRows.nested(org.bilex.output.StoredDocument.parse(json), r.getAs("output"), fingerprint, version);
        } catch (org.bilex.output.StoredDocument.NotBilexException e) {
            throw new IOException("the JSON just written cannot be read back: " + e.getMessage(), e);
        }
    }

    private Row row(Row r, String sha, String status, Failure f, Integer pages, Integer sentences, Integer entities,
                    Integer relations, String outputSha, Long outputBytes, String runStatus, boolean cached, double seconds) {
        return row(r, sha, status, f, pages, sentences, entities, relations, outputSha, outputBytes, runStatus, cached, seconds, models,
                null, null);
    }

    private Row row(Row r, String sha, String status, Failure f, Integer pages, Integer sentences, Integer entities,
                    Integer relations, String outputSha, Long outputBytes, String runStatus, boolean cached, double seconds,
                    String fingerprint, String renamedFrom, Row doc) {
        return RowFactory.create(r.getAs("output"), r.getAs("pdf"), r.getAs("uri"), r.getAs("pdf_bytes"), sha, fingerprint, version,
                status, null, null, null, pages, sentences, entities, relations, outputSha, outputBytes, runStatus, cached, seconds,
                renamedFrom, doc);
    }
}
