package dev.copydesk.rule;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Every loaded rule, sorted by id. {@code switchedOff} holds the ids of loaded rules that
 * configuration disabled: they never run, but a suppression comment or setting that names one
 * is still recognized rather than reported as a typo. Immutable, so one catalog serves all
 * threads.
 */
public record RuleCatalog(List<Rule> rules, Set<String> switchedOff) {
    public RuleCatalog {
        rules = rules.stream().sorted(Comparator.comparing(Rule::id)).toList();
        switchedOff = Set.copyOf(switchedOff);
    }

    public RuleCatalog(List<Rule> rules) {
        this(rules, Set.of());
    }

    public Optional<Rule> find(String id) {
        return rules.stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /** Whether {@code id} is a loaded rule, running or switched off. */
    public boolean knowsRule(String id) {
        return switchedOff.contains(id) || find(id).isPresent();
    }

    /** Whether some loaded rule, running or switched off, belongs to {@code pack}. */
    public boolean knowsPack(String pack) {
        return packs().contains(pack);
    }

    /** The packs of every loaded rule, running or switched off, sorted. */
    public Set<String> packs() {
        Set<String> packs = new TreeSet<>();
        rules.forEach(r -> packs.add(r.pack()));
        switchedOff.forEach(id -> packs.add(id.substring(0, id.indexOf('.'))));
        return packs;
    }
}
