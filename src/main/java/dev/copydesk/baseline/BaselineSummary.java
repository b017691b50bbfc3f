package dev.copydesk.baseline;

import java.util.List;

/**
 * How a run compared with its baseline: findings it accepted, findings that are new, and
 * recorded findings of the audited articles that no longer occur. Immutable.
 *
 * @param file the baseline file as the user named it
 */
public record BaselineSummary(String file, int accepted, int fresh, List<Baseline.Entry> gone) {
    public BaselineSummary {
        gone = List.copyOf(gone);
    }

    /** The one line for stderr. */
    public String line() {
        String line = "baseline " + file + ": " + accepted + " accepted, " + fresh + " new, " + gone.size() + " gone";
        return gone.isEmpty() ? line : line + " (run `copydesk baseline` again to drop the gone ones)";
    }
}
