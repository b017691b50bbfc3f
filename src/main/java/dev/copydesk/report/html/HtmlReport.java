package dev.copydesk.report.html;

import dev.copydesk.report.html.HtmlPage;
import dev.copydesk.report.html.FindingsSection;
import dev.copydesk.report.html.ClaimsSection;
import dev.copydesk.report.html.ArticleSection;
import dev.copydesk.analysis.AnalyzedDocument;
import dev.copydesk.audit.DocumentResult;
import dev.copydesk.input.Document;
import dev.copydesk.rule.Rule;
import java.util.Map;
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
        return render(result, version, Map.of());
    }

    /**
     * @param rules the catalog's rules by id, for the explanation of each rule that fired; may be
     *              empty, and then the report names rules without explaining them
     */
    public static String render(DocumentResult result, String version, Map<String, Rule> rules) {
        AnalyzedDocument analyzed = result.analysis().orElseThrow();
        Document doc = analyzed.document();
        String title = doc.title().orElse(doc.path());
        HtmlPage page = HtmlPage.create("Copydesk audit: " + VisibleText.escaped(title), analyzed.language());
        Element main = page.main();
        main.appendElement("a").addClass("skip").attr("href", "#article").text("Skip to the article");
        VisibleText.append(main.appendElement("h1"), title);
        Element meta = main.appendElement("p").addClass("meta");
        VisibleText.append(meta.appendElement("span"), doc.path());
        doc.author().ifPresent(a -> VisibleText.append(meta.appendElement("span"), "by " + a));
        doc.published().ifPresent(p -> meta.appendElement("span").text("published " + p));
        // As text, not a link: the address comes from the article, and a report makes no requests.
        doc.url().ifPresent(u -> VisibleText.append(meta.appendElement("span"), u));
        meta.appendElement("span").text("language " + analyzed.language());
        meta.appendElement("span").text(doc.decoding().charset());
        meta.appendElement("span").text("Copydesk " + version);
        Element toc = main.appendElement("nav").addClass("toc").attr("aria-label", "Sections");
        for (String[] link : new String[][] {{"#article", "Article"}, {"#findings", "Findings"}, {"#claims", "Claims"},
            {"#readability", "Readability"}, {"#rules", "Rules"}}) {
            toc.appendElement("a").attr("href", link[0]).text(link[1]);
        }

        ScoreSection.gauges(main, result);
        FindingsSection.filters(main, result.findings());
        // What an editor acts on comes first; the figures behind the scores follow.
        Map<Integer, String> highlightOf = ArticleSection.article(main, analyzed, result.findings());
        FindingsSection.findingList(main, result.findings(), highlightOf);
        FindingsSection.auditTrail(main, result);
        ClaimsSection.claimsChecklist(main, analyzed);
        ReadabilitySection.readability(main, analyzed);
        FindingsSection.counts(main, result.findings());
        ReadabilitySection.density(main, result.density());
        ReadabilitySection.metrics(main, analyzed.metrics());
        FindingsSection.ruleNotes(main, result.findings(), result.suppressed(), result.accepted(), rules);
        return page.html();
    }
}
