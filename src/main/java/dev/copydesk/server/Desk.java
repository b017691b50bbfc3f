package dev.copydesk.server;

import dev.copydesk.audit.Auditor;
import dev.copydesk.rule.RuleOverrides;
import dev.copydesk.rule.Audience;
import dev.copydesk.rule.RuleCatalog;
import dev.copydesk.rule.RuleSelector;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What every request shares: the project's rule catalog and settings, loaded once, and warm
 * auditors. A request that picks rules or an audience gets an auditor for that choice, compiled
 * once and kept among the most recent few, so an editor who turns a rule off does not pay for
 * compiling the catalog on every keystroke. Thread-safe.
 */
public final class Desk {
    private static final int KEPT_AUDITORS = 16;

    private final Auditor project;
    private final String fallbackLanguage;
    private final Map<Selection, Auditor> auditors = new LinkedHashMap<>(KEPT_AUDITORS, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<Selection, Auditor> eldest) {
            return size() > KEPT_AUDITORS;
        }
    };

    /**
     * A request's choice of rules: rule ids, packs or categories to turn off, and to turn (back)
     * on, as in the configuration's {@code rules:}; and a reader profile, if not the project's.
     */
    record Selection(List<String> enable, List<String> disable, Optional<Audience> audience) {
        static final Selection PROJECT = new Selection(List.of(), List.of(), Optional.empty());

        Selection {
            enable = List.copyOf(enable);
            disable = List.copyOf(disable);
        }
    }

    /**
     * @param project          the auditor of the project's rules and settings, as {@code audit} would run them
     * @param fallbackLanguage the language of articles that declare none, unless a request names one; may be null
     */
    public Desk(Auditor project, String fallbackLanguage) {
        this.project = project;
        this.fallbackLanguage = fallbackLanguage;
    }

    RuleCatalog catalog() {
        return project.catalog();
    }

    String fallbackLanguage() {
        return fallbackLanguage;
    }

    /** The auditor for {@code selection}; a 400 naming each rule, pack or category that does not exist. */
    Auditor auditor(Selection selection) throws HttpError {
        if (selection.equals(Selection.PROJECT)) {
            return project;
        }
        synchronized (auditors) {
            Auditor known = auditors.get(selection);
            if (known != null) {
                return known;
            }
        }
        List<String> problems = new ArrayList<>();
        List<RuleSelector> enable = selectors(selection.enable(), problems);
        List<RuleSelector> disable = selectors(selection.disable(), problems);
        if (!problems.isEmpty()) {
            throw HttpError.badRequest(String.join("; ", problems));
        }
        Auditor auditor = project.choosing(new RuleOverrides(disable, enable, Map.of()), selection.audience());
        synchronized (auditors) {
            auditors.putIfAbsent(selection, auditor);
            return auditors.get(selection);
        }
    }

    private List<RuleSelector> selectors(List<String> names, List<String> problems) {
        List<RuleSelector> selectors = new ArrayList<>();
        for (String name : names) {
            try {
                RuleSelector selector = new RuleSelector(name.strip());
                selector.problem(catalog()).ifPresentOrElse(problems::add, () -> selectors.add(selector));
            } catch (IllegalArgumentException e) {
                problems.add(e.getMessage());
            }
        }
        return selectors;
    }
}
