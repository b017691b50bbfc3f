package dev.copydesk.report;

import dev.copydesk.audit.DocumentResult;
import dev.copydesk.audit.RunTally;
import dev.copydesk.finding.Finding;
import java.io.IOException;
import java.io.Writer;

/**
 * Checkstyle XML, which review bots read: one {@code <file>} per document, one {@code <error>} per
 * finding.
 */
public final class CheckstyleReport implements ReportWriter {
    private final Writer out;

    public CheckstyleReport(Writer out) throws IOException {
        this.out = out;
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<checkstyle version=\"8.0\">\n");
    }

    @Override
    public Object prepare(DocumentResult doc) {
        StringBuilder b = new StringBuilder();
        Placement failure = Placement.ofFailure(doc);
        b.append("  <file name=\"").append(XmlText.escape(failure.file())).append("\">\n");
        doc.error().ifPresent(reason -> b.append("    <error line=\"").append(failure.line())
                .append("\" severity=\"error\" message=\"").append(XmlText.escape("not audited: " + failure.message()))
                .append("\" source=\"copydesk.input\"/>\n"));
        for (Finding f : doc.findings()) {
            Placement at = Placement.of(doc, f);
            b.append("    <error line=\"").append(at.line());
            if (at.column() > 0) {
                b.append("\" column=\"").append(at.column());
            }
            b.append("\" severity=\"").append(f.severity().key()).append("\" message=\"")
                    .append(XmlText.escape(at.message())).append("\" source=\"").append(XmlText.escape(f.rule()))
                    .append("\"/>\n");
        }
        return b.append("  </file>\n").toString();
    }

    @Override
    public void append(DocumentResult doc, Object prepared) throws IOException {
        out.write((String) prepared);
    }

    @Override
    public void finish(RunTally tally) throws IOException {
        out.write("</checkstyle>\n");
        out.flush();
    }
}
