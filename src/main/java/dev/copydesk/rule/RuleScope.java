package dev.copydesk.rule;

import java.util.Locale;

/**
 * Where in an article a rule looks: the headline, the body (headings, paragraphs, list items,
 * captions, outside quotations), direct quotations (block quotes and quoted speech), or
 * anywhere.
 */
public enum RuleScope {
    HEADLINE, BODY, QUOTE, ANY;

    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
