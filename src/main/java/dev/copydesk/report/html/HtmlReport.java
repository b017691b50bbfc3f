package dev.copydesk.report.html;

import dev.copydesk.report.html.HtmlPage;
import dev.copydesk.report.html.FindingsSection;
import dev.copydesk.report.html.ClaimsSection;
import dev.copydesk.report.html.ArticleSection;
import dev.copydesk.analysis.AnalyzedDocument;
import dev.copydesk.audit.DocumentResult;
import dev.copydesk.input.Document;
import dev.copydesk.rule.Rule;
import dev.copydesk.rule.Severity;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * The self-contained HTML report of one article, laid out as the web editor is: the verdict,
 * then the article with every finding highlighted by severity (each highlight names its rules
 * and links to the finding) beside "Fix these first" ({@link DeskView}); then every finding with
 * its suggestion and details, the scores, claims, readability and the rules that fired.
 */
public final class HtmlReport {
    private HtmlReport() {
    }

    private static void legend(Element parent) {
        Element legend = parent.appendElement("p").attr("class", "legend");
        legend.appendElement("span").attr("class", "key sev-error").text("■ error: fix before publishing");
        legend.appendElement("span").attr("class", "key sev-warning").text("▲ warning: an editor should look");
        legend.appendElement("span").attr("class", "key sev-info").text("● info: a hint (tick \"info\" above to mark them)");
    }

    /** Beside the article: what to fix first, the hints, and the claims, readability and scores in short. */
    private static void side(Element side, DocumentResult result, Map<String, Rule> rules) {
        side.appendElement("h2").id("fixes").text("Fix these first");
        side.appendChild(DeskView.fixes(result, rules, Severity.WARNING));
        long hints = result.findings().stream().filter(f -> f.severity() == Severity.INFO).count();
        Element hintBox = side.appendElement("details");
        hintBox.appendElement("summary").text("Hints (" + hints + ")");
        hintBox.appendChild(DeskView.hints(result, rules));
        Element claims = side.appendElement("details").attr("open", true);
        claims.appendElement("summary").text("Claims and their sources");
        claims.appendChild(DeskView.claims(result));
        Element readability = side.appendElement("details");
        readability.appendElement("summary").text("Readability");
        readability.appendChild(DeskView.readability(result));
        Element scores = side.appendElement("details");
        scores.appendElement("summary").text("Scores: where the points went");
        scores.appendChild(DeskView.scores(result));
    }

    public static String render(DocumentResult result, String version) {
        return render(result, version, Map.of());
    }

    /**
     * @param rules the catalog's rules by id, for the explanation of each rule that fired; may be
     *              empty, and then the report names rules without explaining them
     */
    public static String render(DocumentResult result, String version, Map<String, Rule> rules) {
        return page(result, version, rules).html();
    }

    /** {@link #render(DocumentResult, String, Map)} as the UTF-8 bytes of the file. */
    static byte[] renderUtf8(DocumentResult result, String version, Map<String, Rule> rules) {
        return page(result, version, rules).utf8();
    }

    private static HtmlPage page(DocumentResult result, String version, Map<String, Rule> rules) {
        AnalyzedDocument analyzed = result.analysis().orElseThrow();
        Document doc = analyzed.document();
        String title = doc.title().orElse(doc.path());
        HtmlPage page = HtmlPage.create("Copydesk audit: " + VisibleText.escaped(title), analyzed.language());
        Element main = page.main();
        main.appendElement("a").attr("class", "skip").attr("href", "#article").text("Skip to the article");
        VisibleText.append(main.appendElement("h1"), title);
        Element meta = main.appendElement("p").attr("class", "meta");
        VisibleText.append(meta.appendElement("span"), doc.path());
        doc.author().ifPresent(a -> VisibleText.append(meta.appendElement("span"), "by " + a));
        doc.published().ifPresent(p -> meta.appendElement("span").text("published " + p));
        // As text, not a link: the address comes from the article, and a report makes no requests.
        doc.url().ifPresent(u -> VisibleText.append(meta.appendElement("span"), u));
        meta.appendElement("span").text("language " + analyzed.language());
        meta.appendElement("span").text(doc.decoding().charset());
        meta.appendElement("span").text("Copydesk " + version);
        Element toc = main.appendElement("nav").attr("class", "toc").attr("aria-label", "Sections");
        for (String[] link : new String[][] {{"#article", "Article"}, {"#fixes", "Fix these first"}, {"#findings", "Findings"},
            {"#scores", "Scores"}, {"#claims", "Claims"}, {"#readability", "Readability"}, {"#rules", "Rules"}}) {
            toc.appendElement("a").attr("href", link[0]).text(link[1]);
        }
        // The desk first, as the web editor shows it: the verdict, then the article beside what to fix.
        main.appendChild(DeskView.verdict(result));
        FindingsSection.filters(main, result.findings());
        Element desk = main.appendElement("div").attr("class", "desk");
        Element text = desk.appendElement("section").attr("class", "text-pane");
        Map<Integer, String> highlightOf = ArticleSection.article(text, analyzed, result.findings());
        legend(text);
        side(desk.appendElement("aside").attr("class", "side").attr("aria-label", "What to fix"), result, rules);

        FindingsSection.findingList(main, result, highlightOf);
        FindingsSection.auditTrail(main, result);
        ScoreSection.gauges(main, result);
        ClaimsSection.claimsChecklist(main, analyzed);
        ReadabilitySection.readability(main, analyzed);
        FindingsSection.counts(main, result.findings());
        ReadabilitySection.density(main, result.density());
        ReadabilitySection.metrics(main, analyzed.metrics());
        FindingsSection.ruleNotes(main, result.findings(), result.suppressed(), result.accepted(), rules);
        return page;
    }
}
