package dev.copydesk.cli;

import dev.copydesk.audit.Auditor;
import dev.copydesk.rule.Audience;
import dev.copydesk.server.Desk;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The options {@code audit}, {@code baseline} and {@code serve} share, as one picocli mixin: where the rules and
 * configuration come from, how articles without metadata are read, and how many run at once.
 * Options not given stay null, so the configuration file applies.
 */
final class ProjectOptions {
    @Option(names = "--rules", paramLabel = "DIR", description = "Extra rule folder (repeatable).")
    private List<Path> ruleFolders = new ArrayList<>();

    @Option(names = "--config", paramLabel = "FILE",
            description = "Project configuration (default: copydesk.yaml in the working folder, if present).")
    private Path config;

    @Option(names = "--no-config", description = "Ignore copydesk.yaml in the working folder.")
    private boolean noConfig;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Publication date for articles that carry none.")
    private LocalDate date;

    @Option(names = "--lang", paramLabel = "CODE", description = "Language of articles that declare none (default: en).")
    private String language;

    @Option(names = "--allow-script", paramLabel = "SCRIPT",
            description = "A script the look-alike checks accept as ordinary here, e.g. Cyrl (repeatable).")
    private List<String> allowedScripts = new ArrayList<>();

    @Option(names = "--audience", paramLabel = "PROFILE",
            description = "Readers: ${COMPLETION-CANDIDATES} (default: the config's, else general); sets the grade to stay under.")
    private Audience audience;

    @Option(names = "--threads", paramLabel = "N", description = "Articles audited in parallel (default: number of cores).")
    private int threads = Runtime.getRuntime().availableProcessors();

    /** The settings for {@link ProjectSetup}, with the command's own fail policy and baseline (null when not given). */
    ProjectSetup.Given given(CommandLine.ParseResult parsed, String failOn, Path baseline) {
        return new ProjectSetup.Given(config, noConfig, ruleFolders,
                parsed.hasMatchedOption("--allow-script") ? allowedScripts : null, audience, failOn, baseline);
    }

    /** Threads, refused below one as a usage error. */
    int threads(CommandLine command) {
        if (threads < 1) {
            throw new CommandLine.ParameterException(command, "--threads must be 1 or more, not " + threads);
        }
        return threads;
    }

    Auditor auditor(ProjectSetup setup) {
        return setup.auditor(language, date == null ? null : date.toString());
    }

    /** What a server's requests share: the same rules and settings an audit would use. */
    Desk desk(ProjectSetup setup) {
        return new Desk(auditor(setup), language);
    }
}
