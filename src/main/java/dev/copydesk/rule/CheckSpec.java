package dev.copydesk.rule;

import java.util.List;

/** The check a rule selects, with its parameters. One record per {@link CheckKind}. */
public sealed interface CheckSpec {
    CheckKind kind();

    /**
     * Whether the check judges the document as a whole (its grade, its metadata) rather than a
     * place in it; such findings point at the headline only as an anchor.
     */
    default boolean wholeDocument() {
        return false;
    }

    /**
     * A list of phrases. A match is dropped when one of the two words right before it, in the
     * same clause, is in {@code unlessAfter}: "his report of", "the initial reports of" name a
     * particular report, "reports of" does not.
     */
    record Phrases(List<String> phrases, java.util.Set<String> unlessAfter, CheckKind kind) implements CheckSpec {
        public Phrases {
            phrases = List.copyOf(phrases);
            unlessAfter = java.util.Set.copyOf(unlessAfter);
        }

        public Phrases(List<String> phrases, java.util.Set<String> unlessAfter) {
            this(phrases, unlessAfter, CheckKind.PHRASE);
        }

        public Phrases(List<String> phrases) {
            this(phrases, java.util.Set.of());
        }
    }

    /** Phrases to replace, each with its preferred wording. */
    record Substitutions(List<Replacement> replacements) implements CheckSpec {
        public Substitutions {
            replacements = List.copyOf(replacements);
        }

        @Override
        public CheckKind kind() {
            return CheckKind.SUBSTITUTION;
        }
    }

    /** One phrase and what to write instead. */
    record Replacement(String phrase, String preferred) {
    }

    /**
     * A regular expression (RE2J syntax, linear time). Case-insensitive on normalized text by
     * default; case-sensitive patterns run on the text as written. {@code needs}, when not
     * empty, lists strings of which every match contains at least one: blocks with none are
     * skipped without running the regex (lower case unless case-sensitive).
     */
    record Pattern(String regex, boolean caseSensitive, List<String> needs) implements CheckSpec {
        public Pattern {
            needs = List.copyOf(needs);
        }

        @Override
        public CheckKind kind() {
            return CheckKind.PATTERN;
        }
    }

    /**
     * Flags units whose metric is above {@code max} (and at most {@code upTo}, when given, so two
     * rules can split a range into bands) or below {@code min}; any of them may be null.
     */
    record Threshold(MetricName metric, Double max, Double min, Double upTo) implements CheckSpec {
        @Override
        public CheckKind kind() {
            return CheckKind.METRIC;
        }

        @Override
        public boolean wholeDocument() {
            return metric.unit() == MetricName.Unit.DOCUMENT;
        }
    }

    /**
     * Characters of a Unicode set ({@code set}, ICU syntax), reported per run or per whole word;
     * none is reported next to a character of {@code unlessNear} (ICU syntax, may be null), nor
     * any span shorter than {@code minLength} code points.
     */
    record Characters(String set, String unlessNear, boolean wholeWords, int minLength) implements CheckSpec {
        @Override
        public CheckKind kind() {
            return CheckKind.CHARACTERS;
        }
    }

    /** A check that needs no parameters: it knows its characters or data. */
    record Builtin(CheckKind kind) implements CheckSpec {
        @Override
        public boolean wholeDocument() {
            return kind == CheckKind.AUDIENCE_GRADE || kind == CheckKind.MISSING_BYLINE || kind == CheckKind.MISSING_DATE;
        }
    }
}
