package dev.copydesk.rule;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A rule's examples, both ways: texts the rule must flag (with the exact match) and texts it must
 * pass. The rule-example tests run every one.
 */
final class ExampleReader {
    private ExampleReader() {
    }

    static List<Example> parseExamples(YamlFields f) {
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

    static List<Example> exampleList(YamlFields ex, String key, boolean mustFlag) {
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
}
