package org.bilex.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.Level;

/**
 * Where the libraries' own logging goes. PDFBox logs through commons-logging, which hands it to
 * SLF4J; CoreNLP logs through SLF4J; both end in slf4j-simple, the one SLF4J backend on the class
 * path. HanLP logs through java.util.logging. None of it goes to the console unless {@code --verbose}:
 * a batch run sends it to {@code OUT/.bilex.log}, other commands drop it. bilex's own messages (one
 * line per failure, the summary) are printed by bilex and are not affected.
 *
 * <p>slf4j-simple reads its settings once, when the first logger is made; commands call
 * {@link #configure} before they touch a library, so it must stay the first thing they do.
 */
public final class Logging {

    /** The library log of a batch run, in its output folder. */
    static final String FILE = ".bilex.log";

    private Logging() {
    }

    /**
     * @param verbose library messages (level info and above) on stderr
     * @param outDir  the output folder for {@link #FILE} (created if need be), or null: library messages are dropped
     * @return the log file, or null when there is none
     */
    public static Path configure(boolean verbose, Path outDir) {
        Path file = null;
        if (verbose) {
            set("org.slf4j.simpleLogger.logFile", "System.err");
            set("org.slf4j.simpleLogger.defaultLogLevel", System.getProperty("bilex.log", "info"));
        } else if (outDir != null && (file = logFile(outDir)) != null) {
            set("org.slf4j.simpleLogger.logFile", file.toString());
            set("org.slf4j.simpleLogger.defaultLogLevel", System.getProperty("bilex.log", "warn"));
            set("org.slf4j.simpleLogger.showDateTime", "true");
            set("org.slf4j.simpleLogger.showThreadName", "true");
        } else {
            set("org.slf4j.simpleLogger.defaultLogLevel", "off");
        }
        julToConsole(verbose);
        return file;
    }

    /** java.util.logging (HanLP): its console handler is the only one; off unless verbose (HanLP sets its own logger's level). */
    static void julToConsole(boolean on) {
        java.util.logging.Logger root = java.util.logging.Logger.getLogger("");
        root.setLevel(on ? Level.INFO : Level.OFF);
        for (java.util.logging.Handler h : root.getHandlers()) h.setLevel(on ? Level.INFO : Level.OFF);
    }

    private static Path logFile(Path outDir) {
        try {
            Files.createDirectories(outDir);
            Path f = outDir.resolve(FILE);
            Files.newOutputStream(f).close(); // slf4j-simple would fall back to stderr if it could not open it
            return f;
        } catch (IOException | RuntimeException e) {
            return null; // the run reports the folder; its library messages are dropped
        }
    }

    private static void set(String key, String value) {
        System.setProperty(key, value);
    }
}
