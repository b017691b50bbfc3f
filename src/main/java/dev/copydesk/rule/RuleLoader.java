package dev.copydesk.rule;

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
        // A jar carries the packs compiled by the build that made it. A classes folder may hold
        // packs an IDE or a partial build copied after the last compilation: it is read as it is.
        if ("jar".equals(url.getProtocol())) {
            Optional<List<Rule>> compiled = CompiledCatalog.readShipped();
            if (compiled.isPresent()) {
                rules.addAll(compiled.get());
                return;
            }
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

    static void loadTree(Path root, List<Rule> rules, List<String> problems) {
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
        CheckSpec check = CheckSpecReader.parseCheck(f);
        List<Example> examples = ExampleReader.parseExamples(f);
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

    static void checkDuplicateIds(List<Rule> rules, List<String> problems) {
        Map<String, String> seen = new HashMap<>();
        for (Rule rule : rules) {
            String previous = seen.putIfAbsent(rule.id(), rule.origin());
            if (previous != null) {
                problems.add(rule.origin() + ": duplicate rule id '" + rule.id() + "' (first defined at " + previous
                        + ")");
            }
        }
    }
}
