package dev.copydesk.report.html;

import dev.copydesk.text.Decimals;
import dev.copydesk.analysis.AnalyzedBlock;
import dev.copydesk.analysis.AnalyzedDocument;
import dev.copydesk.input.Scope;
import dev.copydesk.text.Readability;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * The report's readability: the formulas, the sentence-length chart, and the density and metric
 * tables.
 */
final class ReadabilitySection {
    private ReadabilitySection() {
    }

    static final String[] FORMULAS = {"FRE", "F-K", "FOG", "SMOG", "CLI", "ARI"};

    /** Formulas side by side with their counts, for the document and each paragraph, and sentence lengths. */
    static void readability(Element main, AnalyzedDocument analyzed) {
        main.appendElement("h2").id("readability").text("Readability");
        Element table = main.appendElement("table").attr("class", "readability");
        Element head = table.appendElement("tr");
        for (String h : new String[] {"text", "words", "sentences", "syllables"}) {
            head.appendElement("th").text(h);
        }
        for (String f : FORMULAS) {
            head.appendElement("th").text(f);
        }
        Readability.Counts total = Readability.Counts.none();
        for (AnalyzedBlock block : analyzed.blocks()) {
            total = total.plus(block.readability());
        }
        readabilityRow(table, "whole article", total);
        int n = 0;
        for (AnalyzedBlock block : analyzed.blocks()) {
            n++;
            if (!block.readability().empty() && block.block().scope() != Scope.HEADLINE) {
                int line = analyzed.locate(block, 0, 1).line();
                readabilityRow(table, "block " + n + ", line " + line, block.readability());
            }
        }
        main.appendElement("p").attr("class", "meta").text("FRE: Flesch Reading Ease (higher is easier); the others are "
                + "school grades. Document-level figures, including Linsear Write, FORCAST, LIX and the consensus "
                + "grade, are listed under Metrics.");
        sentenceChart(main, analyzed);
    }

    static void readabilityRow(Element table, String label, Readability.Counts c) {
        Element row = table.appendElement("tr");
        row.appendElement("td").text(label);
        row.appendElement("td").text(Integer.toString(c.words()));
        row.appendElement("td").text(Integer.toString(c.sentences()));
        row.appendElement("td").text(Integer.toString(c.syllables()));
        for (double v : new double[] {Readability.fleschReadingEase(c), Readability.fleschKincaidGrade(c),
            Readability.gunningFog(c), Readability.smog(c), Readability.colemanLiau(c),
            Readability.automatedReadabilityIndex(c)}) {
            // As in the metrics: a grade below zero is shown as 0 (FRE, first, is not a grade).
            double shown = row.childrenSize() == 4 || !Double.isFinite(v) ? v : Math.max(0, v);
            row.appendElement("td").text(Decimals.oneDecimal(shown));
        }
    }

    /** One bar per sentence, in reading order, its height the sentence's words; long ones stand out. */
    static void sentenceChart(Element main, AnalyzedDocument analyzed) {
        List<Integer> lengths = new ArrayList<>();
        for (AnalyzedBlock block : analyzed.blocks()) {
            for (int w : block.sentenceWords()) {
                lengths.add(w);
            }
        }
        if (lengths.isEmpty()) {
            return;
        }
        int longest = lengths.stream().mapToInt(Integer::intValue).max().orElse(0);
        int max = Math.max(40, longest);
        int barWidth = Math.max(2, Math.min(12, 900 / lengths.size()));
        int height = 120;
        main.appendElement("h3").text("Sentence lengths (words)");
        Element svg = main.appendElement("svg").attr("xmlns", "http://www.w3.org/2000/svg")
                .attr("width", Integer.toString(barWidth * lengths.size() + 40)).attr("height", Integer.toString(height + 20))
                .attr("role", "img").attr("aria-label", lengths.size() + " sentences; longest " + longest + " words")
                .addClass("chart");
        for (int i = 0; i < lengths.size(); i++) {
            int w = lengths.get(i);
            int h = Math.max(1, w * height / max);
            svg.appendElement("rect").attr("x", Integer.toString(30 + i * barWidth))
                    .attr("y", Integer.toString(height - h)).attr("width", Integer.toString(Math.max(1, barWidth - 1)))
                    .attr("height", Integer.toString(h)).addClass(w > 30 ? "long" : w > 20 ? "medium" : "short")
                    .appendElement("title").text("sentence " + (i + 1) + ": " + w + " words");
        }
        int y25 = height - 25 * height / max;
        svg.appendElement("line").attr("x1", "30").attr("x2", Integer.toString(30 + barWidth * lengths.size()))
                .attr("y1", Integer.toString(y25)).attr("y2", Integer.toString(y25)).addClass("guide");
        svg.appendElement("text").attr("x", "0").attr("y", Integer.toString(y25 + 4)).addClass("axis").text("25");
    }

    static void density(Element main, Map<String, Double> density) {
        nameValueTable(main, "Per 1,000 words", density);
    }

    static void metrics(Element main, Map<String, Number> metrics) {
        // The heading just made, not a search of the whole report for it.
        nameValueTable(main, "Metrics", metrics).id("metrics");
    }

    /** A headed two-column table of named figures, in the map's order; returns the heading. */
    static Element nameValueTable(Element main, String heading, Map<String, ? extends Number> values) {
        Element h2 = main.appendElement("h2").text(heading);
        Element table = main.appendElement("table");
        values.forEach((name, value) -> {
            Element row = table.appendElement("tr");
            row.appendElement("td").text(name);
            row.appendElement("td").text(value.toString());
        });
        return h2;
    }
}
