package org.bilex.batch;

import org.bilex.core.Failure;
import org.bilex.core.AtomicFiles;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.bilex.output.JsonWriter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Collections;
import java.util.Iterator;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What the output folder holds and what it was made from: for each output (by its path relative
 * to the output folder) the PDF, the PDF's SHA-256, the fingerprint of {@code models/}, the bilex
 * version, and either the output's size and SHA-256 or the reason the PDF failed.
 *
 * <p>It is stored in {@code OUT/.bilex-manifest.json}, sorted by output path and without timings, so
 * it is deterministic and can be committed with the outputs. While a run goes on, every change is
 * also appended as one line to {@code OUT/.bilex-manifest.journal}, right after the output it
 * describes was renamed into place; a run killed at any moment therefore loses at most the file
 * it was writing. Loading replays the journal over the manifest (an incomplete last line is
 * ignored); {@link #compact()} writes the manifest atomically and deletes the journal.
 */
public final class Manifest implements AutoCloseable {

    public static final String FILE = ".bilex-manifest.json";
    public static final String JOURNAL = ".bilex-manifest.journal";
    public static final String SCHEMA = "bilex-manifest/1";

    /** Status of an entry whose output is in the folder. */
    public static final String EXTRACTED = "extracted";
    /** Status of an entry whose PDF cannot be extracted, for a reason that does not change until the PDF does. */
    public static final String FAILED = "failed";

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonFactory COMPACT = new JsonFactory();

    /**
     * @param pdf          the PDF as recorded in the output's {@code document.source}
     * @param sha256       SHA-256 of the PDF
     * @param models       fingerprint of models/ when it was extracted
     * @param bilex        bilex version that extracted it
     * @param status       {@link #EXTRACTED} or {@link #FAILED}
     * @param outputSha256 SHA-256 of the output (extracted only)
     * @param outputBytes  size of the output (extracted only)
     */
    public record Entry(String pdf, String sha256, String models, String bilex, String status,
                        int pages, int sentences, int entities, int relations,
                        String outputSha256, long outputBytes,
                        String reason, String errorClass, String message) {

        public static Entry extracted(String pdf, String sha256, String models, String bilex, int pages, int sentences,
                                      int entities, int relations, String outputSha256, long outputBytes) {
            return new Entry(pdf, sha256, models, bilex, EXTRACTED, pages, sentences, entities, relations,
                    outputSha256, outputBytes, null, null, null);
        }

        public static Entry failed(String pdf, String sha256, String models, String bilex, Failure f) {
            return new Entry(pdf, sha256, models, bilex, FAILED, 0, 0, 0, 0, null, 0, f.reason(), f.errorClass(), f.message());
        }

        public boolean extracted() {
            return EXTRACTED.equals(status);
        }

        /** Made from these PDF bytes with these models by this version. */
        public boolean madeFrom(String sha, String modelsFingerprint, String version) {
            return sha.equals(sha256) && modelsFingerprint.equals(models) && version.equals(bilex);
        }

        public Entry withPdf(String newPdf, String newOutputSha256, long newOutputBytes) {
            return new Entry(newPdf, sha256, models, bilex, status, pages, sentences, entities, relations,
                    newOutputSha256, newOutputBytes, reason, errorClass, message);
        }

        void write(JsonGenerator g) throws IOException {
            g.writeStartObject();
            g.writeStringField("pdf", pdf);
            g.writeStringField("sha256", sha256);
            g.writeStringField("models", models);
            g.writeStringField("bilex", bilex);
            g.writeStringField("status", status);
            if (extracted()) {
                g.writeNumberField("pages", pages);
                g.writeNumberField("sentences", sentences);
                g.writeNumberField("entities", entities);
                g.writeNumberField("relations", relations);
                g.writeStringField("output_sha256", outputSha256);
                g.writeNumberField("output_bytes", outputBytes);
            } else {
                g.writeStringField("reason", reason);
                g.writeStringField("error_class", errorClass);
                g.writeStringField("message", message);
            }
            g.writeEndObject();
        }

        static Entry read(JsonNode n) {
            String status = text(n, "status");
            if (!EXTRACTED.equals(status) && !FAILED.equals(status)) throw new IllegalArgumentException("bad status " + status);
            return new Entry(text(n, "pdf"), text(n, "sha256"), text(n, "models"), text(n, "bilex"), status,
                    n.path("pages").asInt(), n.path("sentences").asInt(), n.path("entities").asInt(),
                    n.path("relations").asInt(), n.path("output_sha256").textValue(), n.path("output_bytes").asLong(),
                    n.path("reason").textValue(), n.path("error_class").textValue(), n.path("message").textValue());
        }

        private static String text(JsonNode n, String field) {
            String v = n.path(field).textValue();
            if (v == null) throw new IllegalArgumentException("no " + field);
            return v;
        }
    }

    private final Path dir;
    private final TreeMap<String, Entry> entries;
    private FileChannel journal;

    private Manifest(Path dir, TreeMap<String, Entry> entries) {
        this.dir = dir;
        this.entries = entries;
    }

    /** An empty manifest that is never written (check mode, tests). */
    public static Manifest empty(Path dir) {
        return new Manifest(dir, new TreeMap<>());
    }

    /**
     * Reads OUT/.bilex-manifest.json and replays OUT/.bilex-manifest.journal. A damaged manifest is
     * reported through {@code warn} and treated as empty (everything is extracted again).
     */
    public static Manifest load(Path dir, java.util.function.Consumer<String> warn) {
        TreeMap<String, Entry> entries = new TreeMap<>();
        Path file = dir.resolve(FILE);
        if (Files.isRegularFile(file)) {
            try {
                JsonNode root = MAPPER.readTree(file.toFile());
                if (!SCHEMA.equals(root.path("schema").textValue())) throw new IOException("not a " + SCHEMA + " file");
                for (Iterator<Map.Entry<String, JsonNode>> it = root.path("files").fields(); it.hasNext(); ) {
                    Map.Entry<String, JsonNode> e = it.next();
                    entries.put(e.getKey(), Entry.read(e.getValue()));
                }
            } catch (IOException | RuntimeException e) {
                warn.accept(file + ": damaged manifest ignored, every PDF will be extracted again (" + e.getMessage() + ")");
                entries.clear();
            }
        }
        Path j = dir.resolve(JOURNAL);
        if (Files.isRegularFile(j)) {
            try {
                for (String line : Files.readAllLines(j, StandardCharsets.UTF_8)) {
                    JsonNode n;
                    try {
                        n = MAPPER.readTree(line);
                    } catch (IOException e) {
                        break; // the line a killed run was writing
                    }
                    if (n == null) break;
                    if (n.hasNonNull("remove")) {
                        entries.remove(n.get("remove").textValue());
                    } else if (n.hasNonNull("put")) {
                        try {
                            entries.put(n.get("put").textValue(), Entry.read(n.path("entry")));
                        } catch (RuntimeException e) {
                            break;
                        }
                    }
                }
            } catch (IOException | RuntimeException e) {
                warn.accept(j + ": cannot read the journal (" + e.getMessage() + "); the files it lists will be extracted again");
            }
        }
        return new Manifest(dir, entries);
    }

    public Entry get(String output) {
        return entries.get(output);
    }

    /** The entries by output path, sorted. */
    public SortedMap<String, Entry> entries() {
        return Collections.unmodifiableSortedMap(entries);
    }

    /** Records an entry and appends it to the journal. */
    public void put(String output, Entry e) throws IOException {
        entries.put(output, e);
        append(journalLine(g -> {
            g.writeStringField("put", output);
            g.writeFieldName("entry");
            e.write(g);
        }));
    }

    /** Forgets an entry and appends that to the journal. */
    public void remove(String output) throws IOException {
        if (entries.remove(output) == null) return;
        append(journalLine(g -> g.writeStringField("remove", output)));
    }

    private interface Fields {
        void write(JsonGenerator g) throws IOException;
    }

    private static byte[] journalLine(Fields f) {
        ByteArrayOutputStream b = new ByteArrayOutputStream(512);
        try (JsonGenerator g = COMPACT.createGenerator(b)) {
            g.writeStartObject();
            f.write(g);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        b.write('\n');
        return b.toByteArray();
    }

    private void append(byte[] line) throws IOException {
        if (journal == null) {
            journal = FileChannel.open(dir.resolve(JOURNAL), StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    StandardOpenOption.APPEND);
        }
        ByteBuffer buf = ByteBuffer.wrap(line);
        while (buf.hasRemaining()) journal.write(buf);
    }

    /** The manifest file's bytes: deterministic, sorted by output path. */
    public byte[] toJson() {
        ByteArrayOutputStream b = new ByteArrayOutputStream(256 + entries.size() * 512);
        try (JsonGenerator g = JsonWriter.generator(b)) {
            g.writeStartObject();
            g.writeStringField("schema", SCHEMA);
            g.writeObjectFieldStart("files");
            for (Map.Entry<String, Entry> e : entries.entrySet()) {
                g.writeFieldName(e.getKey());
                e.getValue().write(g);
            }
            g.writeEndObject();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        b.write('\n');
        return b.toByteArray();
    }

    /** Whether a journal is there (a run was killed before it could fold it in). */
    public boolean hasJournal() {
        return Files.exists(dir.resolve(JOURNAL));
    }

    /** Writes the manifest atomically, then deletes the journal. */
    public void compact() throws IOException {
        close();
        AtomicFiles.write(dir.resolve(FILE), toJson());
        Files.deleteIfExists(dir.resolve(JOURNAL));
    }

    @Override
    public void close() throws IOException {
        if (journal != null) {
            journal.close();
            journal = null;
        }
    }
}
