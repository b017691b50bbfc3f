package dev.copydesk.lab;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code copydesk load URL}: a load test of a running {@code copydesk serve}, over loopback only.
 * Each request posts one article of a corpus (BBC News: title and text) to {@code /api/audit}.
 * <ul>
 *   <li>{@code paced}: simulated editors, each sending an article at a fixed rate on a fixed
 *       schedule (open loop). Latency is counted from the scheduled moment, so a slow server
 *       cannot hide its queue by slowing the clients down.</li>
 *   <li>{@code saturate}: clients that send again as soon as they are answered, for a time; the
 *       requests per second the server then sustains.</li>
 *   <li>{@code endurance}: a number of requests sent that way, for memory measured around it.</li>
 * </ul>
 * It prints the answers by status and the latency percentiles, and exits 1 when any answer is
 * not a 200.
 */
@Command(name = "load", mixinStandardHelpOptions = true,
        description = "Load-test a running copydesk serve over loopback with a corpus's articles.")
public final class LoadCommand implements java.util.concurrent.Callable<Integer> {

    enum Phase { paced, saturate, endurance }

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "URL", description = "The server, e.g. http://127.0.0.1:8080/ (loopback only)")
    private URI server;

    @Option(names = "--articles", paramLabel = "JSONL", required = true, description = "Articles with title and text (or body)")
    private Path articles;

    @Option(names = "--phase", paramLabel = "PHASE", description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE})")
    private Phase phase = Phase.paced;

    @Option(names = "--editors", paramLabel = "N", description = "paced: simulated editors (default: ${DEFAULT-VALUE})")
    private int editors = 50;

    @Option(names = "--every", paramLabel = "MS", description = "paced: each editor sends every MS ms (default: ${DEFAULT-VALUE})")
    private int everyMillis = 1000;

    @Option(names = "--seconds", paramLabel = "S", description = "paced and saturate: how long (default: ${DEFAULT-VALUE})")
    private int seconds = 60;

    @Option(names = "--clients", paramLabel = "N", description = "saturate and endurance: clients (default: ${DEFAULT-VALUE})")
    private int clients = 4;

    @Option(names = "--requests", paramLabel = "N", description = "endurance: requests in all (default: ${DEFAULT-VALUE})")
    private int requests = 10_000;

    /** Made when the command runs: picocli makes every command to parse any one, and a client costs a TLS setup. */
    private HttpClient http;

    @Override
    public Integer call() throws Exception {
        String host = server.getHost();
        if (!"127.0.0.1".equals(host) && !"localhost".equals(host) && !"[::1]".equals(host)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "load tests run over loopback only, not " + host);
        }
        http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
        List<String> bodies = bodies(articles);
        URI audit = server.resolve("/api/audit");
        Tally tally = switch (phase) {
            case paced -> paced(audit, bodies);
            case saturate -> closedLoop(audit, bodies, Long.MAX_VALUE, System.nanoTime() + seconds * 1_000_000_000L);
            case endurance -> closedLoop(audit, bodies, requests, Long.MAX_VALUE);
        };
        PrintWriter out = spec.commandLine().getOut();
        out.println(tally.report(phase.name()));
        out.flush();
        return tally.allOk() ? 0 : 1;
    }

    /** Request bodies, one per article: {"text": title, blank line, text}. */
    private static List<String> bodies(Path jsonl) throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<String> bodies = new ArrayList<>();
        for (JsonNode record : Corpora.readJsonl(jsonl)) {
            String text = record.hasNonNull("text") ? record.path("text").asText() : record.path("body").asText();
            String title = record.path("title").asText("");
            bodies.add(json.writeValueAsString(json.createObjectNode().put("text", title.isEmpty() ? text : title + "\n\n" + text)));
        }
        if (bodies.isEmpty()) {
            throw new IllegalArgumentException(jsonl + " has no articles");
        }
        return bodies;
    }

    private HttpRequest request(URI audit, String body) {
        return HttpRequest.newBuilder(audit).timeout(Duration.ofSeconds(60)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
    }

    /** Editors on a fixed schedule: editor e sends at t0 + e·(every/editors) + k·every. */
    private Tally paced(URI audit, List<String> bodies) throws Exception {
        int total = (int) ((long) editors * seconds * 1000 / everyMillis);
        Tally tally = new Tally(total);
        ScheduledExecutorService clock = Executors.newScheduledThreadPool(2);
        List<CompletableFuture<Void>> pending = new ArrayList<>(total);
        long start = System.nanoTime() + 200_000_000L;
        try {
            for (int i = 0; i < total; i++) {
                long due = start + (long) i * everyMillis * 1_000_000L / editors;
                String body = bodies.get(i % bodies.size());
                CompletableFuture<Void> done = new CompletableFuture<>();
                pending.add(done);
                clock.schedule(() -> http.sendAsync(request(audit, body), HttpResponse.BodyHandlers.discarding())
                        .whenComplete((response, failure) -> {
                            tally.add(failure == null ? response.statusCode() : -1, System.nanoTime() - due);
                            done.complete(null);
                        }), due - System.nanoTime(), TimeUnit.NANOSECONDS);
            }
            CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).get(seconds + 120L, TimeUnit.SECONDS);
        } finally {
            clock.shutdownNow();
        }
        tally.finish(System.nanoTime() - start);
        return tally;
    }

    /** Clients that send again as soon as they are answered, until {@code limit} requests or {@code until}. */
    private Tally closedLoop(URI audit, List<String> bodies, long limit, long until) throws Exception {
        Tally tally = new Tally((int) Math.min(limit, 1_000_000));
        AtomicInteger next = new AtomicInteger();
        long start = System.nanoTime();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Thread thread = new Thread(() -> {
                int i;
                while ((i = next.getAndIncrement()) < limit && System.nanoTime() < until) {
                    long sent = System.nanoTime();
                    int status;
                    try {
                        status = http.send(request(audit, bodies.get(i % bodies.size())), HttpResponse.BodyHandlers.discarding())
                                .statusCode();
                    } catch (Exception e) {
                        status = -1;
                    }
                    tally.add(status, System.nanoTime() - sent);
                }
            }, "load-client-" + c);
            thread.start();
            threads.add(thread);
        }
        for (Thread thread : threads) {
            thread.join();
        }
        tally.finish(System.nanoTime() - start);
        return tally;
    }

    /** Answers by status (-1: no answer) and latencies. Thread-safe. */
    private static final class Tally {
        private final Map<Integer, Integer> statuses = new TreeMap<>();
        private long[] latencies;
        private int count;
        private long elapsed;

        Tally(int expected) {
            latencies = new long[Math.max(16, expected)];
        }

        synchronized void add(int status, long nanos) {
            statuses.merge(status, 1, Integer::sum);
            if (count == latencies.length) {
                latencies = Arrays.copyOf(latencies, count * 2);
            }
            latencies[count++] = nanos;
        }

        synchronized void finish(long nanos) {
            elapsed = nanos;
        }

        synchronized boolean allOk() {
            return statuses.keySet().stream().allMatch(s -> s == 200);
        }

        synchronized String report(String phase) {
            long[] sorted = Arrays.copyOf(latencies, count);
            Arrays.sort(sorted);
            return String.format(Locale.ROOT, "%s: %d requests in %.1f s (%.1f/s); answers %s; latency ms p50 %.1f, p90 %.1f, "
                    + "p99 %.1f, max %.1f", phase, count, elapsed / 1e9, count / (elapsed / 1e9), statuses,
                    percentile(sorted, 0.50), percentile(sorted, 0.90), percentile(sorted, 0.99),
                    sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6);
        }

        private static double percentile(long[] sorted, double p) {
            return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
        }
    }
}
