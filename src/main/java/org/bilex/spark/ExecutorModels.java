package org.bilex.spark;

import org.bilex.cli.Extraction;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The models of one executor JVM: loaded by the first task that needs them and shared by all the
 * tasks the executor runs, at once or later (the pipeline is thread-safe: {@code bilex extract -j N}
 * shares one too). A JVM loads them once per models folder and PDF options.
 */
final class ExecutorModels {

    private static final Map<String, Extraction> LOADED = new HashMap<>();

    private ExecutorModels() {
    }

    static synchronized Extraction get(JobOptions o) throws IOException {
        String key = o.models() + "\u0000" + o.maxPages() + "\u0000" + o.noOcr();
        Extraction x = LOADED.get(key);
        if (x == null) {
            x = Extraction.load(java.nio.file.Path.of(o.models()), o.maxPages(), o.noOcr(), List.of(), System.err);
            LOADED.put(key, x);
        }
        return x;
    }
}
