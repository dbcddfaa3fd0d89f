package org.innopark.app.registry.imports;

import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Runs an import's database work (reference checks, chunk writes) in order on one helper thread while the caller
 * reads and validates the next chunk, so that parsing and writing overlap on two cores. The helper thread joins the
 * caller's transaction: it is given the transaction's resources (the bound connection), so everything it writes is
 * part of the same all-or-nothing transaction. At most {@code capacity} tasks wait, which bounds the memory held.
 *
 * <p>A failing task stops the pipeline: later tasks are skipped and the failure is thrown to the caller by the next
 * {@link #submit} or by {@link #finish}, so the caller's transaction is rolled back. {@link #close} (on any failure of
 * the caller) skips whatever waits and returns only once the running task has ended, so the transaction is never
 * rolled back or committed under a write still in progress.
 */
final class WriteBehind implements AutoCloseable {

    private static final Runnable END = () -> {};

    private final BlockingQueue<Runnable> queue;
    private final Thread thread;
    private volatile Throwable failure;
    private volatile boolean aborted;
    private boolean ended;

    WriteBehind(String name, int capacity) {
        this.queue = new ArrayBlockingQueue<>(capacity);
        Map<Object, Object> resources = TransactionSynchronizationManager.getResourceMap();
        this.thread = new Thread(() -> work(resources), name);
        thread.setDaemon(true);
        thread.start();
    }

    private void work(Map<Object, Object> resources) {
        resources.forEach(TransactionSynchronizationManager::bindResource);
        try {
            while (true) {
                Runnable task = queue.poll(100, TimeUnit.MILLISECONDS);
                if (task == END || (task == null && aborted)) {
                    return;
                }
                if (task == null) {
                    continue;
                }
                if (failure == null && !aborted) {
                    try {
                        task.run();
                    } catch (Throwable t) {
                        failure = t;
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            resources.keySet().forEach(TransactionSynchronizationManager::unbindResourceIfPossible);
        }
    }

    /** Queues a task, waiting while the queue is full; throws the failure of an earlier task, if any. */
    void submit(Runnable task) {
        rethrow();
        if (ended) {
            throw new IllegalStateException("the writer has finished");
        }
        put(task);
        rethrow();
    }

    /** Waits for every queued task to end, then throws the failure of any of them. */
    void finish() {
        end();
        rethrow();
    }

    /** Skips what waits, waits for the running task to end; never throws the tasks' failure. */
    @Override
    public void close() {
        aborted = true;
        queue.clear();
        end();
    }

    private void end() {
        if (!ended) {
            ended = true;
            put(END);
        }
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
                aborted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void put(Runnable task) {
        try {
            while (!queue.offer(task, 100, TimeUnit.MILLISECONDS)) {
                if (!thread.isAlive()) {
                    throw new IllegalStateException("the writer thread has stopped");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            close();
            throw new IllegalStateException("interrupted while waiting for the writer", e);
        }
    }

    private void rethrow() {
        Throwable t = failure;
        if (t instanceof RuntimeException r) {
            throw r;
        }
        if (t instanceof Error e) {
            throw e;
        }
        if (t != null) {
            throw new IllegalStateException(t.getMessage(), t);
        }
    }
}
