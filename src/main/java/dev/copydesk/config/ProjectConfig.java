package dev.copydesk.config;

import dev.copydesk.rule.RuleOverrides;
import dev.copydesk.rule.Audience;
import java.util.List;
import java.util.Optional;

/**
 * A project's {@code copydesk.yaml}, validated. Every setting is optional; an absent one leaves
 * the built-in default (or the command line's value) in place. Immutable.
 *
 * @param file           the configuration file as named in messages; empty for no configuration
 * @param rules          rules switched off or on, and severity overrides
 * @param paths          which files a folder run audits ({@code include}, {@code exclude})
 * @param allowedScripts scripts the look-alike checks accept ({@code allow-scripts})
 * @param audience       the readers ({@code audience})
 * @param failPolicy     which findings fail the run ({@code fail})
 * @param thresholds     {@code min-score} and {@code max-grade}
 */
public record ProjectConfig(Optional<String> file, RuleOverrides rules, PathFilter paths,
        Optional<List<String>> allowedScripts, Optional<Audience> audience, Optional<FailPolicy> failPolicy,
        ScoreThresholds thresholds) {

    /** No configuration: every default stands. */
    public static final ProjectConfig NONE = new ProjectConfig(Optional.empty(), RuleOverrides.NONE, PathFilter.ALL,
            Optional.empty(), Optional.empty(), Optional.empty(), ScoreThresholds.NONE);

    public ProjectConfig {
        allowedScripts = allowedScripts.map(List::copyOf);
    }
}
