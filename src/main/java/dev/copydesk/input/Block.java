package dev.copydesk.input;

/** One block of article text (headline, paragraph, list item...) with its source mapping. */
public record Block(Scope scope, MappedText text) {
}
