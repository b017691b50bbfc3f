package dev.copydesk.rule;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Every loaded rule, sorted by id. Immutable, so one catalog serves all threads. */
public record RuleCatalog(List<Rule> rules) {
    public RuleCatalog {
        rules = rules.stream().sorted(Comparator.comparing(Rule::id)).toList();
    }

    public Optional<Rule> find(String id) {
        return rules.stream().filter(r -> r.id().equals(id)).findFirst();
    }
}
