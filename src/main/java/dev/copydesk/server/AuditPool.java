package dev.copydesk.server;

import dev.copydesk.audit.WorkerThreads;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * The audits in flight: a fixed number of workers and a bounded queue, so a burst of requests
 * waits in line up to a point and is then turned away (429) instead of piling up until memory or
 * patience runs out. Each request waits at most the time limit (503 past it; a queued audit is
 * dropped, a running one is left to finish, since the analysis does not stop half way).
 */
final class AuditPool implements AutoCloseable {
    private final ThreadPoolExecutor executor;
    private final Duration timeLimit;

    AuditPool(int workers, int queue, Duration timeLimit) {
        this.executor = new ThreadPoolExecutor(workers, workers, 0, TimeUnit.MILLISECONDS,
                queue == 0 ? new java.util.concurrent.SynchronousQueue<>() : new ArrayBlockingQueue<>(queue),
                WorkerThreads.named("copydesk-audit"));
        this.timeLimit = timeLimit;
    }

    /** Runs {@code audit} on a worker and waits for it, within the limits. */
    <T> T run(Callable<T> audit) throws HttpError {
        Future<T> future;
        try {
            future = executor.submit(audit);
        } catch (RejectedExecutionException full) {
            throw new HttpError(429, "the server is busy: every worker and queue place is taken; retry shortly", 1);
        }
        try {
            return future.get(timeLimit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException slow) {
            future.cancel(false);
            executor.remove((Runnable) future); // a cancelled task waiting in the queue gives its place back now
            throw new HttpError(503, "the audit took longer than the server's limit of " + timeLimit.toSeconds() + " s", 5);
        } catch (InterruptedException stopping) {
            Thread.currentThread().interrupt();
            throw new HttpError(503, "the server is stopping", 5);
        } catch (ExecutionException failed) {
            if (failed.getCause() instanceof HttpError error) {
                throw error;
            }
            throw new IllegalStateException(failed.getCause());
        }
    }

    @Override
    public void close() {
        executor.shutdown();
        try {
            executor.awaitTermination(timeLimit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        executor.shutdownNow();
    }
}
