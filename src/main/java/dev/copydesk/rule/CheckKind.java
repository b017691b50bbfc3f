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
    /** Characters from a Unicode set, in runs or whole words, with optional exempt neighbours. */
    CHARACTERS,
    /** Invisible format characters: zero-width spaces, joiners and other default-ignorables. */
    INVISIBLE_CHARACTERS,
    /** Runs of invisible characters drawn from two to four values: hidden binary. */
    INVISIBLE_BINARY,
    /** Unicode tag characters outside flag emoji: hidden ASCII text. */
    TAG_CHARACTERS,
    /** Variation selectors that carry bytes or follow a base that takes none. */
    VARIATION_SELECTORS,
    /** Bidi overrides (LRO, RLO), which reverse what is displayed. */
    BIDI_OVERRIDE,
    /** Bidi embeddings and isolates left open, stray, or in text with no right-to-left letters. */
    BIDI_EMBEDDING,
    /** Bidi marks (LRM, RLM, ALM) in left-to-right text. */
    BIDI_MARKS,
    /** Words mixing Latin letters with look-alike letters of another script. */
    MIXED_SCRIPT,
    /** Words wholly in another script that spell a Latin word in a Latin text. */
    WHOLE_SCRIPT_CONFUSABLE,
    /** Numbers mixing digits of different numbering systems. */
    MIXED_DIGITS,
    /** Graphemes carrying more combining marks than any language needs. */
    STACKED_MARKS,
    /** Marks hidden by the letter they sit on (dotless i with a dot above). */
    HIDDEN_OVERLAY,
    /** HTML text the page hides from readers (hidden attribute, display:none) that machines still read. */
    HIDDEN_TEXT,
    /** Soft hyphens splitting short words. */
    SOFT_HYPHENS,
    /** Latin words in which every letter carries a diacritic. */
    DIACRITIC_NOISE,
    /** U+FFFD and lone surrogates already in the text. */
    REPLACEMENT_CHARACTERS,
    /** UTF-8 text that was decoded as Windows-1252 somewhere upstream. */
    MOJIBAKE,
    /** Text that is not in Unicode normalization form C. */
    NOT_NFC,
    /** Quotation marks that do not pair. */
    UNPAIRED_QUOTES,
    /** Links whose host mixes scripts or imitates a Latin name. */
    LINK_HOMOGRAPH,
    /** Byte sequences that were invalid in the file's encoding. */
    INVALID_BYTES,
    /** Sentences that repeat an earlier sentence almost word for word. */
    NEAR_DUPLICATE,
    /** Word sequences the article repeats three times or more. */
    REPEATED_PHRASE,
    /** Headlines whose content words the opening paragraphs never mention. */
    HEADLINE_BODY_MISMATCH,
    /** Headlines that point at their subject ("This dog's reaction") instead of naming it. */
    WITHHELD_SUBJECT,
    /** A closing paragraph made mostly of the opening's words. */
    RESTATED_ENDING,
    /** A document grade above the target of the audience profile. */
    AUDIENCE_GRADE,
    /** Statistics no source is given for. */
    UNATTRIBUTED_STATISTIC,
    /** Other check-worthy claims (comparisons, causes, predictions, events) no source is given for. */
    UNATTRIBUTED_CLAIM,
    /** Direct quotations with no speaker nearby. */
    QUOTE_WITHOUT_SPEAKER,
    /** Vague attribution: the rule's phrases, plus attribution frames whose source is a vague group ("campaigners say"). */
    VAGUE_ATTRIBUTION,
    /** Attribution frames whose source is a described but unnamed person ("a senior official said"). */
    ANONYMOUS_SOURCE,
    /** HTML articles without a byline. */
    MISSING_BYLINE,
    /** HTML articles without a publication date. */
    MISSING_DATE,
    /** Relative time references in a dated article, with the date each stands for. */
    TIME_ANCHOR,
    /** Suppression comments that give no reason, and so suppress nothing. */
    SUPPRESSION_WITHOUT_REASON,
    /** Suppression comments that cannot be applied: unknown directive or rule, or nothing to enable. */
    SUPPRESSION_INVALID;

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
