package dev.copydesk.check;

import dev.copydesk.analysis.AnalyzedDocument;

/** A compiled check: immutable, thread-safe, run once per document. */
public interface Check {
    void run(AnalyzedDocument document, Findings findings);
}
