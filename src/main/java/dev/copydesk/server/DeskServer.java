package dev.copydesk.server;

import java.io.PrintWriter;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Locale;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.eclipse.jetty.server.handler.MinimumDataRateHandler;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The editor's desk on Jetty: one handler routes each request, after the headers every answer
 * carries, CORS for the origins the user allowed, and the token when one is set. A graceful
 * stop lets requests in flight finish. Logs (when asked for) say method, path, status, size and
 * time: never article text.
 */
public final class DeskServer implements AutoCloseable {
    private static final long MIN_READ_BYTES_PER_SECOND = 16 * 1024;
    private static final long IDLE_MILLIS = 20_000;

    private final Server server;
    private final AuditPool pool;
    private final ServerConnector connector;

    private DeskServer(Server server, ServerConnector connector, AuditPool pool) {
        this.server = server;
        this.connector = connector;
        this.pool = pool;
    }

    /** Starts a server; {@code log} gets one line per request, or nothing when null. */
    public static DeskServer start(Desk desk, ServerSettings settings, String version, PrintWriter log) throws Exception {
        AuditPool pool = new AuditPool(settings.workers(), settings.queue(), settings.timeLimit());
        QueuedThreadPool threads = new QueuedThreadPool(Math.max(16, settings.workers() + settings.queue() + 8), 4);
        threads.setName("copydesk-http");
        Server server = new Server(threads);
        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false); // no version for anyone scanning for old ones
        ServerConnector connector = new ServerConnector(server, 1, 1, new HttpConnectionFactory(http));
        connector.setHost(settings.host());
        connector.setPort(settings.port());
        connector.setIdleTimeout(IDLE_MILLIS);
        server.addConnector(connector);
        Router router = new Router(settings, new AuditApi(desk, pool), new LanguageToolApi(desk, pool, version), log);
        // A body that trickles in (a byte every so often keeps an idle timeout from firing) would hold a
        // thread for ever: below this rate the read fails. Any real client sends far faster.
        server.setHandler(new GracefulHandler(new MinimumDataRateHandler(router, MIN_READ_BYTES_PER_SECOND, 0)));
        server.setStopTimeout(settings.timeLimit().toMillis() + 1000);
        server.start();
        return new DeskServer(server, connector, pool);
    }

    public int port() {
        return connector.getLocalPort();
    }

    public URI uri(String host) {
        return URI.create("http://" + (host.contains(":") ? "[" + host + "]" : host) + ":" + port() + "/");
    }

    public void join() throws InterruptedException {
        server.join();
    }

    /** Stops taking requests, lets those in flight finish (up to the time limit), then stops. */
    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("the server did not stop cleanly", e);
        } finally {
            pool.close();
        }
    }

    private static final class Router extends Handler.Abstract {
        private final ServerSettings settings;
        private final AuditApi audit;
        private final LanguageToolApi languageTool;
        private final PrintWriter log;

        Router(ServerSettings settings, AuditApi audit, LanguageToolApi languageTool, PrintWriter log) {
            this.settings = settings;
            this.audit = audit;
            this.languageTool = languageTool;
            this.log = log;
        }

        @Override
        public boolean handle(Request request, Response response, Callback callback) {
            long started = System.nanoTime();
            Exchange exchange = new Exchange(request, response, callback, settings.maxBodyBytes());
            String path = exchange.path();
            try {
                exchange.setHeader("X-Content-Type-Options", "nosniff");
                exchange.setHeader("Referrer-Policy", "no-referrer");
                exchange.setHeader("Cache-Control", "no-store");
                if (cors(exchange)) {
                    return true;
                }
                route(exchange, path);
            } catch (HttpError e) {
                fail(exchange, path, e);
            } catch (RuntimeException e) {
                // A bug, not the client's doing: the message says so without echoing what was sent.
                fail(exchange, path, new HttpError(500, "internal error: " + e.getClass().getSimpleName()));
            }
            if (log != null) {
                synchronized (log) {
                    log.printf(Locale.ROOT, "%s %s %d %d %.1fms%n", exchange.method(), path, exchange.status(), exchange.written(),
                            (System.nanoTime() - started) / 1e6);
                    log.flush();
                }
            }
            return true;
        }

        private void route(Exchange exchange, String path) throws HttpError {
            String method = exchange.method();
            EditorPage.Asset asset = EditorPage.find(path);
            if (asset != null || path.equals("/health")) {
                requireMethod(method, "GET");
                if (asset == null) {
                    exchange.json(200, Exchange.JSON.createObjectNode().put("status", "ready"));
                    return;
                }
                if (path.equals("/")) {
                    exchange.setHeader("Content-Security-Policy", EditorPage.POLICY);
                    exchange.setHeader("X-Frame-Options", "DENY");
                }
                exchange.send(200, asset.contentType(), asset.bytes());
                return;
            }
            if (path.startsWith("/api/") || path.startsWith("/v2/")) {
                sameMachine(exchange);
                authorize(exchange, path);
            }
            switch (path) {
                case "/api/audit" -> {
                    requireMethod(method, "POST");
                    audit.audit(exchange);
                }
                case "/api/desk" -> {
                    requireMethod(method, "POST");
                    audit.desk(exchange);
                }
                case "/api/rules" -> {
                    requireMethod(method, "GET");
                    audit.rules(exchange);
                }
                case "/v2/check" -> {
                    requireMethod(method, "GET", "POST");
                    languageTool.check(exchange);
                }
                case "/v2/languages" -> languageTool.languages(exchange);
                case "/v2/healthcheck" -> exchange.text(200, "text/plain; charset=utf-8", "OK");
                default -> throw new HttpError(404, "no such endpoint: see /api/openapi.json");
            }
        }

        private static void requireMethod(String method, String... allowed) throws HttpError {
            for (String a : allowed) {
                if (a.equals(method)) {
                    return;
                }
            }
            throw new HttpError(405, "use " + String.join(" or ", allowed));
        }

        /**
         * On loopback without a token, the APIs answer only requests addressed to this machine by
         * name or number: a web page whose name was pointed at 127.0.0.1 (DNS rebinding) could
         * otherwise use them from the browser of anyone running the server.
         */
        private void sameMachine(Exchange exchange) throws HttpError {
            if (settings.token().isPresent() || !ServerSettings.isLoopback(settings.host())) {
                return;
            }
            String host = exchange.header("Host");
            String name = host == null ? "" : host.replaceFirst(":\\d+$", "").toLowerCase(java.util.Locale.ROOT);
            if (!name.equals("127.0.0.1") && !name.equals("localhost") && !name.equals("[::1]")) {
                throw new HttpError(403, "this server answers requests to 127.0.0.1 or localhost only");
            }
        }

        /** Without a token, anyone who can reach the server may use it; with one, API calls must carry it. */
        private void authorize(Exchange exchange, String path) throws HttpError {
            if (settings.token().isEmpty()) {
                return;
            }
            String presented = null;
            String header = exchange.header("Authorization");
            if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
                presented = header.substring(7).strip();
            } else if (path.startsWith("/v2/")) {
                String key = exchange.parameters().get("apiKey"); // what LanguageTool's clients let a user fill in
                presented = key == null ? null : key.strip();
            }
            if (presented == null || !MessageDigest.isEqual(presented.getBytes(StandardCharsets.UTF_8),
                    settings.token().get().getBytes(StandardCharsets.UTF_8))) {
                exchange.setHeader("WWW-Authenticate", "Bearer");
                throw new HttpError(401, "this server needs its token: Authorization: Bearer TOKEN");
            }
        }

        /** CORS for the allowed origins only; a preflight is answered here. True when the request is done. */
        private boolean cors(Exchange exchange) {
            String origin = exchange.header("Origin");
            boolean any = settings.allowedOrigins().contains("*");
            boolean allowed = origin != null && (any || settings.allowedOrigins().contains(origin));
            if (allowed) {
                exchange.setHeader("Access-Control-Allow-Origin", any ? "*" : origin);
                exchange.setHeader("Vary", "Origin");
            }
            if (!"OPTIONS".equals(exchange.method())) {
                return false;
            }
            if (allowed) {
                exchange.setHeader("Access-Control-Allow-Methods", "GET, POST, OPTIONS");
                exchange.setHeader("Access-Control-Allow-Headers", "Authorization, Content-Type");
                exchange.setHeader("Access-Control-Max-Age", "600");
            }
            exchange.empty(allowed ? 204 : 403);
            return true;
        }

        private static void fail(Exchange exchange, String path, HttpError e) {
            if (e.retryAfterSeconds() > 0) {
                exchange.setHeader("Retry-After", Integer.toString(e.retryAfterSeconds()));
            }
            if (path.startsWith("/v2/")) {
                // LanguageTool's clients read errors as text that starts with "Error: ".
                exchange.text(e.status(), "text/plain; charset=utf-8", "Error: " + e.getMessage());
            } else {
                exchange.json(e.status(), Exchange.JSON.createObjectNode().put("error", e.getMessage()));
            }
        }
    }
}
