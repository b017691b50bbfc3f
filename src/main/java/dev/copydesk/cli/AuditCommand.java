package dev.copydesk.cli;

import dev.copydesk.audit.Batch;
import dev.copydesk.baseline.BaselineMatcher;
import dev.copydesk.baseline.BaselineSummary;
import dev.copydesk.finding.Finding;
import dev.copydesk.input.ArticleReader;
import dev.copydesk.report.AtomicFiles;
import dev.copydesk.report.CheckstyleReport;
import dev.copydesk.report.GithubReport;
import dev.copydesk.report.html.HtmlReports;
import dev.copydesk.report.JsonReport;
import dev.copydesk.report.JunitReport;
import dev.copydesk.report.ReportNames;
import dev.copydesk.report.ReportWriter;
import dev.copydesk.report.ReportsFolderLock;
import dev.copydesk.report.sarif.SarifReport;
import dev.copydesk.report.TextReport;
import dev.copydesk.rule.RuleCatalog;
import dev.copydesk.rule.Severity;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/** {@code copydesk audit PATH...}: audits articles and writes reports. */
@Command(name = "audit", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Audit articles (.txt, .md, .html, .htm; folders recursively; - for stdin).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:no finding fails the run (--fail-on, or the config's fail policy)",
            "1:a finding fails the run, or a document failed",
            "2:usage, config, baseline or rule-file error (nothing audited)"})
final class AuditCommand implements Callable<Integer> {
    enum Format { text, json, sarif, junit, github, checkstyle }

