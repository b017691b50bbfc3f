package dev.copydesk.cli;

import dev.copydesk.server.Desk;
import dev.copydesk.server.DeskServer;
import dev.copydesk.server.ServerSettings;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code copydesk serve}: the web editor and the APIs, until stopped (Ctrl-C or SIGTERM stop it gracefully). */
@Command(name = "serve", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Serve the web editor at http://HOST:PORT/, Copydesk's JSON API and LanguageTool's API.",
            "Binds 127.0.0.1 unless --host says otherwise. Stop with Ctrl-C."})
final class ServeCommand implements Callable<Integer> {
    /** The environment variable that can hold the token, so it stays out of process listings. */
    static final String TOKEN_VARIABLE = "COPYDESK_TOKEN";

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--host", paramLabel = "ADDRESS", description = "Address to listen on (default: 127.0.0.1, this machine only).")
    private String host;

    @Option(names = "--port", paramLabel = "N", description = "Port (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    private int port = ServerSettings.DEFAULT_PORT;

    @Option(names = "--token", paramLabel = "TOKEN",
            description = "API calls must carry it (Authorization: Bearer TOKEN, or LanguageTool's apiKey). Also read from "
                    + TOKEN_VARIABLE + ".")
    private String token;

    @Option(names = "--allow-origin", paramLabel = "ORIGIN",
            description = "A web origin whose pages may call the APIs, such as a browser extension's (repeatable; * for any).")
    private List<String> origins = new ArrayList<>();

    @Option(names = "--max-body", paramLabel = "BYTES", description = "Largest request body (default: ${DEFAULT-VALUE}); larger get 413.")
    private long maxBody = ServerSettings.DEFAULT_MAX_BODY;

    @Option(names = "--time-limit", paramLabel = "SECONDS", description = "Longest an audit may take, waiting included "
            + "(default: ${DEFAULT-VALUE}); past it, 503.")
    private int timeLimit = (int) ServerSettings.DEFAULT_TIME_LIMIT.toSeconds();

    @Option(names = "--queue", paramLabel = "N", description = "Audits that may wait for a worker (default: ${DEFAULT-VALUE}); "
            + "past it, 429.")
    private int queue = 64;

    @Option(names = "--access-log", description = "Print a line per request: method, path, status, size, time (never text).")
    private boolean accessLog;

    @CommandLine.Mixin
    private ProjectOptions project;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        int workers = project.threads(spec.commandLine());
        if (maxBody < 1 || timeLimit < 1 || queue < 0 || port < 0 || port > 65535) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--max-body and --time-limit must be positive, --queue not negative, --port from 0 to 65535");
        }
        ProjectSetup setup;
        try {
            setup = ProjectSetup.resolve(project.given(spec.commandLine().getParseResult(), null, null), Path.of(""));
        } catch (ProjectSetup.Invalid e) {
            e.problems().forEach(p -> AuditCommand.say(err, p));
            return 2;
        }
        if (token != null && token.isBlank()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--token is empty: give a token, or leave the option out");
        }
        String secret = token != null ? token : System.getenv(TOKEN_VARIABLE);
        ServerSettings settings = ServerSettings.defaults(workers).withHost(host == null ? ServerSettings.LOOPBACK : host)
                .withPort(port).withToken(secret == null || secret.isBlank() ? null : secret.strip()).withOrigins(origins)
                .withLimits(maxBody, Duration.ofSeconds(timeLimit), workers, queue);
        Desk desk = project.desk(setup);
        DeskServer server;
        try {
            server = DeskServer.start(desk, settings, Version.VALUE, accessLog ? err : null);
        } catch (java.io.IOException e) {
            AuditCommand.say(err, "cannot listen on " + settings.host() + ":" + port + ": " + e.getMessage());
            return 2;
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.close();
            } catch (Exception e) {
                // Stopping anyway: the process is on its way out.
            }
        }, "copydesk-stop"));
        announce(err, settings, server);
        server.join();
        return 0;
    }

    private void announce(PrintWriter err, ServerSettings settings, DeskServer server) {
        err.println("copydesk: the editor's desk is at " + server.uri(settings.host()) + " (Ctrl-C stops it)");
        if (host == null) {
            err.println("copydesk: listening on this machine only; --host 0.0.0.0 (with --token) shares it");
        } else if (settings.token().isEmpty()) {
            err.println("copydesk: no --token: anyone who can reach " + settings.host() + " may use the APIs");
        }
        err.flush();
    }
}
