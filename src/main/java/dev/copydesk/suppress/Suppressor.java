package dev.copydesk.suppress;

import dev.copydesk.analysis.AnalyzedDocument;
import dev.copydesk.check.CheckRegistry;
import dev.copydesk.check.Findings;
import dev.copydesk.finding.Finding;
import dev.copydesk.input.Block;
import dev.copydesk.input.SourceComment;
import dev.copydesk.input.SourceText;
import dev.copydesk.rule.CheckKind;
import dev.copydesk.rule.Rule;
import dev.copydesk.rule.RuleCatalog;
import dev.copydesk.rule.RuleSelector;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Applies the suppression comments of one document to its findings:
 * <ul>
 * <li>{@code copydesk-disable RULES -- reason} ... {@code copydesk-enable RULES}: a span; without
 * a matching enable it runs to the end of the file;</li>
 * <li>{@code copydesk-disable-next RULES -- reason}: the next block after the comment;</li>
 * <li>{@code copydesk-disable-file RULES -- reason}: the whole file.</li>
 * </ul>
 * RULES are rule ids, packs, categories or {@code all}. A finding is covered when it starts
 * inside the range. A directive with no reason, or naming a rule the catalog does not know,
 * suppresses nothing and is reported by the catalog's {@code suppression-without-reason} and
 * {@code suppression-invalid} rules. Those findings are added after suppression, so no
 * directive can hide another directive's problem. Immutable and thread-safe.
 */
public final class Suppressor {
    private final RuleCatalog catalog;
    private final List<Rule> withoutReason;
    private final List<Rule> invalid;

    public Suppressor(RuleCatalog catalog) {
        this.catalog = catalog;
        this.withoutReason = rulesOf(catalog, CheckKind.SUPPRESSION_WITHOUT_REASON);
        this.invalid = rulesOf(catalog, CheckKind.SUPPRESSION_INVALID);
    }

    private static List<Rule> rulesOf(RuleCatalog catalog, CheckKind kind) {
        return catalog.rules().stream().filter(r -> r.check().kind() == kind).toList();
    }

    /** A source range {@code [from, to)} in which findings of {@code selector} are suppressed. */
    private record Region(RuleSelector selector, int from, int to, Directive directive) {
        boolean covers(Finding f) {
            int at = f.location().start();
            return at >= from && at < to && selector.specificity(f.rule(), f.category()) != RuleSelector.NO_MATCH;
        }
    }

    /** Splits {@code findings} (in finding order) into those that stand and those suppressed. */
    public Suppression apply(AnalyzedDocument document, List<Finding> findings) {
        List<Directive> directives = directives(document.document().source(), document.document().comments());
        if (directives.isEmpty()) {
            return new Suppression(findings, List.of());
        }
        Findings problems = new Findings(document);
        List<Region> regions = regions(document, directives, problems);
        List<Finding> kept = new ArrayList<>();
        List<Suppressed> suppressed = new ArrayList<>();
        for (Finding f : findings) {
            Optional<Region> by = regions.stream().filter(r -> r.covers(f)).findFirst();
            if (by.isPresent()) {
                suppressed.add(new Suppressed(f, by.get().directive()));
            } else {
                kept.add(f);
            }
        }
        kept.addAll(problems.all());
        kept.sort(CheckRegistry.FINDING_ORDER);
        return new Suppression(kept, suppressed);
    }

    private static List<Directive> directives(SourceText source, List<SourceComment> comments) {
        List<Directive> directives = new ArrayList<>();
        for (SourceComment comment : comments) {
            DirectiveParser.parse(comment, source.line(comment.start())).ifPresent(directives::add);
        }
        return directives;
    }