    enum FailOn { error, warning, info, never }

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, folders, or - for stdin.")
    private List<String> paths = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT",
            description = "Machine output: ${COMPLETION-CANDIDATES} (default: text). Repeat for several outputs in one run.")
    private List<Format> formats = new ArrayList<>();

    @Option(names = "--output", paramLabel = "FILE",
            description = "Write the machine output to FILE instead of stdout; the n-th --output goes with the n-th --format.")
    private List<Path> outputs = new ArrayList<>();

    @Option(names = "--reports", paramLabel = "DIR", description = "Folder for HTML reports (default: ${DEFAULT-VALUE}).")
    private Path reports = Path.of("reports");

    @Option(names = "--min-severity", paramLabel = "LEVEL",
            description = "Lowest severity the text output shows: ${COMPLETION-CANDIDATES} (default: warning in a terminal, "
                    + "info otherwise; other formats always carry everything).")
    private Severity minSeverity;

    @CommandLine.Mixin
    private ProjectOptions project;

    @Option(names = "--no-html", description = "Write no HTML reports.")
    private boolean noHtml;

    @Option(names = "--fail-on", paramLabel = "LEVEL", description = "Exit 1 on findings at or above: ${COMPLETION-CANDIDATES} "
            + "(default: the config's fail policy, else ${DEFAULT-VALUE}); replaces the config's fail policy.")
    private FailOn failOn = FailOn.error;

    @Option(names = "--baseline", paramLabel = "FILE",
            description = "Accept the findings recorded in FILE (see the baseline command): only new ones fail the run.")
    private Path baseline;


    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        checkReportsFolder();
        int threads = project.threads(spec.commandLine());
        List<Format> chosen = formats.isEmpty() ? List.of(Format.text) : formats;
        checkOutputs(chosen);
        ProjectSetup setup;
        try {
            setup = ProjectSetup.resolve(given(), Path.of(""));
        } catch (ProjectSetup.Invalid e) {
            e.problems().forEach(p -> say(err, p));
            return 2;
        }
        List<Batch.Input> inputs = Batch.plan(paths, setup.config().paths());
        HtmlReports html = noHtml ? null : new HtmlReports(reports,
                ReportNames.assignSources(inputs.stream().map(AuditCommand::reportSource).toList()), setup.catalog(),
                Version.VALUE);
        List<AtomicFiles.Pending> files = new ArrayList<>();
        RunSink sink = new RunSink(setup, err, Progress.forTerminal(err, inputs.size()));
        ReportsFolderLock lock = null;
        try {
            if (html != null) {
                lock = ReportsFolderLock.acquire(reports);
                AtomicFiles.sweepStale(reports);
            }
            sink.writers.addAll(openWriters(chosen, files, setup));
            if (html != null) {
                sink.writers.add(html);
            }
            new Batch(project.auditor(setup), new ArticleReader(), threads).run(inputs, System.in, sink);
            err.print(sink.progress.clear());
            for (ReportWriter w : sink.writers) {
                w.finish(sink.tally);
            }
            for (AtomicFiles.Pending file : files) {
                file.commit();
            }
        } catch (ReportsFolderLock.Busy e) {
            say(err, e.getMessage());
            return 2;
        } catch (Stdout.Failure e) {
            if (!e.readerGone()) {
                say(err, "cannot write output: " + e.getMessage());
            }
            return 2;
        } catch (IOException e) {
            say(err, "cannot write output: " + describe(e));
            return 2;
        } finally {
            files.forEach(AtomicFiles.Pending::abort);
            release(lock);
        }
        if (html != null) {
            say(err, html.single().map(p -> "report " + p).orElse("reports " + html.index()));
        }
        setup.baseline().ifPresent(b -> say(err, b.summary().line()));
        return sink.tally.failed() > 0 || sink.failing ? 1 : 0;
    }

    /** A reports path that is a file is a usage error; so is a default 'reports' that is a link. */
    private void checkReportsFolder() {
        if (!noHtml && Files.exists(reports) && !Files.isDirectory(reports)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--reports " + TextReport.oneLine(reports.toString())
                    + " is not a folder");
        }
        if (!noHtml && Files.isSymbolicLink(reports) && !spec.commandLine().getParseResult().hasMatchedOption("--reports")) {
            // A checkout can hold a 'reports' link planted by a pull request; only a folder the user names is followed.
            throw new CommandLine.ParameterException(spec.commandLine(), "the default reports folder " + reports
                    + " is a symbolic link; name it with --reports to write through it, or remove the link");
        }
    }

    /** One writer per format: the n-th --output's file (opened for an atomic replace), or stdout. */
    private List<ReportWriter> openWriters(List<Format> chosen, List<AtomicFiles.Pending> files, ProjectSetup setup)
            throws IOException {
        outputs.forEach(o -> AtomicFiles.sweepStale(o.toAbsolutePath().getParent()));
        List<ReportWriter> writers = new ArrayList<>();
        for (int i = 0; i < chosen.size(); i++) {
            java.io.Writer target;
            if (i < outputs.size()) {
                AtomicFiles.Pending file = AtomicFiles.open(outputs.get(i));
                files.add(file);
                target = file.writer();
            } else {
                target = Stdout.checked(spec.commandLine().getOut());
            }
            writers.add(writer(chosen.get(i), target, setup.catalog(), setup.failPolicy()::fails, setup.baseline(),
                    shownSeverity(i < outputs.size())));
        }
        return writers;
    }


    /**
     * Each --output goes with a --format, at most one format is left on stdout, and no two
     * outputs name the same file (the second would silently replace the first).
     */
    private void checkOutputs(List<Format> chosen) {
        if (outputs.size() > chosen.size()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "more --output files than --format options: "
                    + "each --output goes with the --format before it");
        }
        if (chosen.size() - outputs.size() > 1) {
            throw new CommandLine.ParameterException(spec.commandLine(), "only one --format can go to stdout; "
                    + "give the others an --output FILE");
        }
        java.util.Map<Path, Integer> seen = new java.util.HashMap<>();
        boolean stdoutTaken = chosen.size() > outputs.size();
        Path reportsFolder = noHtml ? null : sameFile(reports);
        for (int i = 0; i < outputs.size(); i++) {
            Path file = sameFile(outputs.get(i));
            if (isStdout(outputs.get(i))) {
                if (stdoutTaken) {
                    throw new CommandLine.ParameterException(spec.commandLine(), "--output " + outputs.get(i)
                            + " is stdout, where --format " + chosen.get(chosen.size() - 1) + " already goes");
                }
                stdoutTaken = true;
            }
            if (reportsFolder != null && reportsFolder.equals(file.getParent()) && reservedInReports(file)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--output " + TextReport.oneLine(
                        outputs.get(i).toString()) + " would replace the reports folder's own " + file.getFileName()
                        + "; choose another name");
            }
            Integer earlier = seen.putIfAbsent(file, i);
            if (earlier != null) {
                throw new CommandLine.ParameterException(spec.commandLine(), "--output " + TextReport.oneLine(
                        outputs.get(i).toString()) + " is given for both --format " + chosen.get(earlier) + " and --format "
                        + chosen.get(i) + "; give each format its own file");
            }
        }
    }

    /**
     * A path as the file it names: through links where it exists; where it does not, its folder
     * through links plus its name ("dlink/../X" is resolved by the kernel, link first, then "..").
     */
    private static Path sameFile(Path path) {
        try {
            return path.toRealPath();
        } catch (IOException | SecurityException e) {
            Path absolute = path.toAbsolutePath();
            Path parent = absolute.getParent();
            if (parent != null && absolute.getFileName() != null) {
                Path resolvedParent = sameFile(parent);
                return resolvedParent.resolve(absolute.getFileName().toString()).normalize();
            }
            return absolute.normalize();
        }
    }

    private static boolean isStdout(Path path) {
        String p = path.toAbsolutePath().normalize().toString();
        return p.equals("/dev/stdout") || p.equals("/dev/fd/1") || p.matches("/proc/(self|\\d+)/fd/1");
    }

    /** The names a run writes in its reports folder: an output there under one of them would be lost. */
    private boolean reservedInReports(Path file) {
        String name = file.getFileName().toString();
        return name.equals(ReportsFolderLock.FILE_NAME) || name.equals(HtmlReports.ledgerName())
                || name.toLowerCase(java.util.Locale.ROOT).endsWith(".html");
    }

    private static ReportNames.Source reportSource(Batch.Input input) {
        return input.exportLine() == null ? ReportNames.Source.file(input.displayPath())
                : new ReportNames.Source(input.exportPath(), input.exportLine().name(), input.exportLine().line());
    }

    private static void release(ReportsFolderLock lock) {
        if (lock != null) {
            try {
                lock.close();
            } catch (IOException ignored) {
                // The lock goes with the process anyway.
            }
        }
    }

    /**
     * One line on stderr. Paths, ids and reasons come from the user's files, so control characters
     * are escaped: a file name holding a line break and {@code ::error::} must not become a
     * second line that a CI runner reads as a command.
     */
    static void say(PrintWriter err, String message) {
        say(err, "", message);
    }

    static void say(PrintWriter err, String prefix, String message) {
        err.println(prefix + "copydesk: " + TextReport.oneLine(message));
    }


    /** The command line's settings for {@link ProjectSetup}; options not given are null, so the config applies. */
    private ProjectSetup.Given given() {
        CommandLine.ParseResult parsed = spec.commandLine().getParseResult();
        return project.given(parsed, parsed.hasMatchedOption("--fail-on") ? failOn.name() : null, baseline);
    }

    /** What the text output shows: as asked, else warnings and errors for a person at a terminal, everything for files and logs. */
    private Severity shownSeverity(boolean toFile) {
        if (minSeverity != null) {
            return minSeverity;
        }
        return !toFile && System.console() != null ? Severity.WARNING : Severity.INFO;
    }

    private static ReportWriter writer(Format format, java.io.Writer target, RuleCatalog catalog,
            java.util.function.Predicate<Finding> fails, Optional<BaselineMatcher> accepted,
            Severity shown) throws IOException {
        return switch (format) {
            case text -> new TextReport.Output(target, shown);
            case json -> new JsonReport.Output(target, Version.VALUE,
                    accepted.<java.util.function.Supplier<BaselineSummary>>map(b -> b::summary).orElse(null));
            case sarif -> new SarifReport(target, catalog, Version.VALUE);
            case junit -> new JunitReport(target, fails);
            case github -> new GithubReport(target);
            case checkstyle -> new CheckstyleReport(target);
        };
    }

    /** One line a user can act on; a java.nio exception's own message is often just a path. */
    static String describe(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException a) {
            return a.getFile() + ": permission denied";
        }
        if (e instanceof java.nio.file.NoSuchFileException n) {
            return n.getFile() + ": no such file or folder";
        }
        if (e instanceof java.nio.file.FileAlreadyExistsException || e instanceof java.nio.file.NotDirectoryException) {
            // Both mean a file stands where a folder is needed ("reports/x" where "reports" is a file).
            return ((java.nio.file.FileSystemException) e).getFile() + ": a file is in the way where a folder is needed";
        }
        if (e instanceof java.nio.file.FileSystemException f) {
            return f.getFile() + ": " + (f.getReason() == null ? "cannot write (" + e.getClass().getSimpleName() + ")" : f.getReason());
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
