package dev.copydesk.cli;

import dev.copydesk.audit.DocumentResult;
import dev.copydesk.audit.DocumentSink;
import dev.copydesk.audit.RunTally;
import dev.copydesk.config.ScoreThresholds;
import dev.copydesk.report.ReportWriter;
import dev.copydesk.report.TextReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * The run policy, document by document: baseline marking, each output's rendering (on the
 * worker), then in input order the progress line, one stderr line per unreadable document,
 * the fail policy and the configuration's score thresholds, and the outputs.
 */
final class RunSink implements DocumentSink<RunSink.Prepared> {
    private final ProjectSetup setup;
    private final PrintWriter err;
    final Progress progress;
    final List<ReportWriter> writers = new ArrayList<>();
    final RunTally tally = new RunTally();
    boolean failing;

    /** A document as the outputs see it (with baseline-accepted findings set apart), and each output's rendering. */
    record Prepared(DocumentResult document, List<Object> parts) {
    }

    RunSink(ProjectSetup setup, PrintWriter err, Progress progress) {
        this.setup = setup;
        this.err = err;
        this.progress = progress;
    }

    @Override
    public Prepared prepare(DocumentResult audited) {
        DocumentResult document = setup.baseline().map(b -> b.mark(audited)).orElse(audited);
        List<Object> parts = new ArrayList<>(writers.size());
        writers.forEach(w -> parts.add(w.prepare(document)));
        return new Prepared(document, parts);
    }

    @Override
    public void accept(DocumentResult audited, Prepared prepared) throws IOException {
        DocumentResult document = prepared.document();
        progress.done(document.path());
        document.error().ifPresent(reason -> AuditCommand.say(err, progress.clear(), document.path() + ": " + reason));
        tally.add(document);
        failing |= document.findings().stream().anyMatch(setup.failPolicy()::fails);
        for (String violation : thresholdViolations(setup.config().thresholds(), document)) {
            AuditCommand.say(err, progress.clear(), violation);
            failing = true;
        }
        err.print(progress.clear()); // the progress line goes before any finding line reaches the terminal
        err.flush();
        for (int i = 0; i < writers.size(); i++) {
            writers.get(i).append(document, prepared.parts().get(i));
        }
    }

    /** The config's {@code min-score} and {@code max-grade} misses for one audited document: each fails the run. */
    private static List<String> thresholdViolations(ScoreThresholds thresholds, DocumentResult document) {
        if (!document.audited()) {
            return List.of();
        }
        Number grade = document.analysis().map(a -> a.metrics().get("consensusGrade")).orElse(null);
        return thresholds.violations(TextReport.oneLine(document.path()), document.scores(),
                grade == null ? Double.NaN : grade.doubleValue());
    }
}
