package dev.copydesk.audit;

import dev.copydesk.finding.Finding;
import dev.copydesk.rule.Severity;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Every document of one run, in input order. Immutable. */
public record AuditRun(List<DocumentResult> documents) {
    public AuditRun {
        documents = List.copyOf(documents);
    }

    public long failed() {
        return documents.stream().filter(d -> !d.audited()).count();
    }

    public Map<Severity, Integer> findingsBySeverity() {
        Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            counts.put(s, 0);
        }
        for (DocumentResult d : documents) {
            for (Finding f : d.findings()) {
                counts.merge(f.severity(), 1, Integer::sum);
            }
        }
        return counts;
    }

    /** Whether any finding is at or above {@code threshold}; null means never. */
    public boolean hasFindingsAtLeast(Severity threshold) {
        return threshold != null && documents.stream().flatMap(d -> d.findings().stream())
                .anyMatch(f -> f.severity().atLeast(threshold));
    }
}
