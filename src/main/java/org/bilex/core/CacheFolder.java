package org.bilex.core;

import java.nio.file.Path;

/**
 * Where bilex keeps what it compiles once and reads back on later runs (the compiled lexicon, the
 * English parser's model in binary): {@code $BILEX_LEXICON_CACHE} or the system property
 * {@code bilex.lexicon.cache} (a folder, or {@code off}), else {@code $XDG_CACHE_HOME/bilex}, else
 * {@code ~/.cache/bilex}.
 */
public final class CacheFolder {

    private CacheFolder() {
    }

    /** The cache folder, or null when the cache is off. */
    public static Path get() {
        String v = System.getProperty("bilex.lexicon.cache");
        if (v == null) v = System.getenv("BILEX_LEXICON_CACHE");
        if (v != null && !v.isBlank()) return v.strip().equals("off") ? null : Path.of(v.strip());
        String xdg = System.getenv("XDG_CACHE_HOME");
        if (xdg != null && !xdg.isBlank()) return Path.of(xdg, "bilex");
        String home = System.getProperty("user.home");
        return home == null ? null : Path.of(home, ".cache", "bilex");
    }
}
