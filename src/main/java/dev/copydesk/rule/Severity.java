package dev.copydesk.rule;

import java.util.Locale;

/** Finding severities, most severe first. */
public enum Severity {
    ERROR, WARNING, INFO;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether this severity is at least as severe as {@code threshold}. */
    public boolean atLeast(Severity threshold) {
        return ordinal() <= threshold.ordinal();
    }
}
