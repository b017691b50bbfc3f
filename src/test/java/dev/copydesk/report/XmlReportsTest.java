package dev.copydesk.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.copydesk.analysis.AnalyzedDocument;
import dev.copydesk.analysis.Analyzer;
import dev.copydesk.audit.DocumentResult;
import dev.copydesk.audit.RunTally;
import dev.copydesk.cli.Main;
import dev.copydesk.finding.Finding;
import dev.copydesk.finding.Location;
import dev.copydesk.input.ArticleReader;
import dev.copydesk.input.InputFormat;
import dev.copydesk.report.sarif.SarifReport;
import dev.copydesk.rule.Category;
import dev.copydesk.rule.RuleLoader;
import dev.copydesk.rule.Severity;
import dev.copydesk.score.Scores;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXParseException;

/**
 * JUnit and Checkstyle XML (and SARIF beside them) stay well-formed whatever an article, its
 * path or a message holds: CDATA terminators, markup, control characters, lone surrogates and
 * noncharacters. Read back with the JDK's own parser, as CI tools do.
 */
class XmlReportsTest {
    /** Everything XML 1.0 forbids or treats specially, and one supplementary character that must pass as is. */
    static final String HOSTILE = "]]><script>alert(1)</script><![CDATA[x]]> &amp; \"q\" 'a' \u0000\u0001\u0007\u001b[31m"
            + "\u000b\u000c \uD800 lone \uDC00 tail \uFFFE\uFFFF \t tab \r\n end \uD835\uDC89";

    @Test
    void junitStaysWellFormedAndCountsRight() throws Exception {
        List<DocumentResult> docs = documents();
        Document xml = parse(render(out -> new JunitReport(out, f -> f.severity() == Severity.ERROR), docs));
        Element suites = xml.getDocumentElement();
        assertEquals("testsuites", suites.getTagName());
        NodeList suite = suites.getElementsByTagName("testsuite");
        assertEquals(1, suite.getLength());
        Element s = (Element) suite.item(0);
        assertEquals("3", s.getAttribute("tests"));
        assertEquals("1", s.getAttribute("failures"), "only the document with an error-level finding fails");
        assertEquals("1", s.getAttribute("errors"), "the document that could not be read");
        NodeList cases = s.getElementsByTagName("testcase");
        assertEquals(3, cases.getLength());
        for (int i = 0; i < cases.getLength(); i++) {
            assertVisible(((Element) cases.item(i)).getAttribute("name"));
        }
        Element failure = (Element) s.getElementsByTagName("failure").item(0);
        assertVisible(failure.getAttribute("message"));
        assertVisible(failure.getTextContent());
        assertTrue(failure.getTextContent().contains("excerpt ]]><script>"), failure.getTextContent());
        assertVisible(s.getElementsByTagName("system-out").item(0).getTextContent());
        assertVisible(((Element) s.getElementsByTagName("error").item(0)).getAttribute("message"));
    }

    @Test
    void checkstyleStaysWellFormed() throws Exception {
        Document xml = parse(render(CheckstyleReport::new, documents()));
        assertEquals("checkstyle", xml.getDocumentElement().getTagName());
        NodeList files = xml.getElementsByTagName("file");
        assertEquals(3, files.getLength());
        NodeList errors = xml.getElementsByTagName("error");
        assertEquals(2 + 1 + 1, errors.getLength(), "two findings, one finding, one unreadable document");
        for (int i = 0; i < files.getLength(); i++) {
            assertVisible(((Element) files.item(i)).getAttribute("name"));
        }
        for (int i = 0; i < errors.getLength(); i++) {
            assertVisible(((Element) errors.item(i)).getAttribute("message"));
        }
    }

    @Test
    void sarifOfHostileTextIsValidJson() throws Exception {
        var catalog = RuleLoader.loadShipped();
        byte[] bytes = render(out -> new SarifReport(out, catalog, "test"), documents());
        JsonNode run = new ObjectMapper().readTree(bytes).path("runs").get(0);
        assertEquals(3, run.path("results").size());
        assertTrue(run.path("results").get(0).path("message").path("text").asText().contains("]]><script>alert(1)</script>"));
        assertEquals(1, run.path("invocations").get(0).path("toolExecutionNotifications").size());
    }

