package dev.copydesk.rule;

import com.google.re2j.PatternSyntaxException;
import dev.copydesk.text.TextNormalizer;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.stream.Stream;

/**
 * Loads rule packs strictly: unknown keys, missing fields, bad values, bad regexes, unknown
 * placeholders and duplicate ids are all problems, collected across every file and thrown
 * together as one {@link RuleLoadException}. Stateless.
 */
public final class RuleLoader {
    private static final java.util.regex.Pattern ID = java.util.regex.Pattern.compile("[a-z0-9-]+(\\.[a-z0-9-]+)+");
    private static final java.util.regex.Pattern PACK = java.util.regex.Pattern.compile("[a-z0-9-]+");
    private static final java.util.regex.Pattern PLACEHOLDER = java.util.regex.Pattern.compile("\\{([^{}]*)}");
    private static final Set<String> PLACEHOLDERS = Set.of("match", "preferred", "value", "limit", "reads", "names");
    private static final Set<String> PACK_KEYS = Set.of("pack", "description", "rules");
    private static final Set<String> RULE_KEYS = Set.of("id", "category", "severity", "message", "suggestion",
            "description", "scope", "when", "check", "phrases", "replacements", "pattern", "case-sensitive", "needs", "metric", "max",
            "min", "up-to", "characters", "unless-near", "whole-words", "min-length", "unless-after", "examples");
    private static final Map<CheckKind, Set<String>> KIND_KEYS = Map.of(
            CheckKind.PHRASE, Set.of("phrases", "unless-after"),
            CheckKind.VAGUE_ATTRIBUTION, Set.of("phrases", "unless-after"),
            CheckKind.SUBSTITUTION, Set.of("replacements"),
            CheckKind.PATTERN, Set.of("pattern", "case-sensitive", "needs"),
            CheckKind.METRIC, Set.of("metric", "max", "min", "up-to"),
            CheckKind.CHARACTERS, Set.of("characters", "unless-near", "whole-words", "min-length"));

    private RuleLoader() {
    }

    /** The packs shipped in the jar (or, when running from classes, in {@code rules/}). */
    public static RuleCatalog loadShipped() throws RuleLoadException {
        return load(List.of());
    }

    /** The shipped packs plus every {@code .yaml}/{@code .yml} file under each user folder. */
    public static RuleCatalog load(List<Path> userFolders) throws RuleLoadException {
        List<String> problems = new ArrayList<>();
        List<Rule> rules = new ArrayList<>();
        loadShippedInto(rules, problems);
        for (Path folder : userFolders) {
            String name = folder.getFileName() == null ? "" : folder.getFileName().toString().toLowerCase(Locale.ROOT);
            if (Files.isRegularFile(folder) && (name.endsWith(".yaml") || name.endsWith(".yml"))) {
                loadFile(folder, folder.toString(), rules, problems);
                continue;
            }
            if (!Files.isDirectory(folder)) {
                problems.add(folder + ": no such rules folder or .yaml file");
                continue;
            }
            for (Path file : yamlFiles(folder, problems)) {
                loadFile(file, file.toString(), rules, problems);
            }
        }
        checkDuplicateIds(rules, problems);
        if (!problems.isEmpty()) {
            throw new RuleLoadException(problems);
        }
        return new RuleCatalog(rules);
    }

    /** Parses one pack from text; for tests and tools. */
    public static List<Rule> parse(String text, String file) throws RuleLoadException {
        List<String> problems = new ArrayList<>();
        List<Rule> rules = new ArrayList<>();
        parseInto(text, file, rules, problems);
        checkDuplicateIds(rules, problems);
        if (!problems.isEmpty()) {
            throw new RuleLoadException(problems);
        }
        return rules;
    }

