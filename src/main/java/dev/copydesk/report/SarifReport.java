package dev.copydesk.report;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.copydesk.audit.DocumentResult;
import dev.copydesk.audit.RunTally;
import dev.copydesk.finding.Finding;
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
import java.util.List;
import java.util.Map;

/**
 * SARIF 2.1.0 for code-scanning tools: every rule of the catalog with its help text, one result
 * per finding with a stable {@code partialFingerprints} entry, and failed documents as tool
 * notifications. Columns count code points ({@code columnKind: unicodeCodePoints}), as in every
 * other Copydesk output.
 */
public final class SarifReport implements ReportWriter {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    static final String FINGERPRINT = "copydeskFinding/v1";
    private static final Path CWD = Path.of("").toAbsolutePath();

    private final Writer out;
    private final JsonGenerator json;
    private final Map<String, Integer> ruleIndex = new HashMap<>();
    private final List<String[]> failures = new ArrayList<>();

    public SarifReport(Writer out, RuleCatalog catalog, String version) throws IOException {
        this.out = out;
        this.json = MAPPER.getFactory().createGenerator(out).setPrettyPrinter(JsonReport.printer());
        json.writeStartObject();
        json.writeStringField("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
        json.writeStringField("version", "2.1.0");
        json.writeArrayFieldStart("runs");
        json.writeStartObject();
        json.writeObjectFieldStart("tool");
        json.writeObjectFieldStart("driver");
        json.writeStringField("name", "Copydesk");
        json.writeStringField("version", version);
        json.writeStringField("semanticVersion", version.replaceAll("[^0-9.].*$", ""));
        json.writeArrayFieldStart("rules");
        List<Rule> rules = catalog.rules().stream().sorted(Comparator.comparing(Rule::id)).toList();
        for (Rule rule : rules) {
            ruleIndex.put(rule.id(), ruleIndex.size());
            MAPPER.writeTree(json, describe(rule));
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndObject();
        json.writeStringField("columnKind", "unicodeCodePoints");
        json.writeArrayFieldStart("results");
    }

    private static ObjectNode describe(Rule rule) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("id", rule.id());
        node.put("name", camel(rule.id()));
        String description = sentence(rule.description().orElse(rule.message()));
        node.putObject("shortDescription").put("text", description);
        node.putObject("fullDescription").put("text", description);
        StringBuilder help = new StringBuilder(description);
        rule.suggestion().ifPresent(s -> help.append(" Suggestion: ").append(sentence(s)));
        List<String> flagged = rule.examples().stream().filter(Example::mustFlag).map(Example::text).limit(2).toList();
        if (!flagged.isEmpty()) {
            help.append(" Flagged, for example: ").append(String.join(" | ", flagged));
        }
        node.putObject("help").put("text", help.toString().strip());
        node.putObject("defaultConfiguration").put("level", level(rule.severity()));
        ObjectNode properties = node.putObject("properties");
        properties.put("category", rule.category().key());
        // SARIF's schema wants unique tags; a pack named after its category is one tag.
        ArrayNode tags = properties.putArray("tags");
        new java.util.LinkedHashSet<>(List.of(rule.category().key(), rule.pack())).forEach(tags::add);
        return node;
    }

    @Override
    public Object prepare(DocumentResult document) {
        ArrayNode results = MAPPER.createArrayNode();
        // Records of one export share its file, so their fingerprints carry the record's name.
        List<String> prints = Fingerprints.of(document.record().map(r -> r.id()).orElse(""), document.findings());
        ObjectNode artifact = artifactLocation(document.record().map(r -> r.file()).orElse(document.path()), CWD);
        for (int i = 0; i < document.findings().size(); i++) {
            Finding f = document.findings().get(i);
            ObjectNode result = results.addObject();
            result.put("ruleId", f.rule());
            Integer index = ruleIndex.get(f.rule());
            if (index != null) {
                result.put("ruleIndex", index);
            }
            result.put("level", level(f.severity()));
            Placement at = Placement.of(document, f);
            result.putObject("message").put("text", sentence(at.message()));
            ObjectNode physical = result.putArray("locations").addObject().putObject("physicalLocation");
            physical.set("artifactLocation", artifact.deepCopy());
            ObjectNode region = physical.putObject("region");
            if (document.record().isPresent()) {
                // The export's line: the finding's own place is in the message.
                region.put("startLine", at.line());
                result.putObject("partialFingerprints").put(FINGERPRINT, prints.get(i));
                continue;
            }
            String excerpt = f.location().excerpt();
            region.put("startLine", f.location().line());
            region.put("startColumn", f.location().column());
            int[] end = end(f.location().line(), f.location().column(), excerpt);
            region.put("endLine", end[0]);
            region.put("endColumn", end[1]);
            region.putObject("snippet").put("text", excerpt);
            result.putObject("partialFingerprints").put(FINGERPRINT, prints.get(i));
        }
        return results;
    }

    @Override
    public void append(DocumentResult document, Object prepared) throws IOException {
        for (var result : (ArrayNode) prepared) {
            MAPPER.writeTree(json, result);
        }
        document.error().ifPresent(reason -> failures.add(new String[] {document.path(), reason}));
    }

    @Override
    public void finish(RunTally tally) throws IOException {
        json.writeEndArray();
        json.writeArrayFieldStart("invocations");
        json.writeStartObject();
        json.writeBooleanField("executionSuccessful", true);
        json.writeArrayFieldStart("toolExecutionNotifications");
        for (String[] failure : failures) {
            json.writeStartObject();
            json.writeStringField("level", "error");
            json.writeObjectFieldStart("message");
            json.writeStringField("text", sentence(failure[0] + ": " + failure[1]));
            json.writeEndObject();
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndArray();
        json.writeEndObject();
        json.flush();
        out.write("\n");
        out.flush();
    }

    /**
     * Where a region that starts at {@code line}/{@code column} and holds {@code text} ends
     * (exclusive, code-point columns). CR, LF and CRLF each end a line, as in SARIF and in the
     * source index every finding's line comes from.
     */
    static int[] end(int line, int column, String text) {
        int l = line;
        int c = column;
        for (int i = 0; i < text.length(); ) {
            char ch = text.charAt(i);
            if (ch == '\n' || ch == '\r') {
                l++;
                c = 1;
                i += ch == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n' ? 2 : 1;
            } else {
                c++;
                i += Character.charCount(text.codePointAt(i));
            }
        }
        return new int[] {l, c};
    }

    static String level(Severity severity) {
        return switch (severity) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "note";
        };
    }

    /**
     * Where a document is, for code-scanning tools: paths as typed are relative to the working
     * directory, which is what {@code SRCROOT} stands for (a checkout's root in CI). An absolute
     * path inside the working directory is made relative to it; one outside it becomes an
     * absolute {@code file:} URI with no base (a relative reference may not start with a slash).
     */
    static ObjectNode artifactLocation(String path, Path cwd) {
        ObjectNode node = MAPPER.createObjectNode();
        Path absolute = null;
        try {
            // A JSONL article's path ends in "#id", and an id may hold what no file name can: a
            // NUL, a lone surrogate. Those become U+FFFD here (UTF-8 could not carry them anyway).
            StringBuilder named = new StringBuilder(path.length());
            path.codePoints().forEach(c -> named.appendCodePoint(c == 0 || Character.isSurrogate((char) c) && c <= 0xFFFF
                    ? 0xFFFD : c));
            path = named.toString();
            Path p = Path.of(path);
            absolute = p.isAbsolute() ? p.normalize() : null;
        } catch (java.nio.file.InvalidPathException e) {
            // Not a path this file system can name: keep it as typed.
        }
        if (absolute == null) {
            return node.put("uri", uri(path)).put("uriBaseId", "SRCROOT");
        }
        if (absolute.startsWith(cwd) && !absolute.equals(cwd)) {
            return node.put("uri", uri(cwd.relativize(absolute).toString().replace('\\', '/'))).put("uriBaseId", "SRCROOT");
        }
        String slashed = absolute.toString().replace('\\', '/');
        return node.put("uri", "file://" + (slashed.startsWith("/") ? "" : "/") + uri(slashed));
    }

    /** A relative URI reference for a display path: "stories/a b.html" becomes "stories/a%20b.html". */
    static String uri(String path) {
        StringBuilder b = new StringBuilder();
        for (byte x : path.getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
            int c = x & 0xFF;
            if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-._~/".indexOf(c) >= 0) {
                b.append((char) c);
            } else {
                b.append('%').append(String.format(java.util.Locale.ROOT, "%02X", c));
            }
        }
        return b.toString();
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
