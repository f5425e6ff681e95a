package org.bilex.batch;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Runs one task per item on at most {@code jobs} threads at once, with a time limit per task counted
 * from the moment it starts. Results are handed to a callback on the calling thread, in order of
 * completion, so the caller needs no locks. At most {@code jobs} items are in flight, so the memory
 * a run needs does not grow with the number of items.
 *
 * <p>PDFBox cannot be interrupted, so a task past its limit is abandoned rather than stopped: its
 * {@link TaskGuard} is cancelled (it stops at its next checkpoint and can no longer write its
 * output), its thread is interrupted (which ends a waiting tesseract), it is reported as timed out,
 * and the next item starts on a new thread. Abandoned tasks that are still running hold up to
 * {@code jobs - 1} slots until they end, so slow ones do not crowd the machine while one stuck for
 * good cannot stop the run. Threads are daemons, so an abandoned task that never ends does not keep
 * the JVM alive.
 */
public final class Workers implements AutoCloseable {

    public interface Task<T, R> {
        R run(T item, TaskGuard guard) throws Exception;
    }

    public interface Done<T, R> {
        /**
         * @param result   the task's result, or null
         * @param error    what the task threw, or null
         * @param timedOut the task ran past the limit and was abandoned
         * @param nanos    how long it ran
         */
        void done(T item, R result, Throwable error, boolean timedOut, long nanos);
    }

    private static final AtomicInteger POOLS = new AtomicInteger();

    private final int jobs;
    private final long timeoutNanos;
    private final ExecutorService pool;
    private final List<Slot<?>> abandoned = new ArrayList<>();

    /**
     * @param jobs    tasks at once
     * @param timeout per task, 0 or less for none
     */
    public Workers(int jobs, java.time.Duration timeout) {
        if (jobs < 1) throw new IllegalArgumentException("jobs must be positive: " + jobs);
        this.jobs = jobs;
        this.timeoutNanos = timeout == null || timeout.isZero() || timeout.isNegative() ? 0 : timeout.toNanos();
        int pool = POOLS.incrementAndGet();
        AtomicInteger n = new AtomicInteger();
        this.pool = Executors.newCachedThreadPool(r -> {
            Thread t = new Thread(r, "bilex-worker-" + pool + "-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        });
    }

    private static final class Slot<T> {
        final T item;
        final TaskGuard guard = new TaskGuard();
        volatile boolean finished;

        Slot(T item) {
            this.item = item;
        }
    }

    public <T, R> void run(List<T> items, Task<T, R> task, Done<T, R> done) throws InterruptedException {
        ExecutorCompletionService<R> ecs = new ExecutorCompletionService<>(pool);
        Deque<T> pending = new ArrayDeque<>(items);
        Map<Future<R>, Slot<T>> running = new IdentityHashMap<>();
        while (!pending.isEmpty() || !running.isEmpty()) {
            // abandoned tasks still running take up to jobs - 1 slots: slow ones cannot crowd the
            // machine, and a task stuck for good cannot stop the run
            int held = Math.min(stillRunningAbandoned(), jobs - 1);
            while (running.size() + held < jobs && !pending.isEmpty()) {
                Slot<T> slot = new Slot<>(pending.poll());
                Future<R> f = ecs.submit(() -> {
                    slot.guard.started();
                    try {
                        return task.run(slot.item, slot.guard);
                    } finally {
                        slot.finished = true;
                    }
                });
                running.put(f, slot);
            }
            Future<R> f;
            if (timeoutNanos == 0) {
                f = ecs.take();
            } else {
                long now = System.nanoTime();
                long wait = Long.MAX_VALUE;
                for (Slot<T> s : running.values()) {
                    long st = s.guard.startedNanos();
                    wait = Math.min(wait, st == 0 ? TimeUnit.MILLISECONDS.toNanos(50) : st + timeoutNanos - now);
                }
                if (held > 0 && !pending.isEmpty()) wait = Math.min(wait, TimeUnit.MILLISECONDS.toNanos(50));
                f = ecs.poll(Math.max(wait, TimeUnit.MILLISECONDS.toNanos(5)), TimeUnit.NANOSECONDS);
            }
            if (f != null) {
                Slot<T> slot = running.remove(f);
                if (slot == null) continue; // a task abandoned earlier
                deliver(slot, f, done);
                continue;
            }
            long now = System.nanoTime();
            for (Map.Entry<Future<R>, Slot<T>> e : new ArrayList<>(running.entrySet())) {
                Slot<T> s = e.getValue();
                long st = s.guard.startedNanos();
                if (st == 0 || now - st < timeoutNanos || e.getKey().isDone() || !s.guard.cancel()) continue;
                e.getKey().cancel(true);
                running.remove(e.getKey());
                if (!s.finished) abandoned.add(s);
                done.done(s.item, null, null, true, now - st);
            }
        }
    }

    private static <T, R> void deliver(Slot<T> slot, Future<R> f, Done<T, R> done) {
        long nanos = System.nanoTime() - slot.guard.startedNanos();
        try {
            done.done(slot.item, f.get(), null, false, nanos);
        } catch (ExecutionException e) {
            done.done(slot.item, null, e.getCause(), false, nanos);
        } catch (CancellationException e) {
            done.done(slot.item, null, null, true, nanos);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            done.done(slot.item, null, e, false, nanos);
        }
    }

    /** Abandoned tasks whose threads are still running. */
    public int stillRunningAbandoned() {
        abandoned.removeIf(s -> s.finished);
        return abandoned.size();
    }

    @Override
    public void close() {
        pool.shutdownNow();
    }
}
