package dev.copydesk.rule;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Strict reading of one YAML mapping, for rule packs and the project configuration alike: every
 * key must be known, every value of the expected shape, and each problem is recorded as
 * "file:line: message" at the key it is about, so one run reports every mistake in a file.
 */
public final class YamlFields {
    private final YamlNode.Mapping map;
    private final String file;
    private final List<String> problems;

    public YamlFields(YamlNode.Mapping map, String file, List<String> problems) {
        this.map = map;
        this.file = file;
        this.problems = problems;
    }

    /** For values read where they stand (a severity inside a mapping of rules, say) rather than by key. */
    public static YamlFields values(String file, List<String> problems) {
        return new YamlFields(new YamlNode.Mapping(Map.of(), Map.of(), 0), file, problems);
    }

    /** A mapping inside this one, read with the same file name and problem list. */
    public YamlFields nested(YamlNode.Mapping inner) {
        return new YamlFields(inner, file, problems);
    }

    public boolean has(String key) {
        return map.entries().containsKey(key);
    }

    public void rejectUnknown(Set<String> known) {
        for (String key : map.entries().keySet()) {
            if (!known.contains(key)) {
                problem(key, "unknown key '" + key + "'; expected one of "
                        + String.join(", ", known.stream().sorted().toList()));
            }
        }
    }

    public void problem(String key, String message) {
        problemAt(map.keyLines().getOrDefault(key, map.line()), message);
    }

    public void problemAt(int line, String message) {
        problems.add(file + ":" + line + ": " + message);
    }

    public YamlNode required(String key) {
        YamlNode node = map.entries().get(key);
        if (node == null || node instanceof YamlNode.Scalar s && s.value() == null) {
            problemAt(map.line(), "missing '" + key + "'");
            return null;
        }
        return node;
    }

    public String requiredString(String key) {
        YamlNode node = required(key);
        return node == null ? null : scalar(key, node);
    }

    public String optionalString(String key) {
        YamlNode node = map.entries().get(key);
        return node == null ? null : scalar(key, node);
    }

    private String scalar(String key, YamlNode node) {
        // Only empty is empty: an example may be a lone unusual space such as U+2003.
        if (node instanceof YamlNode.Scalar s && s.value() != null && !s.value().isEmpty()) {
            return s.value();
        }
        problem(key, "'" + key + "' must be a non-empty string, not " + node.describe());
        return null;
    }

    public boolean optionalBoolean(String key) {
        String value = optionalString(key);
        if (value == null) {
            return false;
        }
        if (!value.equals("true") && !value.equals("false")) {
            problem(key, "'" + key + "' must be true or false");
        }
        return value.equals("true");
    }

    public Double optionalNumber(String key) {
        String value = optionalString(key);
        if (value == null) {
            return null;
        }
        try {
            return Double.valueOf(value);
        } catch (NumberFormatException e) {
            problem(key, "'" + key + "' must be a number, not '" + value + "'");
            return null;
        }
    }

    /** The strings of a string-or-list key (blank ones allowed), or null when it is absent or of another shape. */
    public List<String> stringOrList(String key) {
        List<YamlNode.Scalar> values = scalars(key, false);
        return values == null ? null : values.stream().map(YamlNode.Scalar::value).toList();
    }

    /** The non-blank strings of a string-or-list key, each with its line; empty when absent, a problem for anything else. */
    public List<YamlNode.Scalar> strings(String key) {
        List<YamlNode.Scalar> values = scalars(key, true);
        return values == null ? List.of() : values;
    }

    private List<YamlNode.Scalar> scalars(String key, boolean nonBlank) {
        YamlNode node = map.entries().get(key);
        if (node == null) {
            return null;
        }
        int line = map.keyLines().getOrDefault(key, node.line());
        if (node instanceof YamlNode.Scalar s && present(s, nonBlank)) {
            return List.of(new YamlNode.Scalar(s.value(), line));
        }
        if (node instanceof YamlNode.Sequence seq) {
            List<YamlNode.Scalar> items = new ArrayList<>();
            for (YamlNode item : seq.items()) {
                if (item instanceof YamlNode.Scalar s && present(s, nonBlank)) {
                    items.add(s);
                } else {
                    problemAt(item.line(), "'" + key + "' items must be " + (nonBlank ? "non-empty " : "") + "strings, not "
                            + describe(item));
                }
            }
            return items;
        }
        problemAt(line, "'" + key + "' must be a string or a list of strings, not " + describe(node));
        return null;
    }

    private static boolean present(YamlNode.Scalar s, boolean nonBlank) {
        return s.value() != null && !(nonBlank && s.value().isBlank());
    }

    /** The single value of {@code node} (at {@code line}, named {@code what} in a problem), or null with a problem. */
    public String value(YamlNode node, int line, String what) {
        if (node instanceof YamlNode.Scalar s && s.value() != null && !s.value().isBlank()) {
            return s.value();
        }
        problemAt(line, what + " must be a single value, not " + describe(node));
        return null;
    }

    /** The constant of {@code type} that {@code node} names, or null with a problem listing them (and {@code more}). */
    public <E extends Enum<E>> E enumValue(YamlNode node, int line, Class<E> type, String what, String... more) {
        String value = value(node, line, what);
        if (value == null) {
            return null;
        }
        E constant = enumConstant(type, value);
        if (constant == null) {
            List<String> expected = new ArrayList<>(Stream.of(type.getEnumConstants())
                    .map(c -> c.name().toLowerCase(Locale.ROOT)).toList());
            expected.addAll(List.of(more));
            problemAt(line, "unknown " + what + " '" + value.strip() + "'; expected " + String.join(", ", expected));
        }
        return constant;
    }

    /** A node's shape for a problem: "nothing" for an empty value. */
    public static String describe(YamlNode node) {
        return node instanceof YamlNode.Scalar s && (s.value() == null || s.value().isBlank()) ? "nothing" : node.describe();
    }

    /** {@code problems} of {@code file} ("file:line: message") in line order, so the list reads like the file. */
    public static List<String> inLineOrder(List<String> problems, String file) {
        List<String> sorted = new ArrayList<>(problems);
        sorted.sort(Comparator.comparingInt(problem -> lineOf(problem, file)));
        return sorted;
    }

    private static int lineOf(String problem, String file) {
        String rest = problem.substring(Math.min(problem.length(), file.length() + 1));
        int colon = rest.indexOf(':');
        try {
            return colon < 0 ? 0 : Integer.parseInt(rest.substring(0, colon));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    public <E extends Enum<E>> E requiredEnum(String key, Class<E> type) {
        String value = requiredString(key);
        if (value == null) {
            return null;
        }
        E e = enumConstant(type, value);
        if (e == null) {
            problem(key, "unknown " + key + " '" + value + "'; expected one of " + String.join(", ",
                    Stream.of(type.getEnumConstants()).map(c -> c.name().toLowerCase(Locale.ROOT)).toList()));
        }
        return e;
    }

    /** The constant of {@code type} named {@code value}, ignoring case and surrounding spaces, or null. */
    public static <E extends Enum<E>> E enumConstant(Class<E> type, String value) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equalsIgnoreCase(value.strip())) {
                return constant;
            }
        }
        return null;
    }
}
