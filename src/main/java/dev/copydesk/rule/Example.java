package dev.copydesk.rule;

/**
 * A rule example, run as a test: {@code text} must be flagged (with a finding whose excerpt is
 * exactly {@code match}, when given) or must pass clean of this rule. {@code bytes}, when not
 * null, gives the example as raw bytes in hex instead, for rules about encodings.
 */
public record Example(String text, String match, boolean mustFlag, int line, String bytes) {
}
