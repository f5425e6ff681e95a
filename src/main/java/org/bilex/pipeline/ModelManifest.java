package org.bilex.pipeline;

import org.bilex.core.ComponentSpec;
import org.bilex.core.ModelException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code models/manifest.tsv}: the pipeline's components, one a line, in the order they load
 * (and, for entity finders and relation patterns, the order they run). Columns:
 * {@code component  implementation  files  version  source}; files comma-separated, relative to
 * the models folder, "-" for none; a folder stands for the {@code .tsv} files under it.
 * '#' starts a comment line. A bad line, a duplicate component, or a listed file that is not
 * there fails at load, naming the line.
 */
public final class ModelManifest {

    public static final String FILE = "manifest.tsv";
    static final String HEADER = "component\timplementation\tfiles\tversion\tsource";

    private ModelManifest() {
    }

    public static List<ComponentSpec> read(Path models) {
        Path f = models.resolve(FILE);
        if (!Files.isRegularFile(f)) throw new ModelException(f + ": no manifest of components in the models folder");
        List<String> lines;
        try {
            lines = Files.readAllLines(f, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new ModelException(f + ": " + e.getMessage(), e);
        }
        List<ComponentSpec> out = new ArrayList<>();
        Set<String> names = new HashSet<>();
        boolean header = false;
        for (int n = 1; n <= lines.size(); n++) {
            String line = lines.get(n - 1);
            if (line.isBlank() || line.startsWith("#")) continue;
            if (!header) {
                if (!line.strip().equals(HEADER)) {
                    throw new ModelException(f + ":" + n + ": expected header '" + HEADER.replace("\t", "\\t") + "'");
                }
                header = true;
                continue;
            }
            String[] c = line.split("\t", -1);
            if (c.length != 5) throw new ModelException(f + ":" + n + ": expected 5 tab-separated columns, found " + c.length);
            String name = c[0].strip();
            if (name.isEmpty() || c[1].isBlank() || c[3].isBlank()) {
                throw new ModelException(f + ":" + n + ": component, implementation and version must not be empty");
            }
            if (!names.add(name)) throw new ModelException(f + ":" + n + ": component '" + name + "' listed twice");
            List<String> files = new ArrayList<>();
            if (!c[2].strip().equals("-")) {
                for (String s : c[2].split(",")) {
                    String rel = s.strip();
                    Path p = models.resolve(rel).normalize();
                    if (rel.isEmpty() || !p.startsWith(models.normalize()) || !Files.exists(p)) {
                        throw new ModelException(f + ":" + n + ": " + name + ": file '" + rel + "' not found in " + models);
                    }
                    files.add(rel);
                }
            }
            out.add(new ComponentSpec(name, c[1].strip(), files, c[3].strip(), c[4].strip(), f.toString(), n));
        }
        if (!header) throw new ModelException(f + ": empty manifest");
        unlisted(models, f, out);
        return out;
    }

    /** A rule file no component lists would be silently ignored: that fails too. */
    private static void unlisted(Path models, Path f, List<ComponentSpec> specs) {
        Path rules = models.resolve("rules");
        if (!Files.isDirectory(rules)) return;
        Set<String> listed = new HashSet<>();
        for (ComponentSpec s : specs) for (String file : s.files()) listed.add(models.resolve(file).normalize().toString());
        try (java.util.stream.Stream<Path> st = Files.list(rules)) {
            for (Path p : st.sorted().toList()) {
                String n = p.getFileName().toString();
                if (n.endsWith(".tsv") && !listed.contains(p.normalize().toString()) && !listed.contains(rules.normalize().toString())) {
                    throw new ModelException(f + ": rules/" + n + " is read by no component; list it on a component's line");
                }
            }
        } catch (IOException e) {
            throw new ModelException(rules + ": " + e.getMessage(), e);
        }
    }
}
