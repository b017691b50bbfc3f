package dev.copydesk.audit;

import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads audits run on, in a batch and in the server alike: daemon threads with a roomy
 * stack, because deeply nested markup recurses in the parsers and a real page must stay readable.
 */
public final class WorkerThreads {
    static final long STACK_BYTES = 16L * 1024 * 1024;

    private WorkerThreads() {
    }

    /** Threads named {@code name-1}, {@code name-2}, ... */
    public static ThreadFactory named(String name) {
        AtomicInteger count = new AtomicInteger();
        return task -> {
            Thread thread = new Thread(null, task, name + "-" + count.incrementAndGet(), STACK_BYTES);
            thread.setDaemon(true);
            return thread;
        };
    }
}
