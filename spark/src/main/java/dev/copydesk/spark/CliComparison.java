package dev.copydesk.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Compares the job's tables with the CLI's JSON for the same input: every document's status,
 * reason, scores and metrics, and every finding and claim, field by field and in order. Used by
 * the tests and, on a whole corpus, by {@code bench/spark.sh}:
 *
 * <pre>java ... dev.copydesk.spark.CliComparison CLI.json OUTPUT</pre>
 */
public final class CliComparison {
    private static final int MAX_REPORTED = 20;
    private static final List<String> FINDING_TEXT = List.of("rule", "category", "severity", "message", "suggestion",
            "excerpt");
    private static final List<String> CLAIM_TEXT = List.of("excerpt", "type", "source", "sourceKind");
    private static final List<String> POSITIONS = List.of("line", "column", "start", "end");

    private final List<String> differences = new ArrayList<>();

    private CliComparison() {
    }

    public static void main(String[] args) throws IOException {
        SparkSession spark = SparkSession.builder().appName("copydesk compare").getOrCreate();
        List<String> differences;
        try {
            differences = compare(spark, new ObjectMapper().readTree(new File(args[0])), args[1]);
        } finally {
            spark.stop();
        }
        differences.forEach(System.out::println);
        System.out.println(differences.isEmpty() ? "same: the tables equal the CLI's JSON" : "different");
        System.exit(differences.isEmpty() ? 0 : 1);
    }

    /** The differences between the CLI's JSON run and the tables under {@code output}; empty when equal. */
    public static List<String> compare(SparkSession spark, JsonNode cliRun, String output) {
        CliComparison comparison = new CliComparison();
        Map<String, JsonNode> expected = new HashMap<>();
        cliRun.path("documents").forEach(d -> expected.put(d.path("path").asText(), d));
        Map<String, Row> documents = new HashMap<>();
        for (Row row : spark.read().parquet(output + "/documents").collectAsList()) {
            documents.put(row.getString(row.fieldIndex("documentId")), row);
        }
        if (!expected.keySet().equals(documents.keySet())) {
            comparison.differ("documents: the CLI has " + expected.size() + ", the tables " + documents.size());
        }
        Map<String, List<Row>> findings = byDocument(spark, output + "/findings");
        Map<String, List<Row>> claims = byDocument(spark, output + "/claims");
        expected.forEach((id, doc) -> {
            Row row = documents.get(id);
            if (row != null) {
                comparison.document(id, doc, row, findings.getOrDefault(id, List.of()), claims.getOrDefault(id, List.of()));
            }
        });
        return comparison.differences;
    }

    private void document(String id, JsonNode doc, Row row, List<Row> findings, List<Row> claims) {
        same(id, "status", doc.path("status").asText(null), row.getString(row.fieldIndex("status")));
        same(id, "error", doc.path("error").asText(null), row.getString(row.fieldIndex("error")));
        if (doc.has("scores")) {
            Row scores = row.getStruct(row.fieldIndex("scores"));
            for (int i = 0; i < AuditRows.SCORES.size(); i++) {
                same(id, "scores." + AuditRows.SCORES.get(i), doc.path("scores").path(AuditRows.SCORES.get(i)).asInt(),
                        scores.getInt(i));
            }
            Map<String, Double> metrics = row.getJavaMap(row.fieldIndex("metrics"));
            doc.path("metrics").fields().forEachRemaining(m -> same(id, "metrics." + m.getKey(), m.getValue().asDouble(),
                    metrics.get(m.getKey())));
        }
        list(id, "finding", doc.path("findings"), findings, FINDING_TEXT, (where, f, r) -> same(id, where + "detail",
                f.has("detail") ? f.get("detail").toString() : null, r.getString(r.fieldIndex("detail"))));
        list(id, "claim", doc.path("claims"), claims, CLAIM_TEXT, (where, c, r) -> same(id, where + "attributed",
                c.path("attributed").asBoolean(), r.getBoolean(r.fieldIndex("attributed"))));
    }

    /** A check of one element beyond its text and positions. */
    private interface ElementCheck {
        void check(String where, JsonNode cli, Row table);
    }

    /** A document's findings or claims: as many, and each with the same text fields and positions. */
    private void list(String id, String kind, JsonNode cli, List<Row> table, List<String> textFields, ElementCheck more) {
        same(id, kind + "s", cli.size(), table.size());
        for (int i = 0; i < Math.min(table.size(), cli.size()); i++) {
            JsonNode e = cli.get(i);
            Row r = table.get(i);
            String where = kind + " " + i + " ";
            textFields.forEach(field -> same(id, where + field, e.path(field).asText(null), r.getString(r.fieldIndex(field))));
            POSITIONS.forEach(field -> same(id, where + field, e.path(field).asInt(), r.getInt(r.fieldIndex(field))));
            more.check(where, e, r);
        }
    }

    private void same(String id, String what, Object cli, Object table) {
        if (!Objects.equals(cli, table)) {
            differ(id + ": " + what + ": CLI " + cli + ", table " + table);
        }
    }

    private void differ(String difference) {
        if (differences.size() < MAX_REPORTED) {
            differences.add(difference);
        }
    }

    private static Map<String, List<Row>> byDocument(SparkSession spark, String table) {
        Map<String, List<Row>> rows = new HashMap<>();
        for (Row row : spark.read().parquet(table).orderBy("documentId", "index").collectAsList()) {
            rows.computeIfAbsent(row.getString(row.fieldIndex("documentId")), k -> new ArrayList<>()).add(row);
        }
        return rows;
    }
}
