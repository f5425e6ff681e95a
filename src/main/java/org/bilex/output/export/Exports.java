package org.bilex.output.export;

import org.bilex.core.AtomicFiles;
import org.bilex.output.OutputFiles;
import org.bilex.output.StoredDocument;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Runs exporters over the bilex JSON files of an output folder, one document at a time. Files
 * that are not bilex documents get one line on stderr each and are left out; the rest are
 * exported, each format into its own folder {@code ROOT/FORMAT/}. Every file is written to a
 * temporary file and renamed, so a failed run leaves no partial export.
 */
public final class Exports {

    /** The formats by name. */
    public static final List<String> FORMATS = List.of("bioc", "pubannotation", "ndjson");

    private Exports() {
    }

    /** The exporter of a format name (case-insensitive). */
    public static Exporter of(String format, String bulkIndex) {
        return switch (format.toLowerCase(Locale.ROOT)) {
            case "bioc" -> new BiocExporter();
            case "pubannotation" -> new PubAnnotationExporter();
            case "ndjson" -> new NdjsonExporter(bulkIndex);
            default -> throw new IllegalArgumentException("unknown format '" + format + "' (formats: "
                    + String.join(", ", FORMATS) + ")");
        };
    }

    /** What a run did: documents exported, files skipped, files written. */
    public record Summary(int documents, int skipped, List<Path> written) {
    }

    /**
     * @param outDir    the bilex output folder
     * @param root      the export root (each format goes to root/FORMAT/)
     * @param exporters the formats to write
     * @param err       where bad files are reported
     */
    public static Summary run(Path outDir, Path root, List<Exporter> exporters, PrintStream err) throws IOException {
        List<OutputFiles.Item> items = OutputFiles.collect(outDir, List.of(root));
        List<Path> written = new ArrayList<>();
        Map<Exporter, Combined> combined = new LinkedHashMap<>();
        int docs = 0, skipped = 0;
        try {
            for (Exporter x : exporters) {
                if (x.combined()) combined.put(x, new Combined(root.resolve(x.format()).resolve(x.target(""))));
            }
            for (OutputFiles.Item it : items) {
                StoredDocument d;
                try {
                    d = StoredDocument.read(it.file());
                } catch (StoredDocument.NotBilexException e) {
                    skipped++;
                    err.println("bilex: " + it.file() + ": skipped: " + e.getMessage());
                    continue;
                } catch (IOException e) {
                    skipped++;
                    err.println("bilex: " + it.file() + ": cannot read: " + e.getMessage());
                    continue;
                }
                docs++;
                for (Exporter x : exporters) {
                    if (x.combined()) {
                        combined.get(x).out.write(x.write(d));
                    } else {
                        Path target = root.resolve(x.format()).resolve(x.target(it.relative()));
                        AtomicFiles.write(target, x.write(d));
                        written.add(target);
                    }
                }
            }
            for (Combined c : combined.values()) {
                c.finish();
                written.add(c.target);
            }
        } finally {
            for (Combined c : combined.values()) c.discard();
        }
        for (Exporter x : exporters) {
            for (Map.Entry<String, byte[]> e : new TreeMap<>(x.extras()).entrySet()) {
                Path p = root.resolve(x.format()).resolve(e.getKey());
                AtomicFiles.write(p, e.getValue());
                written.add(p);
            }
        }
        return new Summary(docs, skipped, written);
    }

    /** A file that all documents are appended to: a temporary file until it is complete. */
    private static final class Combined {
        final Path target;
        final Path tmp;
        final OutputStream out;

        Combined(Path target) throws IOException {
            this.target = target;
            Path dir = target.toAbsolutePath().getParent();
            Files.createDirectories(dir);
            tmp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
            out = new java.io.BufferedOutputStream(Files.newOutputStream(tmp), 1 << 16);
        }

        void finish() throws IOException {
            out.close();
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }

        void discard() {
            try {
                out.close();
                Files.deleteIfExists(tmp);
            } catch (IOException ignored) {
                // best effort
            }
        }
    }
}