    /**
     * The whole command line on hostile input: a file whose name holds markup and a control
     * character, and a JSONL export whose ids hold lone surrogates. Every machine format is
     * written in one run and read back.
     */
    @Test
    void hostileNamesAndTextThroughTheCommandLine(@TempDir Path dir) throws Exception {
        List<String> inputs = new ArrayList<>();
        String story = "Shocking News!\n\nCritics say the plan is unprecedented ]]> <script>alert(1)</script>"
                + " \u0007 bell \u0001 and \u001b[31m red.\n";
        try {
            Path odd = dir.resolve("a]]><script>x<\\script>\u0001.txt");
            Files.writeString(odd, story);
            inputs.add(odd.toString());
        } catch (InvalidPathException | java.io.IOException e) {
            // A file system that refuses such names; the export below still carries them.
        }
        Path export = dir.resolve("export.jsonl");
        Files.writeString(export, String.join("\n",
                "{\"id\":\"b]]><script>\\u0001\\ud800\",\"title\":\"Shocking news!\",\"body\":\"Critics say it is unprecedented"
                        + " ]]> <script>alert(1)</script> \\u0007 bell \\ud800 lone \\udc00 tail.\"}",
                "{\"id\":\"c\\udc00]]>\",\"title\":\"no body here\"}",
                "not json ]]> <script>"));
        inputs.add(export.toString());

        Map<String, Path> outputs = Map.of("sarif", dir.resolve("out.sarif"), "junit", dir.resolve("out.junit.xml"),
                "checkstyle", dir.resolve("out.checkstyle.xml"), "json", dir.resolve("out.json"));
        List<String> args = new ArrayList<>(List.of("audit", "--no-html", "--fail-on", "never"));
        outputs.forEach((format, path) -> args.addAll(List.of("--format", format, "--output", path.toString())));
        args.addAll(inputs);
        StringWriter err = new StringWriter();
        int code = Main.run(args.toArray(String[]::new), new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertEquals(1, code, "two unreadable articles fail the run, but every output is written: " + err);

        Document junit = parse(Files.readAllBytes(outputs.get("junit")));
        assertEquals(String.valueOf(inputs.size() + 2), ((Element) junit.getElementsByTagName("testsuite").item(0)).getAttribute("tests"));
        parse(Files.readAllBytes(outputs.get("checkstyle")));
        ObjectMapper json = new ObjectMapper();
        assertEquals(inputs.size() + 2, json.readTree(outputs.get("json").toFile()).path("documents").size());
        JsonNode sarif = json.readTree(outputs.get("sarif").toFile());
        assertEquals(2, sarif.path("runs").get(0).path("invocations").get(0).path("toolExecutionNotifications").size());
        try (var left = Files.list(dir)) {
            assertFalse(left.anyMatch(p -> p.getFileName().toString().endsWith(".tmp")), "no temporary file left behind");
        }
    }

    /** Two audited documents (one with an error-level finding) and one that could not be read, all hostile. */
    private static List<DocumentResult> documents() throws Exception {
        Finding error = finding(Severity.ERROR, 3, 5);
        Finding info = finding(Severity.INFO, 7, 1);
        // An analysis for the fingerprints to read the text around each finding from.
        Optional<AnalyzedDocument> analysis = Optional.of(Analyzer.analyze(new ArticleReader().parse("desk.txt", InputFormat.TEXT,
                ("Headline\n\nA paragraph that says " + HOSTILE + " twice: " + HOSTILE + "\n").getBytes(StandardCharsets.UTF_8)), "en"));
        return List.of(
                new DocumentResult("desk/" + HOSTILE + ".txt", Optional.empty(), analysis, List.of(error, info),
                        Scores.NONE, Map.of()),
                new DocumentResult("export.jsonl#" + HOSTILE, Optional.empty(), analysis, List.of(info),
                        Scores.NONE, Map.of()),
                DocumentResult.failed(HOSTILE + ".html", "cannot read: " + HOSTILE));
    }

    private static Finding finding(Severity severity, int line, int column) {
        return new Finding("tone.hyperbole", Category.TONE, severity, HOSTILE + " is hyperbole", Optional.of("say " + HOSTILE),
                new Location(10, 20, line, column, "excerpt " + HOSTILE), Map.of("reads", HOSTILE));
    }

    interface Factory {
        ReportWriter open(Writer out) throws Exception;
    }

    /** Runs a writer over the documents as the audit does, into UTF-8 bytes. */
    private static byte[] render(Factory factory, List<DocumentResult> docs) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Writer out = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
        ReportWriter writer = factory.open(out);
        RunTally tally = new RunTally();
        for (DocumentResult doc : docs) {
            tally.add(doc);
            writer.append(doc, writer.prepare(doc));
        }
        writer.finish(tally);
        out.flush();
        return bytes.toByteArray();
    }

    /** A strict, non-validating XML 1.0 parse with no DTDs or external entities; fails the test on any error. */
    static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        factory.setExpandEntityReferences(false);
        var builder = factory.newDocumentBuilder();
        try {
            return builder.parse(new ByteArrayInputStream(xml));
        } catch (SAXParseException e) {
            fail("not well-formed at line " + e.getLineNumber() + ", column " + e.getColumnNumber() + ": " + e.getMessage()
                    + "\n" + new String(xml, StandardCharsets.UTF_8));
            throw e;
        }
    }

    /** The hostile text came through readable: markup as text, forbidden characters as visible escapes. */
    private static void assertVisible(String value) {
        assertTrue(value.contains("]]><script>alert(1)</script>"), value);
        assertTrue(value.contains("\\u0001") && value.contains("\\uD800") && value.contains("\\uDC00") && value.contains("\\uFFFE"),
                value);
        assertTrue(value.contains("\uD835\uDC89"), "a supplementary character passes unchanged: " + value);
        value.chars().forEach(c -> assertTrue(c >= 0x20 || c == '\t' || c == '\n' || c == '\r',
                "no raw control character: U+" + Integer.toHexString(c)));
    }
}
