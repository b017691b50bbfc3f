package dev.copydesk.rule;

import java.util.List;

/** Rule files that cannot be used; each problem is one line, {@code file:line: problem}. */
public final class RuleLoadException extends Exception {
    private static final long serialVersionUID = 1L;
    private final List<String> problems;

    public RuleLoadException(List<String> problems) {
        super(String.join("\n", problems), null, false, false);
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
