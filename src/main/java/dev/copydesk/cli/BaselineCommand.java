package dev.copydesk.cli;

import dev.copydesk.audit.Auditor;
import dev.copydesk.audit.Batch;
import dev.copydesk.audit.DocumentResult;
import dev.copydesk.audit.DocumentSink;
import dev.copydesk.audit.RunTally;
import dev.copydesk.baseline.Baseline;
import dev.copydesk.input.ArticleReader;
import dev.copydesk.report.AtomicFiles;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code copydesk baseline PATH...}: audits articles as {@code audit} does, with the same
 * configuration, and records a fingerprint of every finding, so later runs with
 * {@code audit --baseline FILE} fail only on new findings.
 */
@Command(name = "baseline", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Record the current findings, so that `audit --baseline FILE` fails only on new ones.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:baseline written", "1:baseline written, but a document could not be audited",
            "2:usage, config or rule-file error, or the file could not be written"})
final class BaselineCommand implements Callable<Integer> {
    /** The baseline's name when {@code --output} is not given. */
    static final String DEFAULT_FILE = "copydesk-baseline.json";

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files, folders, or - for stdin.")
    private List<String> paths = new ArrayList<>();

    @Option(names = "--output", paramLabel = "FILE", description = "The baseline file (default: ${DEFAULT-VALUE}).")
    private Path output = Path.of(DEFAULT_FILE);

    @CommandLine.Mixin
    private ProjectOptions project;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        int threads = project.threads(spec.commandLine());
        CommandLine.ParseResult parsed = spec.commandLine().getParseResult();
        ProjectSetup setup;
        try {
            setup = ProjectSetup.resolve(project.given(parsed, null, null), Path.of(""));
        } catch (ProjectSetup.Invalid e) {
            e.problems().forEach(p -> AuditCommand.say(err, p));
            return 2;
        }
        Auditor auditor = project.auditor(setup);
        Path parent = output.toAbsolutePath().normalize().getParent();
        Path folder = parent == null ? Path.of("").toAbsolutePath() : parent;
        List<Baseline.Entry> entries = new ArrayList<>();
        RunTally tally = new RunTally();
        try {
            // Streamed like audit: each document's entries are made on its worker, and only they are kept.
            new Batch(auditor, new ArticleReader(), threads).run(Batch.plan(paths, setup.config().paths()), System.in,
                    new DocumentSink<List<Baseline.Entry>>() {
                        @Override
                        public List<Baseline.Entry> prepare(DocumentResult document) {
                            return Baseline.entries(document, folder);
                        }

                        @Override
                        public void accept(DocumentResult document, List<Baseline.Entry> prepared) {
                            document.error().ifPresent(reason -> AuditCommand.say(err, document.path() + ": " + reason));
                            tally.add(document);
                            entries.addAll(prepared);
                        }
                    });
            Baseline baseline = new Baseline(entries);
            AtomicFiles.write(output, baseline.render());
            AuditCommand.say(err, "baseline " + output + ": " + baseline.entries().size() + " finding"
                    + (baseline.entries().size() == 1 ? "" : "s") + " in " + tally.audited() + " document"
                    + (tally.audited() == 1 ? "" : "s"));
        } catch (IOException e) {
            AuditCommand.say(err, "cannot write output: " + AuditCommand.describe(e));
            return 2;
        }
        return tally.failed() > 0 ? 1 : 0;
    }
}
