package org.bilex.core;

import java.util.List;

/**
 * One line of {@code models/manifest.tsv}: a pipeline component, the class that implements it,
 * the files it reads (relative to {@code models/}; a folder stands for the {@code .tsv} files
 * under it), the version declared for its code, and where its data comes from.
 *
 * @param line the line of the manifest, for messages
 */
public record ComponentSpec(String name, String implementation, List<String> files, String version, String source,
                            String manifest, int line) {

    public ComponentSpec {
        files = List.copyOf(files);
    }

    /** "models/manifest.tsv:7 (entity-rules)", for messages. */
    public String where() {
        return manifest + ":" + line + " (" + name + ")";
    }
}
