package dev.copydesk.suppress;

import dev.copydesk.input.SourceComment;
import dev.copydesk.rule.RuleSelector;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a comment as a directive: {@code copydesk-KIND RULE[, RULE]... -- REASON}. Any comment
 * whose text starts with {@code copydesk-} is taken as one, so a misspelt keyword is reported
 * rather than silently ignored; every other comment is left alone. Stateless.
 */
final class DirectiveParser {
    private static final Pattern DIRECTIVE = Pattern.compile("\\A\\s*(copydesk-[A-Za-z-]*)(.*)\\z", Pattern.DOTALL);
    /** The reason follows the first "--" that stands on its own, as in ESLint's directive comments. */
    private static final Pattern REASON = Pattern.compile("(?:^|\\s)--(?:\\s|$)");
    private static final Pattern SEPARATORS = Pattern.compile("[\\s,]+");

    private DirectiveParser() {
    }

    /** The directive in {@code comment}, at 1-based {@code line}, or empty for an ordinary comment. */
    static Optional<Directive> parse(SourceComment comment, int line) {
        Matcher m = DIRECTIVE.matcher(comment.text());
        if (!m.matches()) {
            return Optional.empty();
        }
        String keyword = m.group(1);
        String rest = m.group(2);
        String reason = "";
        Matcher separator = REASON.matcher(rest);
        if (separator.find()) {
            reason = rest.substring(separator.end()).strip().replaceAll("\\s+", " ");
            rest = rest.substring(0, separator.start());
        }
        List<RuleSelector> selectors = new ArrayList<>();
        for (String name : SEPARATORS.split(rest.strip())) {
            if (!name.isEmpty()) {
                selectors.add(new RuleSelector(name));
            }
        }
        return Optional.of(new Directive(keyword, Directive.Kind.of(keyword), selectors, reason, comment.start(),
                comment.end(), line));
    }
}
