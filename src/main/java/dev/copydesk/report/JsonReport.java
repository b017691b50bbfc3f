package dev.copydesk.report;

import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.copydesk.analysis.AnalyzedDocument;
import dev.copydesk.analysis.Claim;
import dev.copydesk.analysis.SourceProfile;
import dev.copydesk.audit.AuditRun;
import dev.copydesk.audit.DocumentResult;
import dev.copydesk.audit.RunTally;
import dev.copydesk.baseline.BaselineSummary;
import dev.copydesk.finding.Finding;
import dev.copydesk.finding.Location;
import dev.copydesk.input.Document;
import dev.copydesk.input.Link;
import dev.copydesk.language.Attribution;
import dev.copydesk.rule.Severity;
import dev.copydesk.score.CategoryScore;
import dev.copydesk.score.Deduction;
import dev.copydesk.text.Span;
import java.util.Locale;

/** The JSON contract of {@code DESIGN.md}, with keys in a fixed order. */
public final class JsonReport {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonReport() {
    }

    /** The version of the JSON layout; it changes only when a field is renamed, moved or removed. */
    public static final int SCHEMA_VERSION = 1;

    /** The whole report of a run held in memory. */
    public static String render(AuditRun run, String version) {
        java.io.StringWriter out = new java.io.StringWriter();
        try {
            Output json = new Output(out, version);
            for (DocumentResult d : run.documents()) {
                json.append(d, json.prepare(d));
            }
            RunTally tally = new RunTally();
            run.documents().forEach(tally::add);
            json.finish(tally);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toString();
    }

    /** The pretty printer of every JSON output: two-space indents, "key": value. */
    public static DefaultPrettyPrinter printer() {
        return new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    }

    /** The JSON report streamed: the header first, then each document, then the summary. */
    public static final class Output implements ReportWriter {
        private final java.io.Writer out;
        private final com.fasterxml.jackson.core.JsonGenerator json;
        private final java.util.function.Supplier<BaselineSummary> baseline;

        public Output(java.io.Writer out, String version) throws java.io.IOException {
            this(out, version, null);
        }

        /**
         * A report of a run compared with a baseline ({@code baseline} null for none): each
         * document also lists its {@code accepted} findings, and a top-level {@code baseline}
         * object, read from the supplier when the run ends, sums up.
         */
        public Output(java.io.Writer out, String version, java.util.function.Supplier<BaselineSummary> baseline)
                throws java.io.IOException {
            this.out = out;
            this.baseline = baseline;
            this.json = MAPPER.getFactory().createGenerator(out).setPrettyPrinter(printer());
            json.writeStartObject();
            json.writeObjectFieldStart("tool");
            json.writeStringField("name", "copydesk");
            json.writeStringField("version", version);
            json.writeEndObject();
            json.writeNumberField("schemaVersion", SCHEMA_VERSION);
            json.writeArrayFieldStart("documents");
        }

        @Override
        public Object prepare(DocumentResult document) {
            ObjectNode node = document(document);
            if (baseline != null && document.audited()) {
                ArrayNode accepted = node.putArray("accepted");
                document.accepted().forEach(f -> accepted.add(finding(f)));
            }
            return node;
        }

        @Override
        public void append(DocumentResult document, Object prepared) throws java.io.IOException {
            MAPPER.writeTree(json, (ObjectNode) prepared);
        }

        @Override
        public void finish(RunTally tally) throws java.io.IOException {
            json.writeEndArray();
            json.writeObjectFieldStart("summary");
            json.writeNumberField("documents", tally.documents());
            json.writeNumberField("audited", tally.audited());
            json.writeNumberField("failed", tally.failed());
            json.writeObjectFieldStart("findings");
            for (Severity s : Severity.values()) {
                json.writeNumberField(s.key(), tally.findings(s));
            }
            json.writeEndObject();
            json.writeNumberField("suppressed", tally.suppressed());
            json.writeEndObject();
            if (baseline != null) {
                json.writeFieldName("baseline");
                MAPPER.writeTree(json, AuditTrailJson.baseline(baseline.get()));
            }
            json.writeEndObject();
            json.flush();
            out.write("\n");
            out.flush();
        }
    }

    /** One document as the JSON report writes it: what {@code POST /api/audit} answers, too. */
    public static ObjectNode document(DocumentResult result) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("path", result.path());
        if (!result.audited()) {
            node.put("status", "failed");
            node.put("error", result.error().orElse(""));
            return node;
        }
        node.put("status", "audited");
        AnalyzedDocument analyzed = result.analysis().orElseThrow();
        Document doc = analyzed.document();
        doc.title().ifPresent(t -> node.put("title", t));
        node.put("language", analyzed.language());
        doc.published().ifPresent(p -> node.put("published", p));
        doc.author().ifPresent(a -> node.put("author", a));
        doc.url().ifPresent(u -> node.put("url", u));
        node.put("format", doc.format().name().toLowerCase(Locale.ROOT));
        node.put("encoding", doc.decoding().charset());
        ObjectNode metrics = node.putObject("metrics");
        analyzed.metrics().forEach((k, v) -> metrics.set(k, MAPPER.valueToTree(v)));
        ObjectNode scores = node.putObject("scores");
        result.scores().forEach(scores::put);
        ObjectNode deductions = node.putObject("deductions");
        for (CategoryScore score : result.scoring().all()) {
            ArrayNode list = deductions.putArray(score.key());
            score.deductions().forEach(d -> list.add(deduction(d, score.key())));
        }
        ObjectNode density = node.putObject("densityPer1000Words");
        result.density().forEach(density::put);
        ArrayNode findings = node.putArray("findings");
        result.findings().forEach(f -> findings.add(finding(f)));
        ArrayNode suppressed = node.putArray("suppressed");
        result.suppressed().forEach(s -> suppressed.add(AuditTrailJson.suppressed(finding(s.finding()), s)));
        putClaimsAndSources(node, analyzed);
        return node;
    }

