package dev.copydesk.server;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * How a server listens and what it allows. Immutable.
 *
 * @param host           the address to bind; loopback unless the user names another
 * @param port           0 for any free port (tests)
 * @param token          when present, API calls must carry it ({@code Authorization: Bearer}, or LanguageTool's {@code apiKey})
 * @param allowedOrigins origins a browser may call from ({@code *} for any); none by default
 * @param maxBodyBytes   the largest request body read; larger ones get 413 before they are read
 * @param timeLimit      the longest an audit may take, waiting included; past it, 503
 * @param workers        audits run at once
 * @param queue          audits that may wait for a worker; past it, 429
 */
public record ServerSettings(String host, int port, Optional<String> token, List<String> allowedOrigins, long maxBodyBytes,
        Duration timeLimit, int workers, int queue) {
    public static final String LOOPBACK = "127.0.0.1";
    public static final int DEFAULT_PORT = 8080;
    public static final long DEFAULT_MAX_BODY = 1024 * 1024;
    public static final Duration DEFAULT_TIME_LIMIT = Duration.ofSeconds(10);

    public ServerSettings {
        allowedOrigins = List.copyOf(allowedOrigins);
        if (workers < 1 || queue < 0 || maxBodyBytes < 1) {
            throw new IllegalArgumentException("workers must be at least 1, the queue and body limit not negative");
        }
    }

    /** Loopback, port 8080, no token, no origins, the default limits; {@code workers} audits at once. */
    public static ServerSettings defaults(int workers) {
        return new ServerSettings(LOOPBACK, DEFAULT_PORT, Optional.empty(), List.of(), DEFAULT_MAX_BODY, DEFAULT_TIME_LIMIT,
                workers, 64);
    }

    /** Whether {@code address} is this machine only. */
    public static boolean isLoopback(String address) {
        return address.equals(LOOPBACK) || address.equals("localhost") || address.equals("::1") || address.startsWith("127.");
    }

    public ServerSettings withPort(int newPort) {
        return new ServerSettings(host, newPort, token, allowedOrigins, maxBodyBytes, timeLimit, workers, queue);
    }

    public ServerSettings withToken(String newToken) {
        return new ServerSettings(host, port, Optional.ofNullable(newToken), allowedOrigins, maxBodyBytes, timeLimit, workers,
                queue);
    }

    public ServerSettings withLimits(long newMaxBody, Duration newTimeLimit, int newWorkers, int newQueue) {
        return new ServerSettings(host, port, token, allowedOrigins, newMaxBody, newTimeLimit, newWorkers, newQueue);
    }

    public ServerSettings withOrigins(List<String> origins) {
        return new ServerSettings(host, port, token, origins, maxBodyBytes, timeLimit, workers, queue);
    }

    public ServerSettings withHost(String newHost) {
        return new ServerSettings(newHost, port, token, allowedOrigins, maxBodyBytes, timeLimit, workers, queue);
    }
}
