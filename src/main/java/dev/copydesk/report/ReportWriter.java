package dev.copydesk.report;

import dev.copydesk.audit.DocumentResult;
import dev.copydesk.audit.RunTally;
import java.io.IOException;

/**
 * One output of a run (text, JSON, SARIF, JUnit, GitHub, Checkstyle, HTML), written as
 * documents stream past. {@link #prepare} may run on any worker thread at once and must only
 * read the document; {@link #append} and {@link #finish} run on one thread, in input order.
 */
public interface ReportWriter {
    /** The expensive, thread-safe part: this output's rendering of one document. */
    Object prepare(DocumentResult document);

    void append(DocumentResult document, Object prepared) throws IOException;

    /** Writes what comes after the last document and commits the output. */
    void finish(RunTally tally) throws IOException;

    /** Drops a half-written output, leaving any earlier file in place. */
    default void abort() {
    }
}
