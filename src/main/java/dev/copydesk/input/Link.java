package dev.copydesk.input;

/**
 * A hyperlink in the article: its visible text, its target, the block it sits in and the
 * range of its text within that block ({@code blockStart}/{@code blockEnd}, text offsets).
 */
public record Link(String text, String href, int block, int blockStart, int blockEnd) {
}
