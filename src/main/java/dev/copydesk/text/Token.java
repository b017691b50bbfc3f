package dev.copydesk.text;

/**
 * A token of normalized text: a word (letters, digits, an inner apostrophe or period) or a
 * single punctuation character. Offsets are into the string that was tokenized.
 */
public record Token(int start, int end, String text, boolean word) {
}
