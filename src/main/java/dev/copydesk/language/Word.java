package dev.copydesk.language;

/** A token of a sentence as the tagger sees it, with its {@code [start, end)} offsets in the block text. */
public record Word(String text, int start, int end) {
    public boolean is(String lowerCase) {
        return text.equalsIgnoreCase(lowerCase);
    }

    public String lower() {
        return text.toLowerCase(java.util.Locale.ROOT);
    }
}
