package dev.copydesk.audit;

import dev.copydesk.analysis.AnalyzedDocument;
import dev.copydesk.analysis.Analyzer;
import dev.copydesk.check.CheckRegistry;
import dev.copydesk.check.CheckSettings;
import dev.copydesk.finding.Finding;
import dev.copydesk.input.Document;
import dev.copydesk.rule.Audience;
import dev.copydesk.rule.RuleCatalog;
import dev.copydesk.rule.RuleOverrides;
import dev.copydesk.score.Density;
import dev.copydesk.score.Scoring;
import dev.copydesk.suppress.Suppression;
import dev.copydesk.suppress.Suppressor;
import java.util.List;
import java.util.Optional;

/**
 * Audits one document: analyze, run every check, apply the article's suppression comments,
 * score. Immutable and thread-safe; build one per run and share it.
 */
public final class Auditor {
    private final RuleCatalog catalog;
    private final CheckSettings settings;
    private final CheckRegistry checks;
    private final Suppressor suppressor;
    private final Scoring scoring;
    private final String fallbackLanguage;
    private final String fallbackPublished;

    /**
     * Starts loading the language layer on a thread of its own, once per JVM (see
     * {@link Analyzer#prepareInBackground}): every auditor does, and a command that will make one
     * can start it sooner.
     */
    public static void prepareInBackground() {
        Analyzer.prepareInBackground();
    }

    /**
     * @param fallbackLanguage  language for documents that declare none ({@code --lang}); may be null
     * @param fallbackPublished ISO date for documents that carry none ({@code --date}); may be null
     */
    public Auditor(RuleCatalog catalog, String fallbackLanguage, String fallbackPublished) {
        this(catalog, CheckSettings.defaults(), fallbackLanguage, fallbackPublished);
    }

    public Auditor(RuleCatalog catalog, CheckSettings settings, String fallbackLanguage, String fallbackPublished) {
        this.catalog = catalog;
        this.settings = settings;
        prepareInBackground();
        this.checks = CheckRegistry.compile(catalog, settings);
        this.suppressor = new Suppressor(catalog);
        this.scoring = new Scoring(catalog, settings.audience());
        this.fallbackLanguage = fallbackLanguage;
        this.fallbackPublished = fallbackPublished;
    }

    /**
     * Another auditor over this one's rules with {@code overrides} applied (rules, packs or
     * categories turned off and on) and, if given, another reader profile: what a server request
     * that picks its own rules gets. Compiling it costs about what this one's did.
     */
    public Auditor choosing(RuleOverrides overrides, Optional<Audience> audience) {
        return new Auditor(overrides.applyTo(catalog), audience.map(settings::withAudience).orElse(settings), fallbackLanguage,
                fallbackPublished);
    }

    /** The rules this auditor runs. */
    public RuleCatalog catalog() {
        return catalog;
    }

    public DocumentResult audit(Document given) {
        return audit(given, fallbackLanguage);
    }

    /** The same, with this document's own fallback language (a server request's {@code lang}). */
    public DocumentResult audit(Document given, String fallbackLanguage) {
        Document document = given.published().isPresent() || fallbackPublished == null ? given
                : given.withPublished(fallbackPublished);
        AnalyzedDocument analyzed = Analyzer.analyze(document, fallbackLanguage);
        // Suppressed findings cost no points: an editor has looked at them and said why.
        Suppression suppression = suppressor.apply(analyzed, checks.run(analyzed));
        List<Finding> findings = suppression.findings();
        int words = analyzed.metrics().get("words").intValue();
        return new DocumentResult(document.path(), Optional.empty(), Optional.of(analyzed), findings,
                scoring.score(analyzed, findings), Density.of(findings, analyzed.metrics(), words),
                suppression.suppressed(), List.of(), Optional.empty());
    }
}
