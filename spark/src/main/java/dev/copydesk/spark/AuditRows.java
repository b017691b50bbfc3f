package dev.copydesk.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.copydesk.audit.DocumentResult;
import dev.copydesk.report.JsonReport;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import scala.jdk.javaapi.CollectionConverters;

/**
 * One audited document as a row: the columns of the {@code documents} table, then its findings
 * and claims as arrays, which the job explodes into the {@code findings} and {@code claims}
 * tables. Every value is read from the document object the CLI writes as JSON
 * ({@link JsonReport#document}), under the JSON's names, so the tables say what the CLI says.
 */
final class AuditRows {
    private AuditRows() {
    }

    static final List<String> SCORES = List.of("overall", "integrity", "tone", "sourcing", "clarity", "hygiene");
    static final List<String> SEVERITIES = List.of("error", "warning", "info");

    static final StructType FINDING = new StructType(new StructField[] {
        field("rule", DataTypes.StringType), field("category", DataTypes.StringType),
        field("severity", DataTypes.StringType), field("message", DataTypes.StringType),
        field("suggestion", DataTypes.StringType), field("line", DataTypes.IntegerType),
        field("column", DataTypes.IntegerType), field("start", DataTypes.IntegerType),
        field("end", DataTypes.IntegerType), field("excerpt", DataTypes.StringType),
        field("detail", DataTypes.StringType)});

    static final StructType CLAIM = new StructType(new StructField[] {
        field("line", DataTypes.IntegerType), field("column", DataTypes.IntegerType),
        field("start", DataTypes.IntegerType), field("end", DataTypes.IntegerType),
        field("excerpt", DataTypes.StringType), field("type", DataTypes.StringType),
        field("attributed", DataTypes.BooleanType), field("source", DataTypes.StringType),
        field("sourceKind", DataTypes.StringType), field("sourceStart", DataTypes.IntegerType),
        field("sourceEnd", DataTypes.IntegerType)});

    static final StructType SCORE = new StructType(SCORES.stream().map(s -> field(s, DataTypes.IntegerType))
            .toArray(StructField[]::new));

    /** The documents table's columns. */
    static final StructType DOCUMENT = new StructType(new StructField[] {
        field("documentId", DataTypes.StringType), field("status", DataTypes.StringType),
        field("error", DataTypes.StringType), field("title", DataTypes.StringType),
        field("language", DataTypes.StringType), field("published", DataTypes.StringType),
        field("format", DataTypes.StringType), field("scores", SCORE),
        field("metrics", DataTypes.createMapType(DataTypes.StringType, DataTypes.DoubleType)),
        field("errors", DataTypes.IntegerType), field("warnings", DataTypes.IntegerType),
        field("infos", DataTypes.IntegerType),
        field("findingsByCategory", DataTypes.createMapType(DataTypes.StringType, DataTypes.IntegerType)),
        field("claims", DataTypes.IntegerType), field("unattributedClaims", DataTypes.IntegerType)});

    /** What the audit stage yields: a document's columns with its findings and claims. */
    static final StructType AUDITED = DOCUMENT
            .add("findingList", DataTypes.createArrayType(FINDING))
            .add("claimList", DataTypes.createArrayType(CLAIM));

    private static StructField field(String name, DataType type) {
        return DataTypes.createStructField(name, type, true);
    }

    static Row of(DocumentResult result) {
        ObjectNode json = JsonReport.document(result);
        List<Row> findings = new ArrayList<>();
        Map<String, Integer> bySeverity = new LinkedHashMap<>();
        Map<String, Integer> byCategory = new TreeMap<>();
        for (JsonNode f : json.path("findings")) {
            findings.add(RowFactory.create(text(f, "rule"), text(f, "category"), text(f, "severity"), text(f, "message"),
                    text(f, "suggestion"), integer(f, "line"), integer(f, "column"), integer(f, "start"), integer(f, "end"),
                    text(f, "excerpt"), f.has("detail") ? f.get("detail").toString() : null));
            bySeverity.merge(text(f, "severity"), 1, Integer::sum);
            byCategory.merge(text(f, "category"), 1, Integer::sum);
        }
        List<Row> claims = new ArrayList<>();
        int unattributed = 0;
        for (JsonNode c : json.path("claims")) {
            boolean attributed = c.path("attributed").asBoolean();
            unattributed += attributed ? 0 : 1;
            claims.add(RowFactory.create(integer(c, "line"), integer(c, "column"), integer(c, "start"), integer(c, "end"),
                    text(c, "excerpt"), text(c, "type"), attributed, text(c, "source"), text(c, "sourceKind"),
                    integer(c, "sourceStart"), integer(c, "sourceEnd")));
        }
        boolean audited = "audited".equals(text(json, "status"));
        Row scores = audited ? RowFactory.create(SCORES.stream().map(s -> integer(json.path("scores"), s)).toArray()) : null;
        Map<String, Double> metrics = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = json.path("metrics").fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> metric = it.next();
            metrics.put(metric.getKey(), metric.getValue().asDouble());
        }
        return RowFactory.create(text(json, "path"), text(json, "status"), text(json, "error"), text(json, "title"),
                text(json, "language"), text(json, "published"), text(json, "format"), scores,
                CollectionConverters.asScala(metrics), bySeverity.getOrDefault("error", 0),
                bySeverity.getOrDefault("warning", 0), bySeverity.getOrDefault("info", 0),
                CollectionConverters.asScala(byCategory), claims.size(), unattributed,
                CollectionConverters.asScala(findings).toSeq(), CollectionConverters.asScala(claims).toSeq());
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static Integer integer(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asInt();
    }
}
