package dev.copydesk.suppress;

import dev.copydesk.rule.RuleSelector;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One {@code copydesk-...} comment as written: its keyword, the rules it names, its reason
 * (empty when it gives none), and where the comment is ({@code [start, end)} source offsets,
 * 1-based {@code line}). {@code kind} is empty for a keyword Copydesk does not know. Immutable.
 */
public record Directive(String keyword, Optional<Kind> kind, List<RuleSelector> selectors, String reason, int start,
        int end, int line) {

    public Directive {
        selectors = List.copyOf(selectors);
    }

    /** What a directive does; the keyword is how it is written. */
    public enum Kind {
        /** From here to the matching {@code copydesk-enable}, or to the end of the file. */
        DISABLE,
        /** The next block (paragraph, heading, list item...) after the comment. */
        DISABLE_NEXT,
        /** The whole file, for findings about the document as a whole. */
        DISABLE_FILE,
        /** Ends a {@code copydesk-disable}. */
        ENABLE;

        public String keyword() {
            return "copydesk-" + name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        static Optional<Kind> of(String keyword) {
            for (Kind kind : values()) {
                if (kind.keyword().equals(keyword)) {
                    return Optional.of(kind);
                }
            }
            return Optional.empty();
        }
    }

    public boolean hasReason() {
        return !reason.isEmpty();
    }
}
