package dev.copydesk.rule;

import java.util.List;
import java.util.Map;

/** A YAML value that remembers its line, so every rule-file problem can name where it is. */
public sealed interface YamlNode {
    int line();

    /** A scalar; {@code value} is null for YAML null. */
    record Scalar(String value, int line) implements YamlNode {
    }

    record Sequence(List<YamlNode> items, int line) implements YamlNode {
    }

    /** A mapping in file order; {@code keyLines} gives the line of each key. */
    record Mapping(Map<String, YamlNode> entries, Map<String, Integer> keyLines, int line) implements YamlNode {
    }

    default String describe() {
        if (this instanceof Scalar) {
            return "a scalar";
        }
        return this instanceof Sequence ? "a list" : "a mapping";
    }
}
