package dev.copydesk.report.html;

import dev.copydesk.text.Decimals;
import dev.copydesk.audit.DocumentResult;
import dev.copydesk.score.CategoryScore;
import dev.copydesk.score.Deduction;
import java.util.List;
import org.jsoup.nodes.Element;

/** The report's scores: a gauge per score, and the deductions under it in plain words. */
final class ScoreSection {
    private ScoreSection() {
    }

    static final int SHOWN_DEDUCTIONS = 3;

    /** A ring per score, coloured by band, with the deductions that explain it underneath. */
    static void gauges(Element main, DocumentResult result) {
        main.appendElement("h2").id("scores").text("Scores");
        Element box = main.appendElement("div").attr("class", "gauges");
        for (CategoryScore score : result.scoring().all()) {
            String name = score.key();
            int value = score.score();
            Element gauge = box.appendElement("div").attr("class", "gauge " + (value >= 80 ? "good" : value >= 60 ? "fair" : "poor"))
                    .id("score-" + name);
            Element svg = gauge.appendElement("svg").attr("viewBox", "0 0 100 100").attr("role", "img")
                    .attr("aria-label", name + " score " + value + " of 100");
            svg.appendElement("circle").attr("class", "track").attr("cx", "50").attr("cy", "50").attr("r", "40");
            // The ring's length is 2πr; the coloured part is the score's share of it, from the top.
            double circumference = 2 * Math.PI * 40;
            if (value > 0) {
                svg.appendElement("circle").attr("class", "value").attr("cx", "50").attr("cy", "50").attr("r", "40")
                        .attr("transform", "rotate(-90 50 50)")
                        .attr("stroke-dasharray", Decimals.oneDecimal(circumference * value / 100.0) + " "
                                + Decimals.oneDecimal(circumference));
            }
            svg.appendElement("text").attr("x", "50").attr("y", "58").attr("text-anchor", "middle").text(Integer.toString(value));
            gauge.appendElement("div").attr("class", "name").text(name);
            Element list = gauge.appendElement("ul").attr("class", "deductions");
            if (score.deductions().isEmpty()) {
                list.appendElement("li").text("no points lost");
            }
            // The three largest deductions show; the rest fold away, so the article stays near the top.
            List<Deduction> all = score.deductions();
            for (int i = 0; i < all.size(); i++) {
                if (i == SHOWN_DEDUCTIONS) {
                    Element more = gauge.appendElement("details");
                    more.appendElement("summary").text((all.size() - i) + " more");
                    list = more.appendElement("ul").attr("class", "deductions");
                }
                deduction(list.appendElement("li"), all.get(i), "overall".equals(name));
            }
        }
        main.appendElement("p").attr("class", "meta").text("Each score starts at 100; the points under it are what its "
                + "findings and metrics cost, and they add up to what was lost. Overall weighs tone, clarity and hygiene "
                + "twice, integrity and sourcing once, and loses more when a category falls below 50.");
    }

    /** A deduction's metric in words: "claims with no source" for attributedClaims. */
    static String metricWords(String source) {
        return switch (source) {
            case "attributedClaims" -> "claims with no source";
            case "consensusGrade" -> "reading grade";
            case "repeatedSentences" -> "repeated sentences";
            case "shouting" -> "exclamation marks and capitals";
            default -> source;
        };
    }

    /** "−23.2 tone.urgency: 7 warnings (findings 3, 8, …)", each part linking to what it names. */
    static void deduction(Element item, Deduction d, boolean overall) {
        item.appendElement("b").text((d.points() < 0 ? "+" : "−") + Decimals.oneDecimal(Math.abs(d.points())));
        item.appendText(" ");
        // In the overall list a rule id already names its category; a metric needs it said.
        String metric = metricWords(d.source());
        String label = overall && !d.source().contains(".") && !d.category().equals("overall")
                ? d.category() + ": " + metric : metric;
        if (d.source().contains(".")) {
            item.appendElement("a").attr("href", "#rule-" + d.source()).text(label);
        } else {
            String anchor = switch (d.source()) {
                case "attributedClaims" -> "#claims";
                case "consensusGrade" -> "#readability";
                case Deduction.FLOOR -> "#score-" + (overall ? "overall" : d.category());
                default -> "#metrics";
            };
            item.appendElement("a").attr("href", anchor).text(label);
        }
        item.appendText(": " + d.reason());
        if (!d.findings().isEmpty()) {
            item.appendText(" (");
            int shown = Math.min(d.findings().size(), 8);
            for (int i = 0; i < shown; i++) {
                int n = d.findings().get(i) + 1;
                item.appendElement("a").attr("href", "#f" + n).text("#" + n);
                item.appendText(i + 1 < shown ? ", " : "");
            }
            item.appendText(d.findings().size() > shown ? ", +" + (d.findings().size() - shown) + " more)" : ")");
        }
    }
}
