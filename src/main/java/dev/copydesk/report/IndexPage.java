package dev.copydesk.report;

import dev.copydesk.audit.DocumentResult;
import dev.copydesk.audit.RunTally;
import dev.copydesk.check.Finding;
import dev.copydesk.rule.Category;
import dev.copydesk.rule.Severity;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jsoup.nodes.Element;

/** The batch's {@code index.html}: one row per document, linking its report. */
public final class IndexPage {
    /** What the index keeps of one document: a few numbers, never the article. */
    public record Row(String path, String report, String error, Map<String, Integer> scores,
            Map<Severity, Integer> bySeverity, Map<Category, Integer> byCategory, Map<String, Integer> byRule) {
        public static Row of(DocumentResult doc, String report) {
            Map<Severity, Integer> severities = new EnumMap<>(Severity.class);
            Map<Category, Integer> categories = new EnumMap<>(Category.class);
            Map<String, Integer> rules = new TreeMap<>();
            for (Finding f : doc.findings()) {
                severities.merge(f.severity(), 1, Integer::sum);
                categories.merge(f.category(), 1, Integer::sum);
                rules.merge(f.rule(), 1, Integer::sum);
            }
            return new Row(doc.path(), report, doc.error().orElse(null), Map.copyOf(doc.scores()), severities,
                    categories, rules);
        }
    }

    private IndexPage() {
    }

    public static String render(List<Row> rows, RunTally tally, String version) {
        HtmlPage page = HtmlPage.create("Copydesk audit: " + tally.documents() + " documents", "en");
        Element main = page.main();
        main.appendElement("h1").text("Copydesk audit");
        main.appendElement("p").addClass("meta").text(tally.documents() + " documents, " + tally.failed()
                + " failed; " + tally.findings(Severity.ERROR) + " errors, " + tally.findings(Severity.WARNING)
                + " warnings, " + tally.findings(Severity.INFO) + " info; Copydesk " + version);
        Element table = main.appendElement("table");
        Element head = table.appendElement("tr");
        for (String h : new String[] {"document", "overall", "errors", "warnings", "info"}) {
            head.appendElement("th").text(h);
        }
        for (Row doc : rows) {
            Element row = table.appendElement("tr");
            if (doc.error() != null) {
                VisibleText.append(row.appendElement("td"), doc.path());
                VisibleText.append(row.appendElement("td").attr("colspan", "4").addClass("failed"), "failed: " + doc.error());
                continue;
            }
            VisibleText.append(row.appendElement("td").appendElement("a").attr("href", doc.report()), doc.path());
            row.appendElement("td").text(String.valueOf(doc.scores().get("overall")));
            for (Severity s : Severity.values()) {
                row.appendElement("td").text(Integer.toString(doc.bySeverity().getOrDefault(s, 0)));
            }
        }
        return page.html();
    }
}
