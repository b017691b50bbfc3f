package dev.copydesk.report;

import dev.copydesk.audit.AuditRun;
import dev.copydesk.audit.DocumentResult;
import dev.copydesk.check.Finding;
import dev.copydesk.rule.Severity;
import java.util.Map;

/** One line per finding, {@code path:line:col: severity [rule] message}, then a summary line. */
public final class TextReport {
    private TextReport() {
    }

    public static String render(AuditRun run) {
        StringBuilder out = new StringBuilder();
        for (DocumentResult doc : run.documents()) {
            if (!doc.audited()) {
                out.append(oneLine(doc.path())).append(": failed: ").append(oneLine(doc.error().orElse(""))).append('\n');
                continue;
            }
            for (Finding f : doc.findings()) {
                out.append(oneLine(doc.path())).append(':').append(f.location().line()).append(':')
                        .append(f.location().column()).append(": ").append(f.severity().key()).append(" [")
                        .append(f.rule()).append("] ").append(oneLine(f.message())).append('\n');
            }
        }
        Map<Severity, Integer> counts = run.findingsBySeverity();
        out.append(String.format(java.util.Locale.ROOT,
                "%d document%s audited, %d failed: %d error%s, %d warning%s, %d info%n",
                run.documents().size() - run.failed(), run.documents().size() - run.failed() == 1 ? "" : "s",
                run.failed(), counts.get(Severity.ERROR), counts.get(Severity.ERROR) == 1 ? "" : "s",
                counts.get(Severity.WARNING), counts.get(Severity.WARNING) == 1 ? "" : "s", counts.get(Severity.INFO)));
        return out.toString();
    }

    /**
     * Paths and messages may carry line breaks, controls or invisible characters; a text line
     * must stay one line, and must show what is there, so nothing can forge or hide a finding.
     */
    static String oneLine(String s) {
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (cp == '\n' || cp == '\r' || cp == '\t') {
                b.append(' ');
            } else if (Character.isISOControl(cp) || cp >= 0x200B && cp <= 0x200F || cp >= 0x202A && cp <= 0x202E
                    || cp >= 0x2060 && cp <= 0x2069 || cp == 0xFEFF || cp == 0x2028 || cp == 0x2029) {
                b.append(String.format(java.util.Locale.ROOT, "\\u%04X", cp));
            } else {
                b.appendCodePoint(cp);
            }
        });
        return b.toString();
    }
}