    /** The claims, attribution frames, sources and links of an audited document. */
    private static void putClaimsAndSources(ObjectNode node, AnalyzedDocument analyzed) {
        ArrayNode claims = node.putArray("claims");
        for (Claim claim : analyzed.claims()) {
            ObjectNode c = claims.addObject();
            putLocation(c, analyzed.locate(analyzed.blocks().get(claim.block()), claim.span()));
            c.put("type", claim.type());
            c.put("attributed", claim.attributed());
            claim.source().ifPresent(s -> c.put("source", s.name()).put("sourceKind", s.kind()));
            claim.vague().ifPresent(v -> c.put("vagueSource", v));
            claim.frame().flatMap(f -> f.source().map(span -> analyzed.sourceSpan(f.block(), span))).ifPresent(span -> {
                if (claim.attributed()) {
                    c.put("sourceStart", span.start()).put("sourceEnd", span.end());
                }
            });
        }
        ArrayNode attributions = node.putArray("attributions");
        for (Attribution frame : analyzed.attributions()) {
            attributions.add(attribution(analyzed, frame));
        }
        ArrayNode sources = node.putArray("sources");
        for (AnalyzedDocument.SourceCount s : analyzed.sources()) {
            sources.addObject().put("name", s.name()).put("kind", s.kind()).put("mentions", s.mentions());
        }
        SourceProfile profile = analyzed.sourceProfile();
        ObjectNode p = node.putObject("sourceProfile");
        p.put("namedSources", profile.namedSources()).put("anonymousSources", profile.anonymousSources())
                .put("documents", profile.documents()).put("links", profile.links());
        profile.linkDomains().forEach(p.putArray("linkDomains")::add);
        p.put("directQuotes", profile.directQuotes()).put("claims", profile.claims())
                .put("attributedClaims", profile.attributedClaims())
                .put("attributedShare", Math.round(profile.attributedShare() * 1000) / 1000.0);
        ArrayNode links = node.putArray("links");
        for (Link link : analyzed.document().links()) {
            Location at = analyzed.locate(analyzed.blocks().get(link.block()), link.blockStart(), link.blockEnd());
            ObjectNode l = links.addObject();
            l.put("href", link.href());
            l.put("text", link.text());
            putLocation(l, at);
        }
    }

    /**
     * One attribution frame: its source ({@code null} for a passive with no agent), cue and
     * content, each in UTF-16 offsets into the original file, like findings.
     */
    static ObjectNode attribution(AnalyzedDocument analyzed, Attribution frame) {
        ObjectNode node = MAPPER.createObjectNode();
        String original = analyzed.document().source().text();
        if (frame.source().isPresent()) {
            Span at = analyzed.sourceSpan(frame.block(), frame.source().get());
            node.putObject("source").put("start", at.start()).put("end", at.end())
                    .put("text", original.substring(at.start(), at.end())).put("kind", frame.kind().key())
                    .put("name", frame.sourceName());
        } else {
            node.putNull("source");
        }
        Span cue = analyzed.sourceSpan(frame.block(), frame.cue());
        node.putObject("cue").put("start", cue.start()).put("end", cue.end()).put("text", original.substring(cue.start(), cue.end()));
        ArrayNode content = node.putArray("content");
        for (Span part : frame.content()) {
            Span at = analyzed.sourceSpan(frame.block(), part);
            content.addObject().put("start", at.start()).put("end", at.end());
        }
        return node;
    }

    /** One deduction; {@code category} only where it differs from the list's (overall's). */
    private static ObjectNode deduction(Deduction d, String list) {
        ObjectNode node = MAPPER.createObjectNode();
        if (!d.category().equals(list)) {
            node.put("category", d.category());
        }
        node.put("source", d.source());
        node.put("points", d.points());
        ArrayNode findings = node.putArray("findings");
        d.findings().forEach(findings::add);
        node.put("reason", d.reason());
        return node;
    }

    private static ObjectNode finding(Finding f) {
        ObjectNode node = MAPPER.createObjectNode();
        node.put("rule", f.rule());
        node.put("category", f.category().key());
        node.put("severity", f.severity().key());
        node.put("message", f.message());
        f.suggestion().ifPresent(s -> node.put("suggestion", s));
        putLocation(node, f.location());
        node.set("detail", MAPPER.valueToTree(f.detail()));
        return node;
    }

    private static void putLocation(ObjectNode node, Location location) {
        node.put("line", location.line());
        node.put("column", location.column());
        node.put("start", location.start());
        node.put("end", location.end());
        node.put("excerpt", location.excerpt());
    }
}
