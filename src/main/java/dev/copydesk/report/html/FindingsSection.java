package dev.copydesk.report.html;

import dev.copydesk.audit.DocumentResult;
import dev.copydesk.finding.Finding;
import dev.copydesk.rule.Category;
import dev.copydesk.rule.Example;
import dev.copydesk.rule.Rule;
import dev.copydesk.rule.Severity;
import dev.copydesk.suppress.Suppressed;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * The report's findings: the filters, the list with each reason and fix, the counts, the audit
 * trail and the notes on each rule that fired.
 */
final class FindingsSection {
    private FindingsSection() {
    }

    /**
     * Checkboxes that show or hide highlights and findings by category and severity. They work
     * with CSS alone (each box precedes the sections it filters), so the page needs no script.
     */
    static void filters(Element main, List<Finding> findings) {
        main.appendElement("div").attr("class", "filters").text("Show:");
        for (Category c : Category.values()) {
            long n = findings.stream().filter(f -> f.category() == c).count();
            // No swatch: colour means severity everywhere in the report; a category is a word.
            filter(main, c.key(), c.key() + " (" + n + ")", "category:" + c.key(), false, true);
        }
        // Severities on a line of their own, so no checkbox wraps away from its label.
        main.appendElement("br");
        for (Severity s : Severity.values()) {
            long n = findings.stream().filter(f -> f.severity() == s).count();
            // Info findings (long sentences, claims to check) can cover most of a text: they start
            // hidden so the errors and warnings stand out, one click away.
            filter(main, s.key(), s.key() + " (" + n + ")", "severity:" + s.key(), false, s != Severity.INFO);
        }
    }

    static void filter(Element main, String key, String label, String data, boolean swatch, boolean shown) {
        main.appendElement("input").attr("type", "checkbox").attr("id", "show-" + key).addClass("filter")
                .attr("checked", shown).attr("data-filter", data);
        Element l = main.appendElement("label").attr("class", "filter").attr("for", "show-" + key);
        if (swatch) {
            l.appendElement("i").attr("class", key);
        }
        l.appendText(label);
    }

    /**
     * What was waved through: findings that comments in the article suppressed, with the reason
     * each comment gives, and findings a baseline file accepted. Shown so nothing disappears
     * without a trace.
     */
    static void auditTrail(Element main, DocumentResult result) {
        if (!result.suppressed().isEmpty()) {
            main.appendElement("h2").id("suppressed").text(result.suppressed().size() + " suppressed by comments in the article");
            Element list = main.appendElement("ol").attr("class", "findings suppressed");
            for (Suppressed s : result.suppressed()) {
                Finding f = s.finding();
                Element item = list.appendElement("li").attr("class", "cat-" + f.category().key());
                item.appendElement("span").attr("class", "sev").text("suppressed " + f.severity().key());
                item.appendElement("a").attr("class", "rule").attr("href", "#rule-" + f.rule()).text(f.rule());
                item.appendElement("span").attr("class", "where").text("line " + f.location().line() + ", column "
                        + f.location().column());
                VisibleText.append(item.appendElement("span").attr("class", "excerpt"), DeskView.excerpt(result, f.location()));
                VisibleText.append(item.appendElement("div"), f.message());
                VisibleText.append(item.appendElement("div").attr("class", "reason"), "Reason (" + s.directive().keyword()
                        + ", line " + s.directive().line() + "): " + s.directive().reason());
            }
        }
        if (!result.accepted().isEmpty()) {
            main.appendElement("h2").id("accepted").text(result.accepted().size() + " accepted by the baseline");
            Element list = main.appendElement("ol").attr("class", "findings accepted");
            for (Finding f : result.accepted()) {
                Element item = list.appendElement("li").attr("class", "cat-" + f.category().key());
                item.appendElement("span").attr("class", "sev").text("accepted " + f.severity().key());
                item.appendElement("a").attr("class", "rule").attr("href", "#rule-" + f.rule()).text(f.rule());
                item.appendElement("span").attr("class", "where").text("line " + f.location().line());
                VisibleText.append(item.appendElement("span").attr("class", "excerpt"), DeskView.excerpt(result, f.location()));
                VisibleText.append(item.appendElement("div"), f.message());
            }
        }
    }

    /** What each rule that fired looks for, with an example, so a finding can be understood on the spot. */
    static void ruleNotes(Element main, List<Finding> findings, List<Suppressed> suppressed,
            List<Finding> accepted, Map<String, Rule> rules) {
        java.util.SortedSet<String> fired = new java.util.TreeSet<>();
        findings.forEach(f -> fired.add(f.rule()));
        suppressed.forEach(f -> fired.add(f.finding().rule()));
        accepted.forEach(f -> fired.add(f.rule()));
        main.appendElement("h2").id("rules").text("Rules in this report");
        Element list = main.appendElement("dl").attr("class", "rules");
        for (String id : fired) {
            list.appendElement("dt").id("rule-" + id).text(id);
            Rule rule = rules.get(id);
            Element dd = list.appendElement("dd");
            if (rule == null) {
                dd.text("A rule from a user rule pack.");
                continue;
            }
            dd.appendText(rule.category().key() + ", " + rule.severity().key() + ". "
                    + rule.description().orElse(rule.message()));
            rule.examples().stream().filter(Example::mustFlag).findFirst().ifPresent(e -> {
                Element ex = list.appendElement("dd");
                ex.appendText("Flags, for example: ");
                VisibleText.append(ex.appendElement("span").attr("class", "excerpt"), e.text());
            });
        }
    }

    static void counts(Element main, List<Finding> findings) {
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

    static void findingList(Element main, DocumentResult result, Map<Integer, String> highlightOf) {
        List<Finding> findings = result.findings();
        main.appendElement("h2").id("findings").text(findings.size() + " finding" + (findings.size() == 1 ? "" : "s"));
        long info = findings.stream().filter(f -> f.severity() == Severity.INFO).count();
        if (info > 0) {
            main.appendElement("p").attr("class", "meta info-note").text(info + " of them are info hints, hidden until "
                    + "you tick \"info\" under Show.");
        }
        Element list = main.appendElement("ol").attr("class", "findings");
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            Element item = list.appendElement("li").attr("class", f.severity().key() + " cat-" + f.category().key())
                    .id("f" + (i + 1));
            item.appendElement("span").attr("class", "sev").text(f.severity().key());
            item.appendElement("a").attr("class", "rule").attr("href", "#rule-" + f.rule()).text(f.rule());
            item.appendElement("span").attr("class", "where")
                    .text("line " + f.location().line() + ", column " + f.location().column());
            String highlight = highlightOf.get(i);
            if (highlight != null) {
                item.appendElement("a").attr("class", "back").attr("href", "#" + highlight).text("in the article ↑");
            }
            VisibleText.append(item.appendElement("span").attr("class", "excerpt"), DeskView.excerpt(result, f.location()));
            VisibleText.append(item.appendElement("div"), f.message());
            f.suggestion().ifPresent(s -> VisibleText.append(item.appendElement("div").attr("class", "suggestion"),
                    "Suggestion: " + s));
            if (!f.detail().isEmpty()) {
                StringBuilder detail = new StringBuilder();
                f.detail().forEach((k, v) -> detail.append(detail.length() == 0 ? "" : "\n").append(k).append(": ")
                        .append(v));
                VisibleText.append(item.appendElement("pre").attr("class", "detail"), detail.toString());
            }
        }
    }
}
