package dev.copydesk.cli;

import dev.copydesk.audit.Auditor;
import dev.copydesk.baseline.BaselineException;
import dev.copydesk.baseline.BaselineMatcher;
import dev.copydesk.rule.Audience;
import dev.copydesk.check.CheckSettings;
import dev.copydesk.config.ConfigException;
import dev.copydesk.config.ConfigLoader;
import dev.copydesk.config.FailPolicy;
import dev.copydesk.config.ProjectConfig;
import dev.copydesk.rule.RuleCatalog;
import dev.copydesk.rule.RuleLoadException;
import dev.copydesk.rule.RuleLoader;
import dev.copydesk.rule.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The settings of one run: the project configuration merged with the command line, where the
 * command line wins. {@code --allow-script} replaces the configured scripts and {@code --fail-on}
 * the whole configured fail policy. Immutable.
 *
 * @param catalog  the rules as configured, ready to compile
 * @param baseline the run's baseline, when {@code --baseline} names one
 */
public record ProjectSetup(ProjectConfig config, RuleCatalog catalog, CheckSettings settings, FailPolicy failPolicy,
        Optional<BaselineMatcher> baseline) {

    /**
     * What the command line said. Options the user did not give are null, so that a built-in
     * default never overrides the configuration.
     *
     * @param failOn error, warning, info or never
     */
    public record Given(Path config, boolean noConfig, List<Path> ruleFolders, List<String> allowedScripts,
            Audience audience, String failOn, Path baseline) {
    }

    /** Settings that cannot be used; each problem is one line for stderr, and the run exits 2. */
    public static final class Invalid extends Exception {
        private static final long serialVersionUID = 1L;
        private final List<String> problems;

        Invalid(List<String> problems) {
            super(String.join("\n", problems), null, false, false);
            this.problems = List.copyOf(problems);
        }

        public List<String> problems() {
            return problems;
        }
    }

    /** Loads rules, configuration and baseline; {@code workingFolder} is where copydesk.yaml is looked for. */
    public static ProjectSetup resolve(Given given, Path workingFolder) throws Invalid {
        if (given.config() != null && given.noConfig()) {
            throw new Invalid(List.of("--config and --no-config cannot be used together"));
        }
        RuleCatalog loaded;
        try {
            loaded = RuleLoader.load(given.ruleFolders());
        } catch (RuleLoadException e) {
            throw new Invalid(e.problems());
        }
        List<String> problems = new ArrayList<>();
        ProjectConfig config = ProjectConfig.NONE;
        Path file = given.config();
        String display = file == null ? ConfigLoader.DEFAULT_FILE : file.toString();
        if (file == null && !given.noConfig() && Files.isRegularFile(workingFolder.resolve(ConfigLoader.DEFAULT_FILE))) {
            file = workingFolder.resolve(ConfigLoader.DEFAULT_FILE);
        }
        if (file != null) {
            try {
                config = ConfigLoader.load(file, display, loaded);
            } catch (ConfigException e) {
                problems.addAll(e.problems());
            }
        }
        CheckSettings settings = CheckSettings.defaults();
        List<String> scripts = given.allowedScripts() != null ? given.allowedScripts()
                : config.allowedScripts().orElse(List.of());
        try {
            settings = CheckSettings.allowing(scripts);
        } catch (IllegalArgumentException e) {
            problems.add("Invalid value for option '--allow-script': " + e.getMessage());
        }
        Audience audience = given.audience() != null ? given.audience() : config.audience().orElse(Audience.GENERAL);
        FailPolicy fail = given.failOn() == null ? config.failPolicy().orElse(FailPolicy.defaults())
                : FailPolicy.uniform("never".equals(given.failOn()) ? Optional.empty()
                        : Optional.of(Severity.valueOf(given.failOn().toUpperCase(Locale.ROOT))));
        Optional<BaselineMatcher> baseline = Optional.empty();
        if (given.baseline() != null) {
            try {
                baseline = Optional.of(BaselineMatcher.load(given.baseline(), given.baseline().toString()));
            } catch (BaselineException e) {
                problems.add(e.getMessage());
            }
        }
        if (!problems.isEmpty()) {
            throw new Invalid(problems);
        }
        return new ProjectSetup(config, config.rules().applyTo(loaded), settings.withAudience(audience), fail, baseline);
    }

    /**
     * The auditor of these settings, with no fallback language or date: what {@code audit} runs
     * when the command line gives neither, and what other entry points (the Spark job) run.
     */
    public Auditor auditor() {
        return auditor(null, null);
    }

    /** The auditor of these settings, with the language and publication date to assume where an article has none. */
    public Auditor auditor(String fallbackLanguage, String fallbackPublished) {
        return new Auditor(catalog, settings, fallbackLanguage, fallbackPublished);
    }
}
