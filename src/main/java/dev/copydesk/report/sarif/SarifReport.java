package dev.copydesk.report.sarif;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.copydesk.audit.DocumentResult;
import dev.copydesk.audit.RunTally;
import dev.copydesk.finding.Finding;
import dev.copydesk.finding.Fingerprints;
import dev.copydesk.report.JsonReport;
import dev.copydesk.report.Placement;
import dev.copydesk.report.ReportWriter;
import dev.copydesk.rule.Example;
import dev.copydesk.rule.Rule;
import dev.copydesk.rule.RuleCatalog;
import dev.copydesk.rule.Severity;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * SARIF 2.1.0 for code-scanning tools: every rule of the catalog with its help text, one result
 * per finding with a stable {@code partialFingerprints} entry (the baseline's fingerprint, which
 * survives edits elsewhere in the article), and failed documents as tool notifications. Columns
 * count code points ({@code columnKind: unicodeCodePoints}), as in every other Copydesk output.
 * Written from {@link Sarif}'s records, streamed: the rules first, then each document's results
 * as it is audited, so a batch of any size needs no more memory than one document.
 */
public final class SarifReport implements ReportWriter {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** The fingerprint's name and version: v2 is the baseline's context fingerprint, v1 hashed the excerpt alone. */
    static final String FINGERPRINT = "copydeskFinding/v2";
    private static final Path CWD = Path.of("").toAbsolutePath();

    private final Writer out;
    private final JsonGenerator json;
    private final Map<String, Integer> ruleIndex = new HashMap<>();
    private final List<Sarif.Notification> failures = new ArrayList<>();

    public SarifReport(Writer out, RuleCatalog catalog, String version) throws IOException {
        this.out = out;
        this.json = MAPPER.getFactory().createGenerator(out).setPrettyPrinter(JsonReport.printer());
        List<Sarif.ReportingDescriptor> rules = new ArrayList<>();
        for (Rule rule : catalog.rules().stream().sorted(Comparator.comparing(Rule::id)).toList()) {
            ruleIndex.put(rule.id(), ruleIndex.size());
            rules.add(describe(rule));
        }
        json.writeStartObject();
        json.writeStringField("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        json.writeStringField("version", "2.1.0");
        json.writeArrayFieldStart("runs");
        json.writeStartObject();
        json.writeObjectField("tool", new Sarif.Tool(new Sarif.Driver("Copydesk", version,
                version.replaceAll("[^0-9.].*$", ""), rules)));
        json.writeStringField("columnKind", "unicodeCodePoints");
        json.writeArrayFieldStart("results");
    }

    private static Sarif.ReportingDescriptor describe(Rule rule) {
        String description = sentence(rule.description().orElse(rule.message()));
        StringBuilder help = new StringBuilder(description);
        rule.suggestion().ifPresent(s -> help.append(" Suggestion: ").append(sentence(s)));
        List<String> flagged = rule.examples().stream().filter(Example::mustFlag).map(Example::text).limit(2).toList();
        if (!flagged.isEmpty()) {
            help.append(" Flagged, for example: ").append(String.join(" | ", flagged));
        }
        // SARIF's schema wants unique tags; a pack named after its category is one tag.
        List<String> tags = List.copyOf(new LinkedHashSet<>(List.of(rule.category().key(), rule.pack())));
        return new Sarif.ReportingDescriptor(rule.id(), camel(rule.id()), new Sarif.Text(description),
                new Sarif.Text(description), new Sarif.Text(help.toString().strip()),
                new Sarif.Configuration(level(rule.severity())), new Sarif.RuleProperties(rule.category().key(), tags));
    }

    @Override
    public Object prepare(DocumentResult document) {
        if (document.findings().isEmpty()) {
            return List.<Sarif.Result>of();
        }
        // Records of one export share its file, so their fingerprints carry the record's name.
        String scope = document.record().map(r -> r.id()).orElse("");
        List<String> prints = Fingerprints.of(scope, document.analysis().orElseThrow().document(), document.findings());
        Sarif.ArtifactLocation artifact = artifactLocation(document.record().map(r -> r.file()).orElse(document.path()), CWD);
        List<Sarif.Result> results = new ArrayList<>(document.findings().size());
        for (int i = 0; i < document.findings().size(); i++) {
            Finding f = document.findings().get(i);
            Placement at = Placement.of(document, f);
            results.add(new Sarif.Result(f.rule(), ruleIndex.get(f.rule()), level(f.severity()), new Sarif.Text(sentence(at.message())),
                    List.of(new Sarif.Location(new Sarif.PhysicalLocation(artifact, region(document, f, at)))),
                    Map.of(FINGERPRINT, prints.get(i))));
        }
        return results;
    }

    private static Sarif.Region region(DocumentResult document, Finding f, Placement at) {
        if (document.record().isPresent()) {
            return new Sarif.Region(at.line(), null, null, null, null); // the export's line: the finding's own place is in the message
        }
        String excerpt = f.location().excerpt();
        int[] end = SarifPositions.end(f.location().line(), f.location().column(), excerpt);
        return new Sarif.Region(f.location().line(), f.location().column(), end[0], end[1], new Sarif.Text(excerpt));
    }

    @Override
    public void append(DocumentResult document, Object prepared) throws IOException {
        for (Object result : (List<?>) prepared) {
            json.writeObject(result);
        }
        document.error().ifPresent(reason -> failures.add(new Sarif.Notification("error",
                new Sarif.Text(sentence(document.path() + ": " + reason)))));
    }

    @Override
    public void finish(RunTally tally) throws IOException {
        json.writeEndArray();
        json.writeObjectField("invocations", List.of(new Sarif.Invocation(true, failures)));
        json.writeEndObject();
        json.writeEndArray();
        json.writeEndObject();
        json.flush();
        out.write("\n");
        out.flush();
    }

    static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    /** Where a document is, for code-scanning tools; see {@link SarifPositions#artifactUri}. */
    static Sarif.ArtifactLocation artifactLocation(String path, Path cwd) {
        String[] uri = SarifPositions.artifactUri(path, cwd);
        return new Sarif.ArtifactLocation(uri[0], uri[1]);
    }

    /** SARIF asks for messages that are whole sentences. */
    static String sentence(String text) {
        String t = text.strip();
        return t.isEmpty() || ".!?".indexOf(t.charAt(t.length() - 1)) >= 0 ? t : t + ".";
    }

    private static String camel(String id) {
        StringBuilder b = new StringBuilder();
        boolean upper = true;
        for (char c : id.toCharArray()) {
            if (c == '.' || c == '-') {
                upper = true;
            } else {
                b.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return b.toString();
    }
}
