package dev.copydesk.audit;

import dev.copydesk.check.Finding;
import dev.copydesk.rule.Severity;
import java.util.EnumMap;
import java.util.Map;

/**
 * Counts of a run kept as documents stream past, so summaries and exit codes need no list of
 * every document. Not thread-safe: fed in input order from one thread.
 */
public final class RunTally {
    private int documents;
    private int failed;
    private int suppressed;
    private final Map<Severity, Integer> bySeverity = new EnumMap<>(Severity.class);

    public RunTally() {
        for (Severity s : Severity.values()) {
            bySeverity.put(s, 0);
        }
    }

    public void add(DocumentResult document) {
        documents++;
        if (!document.audited()) {
            failed++;
        }
        for (Finding f : document.findings()) {
            bySeverity.merge(f.severity(), 1, Integer::sum);
        }
        suppressed += document.suppressed().size();
    }

    public int documents() {
        return documents;
    }

    public int failed() {
        return failed;
    }

    public int audited() {
        return documents - failed;
    }

    public Map<Severity, Integer> findingsBySeverity() {
        return Map.copyOf(bySeverity);
    }

    /** Findings that suppression comments removed, in every document so far. */
    public int suppressed() {
        return suppressed;
    }

    public int findings(Severity severity) {
        return bySeverity.get(severity);
    }
}
