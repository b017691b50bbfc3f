package dev.copydesk.report.html;

import dev.copydesk.report.TextReport;
import dev.copydesk.report.html.HtmlPage;
import dev.copydesk.audit.DocumentResult;
import dev.copydesk.audit.RunTally;
import dev.copydesk.finding.Finding;
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
    public record Row(int run, String path, String title, String report, String error, Map<String, Integer> scores,
            Map<Severity, Integer> bySeverity, Map<Category, Integer> byCategory, Map<String, Integer> byRule) {
        public Row {
            scores = scores == null ? Map.of() : Map.copyOf(scores);
            bySeverity = bySeverity == null ? Map.of() : Map.copyOf(bySeverity);
            byCategory = byCategory == null ? Map.of() : Map.copyOf(byCategory);
            byRule = byRule == null ? Map.of() : Map.copyOf(byRule);
        }

        /** The same row, marked with the run that wrote it. */
        Row inRun(int number) {
            return new Row(number, path, title, report, error, scores, bySeverity, byCategory, byRule);
        }

        public static Row of(DocumentResult doc, String report) {
            Map<Severity, Integer> severities = new EnumMap<>(Severity.class);
            Map<Category, Integer> categories = new EnumMap<>(Category.class);
            Map<String, Integer> rules = new TreeMap<>();
            for (Finding f : doc.findings()) {
                severities.merge(f.severity(), 1, Integer::sum);
                categories.merge(f.category(), 1, Integer::sum);
                rules.merge(f.rule(), 1, Integer::sum);
            }
            String title = doc.analysis().flatMap(a -> a.document().title()).map(IndexPage::shortened).orElse(null);
            return new Row(0, doc.path(), title, report, doc.error().orElse(null), Map.copyOf(doc.scores()), severities,
                    categories, rules);
        }
    }

    private IndexPage() {
    }

    /** A headline cut to 140 code points, never inside a surrogate pair. */
    private static String shortened(String title) {
        if (title.codePointCount(0, title.length()) <= 140) {
            return title;
        }
        return title.substring(0, title.offsetByCodePoints(0, 139)) + "…";
    }

    static final String SCRIPT = HtmlPage.load("index.js");
    private static final String[] SCORES = {"overall", "integrity", "tone", "sourcing", "clarity", "hygiene"};

    /**
     * The index of {@code rows}: this run's first (run {@code run}), then reports earlier runs left
     * in the folder. {@code tally} is this run's.
     */
    public static String render(List<Row> rows, RunTally tally, String version, int run) {
        HtmlPage page = HtmlPage.create("Copydesk audit: " + rows.size() + " documents", "en", SCRIPT);
        Element main = page.main();
        main.appendElement("h1").text("Copydesk audit");
        main.appendElement("p").attr("class", "meta").text("Run " + run + ": " + TextReport.summary(tally).strip() + "; Copydesk "
                + version);
        long earlier = rows.stream().filter(r -> r.run() != run).count();
        if (earlier > 0) {
            main.appendElement("p").attr("class", "meta").text("Also listed: " + earlier + " report" + (earlier == 1 ? "" : "s")
                    + " that earlier runs left in this folder (their run number is in the first column).");
        }
        charts(main, rows);
        main.appendElement("h2").text("Documents");
        tools(main);
        Element table = main.appendElement("table").id("documents");
        Element head = table.appendElement("thead").appendElement("tr");
        header(head, "run", true);
        header(head, "document", false);
        header(head, "status", false);
        for (String score : SCORES) {
            header(head, score, true);
        }
        for (Severity s : Severity.values()) {
            header(head, s.key(), true);
        }
        Element body = table.appendElement("tbody");
        for (Row doc : rows) {
            row(body, doc);
        }
        page.script(SCRIPT);
        return page.html();
    }

    /** One document's row: run, headline and path, status, scores and counts, or the reason it failed. */
    private static void row(Element body, Row doc) {
        // What the text filter searches: the path and the headline.
        Element row = body.appendElement("tr").attr("data-path", VisibleText.escaped(doc.path()
                + (doc.title() != null ? "\n" + doc.title() : "")))
                .attr("data-status", doc.error() == null ? "audited" : "failed");
        for (Category c : Category.values()) {
            row.attr("data-" + c.key(), Integer.toString(doc.byCategory().getOrDefault(c, 0)));
        }
        row.appendElement("td").attr("data-sort", Integer.toString(doc.run())).text(Integer.toString(doc.run()));
        Element name = row.appendElement("td").attr("data-sort", VisibleText.escaped(doc.path()));
        if (doc.error() != null) {
            VisibleText.append(name, doc.path());
            VisibleText.append(row.appendElement("td").attr("class", "failed").attr("data-sort", "failed"),
                    "failed: " + doc.error());
            for (int i = 0; i < SCORES.length + Severity.values().length; i++) {
                row.appendElement("td").attr("data-sort", "-1");
            }
            return;
        }
        // The headline is what an editor knows a story by; the path says where it lives.
        VisibleText.append(name.appendElement("a").attr("href", doc.report()), doc.title() != null ? doc.title() : doc.path());
        if (doc.title() != null) {
            VisibleText.append(name.appendElement("div").attr("class", "path"), doc.path());
        }
        row.appendElement("td").attr("data-sort", "audited").text("audited");
        for (String score : SCORES) {
            int points = doc.scores().getOrDefault(score, 0);
            String value = String.valueOf(points);
            row.appendElement("td").attr("class", points >= 80 ? "good" : points >= 60 ? "fair" : "poor")
                    .attr("data-sort", value).text(value);
        }
        for (Severity s : Severity.values()) {
            String value = Integer.toString(doc.bySeverity().getOrDefault(s, 0));
            row.appendElement("td").attr("data-sort", value).text(value);
        }
    }

    private static void header(Element row, String name, boolean numeric) {
        Element th = row.appendElement("th").attr("scope", "col").attr("data-type", numeric ? "number" : "text");
        th.appendElement("button").attr("type", "button").text(name);
    }

    /** Filter controls; hidden until the script runs, since without it they would do nothing. */
    private static void tools(Element main) {
        Element tools = main.appendElement("div").attr("class", "index-tools").id("index-tools").attr("hidden", true);
        tools.appendElement("label").attr("for", "filter-text").text("Path or headline contains ");
        tools.appendElement("input").attr("type", "search").id("filter-text");
        tools.appendElement("label").attr("for", "filter-status").text("Status ");
        Element status = tools.appendElement("select").id("filter-status");
        status.appendElement("option").attr("value", "").text("any");
        status.appendElement("option").attr("value", "audited").text("audited");
        status.appendElement("option").attr("value", "failed").text("failed");
        tools.appendElement("label").attr("for", "filter-category").text("With findings in ");
        Element category = tools.appendElement("select").id("filter-category");
        category.appendElement("option").attr("value", "").text("any category");
        for (Category c : Category.values()) {
            category.appendElement("option").attr("value", c.key()).text(c.key());
        }
        tools.appendElement("span").attr("class", "meta").id("shown");
    }

    /** The distribution of overall scores, and the rules that fire in the most documents. */
    private static void charts(Element main, List<Row> rows) {
        main.appendElement("h2").text("Corpus");
        Element charts = main.appendElement("div").attr("class", "charts");
        int[] bins = new int[10];
        for (Row r : rows) {
            if (r.error() == null) {
                bins[Math.min(9, Math.max(0, r.scores().getOrDefault("overall", 0) / 10))]++;
            }
        }
        String[] labels = new String[10];
        for (int i = 0; i < 10; i++) {
            labels[i] = i * 10 + "–" + (i == 9 ? 100 : i * 10 + 9);
        }
        barChart(charts, "Overall scores", labels, bins);
        Map<String, Integer> documentsByRule = new TreeMap<>();
        rows.forEach(r -> r.byRule().keySet().forEach(rule -> documentsByRule.merge(rule, 1, Integer::sum)));
        List<Map.Entry<String, Integer>> top = documentsByRule.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(10).toList();
        barChart(charts, "Rules firing in the most documents", top.stream().map(Map.Entry::getKey).toArray(String[]::new),
                top.stream().mapToInt(Map.Entry::getValue).toArray());
    }

    /** A horizontal bar chart in SVG, with its numbers also written out for screen readers and print. */
    private static void barChart(Element parent, String title, String[] labels, int[] values) {
        Element figure = parent.appendElement("figure");
        figure.appendElement("figcaption").text(title);
        int max = java.util.Arrays.stream(values).max().orElse(0);
        int rowHeight = 18;
        Element svg = figure.appendElement("svg").attr("class", "chart").attr("role", "img").attr("aria-label", title)
                .attr("width", "420").attr("height", Integer.toString(Math.max(1, labels.length) * rowHeight + 4));
        for (int i = 0; i < labels.length; i++) {
            int y = i * rowHeight;
            int width = max == 0 ? 0 : values[i] * 220 / max;
            svg.appendElement("text").attr("class", "axis").attr("x", "0").attr("y", Integer.toString(y + 13)).text(labels[i]);
            svg.appendElement("rect").attr("class", "bar").attr("x", "170").attr("y", Integer.toString(y + 3))
                    .attr("width", Integer.toString(width)).attr("height", "12");
            svg.appendElement("text").attr("class", "axis").attr("x", Integer.toString(174 + width))
                    .attr("y", Integer.toString(y + 13)).text(Integer.toString(values[i]));
        }
    }
}
