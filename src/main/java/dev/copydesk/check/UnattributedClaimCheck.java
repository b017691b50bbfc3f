package dev.copydesk.check;

import dev.copydesk.analysis.AnalyzedDocument;
import dev.copydesk.analysis.Claim;
import dev.copydesk.rule.Rule;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * Check-worthy claims of the given types that nothing in the article attributes: no named
 * source, no document, no link, no quoted speaker. A vague source ("experts say") is named in
 * the detail, since it does not count.
 */
final class UnattributedClaimCheck implements Check {
    private final Rule rule;
    private final Set<String> types;

    UnattributedClaimCheck(Rule rule, Set<String> types) {
        this.rule = rule;
        this.types = types;
    }

    @Override
    public void run(AnalyzedDocument document, Findings findings) {
        for (Claim claim : document.claims()) {
            if (claim.attributed() || !types.contains(claim.type())) {
                continue;
            }
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("claimType", claim.type());
            claim.vague().ifPresent(v -> detail.put("vagueSource", v));
            findings.report(rule, document.blocks().get(claim.block()), claim.span(), Map.of("names", claim.type()), detail);
        }
    }
}
