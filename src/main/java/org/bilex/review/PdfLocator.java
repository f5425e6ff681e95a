package org.bilex.review;

import org.bilex.core.Digests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds the PDF an output was made from: {@code document.source} as recorded (relative to the
 * working folder, the output folder or the folder above it), else a file of the document's name in
 * one of the extra folders; the first candidate whose SHA-256 is the recorded one wins.
 */
final class PdfLocator {

    /** The PDF found, or null and why not. */
    record Found(Path pdf, String problem) {
    }

    private final Path outDir;
    private final List<Path> extraDirs;

    PdfLocator(Path outDir, List<Path> extraDirs) {
        this.outDir = outDir;
        this.extraDirs = List.copyOf(extraDirs);
    }

    Found find(String source, String name, String sha256) {
        Set<Path> candidates = new LinkedHashSet<>();
        if (source != null && !source.isBlank()) {
            Path src = Path.of(source);
            candidates.add(src);
            if (!src.isAbsolute()) {
                Path base = Files.isDirectory(outDir) ? outDir : outDir.toAbsolutePath().getParent();
                candidates.add(base.resolve(src));
                if (base.toAbsolutePath().getParent() != null) candidates.add(base.toAbsolutePath().getParent().resolve(src));
            }
        }
        for (Path d : extraDirs) {
            candidates.add(d.resolve(name + ".pdf"));
            if (source != null && !source.isBlank()) candidates.add(d.resolve(Path.of(source).getFileName()));
        }
        List<Path> differing = new ArrayList<>();
        for (Path c : candidates) {
            if (!Files.isRegularFile(c)) continue;
            try {
                if (Digests.file(c).equalsIgnoreCase(sha256)) return new Found(c, null);
                differing.add(c);
            } catch (IOException e) {
                differing.add(c);
            }
        }
        if (!differing.isEmpty()) {
            return new Found(null, "PDF " + differing.get(0) + " has changed since extraction (its SHA-256 is not "
                    + abbreviate(sha256) + "); pages not drawn");
        }
        return new Found(null, "PDF " + source + " not found (looked beside the working folder and the output folder"
                + (extraDirs.isEmpty() ? "" : " and in " + extraDirs) + "); pages not drawn");
    }

    private static String abbreviate(String sha) {
        return sha == null || sha.length() < 12 ? String.valueOf(sha) : sha.substring(0, 12) + "…";
    }
}
