package dev.copydesk.config;

import dev.copydesk.rule.RuleOverrides;
import dev.copydesk.rule.Audience;
import dev.copydesk.check.CheckSettings;
import dev.copydesk.rule.Category;
import dev.copydesk.rule.RuleCatalog;
import dev.copydesk.rule.RuleSelector;
import dev.copydesk.rule.Severity;
import dev.copydesk.rule.YamlFields;
import dev.copydesk.rule.YamlNode;
import dev.copydesk.rule.YamlReader;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Loads {@code copydesk.yaml} strictly, with the rule files' YAML reader: unknown keys, wrong
 * types, unknown rules, packs or categories, bad globs, unknown scripts and out-of-range
 * thresholds are all problems, collected across the whole file and thrown together as one
 * {@link ConfigException} of {@code file:line: problem} lines. Rule names are checked against
 * the loaded catalog, so a typo cannot silently select nothing. Stateless.
 */
public final class ConfigLoader {
    /** The file a run picks up from its working folder when no {@code --config} is given. */
    public static final String DEFAULT_FILE = "copydesk.yaml";

    private static final Set<String> TOP_KEYS = Set.of("rules", "include", "exclude", "allow-scripts", "audience",
            "fail", "min-score", "max-grade");
    private static final Set<String> RULES_KEYS = Set.of("disable", "enable", "severity");

    private final String file;
    private final RuleCatalog catalog;
    private final List<String> problems = new ArrayList<>();

    private ConfigLoader(String file, RuleCatalog catalog) {
        this.file = file;
        this.catalog = catalog;
    }

