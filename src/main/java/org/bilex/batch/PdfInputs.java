package org.bilex.batch;

import org.bilex.pipeline.Pipeline;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/** Finds the PDFs named on the command line: files as given, folders searched recursively. */
public final class PdfInputs {

    /** A PDF and where its output goes, relative to the output folder. */
    public record Input(Path pdf, String outputName) {
    }

    private PdfInputs() {
    }

    /**
     * @throws java.nio.file.NoSuchFileException when a path does not exist
     * @throws IllegalArgumentException          when two different PDFs would write the same output
     */
    public static List<Input> collect(List<Path> paths) throws IOException {
        List<Input> out = new ArrayList<>();
        for (Path p : paths) {
            if (!Files.exists(p)) throw new java.nio.file.NoSuchFileException(p.toString(), null, "no such file or folder");
            if (Files.isDirectory(p)) {
                List<Path> found = new ArrayList<>();
                try (Stream<Path> s = Files.walk(p)) {
                    s.filter(f -> Files.isRegularFile(f) && isPdfName(f)).forEach(found::add);
                }
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
