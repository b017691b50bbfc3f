package dev.copydesk.rule;

import java.util.Locale;

/** The five finding categories of the JSON contract. */
public enum Category {
    INTEGRITY, TONE, SOURCING, CLARITY, HYGIENE;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
