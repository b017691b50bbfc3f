package dev.copydesk.report;

import dev.copydesk.text.Decimals;
import dev.copydesk.audit.AuditRun;
import dev.copydesk.audit.DocumentResult;
import dev.copydesk.audit.RunTally;
import dev.copydesk.finding.Finding;
import dev.copydesk.rule.Severity;

/** One line per finding, {@code path:line:col: severity [rule] message}, then a summary line. */
public final class TextReport {
    private TextReport() {
    }

    public static String render(AuditRun run) {
        java.io.StringWriter out = new java.io.StringWriter();
        Output text = new Output(out, Severity.INFO);
        RunTally tally = new RunTally();
        try {
            for (DocumentResult doc : run.documents()) {
                text.append(doc, text.prepare(doc));
                tally.add(doc);
            }
            text.finish(tally);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toString();
    }

    /**
     * The text report streamed: a document's lines as it comes, the summary at the end. Findings
     * below {@code minSeverity} are counted, not shown; a document that could not be read has no
     * line here, since the command says so once, on stderr.
     */
    public static final class Output implements ReportWriter {
        /** Up to this many documents, the summary names each one's score; past it, the median and lowest do. */
        static final int EACH_SCORE_UP_TO = 10;

        private final java.io.Writer out;
        private final Severity minSeverity;
        private int hidden;
        /** Each audited document's overall score, for a short batch's summary ("a.txt 71, b.md 70"). */
        private final java.util.List<String> scores = new java.util.ArrayList<>();

        public Output(java.io.Writer out, Severity minSeverity) {
            this.out = out;
            this.minSeverity = minSeverity;
        }

        @Override
        public Object prepare(DocumentResult doc) {
            StringBuilder lines = new StringBuilder();
            for (Finding f : doc.findings()) {
                if (!f.severity().atLeast(minSeverity)) {
                    continue;
                }
                lines.append(oneLine(doc.path())).append(':').append(f.location().line()).append(':')
                        .append(f.location().column()).append(": ").append(f.severity().key()).append(" [")
                        .append(f.rule()).append("] ").append(oneLine(f.message())).append('\n');
            }
            return lines.toString();
        }

        @Override
        public void append(DocumentResult doc, Object prepared) throws java.io.IOException {
            hidden += (int) doc.findings().stream().filter(f -> !f.severity().atLeast(minSeverity)).count();
            Integer overall = doc.scores().get("overall");
            if (doc.audited() && overall != null && scores.size() <= EACH_SCORE_UP_TO) {
                scores.add(oneLine(doc.path()) + " " + overall);
            }
            out.write((String) prepared);
        }

        @Override
        public void finish(RunTally tally) throws java.io.IOException {
            out.write(summary(tally));
            if (scores.size() > 1 && scores.size() <= EACH_SCORE_UP_TO) {
                out.write("scores: " + String.join(", ", scores) + System.lineSeparator());
            }
            if (hidden > 0) {
                out.write(String.format(java.util.Locale.ROOT, "%,d finding%s below %s not shown (--min-severity %s shows them)%n",
                        hidden, hidden == 1 ? "" : "s", minSeverity.key(), Severity.INFO.key()));
            }
            out.flush();
        }
    }

    /**
     * "3 documents audited, 1 failed: 0 errors, 4 warnings, 9 info; overall scores: median 82,
     * lowest 34 (stories/b.txt)", or "...; overall score 88" for one document.
     */
    public static String summary(RunTally tally) {
        int errors = tally.findings(Severity.ERROR);
        int warnings = tally.findings(Severity.WARNING);
        String scores = switch (tally.scored()) {
            case 0 -> "";
            case 1 -> "; overall score " + tally.lowestOverall();
            default -> "; overall scores: median " + Decimals.compact(tally.medianOverall()) + ", lowest " + tally.lowestOverall() + " ("
                    + oneLine(tally.lowestPath()) + ")";
        };
        return String.format(java.util.Locale.ROOT, "%d document%s audited, %d failed: %d error%s, %d warning%s, %d info%s%n",
                tally.audited(), tally.audited() == 1 ? "" : "s", tally.failed(), errors, errors == 1 ? "" : "s",
                warnings, warnings == 1 ? "" : "s", tally.findings(Severity.INFO), scores);
    }

    /**
     * Paths and messages may carry line breaks, controls or invisible characters; a text line
     * must stay one line, and must show what is there, so nothing can forge or hide a finding.
     */
    public static String oneLine(String s) {
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
