package dev.copydesk.cli;

import dev.copydesk.audit.AuditRun;
import dev.copydesk.audit.Auditor;
import dev.copydesk.audit.Batch;
import dev.copydesk.audit.DocumentResult;
import dev.copydesk.check.Audience;
import dev.copydesk.check.CheckSettings;
import dev.copydesk.input.ArticleReader;
import dev.copydesk.report.AtomicFiles;
import dev.copydesk.report.HtmlReport;
import dev.copydesk.report.IndexPage;
import dev.copydesk.report.JsonReport;
import dev.copydesk.report.ReportNames;
import dev.copydesk.report.TextReport;
import dev.copydesk.rule.RuleCatalog;
import dev.copydesk.rule.RuleLoadException;
import dev.copydesk.rule.RuleLoader;
import dev.copydesk.rule.Severity;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code copydesk audit PATH...}: audits articles and writes reports. */
@Command(name = "audit", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Audit articles (.txt, .md, .html, .htm; folders recursively; - for stdin).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:nothing at or above --fail-on", "1:findings at or above --fail-on, or a document failed",
            "2:usage, config or rule-file error (nothing audited)"})
final class AuditCommand implements Callable<Integer> {
    enum Format { text, json }

    enum FailOn { error, warning, info, never }

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, folders, or - for stdin.")
    private List<String> paths = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", description = "Machine output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private Format format = Format.text;

    @Option(names = "--output", paramLabel = "FILE", description = "Write the machine output to FILE instead of stdout.")
    private Path output;

    @Option(names = "--reports", paramLabel = "DIR", description = "Folder for HTML reports (default: ${DEFAULT-VALUE}).")
    private Path reports = Path.of("reports");

    @Option(names = "--no-html", description = "Write no HTML reports.")
    private boolean noHtml;

    @Option(names = "--rules", paramLabel = "DIR", description = "Extra rule folder (repeatable).")
    private List<Path> ruleFolders = new ArrayList<>();

    @Option(names = "--fail-on", paramLabel = "LEVEL", description = "Exit 1 on findings at or above: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private FailOn failOn = FailOn.error;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "Publication date for articles that carry none.")
    private LocalDate date;

    @Option(names = "--lang", paramLabel = "CODE", description = "Language of articles that declare none (default: en).")
    private String language;

    @Option(names = "--allow-script", paramLabel = "SCRIPT",
            description = "A script the look-alike checks accept as ordinary here, e.g. Cyrl (repeatable).")
    private List<String> allowedScripts = new ArrayList<>();

    @Option(names = "--audience", paramLabel = "PROFILE",
            description = "Readers: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}); sets the grade to stay under.")
    private Audience audience = Audience.GENERAL;

    @Option(names = "--threads", paramLabel = "N", description = "Articles audited in parallel (default: number of cores).")
    private int threads = Runtime.getRuntime().availableProcessors();

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter out = spec.commandLine().getOut();
        if (!noHtml && Files.exists(reports) && !Files.isDirectory(reports)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--reports " + reports + " is not a folder");
        }
        RuleCatalog catalog;
        try {
            catalog = RuleLoader.load(ruleFolders);
        } catch (RuleLoadException e) {
            e.problems().forEach(p -> err.println("copydesk: " + p));
            return 2;
        }
        CheckSettings settings;
        try {
            settings = CheckSettings.allowing(allowedScripts).withAudience(audience);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), "Invalid value for option '--allow-script': "
                    + e.getMessage());
        }
        Auditor auditor = new Auditor(catalog, settings, language, date == null ? null : date.toString());
        AuditRun run = new Batch(auditor, new ArticleReader(), threads).run(paths, System.in);
        for (DocumentResult doc : run.documents()) {
            doc.error().ifPresent(reason -> err.println("copydesk: " + doc.path() + ": " + reason));
        }
        String machine = format == Format.json ? JsonReport.render(run, Version.VALUE) : TextReport.render(run);
        try {
            if (output == null) {
                out.print(machine);
                out.flush();
            } else {
                AtomicFiles.write(output, machine);
            }
            if (!noHtml) {
                writeHtml(run, err);
            }
        } catch (IOException e) {
            err.println("copydesk: cannot write output: " + describe(e));
            return 2;
        }
        Severity threshold = failOn == FailOn.never ? null : Severity.valueOf(failOn.name().toUpperCase(java.util.Locale.ROOT));
        return run.failed() > 0 || run.hasFindingsAtLeast(threshold) ? 1 : 0;
    }

    /** One line a user can act on; a java.nio exception's own message is often just a path. */
    static String describe(IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException a) {
            return a.getFile() + ": permission denied";
        }
        if (e instanceof java.nio.file.NoSuchFileException n) {
            return n.getFile() + ": no such file or folder";
        }
        if (e instanceof java.nio.file.FileSystemException f) {
            return f.getFile() + ": " + (f.getReason() == null ? e.getClass().getSimpleName() : f.getReason());
        }
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private void writeHtml(AuditRun run, PrintWriter err) throws IOException {
        Map<String, String> names = ReportNames.assign(run.documents().stream().map(DocumentResult::path).toList());
        List<DocumentResult> audited = run.documents().stream().filter(DocumentResult::audited).toList();
        List<IOException> failures = new ArrayList<>();
        audited.parallelStream().forEach(doc -> {
            try {
                AtomicFiles.write(reports.resolve(names.get(doc.path())), HtmlReport.render(doc, Version.VALUE));
            } catch (IOException e) {
                synchronized (failures) {
                    failures.add(e);
                }
            }
        });
        if (!failures.isEmpty()) {
            throw failures.get(0);
        }
        AtomicFiles.write(reports.resolve("index.html"), IndexPage.render(run, names, Version.VALUE));
        if (audited.size() == 1) {
            err.println("copydesk: report " + reports.resolve(names.get(audited.get(0).path())));
        } else {
            err.println("copydesk: reports " + reports.resolve("index.html"));
        }
    }
}