    /**
     * The ranges the valid directives cover, in directive order; problems go to {@code problems}.
     * A disable that is not applied still pairs with its enable, so one mistake is reported once.
     */
    private List<Region> regions(AnalyzedDocument document, List<Directive> directives, Findings problems) {
        List<Region> regions = new ArrayList<>();
        Map<String, Deque<Directive>> open = new LinkedHashMap<>();
        Map<String, Integer> notApplied = new HashMap<>();
        for (Directive d : directives) {
            if (d.kind().isEmpty()) {
                invalid(problems, d, "unknown directive '" + d.keyword() + "'; expected copydesk-disable, "
                        + "copydesk-disable-next, copydesk-disable-file or copydesk-enable");
                continue;
            }
            Directive.Kind kind = d.kind().get();
            if (kind == Directive.Kind.ENABLE) {
                enable(d, open, notApplied, regions, problems);
                continue;
            }
            if (d.selectors().isEmpty()) {
                invalid(problems, d, d.keyword() + " names no rule; name rule ids, packs, categories or all");
                continue;
            }
            List<String> unknown = d.selectors().stream().map(s -> s.problem(catalog)).flatMap(Optional::stream).toList();
            if (!unknown.isEmpty() || !d.hasReason()) {
                if (!unknown.isEmpty()) {
                    invalid(problems, d, String.join("; ", unknown));
                } else {
                    withoutReason(problems, d);
                }
                if (kind == Directive.Kind.DISABLE) {
                    d.selectors().forEach(s -> notApplied.merge(s.name(), 1, Integer::sum));
                }
                continue;
            }
            switch (kind) {
                case DISABLE -> d.selectors().forEach(s -> open.computeIfAbsent(s.name(), k -> new ArrayDeque<>()).push(d));
                case DISABLE_NEXT -> nextBlock(document, d.end()).ifPresent(block -> d.selectors().forEach(s ->
                        regions.add(new Region(s, block.text().sourceFrom(), block.text().sourceTo(), d))));
                case DISABLE_FILE -> d.selectors().forEach(s -> regions.add(new Region(s, 0, Integer.MAX_VALUE, d)));
                default -> throw new IllegalStateException(kind.name());
            }
        }
        open.forEach((name, stack) -> stack.forEach(d -> regions.add(
                new Region(new RuleSelector(name), d.end(), Integer.MAX_VALUE, d))));
        regions.sort(java.util.Comparator.comparingInt(r -> r.directive().start()));
        return regions;
    }

    /** Closes the spans an enable names (all open ones when it names none). */
    private void enable(Directive d, Map<String, Deque<Directive>> open, Map<String, Integer> notApplied,
            List<Region> regions, Findings problems) {
        if (d.selectors().isEmpty()) {
            boolean any = !notApplied.isEmpty();
            for (Iterator<Map.Entry<String, Deque<Directive>>> it = open.entrySet().iterator(); it.hasNext();) {
                Map.Entry<String, Deque<Directive>> entry = it.next();
                entry.getValue().forEach(from -> regions.add(new Region(new RuleSelector(entry.getKey()), from.end(),
                        d.start(), from)));
                any = true;
                it.remove();
            }
            notApplied.clear();
            if (!any) {
                invalid(problems, d, "nothing to enable: no copydesk-disable is open here");
            }
            return;
        }
        List<String> closedNothing = new ArrayList<>();
        for (RuleSelector s : d.selectors()) {
            Deque<Directive> stack = open.get(s.name());
            if (stack != null && !stack.isEmpty()) {
                Directive from = stack.pop();
                regions.add(new Region(s, from.end(), d.start(), from));
                if (stack.isEmpty()) {
                    open.remove(s.name());
                }
            } else if (notApplied.getOrDefault(s.name(), 0) > 0) {
                notApplied.merge(s.name(), -1, Integer::sum);
                notApplied.remove(s.name(), 0);
            } else {
                closedNothing.add(s.name());
            }
        }
        if (!closedNothing.isEmpty()) {
            invalid(problems, d, "nothing to enable: no copydesk-disable of " + String.join(", ", closedNothing)
                    + " is open here");
        }
    }

    /** The block that starts first at or after source offset {@code after}. */
    private static Optional<Block> nextBlock(AnalyzedDocument document, int after) {
        Block next = null;
        for (Block block : document.document().blocks()) {
            int from = block.text().sourceFrom();
            if (from >= after && (next == null || from < next.text().sourceFrom())) {
                next = block;
            }
        }
        return Optional.ofNullable(next);
    }

    private void invalid(Findings problems, Directive d, String why) {
        for (Rule rule : invalid) {
            problems.reportSource(rule, d.start(), d.end(), Map.of("value", why), detail(d, why));
        }
    }

    private void withoutReason(Findings problems, Directive d) {
        String why = d.keyword() + " needs a reason after \"--\"";
        for (Rule rule : withoutReason) {
            problems.reportSource(rule, d.start(), d.end(), Map.of("value", d.keyword()), detail(d, why));
        }
    }

    private static Map<String, Object> detail(Directive d, String problem) {
        Map<String, Object> detail = new LinkedHashMap<>();
        detail.put("directive", d.keyword());
        detail.put("rules", d.selectors().stream().map(RuleSelector::name).toList());
        detail.put("problem", problem);
        return detail;
    }
}
