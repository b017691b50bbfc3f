package dev.copydesk.cli;

import dev.copydesk.report.RulesJson;
import dev.copydesk.report.TextReport;
import dev.copydesk.rule.Rule;
import dev.copydesk.rule.RuleCatalog;
import dev.copydesk.rule.RuleLoadException;
import dev.copydesk.rule.RuleLoader;
import dev.copydesk.rule.RuleScope;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine;

/** {@code copydesk rules}: every rule with its documentation. */
@Command(name = "rules", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "List every rule with its category, severity, check, scope and documentation.")
final class RulesCommand implements Callable<Integer> {
    enum Format { text, json }

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Option(names = "--format", paramLabel = "FORMAT", description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
    private Format format = Format.text;

    @Option(names = "--rules", paramLabel = "DIR", description = "Extra rule folder (repeatable).")
    private List<Path> ruleFolders = new ArrayList<>();

    @Override
    public Integer call() throws Exception {
        java.io.Writer out = Stdout.checked(spec.commandLine().getOut());
        RuleCatalog catalog;
        try {
            catalog = RuleLoader.load(ruleFolders);
        } catch (RuleLoadException e) {
            e.problems().forEach(p -> AuditCommand.say(spec.commandLine().getErr(), p));
            return 2;
        }
        try {
            write(out, catalog);
            out.flush();
        } catch (Stdout.Failure e) {
            if (!e.readerGone()) {
                AuditCommand.say(spec.commandLine().getErr(), "cannot write output: " + e.getMessage());
            }
            return 2;
        }
        return 0;
    }

    private void write(java.io.Writer out, RuleCatalog catalog) throws java.io.IOException {
        if (format == Format.json) {
            out.write(RulesJson.of(catalog).toPrettyString() + System.lineSeparator());
        } else {
            // One line of columns sized to the longest id, then the description wrapped under it.
            int width = catalog.rules().stream().mapToInt(r -> r.id().length()).max().orElse(0);
            for (Rule rule : catalog.rules()) {
                String scope = rule.scopes().stream().map(RuleScope::key).sorted().collect(java.util.stream.Collectors.joining("+"));
                out.write(String.format(java.util.Locale.ROOT, "%-" + width + "s  %-7s  %-9s  %-13s  %s%n", rule.id(),
                        rule.severity().key(), rule.category().key(), scope, rule.check().kind().key()));
                // A user pack's description is its author's text: one line, controls escaped.
                String description = TextReport.oneLine(rule.readableDescription());
                for (String line : wrap(description, WRAP - INDENT.length())) {
                    out.write(INDENT + line + System.lineSeparator());
                }
            }
            out.write(String.format(java.util.Locale.ROOT, "%d rules%n", catalog.rules().size()));
        }
    }

    private static final int WRAP = 100;
    private static final String INDENT = "    ";

    /** Words of {@code text} in lines of at most {@code width} characters (a longer word gets a line of its own). */
    static List<String> wrap(String text, int width) {
        List<String> lines = new java.util.ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" +")) {
            if (line.length() > 0 && line.length() + 1 + word.length() > width) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.length() > 0 ? " " : "").append(word);
        }
        if (line.length() > 0) {
            lines.add(line.toString());
        }
        return lines;
    }
}
