package dev.copydesk.report;

import dev.copydesk.audit.DocumentResult;
import dev.copydesk.audit.RunTally;
import dev.copydesk.finding.Finding;
import java.io.IOException;
import java.io.Writer;
import java.util.function.Predicate;

/**
 * JUnit XML for CI dashboards: one test case per document. A finding that fails the run (by
 * the run's fail policy) is a {@code <failure>}; the others are listed in {@code <system-out>};
 * a document that could not be audited is an {@code <error>}. The suite's counts come first in
 * the file, so the test cases are kept until the end of the run (a few hundred bytes each).
 * Elements and attributes stay within the Jenkins JUnit schema (junit-4.xsd), which CI checks:
 * {@code skipped} only on the suite, no {@code file} on a test case (its name is the path).
 */
public final class JunitReport implements ReportWriter {
    private final Writer out;
    private final Predicate<Finding> fails;
    private final StringBuilder cases = new StringBuilder();
    private int failures;
    private int errors;

    public JunitReport(Writer out, Predicate<Finding> fails) {
        this.out = out;
        this.fails = fails;
    }

    @Override
    public Object prepare(DocumentResult doc) {
        StringBuilder c = new StringBuilder();
        String name = XmlText.escape(doc.path());
        c.append("    <testcase classname=\"copydesk\" name=\"").append(name).append("\">\n");
        if (!doc.audited()) {
            c.append("      <error type=\"input\" message=\"").append(XmlText.escape(doc.error().orElse(""))).append("\"/>\n");
        }
        StringBuilder notes = new StringBuilder();
        for (Finding f : doc.findings()) {
            String where = doc.path() + ":" + f.location().line() + ":" + f.location().column();
            String line = where + ": " + f.severity().key() + " [" + f.rule() + "] " + f.message();
            if (fails.test(f)) {
                c.append("      <failure type=\"").append(XmlText.escape(f.rule())).append("\" message=\"")
                        .append(XmlText.escape(f.message())).append("\">").append(XmlText.escape(line + "\n"
                        + "  excerpt: " + f.location().excerpt())).append("</failure>\n");
            } else {
                notes.append(XmlText.escape(line)).append("&#10;");
            }
        }
        if (!notes.isEmpty()) {
            c.append("      <system-out>").append(notes).append("</system-out>\n");
        }
        c.append("    </testcase>\n");
        return c.toString();
    }

    @Override
    public void append(DocumentResult doc, Object prepared) {
        cases.append((String) prepared);
        if (!doc.audited()) {
            errors++;
        } else if (doc.findings().stream().anyMatch(fails)) {
            failures++;
        }
    }

    @Override
    public void finish(RunTally tally) throws IOException {
        String counts = "tests=\"" + tally.documents() + "\" failures=\"" + failures + "\" errors=\"" + errors + "\"";
        out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.write("<testsuites name=\"copydesk\" " + counts + ">\n");
        out.write("  <testsuite name=\"copydesk\" " + counts + " skipped=\"0\" time=\"0\">\n");
        out.write(cases.toString());
        out.write("  </testsuite>\n</testsuites>\n");
        out.flush();
    }
}
