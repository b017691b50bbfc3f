package dev.copydesk.language;

/**
 * A token of a sentence as the tagger sees it, with its {@code [start, end)} offsets in the block
 * text.
 */
public record Word(String text, int start, int end) {
    public boolean is(String lowerCase) {
        return text.equalsIgnoreCase(lowerCase);
    }

    /** Quotation marks, straight and curly, opening or closing ('' and `` as some wires write them). */
    public boolean isQuote() {
        return switch (text) {
            case "\"", "“", "”", "'", "‘", "’", "''", "``" -> true;
            default -> false;
        };
    }

    public String lower() {
        return text.toLowerCase(java.util.Locale.ROOT);
    }
}
