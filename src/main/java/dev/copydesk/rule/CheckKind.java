package dev.copydesk.rule;

import java.util.Locale;

/** The closed set of check implementations a rule can select with {@code check:}. */
public enum CheckKind {
    /** A list of phrases, word-bounded and case-insensitive, on normalized text. */
    PHRASE,
    /** Phrases each with a preferred wording. */
    SUBSTITUTION,
    /** An RE2J regular expression. */
    PATTERN,
    /** A numeric threshold on a metric of sentences, paragraphs or the document. */
    METRIC,
    /** Words written in styled ("math"), fullwidth or other compatibility letters. */
    STYLED_TEXT,
    /** Invisible format characters: zero-width characters, bidi controls, tags. */
    INVISIBLE_CHARACTERS,
    /** Byte sequences that were invalid in the file's encoding. */
    INVALID_BYTES;

    public String key() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static CheckKind fromKey(String key) {
        for (CheckKind kind : values()) {
            if (kind.key().equals(key)) {
                return kind;
            }
        }
        return null;
    }
}
