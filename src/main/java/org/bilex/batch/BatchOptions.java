package org.bilex.batch;

import java.nio.file.Path;
import java.time.Duration;

/**
 * How a batch run goes.
 *
 * @param outDir      output folder
 * @param jobs        files extracted at once
 * @param timeout     per file; zero for none
 * @param check       compare with a fresh extraction instead of writing
 * @param force       extract every file, even unchanged ones
 * @param keepOrphans keep outputs whose PDF is gone (they are reported either way)
 * @param progress    progress display
 */
public record BatchOptions(Path outDir, int jobs, Duration timeout, boolean check, boolean force, boolean keepOrphans,
                           Progress.Mode progress) {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(10);

    public BatchOptions {
        if (jobs < 1) throw new IllegalArgumentException("jobs must be at least 1: " + jobs);
        if (timeout == null || timeout.isNegative()) throw new IllegalArgumentException("timeout must not be negative");
    }

    /** All cores, the default time limit, no progress display. */
    public static BatchOptions defaults(Path outDir) {
        return new BatchOptions(outDir, Runtime.getRuntime().availableProcessors(), DEFAULT_TIMEOUT, false, false, false,
                Progress.Mode.NONE);
    }

    public BatchOptions withJobs(int n) {
        return new BatchOptions(outDir, n, timeout, check, force, keepOrphans, progress);
    }

    public BatchOptions withTimeout(Duration t) {
        return new BatchOptions(outDir, jobs, t, check, force, keepOrphans, progress);
    }

    public BatchOptions withCheck(boolean on) {
        return new BatchOptions(outDir, jobs, timeout, on, force, keepOrphans, progress);
    }

    public BatchOptions withForce(boolean on) {
        return new BatchOptions(outDir, jobs, timeout, check, on, keepOrphans, progress);
    }

    public BatchOptions withKeepOrphans(boolean on) {
        return new BatchOptions(outDir, jobs, timeout, check, force, on, progress);
    }

    public BatchOptions withProgress(Progress.Mode p) {
        return new BatchOptions(outDir, jobs, timeout, check, force, keepOrphans, p);
    }
}
