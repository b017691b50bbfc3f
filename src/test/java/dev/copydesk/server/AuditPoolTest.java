package dev.copydesk.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The limits on audits in flight: a full queue is 429 with Retry-After, a slow audit 503; latches, not timings, decide. */
class AuditPoolTest {
    @Test
    void whenEveryWorkerAndQueuePlaceIsTakenTheNextRequestIsTurnedAway() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch running = new CountDownLatch(1);
        ExecutorService clients = Executors.newSingleThreadExecutor();
        try (AuditPool pool = new AuditPool(1, 0, Duration.ofSeconds(30))) {
            Future<String> first = clients.submit(() -> pool.run(() -> {
                running.countDown();
                release.await();
                return "first";
            }));
            running.await(10, TimeUnit.SECONDS);
            HttpError busy = assertThrows(HttpError.class, () -> pool.run(() -> "second"));
            release.countDown();
            assertEquals(429, busy.status());
            assertEquals(1, busy.retryAfterSeconds());
            assertEquals("first", first.get(10, TimeUnit.SECONDS));
            // With no queue, a worker takes a task only once it is back waiting for one: give it a moment.
            String third = null;
            for (int attempt = 0; attempt < 100 && third == null; attempt++) {
                try {
                    third = pool.run(() -> "third");
                } catch (HttpError stillBusy) {
                    Thread.sleep(20);
                }
            }
            assertEquals("third", third, "a free worker takes the next one");
        } finally {
            clients.shutdownNow();
        }
    }

    @Test
    void anAuditPastTheTimeLimitIs503() {
        CountDownLatch never = new CountDownLatch(1);
        try (AuditPool pool = new AuditPool(1, 4, Duration.ofMillis(200))) {
            HttpError slow = assertThrows(HttpError.class, () -> pool.run(() -> {
                never.await(5, TimeUnit.SECONDS);
                return "late";
            }));
            assertEquals(503, slow.status());
            never.countDown();
        }
    }
}
