package dev.copydesk.check.unicode;

import dev.copydesk.analysis.AnalyzedBlock;
import dev.copydesk.analysis.AnalyzedDocument;
import dev.copydesk.check.Check;
import dev.copydesk.check.Findings;
import dev.copydesk.rule.Rule;

/**
 * Base of the Unicode checks that look at one block at a time: all-ASCII blocks, the common
 * case, hold none of the characters they look for and are skipped before any work.
 */
abstract class UnicodeBlockCheck implements Check {
    protected final Rule rule;

    public UnicodeBlockCheck(Rule rule) {
        this.rule = rule;
    }

    @Override
    public final void run(AnalyzedDocument document, Findings findings) {
        for (AnalyzedBlock block : document.blocks()) {
            if (!block.ascii()) {
                check(block, findings);
            }
        }
    }

    /** Checks one block that has at least one non-ASCII character. */
    abstract void check(AnalyzedBlock block, Findings findings);
}
