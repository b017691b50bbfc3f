package dev.copydesk.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.copydesk.rule.Example;
import dev.copydesk.rule.Rule;
import dev.copydesk.rule.RuleCatalog;
import dev.copydesk.rule.RuleScope;

/** The rule catalog as JSON: {@code rules --format json}, and the server's {@code GET /api/rules}. */
public final class RulesJson {
    private RulesJson() {
    }

    public static ArrayNode of(RuleCatalog catalog) {
        ArrayNode rules = JsonNodeFactory.instance.arrayNode();
        for (Rule rule : catalog.rules()) {
            ObjectNode node = rules.addObject();
            node.put("id", rule.id());
            node.put("category", rule.category().key());
            node.put("severity", rule.severity().key());
            node.put("check", rule.check().kind().key());
            ArrayNode scopes = node.putArray("scope");
            rule.scopes().stream().map(RuleScope::key).sorted().forEach(scopes::add);
            node.put("message", rule.message());
            rule.suggestion().ifPresent(s -> node.put("suggestion", s));
            rule.description().ifPresent(d -> node.put("description", d));
            node.put("origin", rule.origin());
            ArrayNode examples = node.putArray("examples");
            for (Example e : rule.examples()) {
                ObjectNode ex = examples.addObject().put("text", e.text()).put("mustFlag", e.mustFlag());
                if (e.match() != null) {
                    ex.put("match", e.match());
                }
            }
        }
        return rules;
    }
}
