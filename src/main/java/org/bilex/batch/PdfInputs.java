package org.bilex.batch;

import org.bilex.pipeline.Pipeline;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Finds the PDFs named on the command line: files as given, folders searched recursively. */
public final class PdfInputs {

    /** A PDF and where its output goes, relative to the output folder. */
    public record Input(Path pdf, String outputName) {
    }

    /**
     * Something found in a folder that is not extracted, and why: {@code unreadable} (a folder or
     * file that cannot be read), {@code loop} (a symbolic link back to a folder above it),
     * {@code dangling-link} (a link to nothing), {@code not-a-file} (a folder or device named
     * {@code .pdf}; a folder is still searched).
     */
    public record Skipped(Path path, String reason, String message) {

        /** Whether it makes the run's exit status 1: everything but a folder named .pdf. */
        public boolean failure() {
            return !reason.equals("not-a-file") || !message.startsWith("a folder");
        }
    }

    private PdfInputs() {
    }

    /**
     * @throws java.nio.file.NoSuchFileException when a path does not exist
     * @throws IllegalArgumentException          when two different PDFs would write the same output
     */
    public static List<Input> collect(List<Path> paths) throws IOException {
        return collect(paths, new ArrayList<>());
    }

    /**
     * As {@link #collect(List)}, adding to {@code skipped} what the search of the folders left out.
     * Symbolic links to folders are followed; a link back to a folder above it is a {@code loop},
     * reported and not followed again. A folder that cannot be read is skipped, not fatal.
     */
    public static List<Input> collect(List<Path> paths, List<Skipped> skipped) throws IOException {
        List<Input> out = new ArrayList<>();
        for (Path p : paths) {
            if (!Files.exists(p)) throw new java.nio.file.NoSuchFileException(p.toString(), null, "no such file or folder");
            if (Files.isDirectory(p)) {
                List<Path> found = new ArrayList<>();
                walk(p, found, skipped);
                found.sort(null);
                for (Path f : found) {
                    Path rel = p.relativize(f);
                    String parent = rel.getParent() == null ? "" : rel.getParent().toString().replace('\\', '/') + "/";
                    out.add(new Input(f, parent + Pipeline.name(f) + ".json"));
                }
            } else {
                out.add(new Input(p, Pipeline.name(p) + ".json"));
            }
        }
        java.util.Map<String, Path> byOutput = new java.util.HashMap<>();
        List<Input> unique = new ArrayList<>(out.size());
        for (Input in : out) {
            if (in.outputName().equals(RunReport.FILE) || in.outputName().equals(Manifest.FILE)) {
                throw new IllegalArgumentException(in.pdf() + " would overwrite the run's own " + in.outputName() + "; rename it");
            }
            Path real = in.pdf().toAbsolutePath().normalize();
            Path before = byOutput.putIfAbsent(in.outputName(), real);
            if (before == null) {
                unique.add(in);
            } else if (!before.equals(real)) {
                throw new IllegalArgumentException(before + " and " + real + " would both write " + in.outputName()
                        + "; extract them into different output folders");
            }
        }
        return unique;
    }

    private static void walk(Path root, List<Path> found, List<Skipped> skipped) throws IOException {
        Files.walkFileTree(root, java.util.EnumSet.of(java.nio.file.FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                new java.nio.file.SimpleFileVisitor<>() {
                    @Override
                    public java.nio.file.FileVisitResult preVisitDirectory(Path dir, java.nio.file.attribute.BasicFileAttributes a) {
                        if (!dir.equals(root) && isPdfName(dir)) {
                            skipped.add(new Skipped(dir, "not-a-file", "a folder named .pdf, not a PDF (the PDFs in it are extracted)"));
                        }
                        return java.nio.file.FileVisitResult.CONTINUE;
                    }

                    @Override
                    public java.nio.file.FileVisitResult visitFile(Path f, java.nio.file.attribute.BasicFileAttributes a) {
                        if (a.isRegularFile()) {
                            if (isPdfName(f)) found.add(f);
                        } else if (a.isSymbolicLink()) {
                            // followed links arrive with their target's attributes; a link's own means its target is missing
                            skipped.add(new Skipped(f, "dangling-link", "a symbolic link to nothing ("
                                    + readLink(f) + ")"));
                        } else if (isPdfName(f)) {
                            skipped.add(new Skipped(f, "not-a-file", "not a regular file (a device, pipe or socket)"));
                        }
                        return java.nio.file.FileVisitResult.CONTINUE;
                    }

                    @Override
                    public java.nio.file.FileVisitResult visitFileFailed(Path f, IOException e) {
                        if (e instanceof java.nio.file.FileSystemLoopException) {
                            skipped.add(new Skipped(f, "loop", "a symbolic link to a folder above it; not followed again"));
                        } else if (e instanceof java.nio.file.AccessDeniedException) {
                            skipped.add(new Skipped(f, "unreadable", "permission denied; left out"));
                        } else {
                            skipped.add(new Skipped(f, "unreadable", "cannot be read (" + oneLine(e) + "); left out"));
                        }
                        return java.nio.file.FileVisitResult.CONTINUE;
                    }

                    @Override
                    public java.nio.file.FileVisitResult postVisitDirectory(Path dir, IOException e) {
                        if (e != null) skipped.add(new Skipped(dir, "unreadable", "cannot be listed to the end ("
                                + oneLine(e) + "); the rest of it is left out"));
                        return java.nio.file.FileVisitResult.CONTINUE;
                    }
                });
        skipped.sort(java.util.Comparator.comparing(Skipped::path));
    }

    private static String readLink(Path f) {
        try {
            return "-> " + Files.readSymbolicLink(f);
        } catch (IOException | UnsupportedOperationException e) {
            return "unreadable link";
        }
    }

    private static String oneLine(IOException e) {
        String m = e instanceof java.nio.file.FileSystemException fse && fse.getReason() != null ? fse.getReason() : e.getMessage();
        return (m == null ? e.getClass().getSimpleName() : m).replaceAll("\\s+", " ").strip();
    }

    static boolean isPdfName(Path f) {
        return f.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".pdf");
    }

    /** The path to record as the document's source: relative to the working folder when under it. */
    public static String displayPath(Path pdf) {
        Path abs = pdf.toAbsolutePath().normalize();
        Path cwd = Path.of("").toAbsolutePath().normalize();
        Path shown = abs.startsWith(cwd) ? cwd.relativize(abs) : abs;
        return shown.toString().replace('\\', '/');
    }
}
