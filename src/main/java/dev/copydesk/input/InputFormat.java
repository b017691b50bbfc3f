package dev.copydesk.input;

import java.util.Locale;
import java.util.Optional;

/** The article formats Copydesk reads, chosen by file extension. */
public enum InputFormat {
    TEXT, MARKDOWN, HTML;

    public static Optional<InputFormat> forFileName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.endsWith(".txt") || lower.endsWith(".text")) {
            return Optional.of(TEXT);
        }
        if (lower.endsWith(".md") || lower.endsWith(".markdown")) {
            return Optional.of(MARKDOWN);
        }
        if (lower.endsWith(".html") || lower.endsWith(".htm") || lower.endsWith(".xhtml")) {
            return Optional.of(HTML);
        }
        return Optional.empty();
    }

    /** For stdin, where there is no name: markup if it starts like HTML, else plain text. */
    public static InputFormat sniff(String text) {
        String head = text.stripLeading();
        head = head.substring(0, Math.min(head.length(), 512)).toLowerCase(Locale.ROOT);
        boolean html = head.startsWith("<!doctype html") || head.startsWith("<html")
                || (head.startsWith("<") && (head.contains("<p") || head.contains("<body") || head.contains("<article")));
        return html ? HTML : TEXT;
    }
}
