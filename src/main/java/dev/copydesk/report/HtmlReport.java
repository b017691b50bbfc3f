package dev.copydesk.report;

import dev.copydesk.analysis.AnalyzedBlock;
import dev.copydesk.analysis.AnalyzedDocument;
import dev.copydesk.audit.DocumentResult;
import dev.copydesk.check.Finding;
import dev.copydesk.input.Document;
import dev.copydesk.input.MappedText;
import dev.copydesk.rule.Category;
import dev.copydesk.rule.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.jsoup.nodes.Element;

/**
 * The self-contained HTML report of one article: header, scores, counts by category and
 * severity, metrics, the article text with every finding highlighted in place (each highlight
 * names its rules and links to the finding), and the list of findings with suggestions and
 * details.
 */
public final class HtmlReport {
    private HtmlReport() {
    }

    public static String render(DocumentResult result, String version) {
        AnalyzedDocument analyzed = result.analysis().orElseThrow();
        Document doc = analyzed.document();
        String title = doc.title().orElse(doc.path());
        HtmlPage page = HtmlPage.create("Copydesk audit: " + title, analyzed.language());
        Element main = page.main();
        main.appendElement("h1").text(title);
        Element meta = main.appendElement("p").addClass("meta");
        meta.appendElement("span").text(doc.path());
        doc.author().ifPresent(a -> meta.appendElement("span").text("by " + a));
        doc.published().ifPresent(p -> meta.appendElement("span").text("published " + p));
        meta.appendElement("span").text("language " + analyzed.language());
        meta.appendElement("span").text(doc.decoding().charset());
        meta.appendElement("span").text("Copydesk " + version);

        scores(main, result.scores());
        counts(main, result.findings());
        metrics(main, analyzed.metrics());
        article(main, analyzed, result.findings());
        findingList(main, result.findings());
        return page.html();
    }

    private static void scores(Element main, Map<String, Integer> scores) {
        Element box = main.appendElement("div").addClass("scores");
        scores.forEach((name, value) -> {
            Element s = box.appendElement("div").addClass("score");
            s.appendElement("b").text(Integer.toString(value));
            s.appendText(name);
        });
    }

    private static void counts(Element main, List<Finding> findings) {
        main.appendElement("h2").text("Findings by category");
        Element table = main.appendElement("table");
        Element head = table.appendElement("tr");
        head.appendElement("th").text("category");
        for (Severity s : Severity.values()) {
            head.appendElement("th").text(s.key());
        }
        for (Category c : Category.values()) {
            Element row = table.appendElement("tr");
            row.appendElement("td").text(c.key());
            for (Severity s : Severity.values()) {
                long n = findings.stream().filter(f -> f.category() == c && f.severity() == s).count();
                row.appendElement("td").text(Long.toString(n));
            }
        }
    }

    private static void metrics(Element main, Map<String, Number> metrics) {
        main.appendElement("h2").text("Metrics");
        Element table = main.appendElement("table");
        metrics.forEach((name, value) -> {
            Element row = table.appendElement("tr");
            row.appendElement("td").text(name);
            row.appendElement("td").text(value.toString());
        });
    }

    private static void article(Element main, AnalyzedDocument analyzed, List<Finding> findings) {
        main.appendElement("h2").text("Article");
        Element article = main.appendElement("div").addClass("article");
        for (AnalyzedBlock block : analyzed.blocks()) {
            String scope = block.block().scope().label();
            Element p = article.appendElement("div").addClass("block").addClass(scope).attr("title", scope);
            if (block.block().scope() != dev.copydesk.input.Scope.PARAGRAPH) {
                p.appendElement("span").addClass("scope").text(scope);
            }
            highlight(p, block.block().text(), findings);
        }
    }

    /** Renders a block, wrapping every stretch covered by findings in a mark. */
    private static void highlight(Element parent, MappedText text, List<Finding> findings) {
        List<int[]> spans = new ArrayList<>();
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
        for (int i = 0; i < findings.size(); i++) {
            int[] span = blockSpan(text, findings.get(i));
            if (span != null) {
                spans.add(new int[] {span[0], span[1], i});
                cuts.add(span[0]);
                cuts.add(span[1]);
            }
        }
        Integer from = cuts.first();
        for (Integer to = cuts.higher(from); to != null; from = to, to = cuts.higher(to)) {
            List<Integer> covering = new ArrayList<>();
            for (int[] s : spans) {
                if (s[0] <= from && s[1] >= to) {
                    covering.add(s[2]);
                }
            }
            String piece = text.text().substring(from, to);
            if (covering.isEmpty()) {
                VisibleText.append(parent, piece);
                continue;
            }
            Severity worst = Severity.INFO;
            StringBuilder title = new StringBuilder();
            for (int index : covering) {
                Finding f = findings.get(index);
                worst = f.severity().atLeast(worst) ? f.severity() : worst;
                title.append(title.length() == 0 ? "" : "\n").append(f.rule()).append(": ").append(f.message());
            }
            Element mark = parent.appendElement("mark").addClass(worst.key()).attr("title", title.toString());
            VisibleText.append(mark.appendElement("a").attr("href", "#f" + (covering.get(0) + 1)), piece);
        }
    }

    /** The finding's span in block-text offsets, or null if it lies outside this block. */
    private static int[] blockSpan(MappedText text, Finding f) {
        int start = f.location().start();
        int end = f.location().end();
        if (text.isEmpty() || start < text.sourceFrom() || end > text.sourceTo() || end <= start) {
            return null;
        }
        int from = text.indexAtSource(start);
        int to = text.indexAtSource(end - 1) + 1;
        return from < to && to <= text.length() ? new int[] {from, to} : null;
    }

    private static void findingList(Element main, List<Finding> findings) {
        main.appendElement("h2").text(findings.size() + " finding" + (findings.size() == 1 ? "" : "s"));
        Element list = main.appendElement("ol").addClass("findings");
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            Element item = list.appendElement("li").addClass(f.severity().key()).id("f" + (i + 1));
            item.appendElement("span").addClass("sev").text(f.severity().key());
            item.appendElement("span").addClass("rule").text(f.rule());
            item.appendElement("span").addClass("where")
                    .text("line " + f.location().line() + ", column " + f.location().column());
            VisibleText.append(item.appendElement("span").addClass("excerpt"), f.location().excerpt());
            item.appendElement("div").text(f.message());
            f.suggestion().ifPresent(s -> item.appendElement("div").addClass("suggestion").text("Suggestion: " + s));
            if (!f.detail().isEmpty()) {
                StringBuilder detail = new StringBuilder();
                f.detail().forEach((k, v) -> detail.append(detail.length() == 0 ? "" : "\n").append(k).append(": ")
                        .append(v));
                VisibleText.append(item.appendElement("pre").addClass("detail"), detail.toString());
            }
        }
    }
}
