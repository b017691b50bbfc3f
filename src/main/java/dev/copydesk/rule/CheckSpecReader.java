package dev.copydesk.rule;

import com.google.re2j.PatternSyntaxException;
import dev.copydesk.text.TextNormalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A rule's check, read by kind from its YAML fields: phrases, substitutions, a pattern (bounded in
 * size before it is compiled), a character set, a metric threshold, or a code check; each kind
 * allows only its own keys.
 */
final class CheckSpecReader {
    private CheckSpecReader() {
    }

    static final Map<CheckKind, Set<String>> KIND_KEYS = Map.of(
            CheckKind.PHRASE, Set.of("phrases", "unless-after"),
            CheckKind.VAGUE_ATTRIBUTION, Set.of("phrases", "unless-after"),
            CheckKind.SUBSTITUTION, Set.of("replacements"),
            CheckKind.PATTERN, Set.of("pattern", "case-sensitive", "needs"),
            CheckKind.METRIC, Set.of("metric", "max", "min", "up-to"),
            CheckKind.CHARACTERS, Set.of("characters", "unless-near", "whole-words", "min-length"));

    static CheckSpec parseCheck(YamlFields f) {
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

    static CheckSpec phrases(YamlFields f, CheckKind kind) {
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

    static CheckSpec substitutions(YamlFields f) {
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

    static CheckSpec pattern(YamlFields f) {
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

    static CheckSpec characters(YamlFields f) {
        String set = f.requiredString("characters");
        String unlessNear = f.optionalString("unless-near");
        boolean wholeWords = f.optionalBoolean("whole-words");
        Double minLength = f.optionalNumber("min-length");
        if (set == null || !validSet(f, "characters", set) || unlessNear != null && !validSet(f, "unless-near", unlessNear)) {
            return null;
        }
        return new CheckSpec.Characters(set, unlessNear, wholeWords, minLength == null ? 1 : minLength.intValue());
    }

    static boolean validSet(YamlFields f, String key, String pattern) {
        try {
            new com.ibm.icu.text.UnicodeSet(pattern);
            return true;
        } catch (IllegalArgumentException e) {
            f.problem(key, "invalid Unicode set " + pattern + ": " + e.getMessage());
            return false;
        }
    }

    static CheckSpec threshold(YamlFields f) {
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
}
