package dev.copydesk.input;

/** What part of the article a text block is; rules select blocks by scope. */
public enum Scope {
    HEADLINE, HEADING, PARAGRAPH, LIST_ITEM, QUOTE, CAPTION;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
