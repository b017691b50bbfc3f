package dev.copydesk.rule;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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

    public List<String> stringOrList(String key) {
        YamlNode node = map.entries().get(key);
        if (node == null) {
            return null;
        }
        if (node instanceof YamlNode.Scalar s && s.value() != null) {
            return List.of(s.value());
        }
        if (node instanceof YamlNode.Sequence seq) {
            List<String> values = new ArrayList<>();
            for (YamlNode item : seq.items()) {
                if (item instanceof YamlNode.Scalar s && s.value() != null) {
                    values.add(s.value());
                } else {
                    problemAt(item.line(), "'" + key + "' items must be strings");
                }
            }
            return values;
        }
        problem(key, "'" + key + "' must be a string or a list of strings");
        return null;
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
