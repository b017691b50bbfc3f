package dev.copydesk.report;

import dev.copydesk.audit.AuditRun;
import dev.copydesk.audit.DocumentResult;
import dev.copydesk.rule.Severity;
import java.util.Map;
import org.jsoup.nodes.Element;

/** The batch's {@code index.html}: one row per document, linking its report. */
public final class IndexPage {
    private IndexPage() {
    }

    public static String render(AuditRun run, Map<String, String> reportNames, String version) {
        HtmlPage page = HtmlPage.create("Copydesk audit: " + run.documents().size() + " documents", "en");
        Element main = page.main();
        main.appendElement("h1").text("Copydesk audit");
        Map<Severity, Integer> counts = run.findingsBySeverity();
        main.appendElement("p").addClass("meta").text(run.documents().size() + " documents, " + run.failed()
                + " failed; " + counts.get(Severity.ERROR) + " errors, " + counts.get(Severity.WARNING)
                + " warnings, " + counts.get(Severity.INFO) + " info; Copydesk " + version);
        Element table = main.appendElement("table");
        Element head = table.appendElement("tr");
        for (String h : new String[] {"document", "overall", "errors", "warnings", "info"}) {
            head.appendElement("th").text(h);
        }
        for (DocumentResult doc : run.documents()) {
            Element row = table.appendElement("tr");
            if (!doc.audited()) {
                VisibleText.append(row.appendElement("td"), doc.path());
                VisibleText.append(row.appendElement("td").attr("colspan", "4").addClass("failed"),
                        "failed: " + doc.error().orElse(""));
                continue;
            }
            VisibleText.append(row.appendElement("td").appendElement("a").attr("href", reportNames.get(doc.path())),
                    doc.path());
            row.appendElement("td").text(String.valueOf(doc.scores().get("overall")));
            for (Severity s : Severity.values()) {
                row.appendElement("td").text(Long.toString(doc.findings().stream().filter(f -> f.severity() == s).count()));
            }
        }
        return page.html();
    }
}
