package org.bilex.output;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The JSON files of an output folder that exports and {@code bilex load} read: every
 * {@code *.json} under it, recursively, in the order of their relative paths. Hidden files and
 * folders (temporary files of a run), the {@code export/} folder at the top (where exports go)
 * and the run reports ({@code run-report.json} at the top, and in subfolders when the file is a
 * run report: a folder of output folders) are left out. Whether a file is a bilex document is for
 * {@link StoredDocument#parse} to say.
 */
public final class OutputFiles {

    /** Default folder, under the output folder, of exports. */
    public static final String EXPORT_DIR = "export";

    private OutputFiles() {
    }

    /** A JSON file and its path relative to the output folder, with '/' separators. */
    public record Item(Path file, String relative) {
    }

    /**
     * @param outDir  the output folder (or a single JSON file)
     * @param exclude further folders to leave out (e.g. where an export goes), or empty
     */
    public static List<Item> collect(Path outDir, List<Path> exclude) throws IOException {
        List<Item> out = new ArrayList<>();
        if (Files.isRegularFile(outDir)) {
            out.add(new Item(outDir, outDir.getFileName().toString()));
            return out;
        }
        if (!Files.isDirectory(outDir)) throw new IOException(outDir + ": no such folder");
        Path root = outDir.toAbsolutePath().normalize();
        List<Path> skip = new ArrayList<>();
        skip.add(root.resolve(EXPORT_DIR));
        for (Path p : exclude) skip.add(p.toAbsolutePath().normalize());
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                if (dir.equals(root)) return FileVisitResult.CONTINUE;
                if (dir.getFileName().toString().startsWith(".") || skip.contains(dir)) return FileVisitResult.SKIP_SUBTREE;
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                String name = file.getFileName().toString();
                if (!attrs.isRegularFile() || name.startsWith(".") || !name.toLowerCase(java.util.Locale.ROOT).endsWith(".json")) {
                    return FileVisitResult.CONTINUE;
                }
                String rel = root.relativize(file).toString().replace('\\', '/');
                if (rel.equals("run-report.json") || name.equals("run-report.json") && isRunReport(file)) return FileVisitResult.CONTINUE;
                out.add(new Item(outDir.resolve(rel), rel));
                return FileVisitResult.CONTINUE;
            }
        });
        out.sort(Comparator.comparing(Item::relative));
        return out;
    }

    /** Whether a file is a run's report ({@code "schema" : "bilex-run-report/…"} near its start). */
    static boolean isRunReport(Path file) {
        try (java.io.InputStream in = Files.newInputStream(file)) {
            String head = new String(in.readNBytes(200), java.nio.charset.StandardCharsets.UTF_8);
            return head.matches("(?s)\\s*\\{\\s*\"schema\"\\s*:\\s*\"bilex-run-report/.*");
        } catch (IOException e) {
            return false;
        }
    }
}
