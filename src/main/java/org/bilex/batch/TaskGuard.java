package org.bilex.batch;

import org.bilex.core.AtomicFiles;
import java.util.concurrent.CancellationException;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The state of one file's task, shared by the worker thread that runs it and the thread that
 * enforces the time limit. A task runs until it either commits (renames its output into place) or
 * is cancelled, never both: {@link #tryCommit()} and {@link #cancel()} race on one atomic state.
 * A task that lost the race stops at its next {@link #checkpoint()} and never writes.
 */
public final class TaskGuard implements AtomicFiles.Gate {

    private static final int RUNNING = 0;
    private static final int COMMITTING = 1;
    private static final int CANCELLED = 2;

    private final AtomicInteger state = new AtomicInteger(RUNNING);
    private volatile long startedNanos;

    /** A guard that is never cancelled (for single-file use and tests). */
    public static TaskGuard none() {
        return new TaskGuard();
    }

    void started() {
        startedNanos = System.nanoTime();
    }

    /** 0 until the task has started on a worker thread. */
    long startedNanos() {
        return startedNanos;
    }

    /** Throws {@link CancellationException} once the task has been cancelled (timed out). */
    public void checkpoint() {
        if (state.get() == CANCELLED) throw new CancellationException("the file's time limit ran out");
    }

    /** Called just before the output is renamed into place; false when the task was cancelled first. */
    @Override
    public boolean tryCommit() {
        return state.compareAndSet(RUNNING, COMMITTING) || state.get() == COMMITTING;
    }

    /** Cancels the task unless it is already committing (the caller then interrupts it through its future). */
    boolean cancel() {
        return state.compareAndSet(RUNNING, CANCELLED) || state.get() == CANCELLED;
    }

    public boolean cancelled() {
        return state.get() == CANCELLED;
    }
}
