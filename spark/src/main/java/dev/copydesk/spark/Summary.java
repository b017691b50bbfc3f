package dev.copydesk.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;

/**
 * What a run found, in a few numbers: documents audited and failed, findings by severity and by
 * rule, and how the overall scores spread (exact quantiles and a histogram by tens).
 */
public record Summary(long documents, long audited, long failed, Map<String, Long> bySeverity,
        List<RuleCount> rules, List<Integer> overallScores) {

    /** How often one rule fired at one severity. */
    public record RuleCount(String rule, String severity, long count) {
    }

    static Summary of(Dataset<Row> documents, Dataset<Row> findings) {
        long total = documents.count();
        long audited = documents.filter(functions.col("status").equalTo("audited")).count();
        Map<String, Long> bySeverity = new LinkedHashMap<>();
        for (String severity : AuditRows.SEVERITIES) {
            bySeverity.put(severity, 0L);
        }
        List<RuleCount> rules = new ArrayList<>();
        for (Row row : findings.groupBy("rule", "severity").count()
                .orderBy(functions.col("count").desc(), functions.col("rule"), functions.col("severity")).collectAsList()) {
            rules.add(new RuleCount(row.getString(0), row.getString(1), row.getLong(2)));
            bySeverity.merge(row.getString(1), row.getLong(2), Long::sum);
        }
        List<Integer> scores = new ArrayList<>();
        for (Row row : documents.filter(functions.col("scores").isNotNull()).select("scores.overall")
                .orderBy("overall").collectAsList()) {
            scores.add(row.getInt(0));
        }
        return new Summary(total, audited, total - audited, bySeverity, rules, scores);
    }

    /** The score below which {@code share} of the documents fall (nearest rank). */
    int quantile(double share) {
        if (overallScores.isEmpty()) {
            return 0;
        }
        int rank = (int) Math.ceil(share * overallScores.size());
        return overallScores.get(Math.max(0, Math.min(overallScores.size() - 1, rank - 1)));
    }

    double mean() {
        return overallScores.stream().mapToInt(Integer::intValue).average().orElse(0);
    }

    /** Documents per band of ten points: 0-9, 10-19, ..., 90-100. */
    Map<String, Long> histogram() {
        Map<String, Long> bands = new LinkedHashMap<>();
        for (int low = 0; low < 100; low += 10) {
            bands.put(low + "-" + (low == 90 ? 100 : low + 9), 0L);
        }
        for (int score : overallScores) {
            int low = Math.min(90, score / 10 * 10);
            bands.merge(low + "-" + (low == 90 ? 100 : low + 9), 1L, Long::sum);
        }
        return bands;
    }

    String json() {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode root = mapper.createObjectNode();
        root.put("documents", documents).put("audited", audited).put("failed", failed);
        ObjectNode severities = root.putObject("findings");
        bySeverity.forEach(severities::put);
        var ruleArray = root.putArray("rules");
        for (RuleCount r : rules) {
            ruleArray.addObject().put("rule", r.rule()).put("severity", r.severity()).put("count", r.count());
        }
        ObjectNode overall = root.putObject("overallScore");
        overall.put("min", quantile(0)).put("p10", quantile(0.1)).put("p25", quantile(0.25)).put("median", quantile(0.5))
                .put("p75", quantile(0.75)).put("p90", quantile(0.9)).put("max", quantile(1))
                .put("mean", Math.round(mean() * 10) / 10.0);
        ObjectNode bands = overall.putObject("histogram");
        histogram().forEach(bands::put);
        try {
            return mapper.writeValueAsString(root) + "\n";
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The lines printed at the end of a run. */
    String text() {
        StringBuilder out = new StringBuilder();
        out.append(String.format(Locale.ROOT, "%d documents: %d audited, %d failed; findings: %d errors, %d warnings, %d info%n",
                documents, audited, failed, bySeverity.get("error"), bySeverity.get("warning"), bySeverity.get("info")));
        out.append(String.format(Locale.ROOT, "overall score: median %d (p10 %d, p90 %d), mean %.1f%n", quantile(0.5),
                quantile(0.1), quantile(0.9), mean()));
        rules.stream().limit(10).forEach(r -> out.append(String.format(Locale.ROOT, "  %8d  %-8s %s%n", r.count(),
                r.severity(), r.rule())));
        return out.toString();
    }
}