    private static void loadShippedInto(List<Rule> rules, List<String> problems) {
        URL url = RuleLoader.class.getClassLoader().getResource("rules");
        if (url == null) {
            problems.add("rules/: the shipped rule packs are missing from the build");
            return;
        }
        try {
            URI uri = url.toURI();
            if ("jar".equals(uri.getScheme())) {
                try (FileSystem jar = FileSystems.newFileSystem(uri, Map.of())) {
                    loadTree(jar.getPath("/rules"), rules, problems);
                } catch (FileSystemAlreadyExistsException open) {
                    loadTree(FileSystems.getFileSystem(uri).getPath("/rules"), rules, problems);
                }
            } else {
                loadTree(Path.of(uri), rules, problems);
            }
        } catch (IOException | URISyntaxException e) {
            problems.add("rules/: cannot read the shipped rule packs: " + e.getMessage());
        }
    }

    private static void loadTree(Path root, List<Rule> rules, List<String> problems) {
        for (Path file : yamlFiles(root, problems)) {
            String display = "rules/" + root.relativize(file).toString().replace('\\', '/');
            loadFile(file, display, rules, problems);
        }
    }

    private static List<Path> yamlFiles(Path root, List<String> problems) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(p -> {
                String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
                return (name.endsWith(".yaml") || name.endsWith(".yml")) && Files.isRegularFile(p);
            }).sorted().toList();
        } catch (IOException e) {
            problems.add(root + ": cannot list rule files: " + e.getMessage());
            return List.of();
        }
    }

    private static void loadFile(Path file, String display, List<Rule> rules, List<String> problems) {
        try {
            byte[] bytes = Files.readAllBytes(file);
            String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(bytes)).toString();
            parseInto(text, display, rules, problems);
        } catch (CharacterCodingException e) {
            problems.add(display + ":1: not valid UTF-8");
        } catch (IOException e) {
            problems.add(display + ":1: cannot read: " + e.getMessage());
        }
    }

    private static void parseInto(String text, String file, List<Rule> rules, List<String> problems) {
        YamlNode root = YamlReader.read(text, file, problems);
        if (root == null) {
            return;
        }
        if (!(root instanceof YamlNode.Mapping pack)) {
            problems.add(file + ":" + root.line() + ": a rule pack must be a mapping with 'pack' and 'rules'");
            return;
        }
        YamlFields fields = new YamlFields(pack, file, problems);
        fields.rejectUnknown(PACK_KEYS);
        String packName = fields.requiredString("pack");
        if (packName != null && !PACK.matcher(packName).matches()) {
            fields.problem("pack", "pack name '" + packName + "' must be lowercase letters, digits and '-'");
        }
        YamlNode list = fields.required("rules");
        if (list == null) {
            return;
        }
        if (!(list instanceof YamlNode.Sequence sequence)) {
            problems.add(file + ":" + list.line() + ": 'rules' must be a list");
            return;
        }
        for (YamlNode item : sequence.items()) {
            if (item instanceof YamlNode.Mapping ruleMap) {
                Rule rule = parseRule(ruleMap, packName, file, problems);
                if (rule != null) {
                    rules.add(rule);
                }
            } else {
                problems.add(file + ":" + item.line() + ": each rule must be a mapping");
            }
        }
    }

    private static Rule parseRule(YamlNode.Mapping map, String pack, String file, List<String> problems) {
        int before = problems.size();
        YamlFields f = new YamlFields(map, file, problems);
        f.rejectUnknown(RULE_KEYS);
        String id = f.requiredString("id");
        if (id != null && !ID.matcher(id).matches()) {
            f.problem("id", "rule id '" + id + "' must look like pack.name (lowercase, digits, '-')");
        } else if (id != null && pack != null && !id.startsWith(pack + ".")) {
            f.problem("id", "rule id '" + id + "' must start with its pack name '" + pack + ".'");
        }
        Category category = f.requiredEnum("category", Category.class);
        Severity severity = f.requiredEnum("severity", Severity.class);
        String message = f.requiredString("message");
        Optional<String> suggestion = Optional.ofNullable(f.optionalString("suggestion"));
        Optional<String> description = Optional.ofNullable(f.optionalString("description"));
        checkPlaceholders(f, "message", message);
        suggestion.ifPresent(s -> checkPlaceholders(f, "suggestion", s));
        Set<RuleScope> scopes = parseScopes(f);
        Set<Condition> when = parseConditions(f);
        CheckSpec check = parseCheck(f);
        List<Example> examples = parseExamples(f);
        if (problems.size() > before || id == null || check == null) {
            return null;
        }
        return new Rule(id, category, severity, message, suggestion, description, scopes, when, check, examples,
                file + ":" + map.line());
    }

    private static void checkPlaceholders(YamlFields f, String key, String template) {
        if (template == null) {
            return;
        }
        Matcher m = PLACEHOLDER.matcher(template);
        while (m.find()) {
            if (!PLACEHOLDERS.contains(m.group(1))) {
                f.problem(key, "unknown placeholder {" + m.group(1) + "}; known: " + String.join(", ",
                        PLACEHOLDERS.stream().sorted().toList()));
            }
        }
    }

    private static Set<RuleScope> parseScopes(YamlFields f) {
        List<String> values = f.stringOrList("scope");
        if (values == null) {
            return EnumSet.of(RuleScope.ANY);
        }
        Set<RuleScope> scopes = EnumSet.noneOf(RuleScope.class);
        for (String value : values) {
            RuleScope scope = YamlFields.enumConstant(RuleScope.class, value);
            if (scope == null) {
                f.problem("scope", "unknown scope '" + value + "'; expected headline, body, quote or any");
            } else {
                scopes.add(scope);
            }
        }
        return scopes.isEmpty() ? EnumSet.of(RuleScope.ANY) : scopes;
    }

    private static Set<Condition> parseConditions(YamlFields f) {
        List<String> values = f.stringOrList("when");
        Set<Condition> conditions = EnumSet.noneOf(Condition.class);
        for (String value : values == null ? List.<String>of() : values) {
            Condition condition = YamlFields.enumConstant(Condition.class, value);
            if (condition == null) {
                f.problem("when", "unknown condition '" + value + "'; expected undated");
            } else {
                conditions.add(condition);
            }
        }
        return conditions;
    }

    private static CheckSpec parseCheck(YamlFields f) {
        String kindKey = f.requiredString("check");
        if (kindKey == null) {
            return null;
        }
        CheckKind kind = CheckKind.fromKey(kindKey);
        if (kind == null) {
            f.problem("check", "unknown check '" + kindKey + "'; expected one of "
                    + String.join(", ", Stream.of(CheckKind.values()).map(CheckKind::key).toList()));
            return null;
        }
        for (Map.Entry<CheckKind, Set<String>> entry : KIND_KEYS.entrySet()) {
            if (entry.getKey() != kind) {
                for (String key : entry.getValue()) {
                    if (f.has(key) && !KIND_KEYS.getOrDefault(kind, Set.of()).contains(key)) {
                        f.problem(key, "'" + key + "' does not apply to check '" + kind.key() + "'");
                    }
                }
            }
        }
        return switch (kind) {
            case PHRASE, VAGUE_ATTRIBUTION -> phrases(f, kind);
            case SUBSTITUTION -> substitutions(f);
            case PATTERN -> pattern(f);
            case METRIC -> threshold(f);
            case CHARACTERS -> characters(f);
            default -> new CheckSpec.Builtin(kind);
        };
    }

    private static CheckSpec phrases(YamlFields f, CheckKind kind) {
        List<String> phrases = f.stringOrList("phrases");
        if (phrases == null || phrases.isEmpty()) {
            f.problem("phrases", "check 'phrase' needs a non-empty 'phrases' list");
            return null;
        }
        List<String> seen = new ArrayList<>();
        for (String phrase : phrases) {
            String key = phrase.strip().toLowerCase(Locale.ROOT);
            if (key.isEmpty()) {
                f.problem("phrases", "empty phrase");
            } else if (seen.contains(key)) {
                f.problem("phrases", "phrase '" + phrase + "' is listed twice");
            }
            seen.add(key);
        }
        List<String> unlessAfter = f.stringOrList("unless-after");
        Set<String> words = new java.util.TreeSet<>();
        for (String word : unlessAfter == null ? List.<String>of() : unlessAfter) {
            String key = word.strip().toLowerCase(Locale.ROOT);
            if (key.isEmpty() || key.chars().anyMatch(Character::isWhitespace)) {
                f.problem("unless-after", "'unless-after' takes single words, not '" + word + "'");
            }
            words.add(key);
        }
        return new CheckSpec.Phrases(phrases.stream().map(String::strip).toList(), words, kind);
    }

    private static CheckSpec substitutions(YamlFields f) {
        YamlNode node = f.required("replacements");
        if (!(node instanceof YamlNode.Mapping map) || map.entries().isEmpty()) {
            if (node != null) {
                f.problem("replacements", "'replacements' must be a non-empty mapping of phrase: preferred wording");
            }
            return null;
        }
        List<CheckSpec.Replacement> replacements = new ArrayList<>();
        for (Map.Entry<String, YamlNode> entry : map.entries().entrySet()) {
            if (entry.getValue() instanceof YamlNode.Scalar s && s.value() != null && !s.value().isBlank()) {
                replacements.add(new CheckSpec.Replacement(entry.getKey().strip(), s.value().strip()));
            } else {
                f.problemAt(map.keyLines().get(entry.getKey()), "replacement for '" + entry.getKey()
                        + "' must be a non-empty string");
            }
        }
        return new CheckSpec.Substitutions(replacements);
    }

    private static CheckSpec pattern(YamlFields f) {
        String regex = f.requiredString("pattern");
        boolean caseSensitive = f.optionalBoolean("case-sensitive");
        if (regex == null) {
            return null;
        }
        RegexSize.Measure measure = RegexSize.measure(regex);
        long size = measure.size();
        if (measure.depth() > RegexSize.MAX_DEPTH) {
            f.problem("pattern", "pattern too deeply nested (" + measure.depth() + " levels of groups; the limit is "
                    + RegexSize.MAX_DEPTH + ")");
            return null;
        }
        if (size > RegexSize.LIMIT) {
            // Checked before compiling: RE2J expands counted repetition without a bound.
            f.problem("pattern", String.format(java.util.Locale.ROOT, "pattern too large (it would compile to about %s "
                    + "instructions; the limit is %,d): use fewer or smaller {n} repetitions",
                    size >= 1_000_000_000L ? "a billion or more" : String.format(java.util.Locale.ROOT, "%,d", size),
                    RegexSize.LIMIT));
            return null;
        }
        try {
            com.google.re2j.Pattern.compile(regex);
        } catch (StackOverflowError | OutOfMemoryError e) {
            // The estimate above should have refused it; a pattern that still exhausts the compiler is refused the same way.
            f.problem("pattern", "pattern too large (RE2J ran out of " + (e instanceof StackOverflowError ? "stack" : "memory")
                    + " compiling it)");
            return null;
        } catch (PatternSyntaxException e) {
            f.problem("pattern", "invalid regular expression: " + e.getDescription());
            return null;
        }
        List<String> needs = f.stringOrList("needs");
        for (String need : needs == null ? List.<String>of() : needs) {
            if (need.isEmpty()) {
                f.problem("needs", "'needs' takes non-empty strings");
                return null;
            }
            String asMatched = TextNormalizer.normalize(need).text();
            if (!caseSensitive && !need.equals(asMatched)) {
                // The pattern matches normalized, case-folded text: anything else could never be found.
                f.problem("needs", "'needs' of a case-insensitive pattern must be written as the normalized text "
                        + "reads it: '" + asMatched + "', not '" + need + "'");
                return null;
            }
        }
        return new CheckSpec.Pattern(regex, caseSensitive, needs == null ? List.of() : needs);
    }

    private static CheckSpec characters(YamlFields f) {
        String set = f.requiredString("characters");
        String unlessNear = f.optionalString("unless-near");
        boolean wholeWords = f.optionalBoolean("whole-words");
        Double minLength = f.optionalNumber("min-length");
        if (set == null || !validSet(f, "characters", set) || unlessNear != null && !validSet(f, "unless-near", unlessNear)) {
            return null;
        }
        return new CheckSpec.Characters(set, unlessNear, wholeWords, minLength == null ? 1 : minLength.intValue());
    }

    private static boolean validSet(YamlFields f, String key, String pattern) {
        try {
            new com.ibm.icu.text.UnicodeSet(pattern);
            return true;
        } catch (IllegalArgumentException e) {
            f.problem(key, "invalid Unicode set " + pattern + ": " + e.getMessage());
            return false;
        }
    }

    private static CheckSpec threshold(YamlFields f) {
        String key = f.requiredString("metric");
        Double max = f.optionalNumber("max");
        Double min = f.optionalNumber("min");
        Double upTo = f.optionalNumber("up-to");
        if (key == null) {
            return null;
        }
        MetricName metric = MetricName.fromKey(key);
        if (metric == null) {
            f.problem("metric", "unknown metric '" + key + "'; expected one of "
                    + String.join(", ", Stream.of(MetricName.values()).map(MetricName::key).toList()));
            return null;
        }
        if (max == null && min == null) {
            f.problem("check", "check 'metric' needs 'max' or 'min'");
            return null;
        }
        if (upTo != null && (max == null || upTo <= max)) {
            f.problem("up-to", "'up-to' needs a 'max' below it");
            return null;
        }
        return new CheckSpec.Threshold(metric, max, min, upTo);
    }

    private static List<Example> parseExamples(YamlFields f) {
        YamlNode node = f.required("examples");
        if (node == null) {
            return List.of();
        }
        if (!(node instanceof YamlNode.Mapping map)) {
            f.problem("examples", "'examples' must be a mapping with 'flag' and 'pass' lists");
            return List.of();
        }
        YamlFields ex = f.nested(map);
        ex.rejectUnknown(Set.of("flag", "pass"));
        List<Example> examples = new ArrayList<>();
        examples.addAll(exampleList(ex, "flag", true));
        examples.addAll(exampleList(ex, "pass", false));
        return examples;
    }

    private static List<Example> exampleList(YamlFields ex, String key, boolean mustFlag) {
        YamlNode node = ex.required(key);
        if (node == null) {
            return List.of();
        }
        if (!(node instanceof YamlNode.Sequence seq) || seq.items().isEmpty()) {
            ex.problem(key, "'" + key + "' must be a non-empty list of examples");
            return List.of();
        }
        List<Example> examples = new ArrayList<>();
        for (YamlNode item : seq.items()) {
            if (item instanceof YamlNode.Scalar s && s.value() != null) {
                examples.add(new Example(s.value(), null, mustFlag, s.line(), null));
            } else if (item instanceof YamlNode.Mapping m) {
                YamlFields e = ex.nested(m);
                e.rejectUnknown(Set.of("text", "match", "bytes"));
                String bytes = e.optionalString("bytes");
                if (bytes != null && !bytes.matches("\\s*([0-9A-Fa-f]{2}\\s*)+")) {
                    e.problem("bytes", "'bytes' must be hex bytes separated by spaces, like 'C3 A9 FF'");
                }
                String text = bytes != null ? "" : e.requiredString("text");
                String match = e.optionalString("match");
                if (match != null && !mustFlag) {
                    e.problem("match", "a 'pass' example has no match");
                }
                if (bytes == null && text != null && match != null && !text.contains(match)) {
                    e.problem("match", "match '" + match + "' does not occur in the example text");
                }
                if (text != null) {
                    examples.add(new Example(text, match, mustFlag, m.line(), bytes));
                }
            } else {
                ex.problemAt(item.line(), "an example is a string or a mapping with 'text' and 'match'");
            }
        }
        return examples;
    }

    private static void checkDuplicateIds(List<Rule> rules, List<String> problems) {
        Map<String, String> seen = new HashMap<>();
        for (Rule rule : rules) {
            String previous = seen.putIfAbsent(rule.id(), rule.origin());
            if (previous != null) {
                problems.add(rule.origin() + ": duplicate rule id '" + rule.id() + "' (first defined at " + previous
                        + ")");
            }
        }
    }

    /** Typed access to one mapping's fields, adding a located problem for every bad value. */
}
