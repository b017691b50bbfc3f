package dev.copydesk.rule;

import java.util.Locale;

/** A document-level condition a rule can require with {@code when:}. */
public enum Condition {
    /** The article carries no publication date (in its metadata or from {@code --date}). */
    UNDATED;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
