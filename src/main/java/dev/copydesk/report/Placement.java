package dev.copydesk.report;

import dev.copydesk.audit.DocumentResult;
import dev.copydesk.finding.Finding;

/**
 * Where a code-review tool (GitHub annotations, SARIF, Checkstyle) should put a finding: in the
 * article's own file, at its line and column; or, for an article from a JSONL export, on the
 * export's line, since "export.jsonl#a-1" is no file a pull request has. The position inside
 * the article then leads the message ("a-1, line 3, column 14: ...").
 *
 * @param column 0 when the tool should not be given a column
 */
public record Placement(String file, int line, int column, String message) {

    public static Placement of(DocumentResult doc, Finding finding) {
        var at = finding.location();
        return doc.record()
                .map(r -> new Placement(r.file(), r.line(), 0,
                        r.id() + ", line " + at.line() + ", column " + at.column() + ": " + finding.message()))
                .orElseGet(() -> new Placement(doc.path(), at.line(), at.column(), finding.message()));
    }

    /** A document that could not be audited: its file, or its export's line. */
    public static Placement ofFailure(DocumentResult doc) {
        String reason = doc.error().orElse("");
        return doc.record().map(r -> new Placement(r.file(), r.line(), 0, r.id() + ": " + reason))
                .orElseGet(() -> new Placement(doc.path(), 1, 0, reason));
    }
}
