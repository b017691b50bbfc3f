package dev.copydesk.report;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.copydesk.baseline.Baseline;
import dev.copydesk.baseline.BaselineSummary;
import dev.copydesk.suppress.Suppressed;

/**
 * The JSON of the audit trail: suppressed findings with their directive and reason, and the
 * baseline comparison. Key order is fixed, as everywhere in the JSON report.
 */
final class AuditTrailJson {
    private AuditTrailJson() {
    }

    /** {@code finding}, the suppressed finding's usual JSON, plus why and where it was suppressed. */
    static ObjectNode suppressed(ObjectNode finding, Suppressed s) {
        finding.put("reason", s.directive().reason());
        finding.put("directive", s.directive().keyword());
        finding.put("directiveLine", s.directive().line());
        return finding;
    }

    static ObjectNode baseline(BaselineSummary summary) {
        ObjectNode node = JsonNodeFactory.instance.objectNode();
        node.put("file", summary.file());
        node.put("accepted", summary.accepted());
        node.put("new", summary.fresh());
        node.put("gone", summary.gone().size());
        var gone = node.putArray("goneFindings");
        for (Baseline.Entry e : summary.gone()) {
            gone.addObject().put("path", e.path()).put("rule", e.rule()).put("excerpt", e.excerpt())
                    .put("fingerprint", e.fingerprint());
        }
        return node;
    }
}