    /**
     * Reads the configuration at {@code path}, shown as {@code display} in problems; globs are
     * relative to its folder.
     */
    public static ProjectConfig load(Path path, String display, RuleCatalog catalog) throws ConfigException {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(path))).toString();
        } catch (NoSuchFileException e) {
            throw new ConfigException(List.of(display + ": no such configuration file"));
        } catch (CharacterCodingException e) {
            throw new ConfigException(List.of(display + ":1: not valid UTF-8"));
        } catch (IOException e) {
            throw new ConfigException(List.of(display + ": cannot read: " + e.getMessage()));
        }
        Path folder = path.toAbsolutePath().getParent();
        return parse(text, display, folder == null ? Path.of("").toAbsolutePath() : folder, catalog);
    }

    /** Parses configuration text; {@code base} is the folder globs are relative to. */
    public static ProjectConfig parse(String text, String display, Path base, RuleCatalog catalog)
            throws ConfigException {
        return new ConfigLoader(display, catalog).read(text, base);
    }

    private ProjectConfig read(String text, Path base) throws ConfigException {
        if (text.lines().allMatch(l -> l.isBlank() || l.strip().startsWith("#") || l.strip().equals("---"))) {
            // A file of comments only is a valid, empty configuration: a placeholder to fill in.
            return new ProjectConfig(Optional.of(file), RuleOverrides.NONE, new PathFilter(base, List.of(), List.of()),
                    Optional.empty(), Optional.empty(), Optional.empty(), ScoreThresholds.NONE);
        }
        YamlNode root = YamlReader.read(text, file, problems);
        if (root != null && !(root instanceof YamlNode.Mapping)) {
            problem(root.line(), "the configuration must be a mapping of settings such as 'rules:' and 'fail:', not "
                    + root.describe());
        }
        if (!(root instanceof YamlNode.Mapping top)) {
            throw failure();
        }
        rejectUnknown(top, TOP_KEYS);
        RuleOverrides rules = rules(top.entries().get("rules"));
        PathFilter paths = new PathFilter(base, globs(top, "include"), globs(top, "exclude"));
        Optional<List<String>> scripts = scripts(top);
        Optional<Audience> audience = audience(top);
        Optional<FailPolicy> fail = fail(top.entries().get("fail"));
        ScoreThresholds thresholds = new ScoreThresholds(minScores(top.entries().get("min-score")), maxGrade(top));
        if (!problems.isEmpty()) {
            throw failure();
        }
        return new ProjectConfig(Optional.of(file), rules, paths, scripts, audience, fail, thresholds);
    }

    private RuleOverrides rules(YamlNode node) {
        if (node == null) {
            return RuleOverrides.NONE;
        }
        if (!(node instanceof YamlNode.Mapping map)) {
            problem(node.line(), "'rules' must be a mapping with 'disable', 'enable' and 'severity'");
            return RuleOverrides.NONE;
        }
        rejectUnknown(map, RULES_KEYS);
        List<RuleSelector> disable = selectors(map, "disable");
        List<RuleSelector> enable = selectors(map, "enable");
        for (YamlNode.Scalar item : fields(map).strings("enable")) {
            if (disable.contains(new RuleSelector(item.value()))) {
                problem(item.line(), "'" + item.value().strip() + "' is both disabled and enabled");
            }
        }
        Map<RuleSelector, Severity> severity = new LinkedHashMap<>();
        YamlNode levels = map.entries().get("severity");
        if (levels != null) {
            if (levels instanceof YamlNode.Mapping m) {
                m.entries().forEach((key, value) -> {
                    int line = m.keyLines().get(key);
                    RuleSelector selector = selector(key, line);
                    Severity level = enumValue(value, line, Severity.class, "severity");
                    if (selector != null && level != null) {
                        severity.put(selector, level);
                    }
                });
            } else {
                problem(levels.line(), "'severity' must be a mapping of rule, pack or category to error, warning "
                        + "or info");
            }
        }
        return new RuleOverrides(disable, enable, severity);
    }

    private List<RuleSelector> selectors(YamlNode.Mapping map, String key) {
        List<RuleSelector> selectors = new ArrayList<>();
        for (YamlNode.Scalar item : fields(map).strings(key)) {
            RuleSelector selector = selector(item.value(), item.line());
            if (selector != null) {
                selectors.add(selector);
            }
        }
        return selectors;
    }

    private RuleSelector selector(String name, int line) {
        RuleSelector selector = new RuleSelector(name);
        Optional<String> problem = selector.problem(catalog);
        problem.ifPresent(p -> problem(line, p));
        return problem.isPresent() ? null : selector;
    }

    private List<Glob> globs(YamlNode.Mapping top, String key) {
        List<Glob> globs = new ArrayList<>();
        for (YamlNode.Scalar item : fields(top).strings(key)) {
            try {
                globs.add(Glob.compile(item.value()));
            } catch (IllegalArgumentException e) {
                problem(item.line(), "bad glob in '" + key + "': " + e.getMessage());
            }
        }
        return globs;
    }

    private Optional<List<String>> scripts(YamlNode.Mapping top) {
        if (!top.entries().containsKey("allow-scripts")) {
            return Optional.empty();
        }
        List<String> scripts = new ArrayList<>();
        for (YamlNode.Scalar item : fields(top).strings("allow-scripts")) {
            try {
                CheckSettings.allowing(List.of(item.value()));
                scripts.add(item.value().strip());
            } catch (IllegalArgumentException e) {
                problem(item.line(), e.getMessage());
            }
        }
        return Optional.of(scripts);
    }

    private Optional<Audience> audience(YamlNode.Mapping top) {
        YamlNode node = top.entries().get("audience");
        return node == null ? Optional.empty()
                : Optional.ofNullable(enumValue(node, top.keyLines().get("audience"), Audience.class, "audience"));
    }

    private Optional<FailPolicy> fail(YamlNode node) {
        if (node == null) {
            return Optional.empty();
        }
        if (!(node instanceof YamlNode.Mapping map)) {
            problem(node.line(), "'fail' must be a mapping such as {default: error, sourcing: warning, clarity: never}");
            return Optional.empty();
        }
        Optional<Severity> fallback = Optional.of(Severity.ERROR);
        Map<RuleSelector, Optional<Severity>> thresholds = new LinkedHashMap<>();
        for (Map.Entry<String, YamlNode> e : map.entries().entrySet()) {
            int line = map.keyLines().get(e.getKey());
            Optional<Optional<Severity>> threshold = failLevel(e.getValue(), line);
            // 'all' is what enable and disable call every rule, so it reads the same here.
            if ("default".equals(e.getKey()) || "all".equals(e.getKey().strip())) {
                if (map.entries().containsKey("default") && map.entries().containsKey("all")) {
                    if ("all".equals(e.getKey())) {
                        problem(line, "'default' and 'all' both set the threshold of every other rule; keep one");
                    }
                } else {
                    fallback = threshold.orElse(fallback);
                }
            } else {
                RuleSelector selector = selector(e.getKey(), line);
                if (selector != null && threshold.isPresent()) {
                    thresholds.put(selector, threshold.get());
                }
            }
        }
        return Optional.of(new FailPolicy(fallback, thresholds));
    }

    /** A fail level: a severity, or {@code never} (an empty severity); empty when invalid. */
    private Optional<Optional<Severity>> failLevel(YamlNode node, int line) {
        String value = scalar(node, line, "fail level");
        if (value == null) {
            return Optional.empty();
        }
        if ("never".equals(value.strip().toLowerCase(Locale.ROOT))) {
            return Optional.of(Optional.empty());
        }
        Severity level = enumValue(node, line, Severity.class, "fail level");
        return level == null ? Optional.empty() : Optional.of(Optional.of(level));
    }

    private Map<String, Integer> minScores(YamlNode node) {
        Map<String, Integer> scores = new LinkedHashMap<>();
        if (node == null) {
            return scores;
        }
        if (!(node instanceof YamlNode.Mapping map)) {
            problem(node.line(), "'min-score' must be a mapping such as {overall: 70, sourcing: 60}");
            return scores;
        }
        Set<String> names = new java.util.LinkedHashSet<>();
        names.add("overall");
        Stream.of(Category.values()).map(Category::key).forEach(names::add);
        rejectUnknown(map, names);
        // In the order of the scores themselves, whatever the file's order: deterministic messages.
        for (String name : names) {
            YamlNode value = map.entries().get(name);
            if (value == null) {
                continue;
            }
            int line = map.keyLines().get(name);
            String text = scalar(value, line, "min-score '" + name + "'");
            if (text == null) {
                continue;
            }
            try {
                int score = Integer.parseInt(text.strip());
                if (score < 0 || score > 100) {
                    problem(line, "min-score '" + name + "' must be from 0 to 100, not " + score);
                } else {
                    scores.put(name, score);
                }
            } catch (NumberFormatException e) {
                problem(line, "min-score '" + name + "' must be a whole number from 0 to 100, not '" + text + "'");
            }
        }
        return scores;
    }

    private OptionalDouble maxGrade(YamlNode.Mapping top) {
        YamlNode node = top.entries().get("max-grade");
        if (node == null) {
            return OptionalDouble.empty();
        }
        int line = top.keyLines().get("max-grade");
        String text = scalar(node, line, "max-grade");
        if (text == null) {
            return OptionalDouble.empty();
        }
        try {
            double grade = Double.parseDouble(text.strip());
            if (!(grade > 0 && grade <= 100)) {
                problem(line, "'max-grade' must be a grade above 0 and at most 100, not " + text.strip());
                return OptionalDouble.empty();
            }
            return OptionalDouble.of(grade);
        } catch (NumberFormatException e) {
            problem(line, "'max-grade' must be a number, not '" + text + "'");
            return OptionalDouble.empty();
        }
    }

    private YamlFields fields(YamlNode.Mapping map) {
        return new YamlFields(map, file, problems);
    }

    private String scalar(YamlNode node, int line, String what) {
        return YamlFields.values(file, problems).value(node, line, what);
    }

    private <E extends Enum<E>> E enumValue(YamlNode node, int line, Class<E> type, String what) {
        return what.equals("fail level") ? YamlFields.values(file, problems).enumValue(node, line, type, what, "never")
                : YamlFields.values(file, problems).enumValue(node, line, type, what);
    }

    private void rejectUnknown(YamlNode.Mapping map, Set<String> known) {
        fields(map).rejectUnknown(known);
    }

    /** Every problem, in line order, so the list reads like the file. */
    private ConfigException failure() {
        return new ConfigException(YamlFields.inLineOrder(problems, file));
    }

    private void problem(int line, String message) {
        problems.add(file + ":" + line + ": " + message);
    }
}
