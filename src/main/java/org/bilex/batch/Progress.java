package org.bilex.batch;

import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What a run shows while it goes on: a progress bar (files, pages/s, ETA) when stderr is a
 * terminal, one plain line every few seconds when it is not (CI logs), or nothing. Lines about
 * single files go through {@link #println} so they do not tear the bar.
 */
public abstract class Progress implements AutoCloseable {

    public enum Mode { AUTO, BAR, LOG, NONE }

    /** Seconds between two log lines when stderr is not a terminal. */
    public static final Duration LOG_EVERY = Duration.ofSeconds(10);

    protected final PrintStream err;
    protected final AtomicInteger done = new AtomicInteger();
    protected final AtomicInteger failed = new AtomicInteger();
    protected final AtomicLong pages = new AtomicLong();
    protected volatile int total;
    protected volatile long startNanos = System.nanoTime();

    protected Progress(PrintStream err) {
        this.err = err;
    }

    public static Progress create(Mode mode, PrintStream err) {
        Mode m = mode == Mode.AUTO ? (System.console() != null ? Mode.BAR : Mode.LOG) : mode;
        return switch (m) {
            case BAR -> new Bar(err);
            case LOG -> new Log(err, LOG_EVERY);
            default -> new Progress(err) {
                @Override
                public void info(String line) {
                }
            };
        };
    }

    /** The work starts: {@code total} files to extract. */
    public void start(int total) {
        this.total = total;
        this.startNanos = System.nanoTime();
    }

    /** One file is done. */
    public void step(int filePages, boolean fileFailed) {
        done.incrementAndGet();
        pages.addAndGet(filePages);
        if (fileFailed) failed.incrementAndGet();
    }

    /** A line about the run (what it is going to do); not shown with {@link Mode#NONE}. */
    public void info(String line) {
        println(line);
    }

    /** A line about one file (a failure), printed without tearing the bar. */
    public synchronized void println(String line) {
        err.println(line);
    }

    @Override
    public void close() {
    }

    protected double seconds() {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    static String duration(double seconds) {
        long s = Math.round(seconds);
        if (s < 60) return s + "s";
        if (s < 3600) return (s / 60) + "m" + String.format(Locale.ROOT, "%02d", s % 60) + "s";
        return (s / 3600) + "h" + String.format(Locale.ROOT, "%02d", (s % 3600) / 60) + "m";
    }

    /** Plain lines, one every {@code every}, from a daemon timer (so a slow file shows too). */
    static final class Log extends Progress {
        private final ScheduledExecutorService timer;
        private final Duration every;

        Log(PrintStream err, Duration every) {
            super(err);
            this.every = every;
            this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "bilex-progress");
                t.setDaemon(true);
                return t;
            });
        }

        @Override
        public void start(int total) {
            super.start(total);
            long ms = every.toMillis();
            timer.scheduleAtFixedRate(this::line, ms, ms, TimeUnit.MILLISECONDS);
        }

        synchronized void line() {
            int d = done.get();
            double s = seconds();
            double fps = d / Math.max(s, 1e-3);
            String eta = d == 0 ? "?" : duration((total - d) / Math.max(fps, 1e-9));
            err.printf(Locale.ROOT, "bilex: %d/%d files (%d%%), %d failed, %.2f files/s, %.1f pages/s, elapsed %s, ETA %s%n",
                    d, total, total == 0 ? 100 : d * 100 / total, failed.get(), fps, pages.get() / Math.max(s, 1e-3),
                    duration(s), eta);
        }

        @Override
        public void close() {
            timer.shutdownNow();
        }
    }

    /** me.tongfei:progressbar on stderr. */
    static final class Bar extends Progress {
        private ProgressBar bar;

        Bar(PrintStream err) {
            super(err);
        }

        @Override
        public synchronized void start(int total) {
            super.start(total);
            bar = new ProgressBarBuilder().setTaskName("bilex").setInitialMax(total)
                    .setStyle(ProgressBarStyle.ASCII).setUnit(" files", 1).setUpdateIntervalMillis(500)
                    .setConsumer(new ConsoleProgressBarConsumer(err)).build();
        }

        @Override
        public synchronized void step(int filePages, boolean fileFailed) {
            super.step(filePages, fileFailed);
            if (bar == null) return;
            bar.step();
            bar.setExtraMessage(String.format(Locale.ROOT, "%.1f pages/s%s", pages.get() / Math.max(seconds(), 1e-3),
                    failed.get() > 0 ? ", " + failed.get() + " failed" : ""));
        }

        @Override
        public synchronized void println(String line) {
            err.print("\r\033[K");
            err.println(line);
        }

        @Override
        public synchronized void close() {
            if (bar != null) bar.close();
            bar = null;
        }
    }
}
