package dev.copydesk.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.copydesk.audit.Batch;
import dev.copydesk.cli.ProjectSetup;
import dev.copydesk.input.ArticleReader;
import dev.copydesk.report.JsonReport;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The job on a local[2] session, against the CLI's JSON for the same input. */
class AuditJobTest {
    private static SparkSession spark;
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        spark = SparkSession.builder().master("local[2]").appName("copydesk-test").config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "2").getOrCreate();
        spark.sparkContext().setLogLevel("ERROR");
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    private static String record(String id, String title, String body) throws Exception {
        Map<String, String> r = new java.util.LinkedHashMap<>();
        if (id != null) {
            r.put("id", id);
        }
        r.put("title", title);
        r.put("body", body);
        return JSON.writeValueAsString(r);
    }

    private Path export() throws Exception {
        List<String> lines = new ArrayList<>();
        lines.add(record("world/1", "Ferry fares to rise, operator says",
                "Fares on the river ferry will rise by 12% in May, the operator said on Tuesday.\n\n"
                        + "Critics say the move is shocking and will devastate commuters. Experts believe it was inevitable."));
        lines.add("");
        lines.add("{\"id\": \"broken\", \"title\": ");
        lines.add(record("empty/1", "Nothing here", ""));
        lines.add(record(null, "You Won't Believe What Happened Next!",
                "The council approved the budget. It was agreed by members last week, according to the minutes."));
        lines.add("[1, 2, 3]");
        lines.add(record("caf\u00e9/2", "Caf\u00e9 owners warn of closures",
                "Owners of 40 caf\u00e9s said rents had doubled since 2019.\u200b Many people believe the city is to blame."));
        Path file = dir.resolve("export.jsonl");
        Files.writeString(file, String.join("\n", lines) + "\n");
        return file;
    }

    /** The CLI's JSON for {@code input}, as {@code audit --format json} writes it. */
    private static JsonNode cliRun(String input) throws Exception {
        ProjectSetup setup = ProjectSetup.resolve(new ProjectSetup.Given(null, true, List.of(), null, null, null, null),
                Path.of("."));
        var run = new Batch(setup.auditor(), new ArticleReader(), 1).run(List.of(input), new ByteArrayInputStream(new byte[0]));
        return JSON.readTree(JsonReport.render(run, "test"));
    }

    /** The CLI's JSON documents for {@code input}, by path. */
    private static Map<String, JsonNode> cli(String input) throws Exception {
        Map<String, JsonNode> documents = new HashMap<>();
        for (JsonNode d : cliRun(input).get("documents")) {
            documents.put(d.get("path").asText(), d);
        }
        return documents;
    }

    private Summary audit(String input, String format) throws Exception {
        return AuditJob.run(spark, JobOptions.parse("audit", "--input", input, "--output", dir.resolve("out").toString(),
                "--format", format));
    }

    @Test
    void anExportGivesTheCliAnswersRecordByRecord() throws Exception {
        String input = export().toString();
        Summary summary = audit(input, "jsonl");
        Map<String, JsonNode> expected = cli(input);
        assertEquals(expected.size(), summary.documents(), "every record is accounted for");
        assertEquals(3, summary.failed());
        assertSameAsCli(input);
        JsonNode altered = cliRun(input);
        ((com.fasterxml.jackson.databind.node.ObjectNode) altered.get("documents").get(0).get("scores")).put("overall", -1);
        assertEquals(1, CliComparison.compare(spark, altered, dir.resolve("out").toString()).size(), "a difference shows");
        assertTrue(Files.exists(dir.resolve("out/summary.json")));
        try (var written = Files.list(dir.resolve("out"))) {
            assertEquals(List.of("claims", "documents", "findings", "summary.json"),
                    written.map(p -> p.getFileName().toString()).filter(name -> !name.startsWith(".")).sorted().toList(),
                    "nothing else is left behind (besides the local file system's .crc checksums)");
        }
    }

    /**
     * An export cut into many splits, with CRLF line ends, a carriage return inside a record and
     * records without an id among them: every record keeps the CLI's name and line.
     */
    @Test
    void recordsKeepTheirLinesAcrossSplits() throws Exception {
        StringBuilder export = new StringBuilder();
        String paragraph = "The council said fares would rise by 4% next year, citing fuel costs and wages. ".repeat(40);
        for (int i = 0; i < 120; i++) {
            String line = record(i % 17 == 0 ? null : "desk/" + i, "Fares rise " + i, paragraph + "Line " + i + ".");
            export.append(i == 5 ? line.replaceFirst(",", ",\r") : line).append(i % 3 == 0 ? "\r\n" : "\n");
        }
        Path file = dir.resolve("long.jsonl");
        Files.writeString(file, export);
        var hadoop = spark.sparkContext().hadoopConfiguration();
        hadoop.setLong("copydesk.split.minimum", 16 * 1024);
        try {
            Summary summary = audit(file.toString(), "jsonl");
            assertEquals(120, summary.documents());
        } finally {
            hadoop.unset("copydesk.split.minimum");
        }
        assertSameAsCli(file.toString());
    }

    /** The queries docs/spark.md offers, run on an export's tables: they must stay correct. */
    @Test
    void theDocumentedQueriesRun() throws Exception {
        audit(export().toString(), "jsonl");
        String docs = Files.readString(Path.of("..", "docs", "spark.md"));
        java.util.regex.Matcher block = java.util.regex.Pattern.compile("```sql\\n(.*?)```", java.util.regex.Pattern.DOTALL)
                .matcher(docs);
        List<List<Row>> results = new ArrayList<>();
        while (block.find()) {
            for (String statement : block.group(1).split(";\\s*\\n")) {
                if (!statement.isBlank()) {
                    String sql = statement.replace("audits/2024/", dir.resolve("out").toUri().getPath() + "/");
                    results.add(spark.sql(sql).collectAsList());
                }
            }
        }
        assertEquals(7, results.size(), "three views and four queries");
        List<String> sections = results.get(3).stream().map(r -> r.getString(0)).toList();
        assertTrue(sections.containsAll(List.of("world", "caf\u00e9")), "audited sections: " + sections);
        assertFalse(sections.contains("empty"), "a failed record has no score: " + sections);
        assertEquals(3, results.get(6).size(), "the failed records: " + results.get(6));
    }

    @Test
    void aFolderOfArticlesGivesTheCliAnswers() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("articles/desk"));
        for (String sample : List.of("river-crossing.txt", "council-budget.html")) {
            Files.copy(Path.of("..", "samples", sample), folder.resolve(sample));
        }
        Files.writeString(dir.resolve("articles/notes.csv"), "not,an,article\n");
        Files.write(dir.resolve("articles/bad.txt"), new byte[] {(byte) 0xC3, (byte) 0x28, 'a'});
        try (var huge = new java.io.RandomAccessFile(dir.resolve("articles/huge.txt").toFile(), "rw")) {
            huge.setLength(33L * 1024 * 1024); // over the limit: refused by its size, never read
        }
        String input = dir.resolve("articles").toString();
        Summary summary = audit(input, "text");
        Map<String, JsonNode> expected = cli(input);
        assertEquals(expected.size(), summary.documents());
        assertSameAsCli(input);
    }

    @Test
    void parquetWithTheExportsColumnsIsAuditedLikeTheExport() throws Exception {
        String input = export().toString();
        spark.read().json(input).filter("id is not null and body is not null").write()
                .parquet(dir.resolve("export.parquet").toString());
        Summary summary = audit(dir.resolve("export.parquet").toString(), "parquet");
        Map<String, Row> rows = documents();
        Map<String, JsonNode> cli = cli(input);
        for (String id : List.of("world/1", "caf\u00e9/2")) {
            Row row = rows.values().stream().filter(r -> r.getString(r.fieldIndex("documentId")).endsWith("#" + id))
                    .findFirst().orElseThrow();
            assertEquals(cli.get(input + "#" + id).path("scores").path("overall").asInt(),
                    row.getStruct(row.fieldIndex("scores")).getInt(0), id);
        }
        assertTrue(summary.documents() >= 2);
    }

    @Test
    void refusesAnOutputThatExistsAndBrokenRules() throws Exception {
        Files.createDirectories(dir.resolve("out"));
        String input = export().toString();
        var existing = assertThrows(AuditJob.Refused.class, () -> audit(input, "jsonl"));
        assertTrue(existing.getMessage().contains("already exists"), existing.getMessage());
        Path rules = Files.createDirectories(dir.resolve("rules"));
        Files.writeString(rules.resolve("bad.yaml"), "pack: bad\nrules:\n  - id: bad.rule\n    severity: loud\n");
        var broken = assertThrows(AuditJob.Refused.class, () -> AuditJob.run(spark, JobOptions.parse("audit", "--input",
                input, "--output", dir.resolve("out2").toString(), "--rules", rules.toString())));
        assertTrue(broken.getMessage().contains("bad.yaml"), broken.getMessage());
        assertFalse(Files.exists(dir.resolve("out2")));
        var missing = assertThrows(AuditJob.Refused.class, () -> AuditJob.run(spark, JobOptions.parse("audit", "--input",
                input, "--output", dir.resolve("out3").toString(), "--rules", dir.resolve("no-such-rules").toString())));
        assertTrue(missing.getMessage().contains("no-such-rules"), missing.getMessage());
    }

    @Test
    void readsItsCommandLine() {
        JobOptions options = JobOptions.parse("audit", "--input", "s3a://desk/2024.jsonl", "--output", "o", "--rules", "r1",
                "--rules", "r2");
        assertEquals("jsonl", options.format());
        assertEquals(List.of("r1", "r2"), options.rules());
        assertThrows(IllegalArgumentException.class, () -> JobOptions.parse("audit", "--input", "x"));
        assertThrows(IllegalArgumentException.class, () -> JobOptions.parse("audit", "--input", "x", "--output", "y",
                "--format", "csv"));
    }

    private Map<String, Row> documents() {
        Map<String, Row> rows = new HashMap<>();
        for (Row row : spark.read().parquet(dir.resolve("out/documents").toString()).collectAsList()) {
            rows.put(row.getString(row.fieldIndex("documentId")), row);
        }
        return rows;
    }

    /** Every document, finding and claim in the tables equals the CLI's JSON. */
    private void assertSameAsCli(String input) throws Exception {
        assertEquals(List.of(), CliComparison.compare(spark, cliRun(input), dir.resolve("out").toString()));
    }
}
