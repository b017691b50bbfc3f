package dev.copydesk.report;

import dev.copydesk.audit.DocumentResult;
import dev.copydesk.audit.RunTally;
import dev.copydesk.finding.Finding;
import dev.copydesk.rule.Severity;
import java.io.IOException;
import java.io.Writer;

/**
 * GitHub Actions workflow commands ({@code ::warning file=…,line=…,col=…::message}), which
 * become annotations on the pull request. Info findings are left out, at most {@value #CAP}
 * annotations are written, errors before warnings (the findings that fail the run must not be
 * the ones cut), and a closing notice counts what was left out, so a large run does not drown
 * the pull request. Annotations are held until the run ends, at most {@value #CAP} of each
 * level, so memory stays flat.
 */
public final class GithubReport implements ReportWriter {
    static final int CAP = 50;
    private final Writer out;
    private final java.util.List<String> errors = new java.util.ArrayList<>();
    private final java.util.List<String> warnings = new java.util.ArrayList<>();
    private int leftOut;

    public GithubReport(Writer out) {
        this.out = out;
    }

    @Override
    public Object prepare(DocumentResult doc) {
        return null;
    }

    @Override
    public void append(DocumentResult doc, Object prepared) throws IOException {
        if (!doc.audited()) {
            Placement at = Placement.ofFailure(doc);
            annotate("error", "file=" + property(at.file()) + (doc.record().isPresent() ? ",line=" + at.line() : "")
                    + ",title=" + property("not audited"), at.message());
            return;
        }
        for (Finding f : doc.findings()) {
            if (f.severity() == Severity.INFO) {
                continue;
            }
            Placement at = Placement.of(doc, f);
            annotate(f.severity() == Severity.ERROR ? "error" : "warning", "file=" + property(at.file()) + ",line="
                    + at.line() + (at.column() > 0 ? ",col=" + at.column() : "") + ",title=" + property(f.rule()),
                    at.message());
        }
    }

    private void annotate(String level, String properties, String message) {
        java.util.List<String> kept = level.equals("error") ? errors : warnings;
        if (kept.size() >= CAP) {
            leftOut++;
            return;
        }
        kept.add("::" + level + " " + properties + "::" + data(message) + "\n");
    }

    @Override
    public void finish(RunTally tally) throws IOException {
        java.util.List<String> shown = new java.util.ArrayList<>(errors);
        shown.addAll(warnings.subList(0, Math.min(warnings.size(), CAP - shown.size())));
        leftOut += errors.size() + warnings.size() - shown.size();
        for (String annotation : shown) {
            out.write(annotation);
        }
        String summary = TextReport.summary(tally).strip();
        if (leftOut > 0) {
            summary += "; " + leftOut + " more annotation" + (leftOut == 1 ? "" : "s") + " not shown (first " + CAP
                    + " only, errors first): see the full report";
        }
        out.write("::notice title=Copydesk::" + data(summary) + "\n");
        out.flush();
    }

    /** Workflow-command data: %, CR and LF are the characters GitHub decodes. */
    static String data(String s) {
        return TextReport.oneLine(s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A"));
    }

    /** Property values also escape the separators ':' and ','. */
    public static String property(String s) {
        return data(s).replace(":", "%3A").replace(",", "%2C");
    }
}
