package dev.copydesk.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.copydesk.rule.Example;
import dev.copydesk.rule.Rule;
import dev.copydesk.rule.RuleCatalog;
import dev.copydesk.rule.RuleLoadException;
import dev.copydesk.rule.RuleLoader;
import dev.copydesk.rule.RuleScope;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

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
            ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
            ArrayNode rules = mapper.createArrayNode();
            for (Rule rule : catalog.rules()) {
                ObjectNode node = rules.addObject();
                node.put("id", rule.id());
                node.put("category", rule.category().key());
                node.put("severity", rule.severity().key());
                node.put("check", rule.check().kind().key());
                ArrayNode scopes = node.putArray("scope");
                rule.scopes().stream().map(RuleScope::key).sorted().forEach(scopes::add);
                node.put("message", rule.message());
                rule.suggestion().ifPresent(s -> node.put("suggestion", s));
                rule.description().ifPresent(d -> node.put("description", d));
                node.put("origin", rule.origin());
                ArrayNode examples = node.putArray("examples");
                for (Example e : rule.examples()) {
                    ObjectNode ex = examples.addObject().put("text", e.text()).put("mustFlag", e.mustFlag());
                    if (e.match() != null) {
                        ex.put("match", e.match());
                    }
                }
            }
            out.write(mapper.writeValueAsString(rules) + System.lineSeparator());
        } else {
            for (Rule rule : catalog.rules()) {
                // A user pack's description is its author's text: one line, controls escaped.
                out.write(String.format("%-32s %-9s %-7s %-20s %s%n", rule.id(), rule.category().key(), rule.severity().key(),
                        rule.check().kind().key(), dev.copydesk.report.TextReport.oneLine(rule.description().orElse(rule.message()))));
            }
            out.write(String.format("%d rules%n", catalog.rules().size()));
        }
    }
}
