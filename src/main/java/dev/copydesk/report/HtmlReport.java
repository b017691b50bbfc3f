package dev.copydesk.report;

import dev.copydesk.analysis.AnalyzedBlock;
import dev.copydesk.analysis.AnalyzedDocument;
import dev.copydesk.analysis.Claim;
import dev.copydesk.analysis.SourceProfile;
import dev.copydesk.audit.DocumentResult;
import dev.copydesk.finding.Finding;
import dev.copydesk.input.Document;
import dev.copydesk.input.MappedText;
import dev.copydesk.input.Scope;
import dev.copydesk.language.Attribution;
import dev.copydesk.rule.Category;
import dev.copydesk.rule.Example;
import dev.copydesk.rule.Rule;
import dev.copydesk.rule.Severity;
import dev.copydesk.score.CategoryScore;
import dev.copydesk.score.Deduction;
import dev.copydesk.suppress.Suppressed;
import dev.copydesk.text.Readability;
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

        gauges(main, result);
        filters(main, result.findings());
        // What an editor acts on comes first; the figures behind the scores follow.
        Map<Integer, String> highlightOf = article(main, analyzed, result.findings());
        findingList(main, result.findings(), highlightOf);
        auditTrail(main, result);
        claimsChecklist(main, analyzed);
        readability(main, analyzed);
        counts(main, result.findings());
        density(main, result.density());
        metrics(main, analyzed.metrics());
        ruleNotes(main, result.findings(), result.suppressed(), result.accepted(), rules);
        return page.html();
    }

    private static final int SHOWN_DEDUCTIONS = 3;

    /** A ring per score, coloured by band, with the deductions that explain it underneath. */
    private static void gauges(Element main, DocumentResult result) {
        main.appendElement("h2").id("scores").text("Scores");
        Element box = main.appendElement("div").addClass("gauges");
        for (CategoryScore score : result.scoring().all()) {
            String name = score.key();
            int value = score.score();
            Element gauge = box.appendElement("div").addClass("gauge").addClass(value >= 80 ? "good" : value >= 60 ? "fair" : "poor")
                    .id("score-" + name);
            Element svg = gauge.appendElement("svg").attr("viewBox", "0 0 100 100").attr("role", "img")
                    .attr("aria-label", name + " score " + value + " of 100");
            svg.appendElement("circle").addClass("track").attr("cx", "50").attr("cy", "50").attr("r", "40");
            // The ring's length is 2πr; the coloured part is the score's share of it, from the top.
            double circumference = 2 * Math.PI * 40;
            if (value > 0) {
                svg.appendElement("circle").addClass("value").attr("cx", "50").attr("cy", "50").attr("r", "40")
                        .attr("transform", "rotate(-90 50 50)")
                        .attr("stroke-dasharray", String.format(java.util.Locale.ROOT, "%.1f %.1f",
                                circumference * value / 100.0, circumference));
            }
            svg.appendElement("text").attr("x", "50").attr("y", "58").attr("text-anchor", "middle").text(Integer.toString(value));
            gauge.appendElement("div").addClass("name").text(name);
            Element list = gauge.appendElement("ul").addClass("deductions");
            if (score.deductions().isEmpty()) {
                list.appendElement("li").text("no points lost");
            }
            // The three largest deductions show; the rest fold away, so the article stays near the top.
            List<Deduction> all = score.deductions();
            for (int i = 0; i < all.size(); i++) {
                if (i == SHOWN_DEDUCTIONS) {
                    Element more = gauge.appendElement("details");
                    more.appendElement("summary").text((all.size() - i) + " more");
                    list = more.appendElement("ul").addClass("deductions");
                }
                deduction(list.appendElement("li"), all.get(i), "overall".equals(name));
            }
        }
        main.appendElement("p").addClass("meta").text("Each score starts at 100; the points under it are what its "
                + "findings and metrics cost, and they add up to what was lost. Overall weighs tone, clarity and hygiene "
                + "twice, integrity and sourcing once, and loses more when a category falls below 50.");
    }

    /** "−23.2 tone.urgency: 7 warnings (findings 3, 8, …)", each part linking to what it names. */
    private static void deduction(Element item, Deduction d, boolean overall) {
        item.appendElement("b").text(String.format(java.util.Locale.ROOT, "%s%.1f", d.points() < 0 ? "+" : "−",
                Math.abs(d.points())));
        item.appendText(" ");
        // In the overall list a rule id already names its category; a metric needs it said.
        String metric = switch (d.source()) {
            case "attributedClaims" -> "claims with no source";
            case "consensusGrade" -> "reading grade";
            case "repeatedSentences" -> "repeated sentences";
            case "shouting" -> "exclamation marks and capitals";
            default -> d.source();
        };
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

    /**
     * Checkboxes that show or hide highlights and findings by category and severity. They work
     * with CSS alone (each box precedes the sections it filters), so the page needs no script.
     */
    private static void filters(Element main, List<Finding> findings) {
        main.appendElement("div").addClass("filters").text("Show:");
        for (Category c : Category.values()) {
            long n = findings.stream().filter(f -> f.category() == c).count();
            filter(main, c.key(), c.key() + " (" + n + ")", "category:" + c.key(), true, true);
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

    private static void filter(Element main, String key, String label, String data, boolean swatch, boolean shown) {
        main.appendElement("input").attr("type", "checkbox").attr("id", "show-" + key).addClass("filter")
                .attr("checked", shown).attr("data-filter", data);
        Element l = main.appendElement("label").addClass("filter").attr("for", "show-" + key);
        if (swatch) {
            l.appendElement("i").addClass(key);
        }
        l.appendText(label);
    }

    /**
     * What was waved through: findings that comments in the article suppressed, with the reason
     * each comment gives, and findings a baseline file accepted. Shown so nothing disappears
     * without a trace.
     */
    private static void auditTrail(Element main, DocumentResult result) {
        if (!result.suppressed().isEmpty()) {
            main.appendElement("h2").id("suppressed").text(result.suppressed().size() + " suppressed by comments in the article");
            Element list = main.appendElement("ol").addClass("findings").addClass("suppressed");
            for (Suppressed s : result.suppressed()) {
                Finding f = s.finding();
                Element item = list.appendElement("li").addClass("cat-" + f.category().key());
                item.appendElement("span").addClass("sev").text("suppressed " + f.severity().key());
                item.appendElement("a").addClass("rule").attr("href", "#rule-" + f.rule()).text(f.rule());
                item.appendElement("span").addClass("where").text("line " + f.location().line() + ", column "
                        + f.location().column());
                VisibleText.append(item.appendElement("span").addClass("excerpt"), f.location().excerpt());
                VisibleText.append(item.appendElement("div"), f.message());
                VisibleText.append(item.appendElement("div").addClass("reason"), "Reason (" + s.directive().keyword()
                        + ", line " + s.directive().line() + "): " + s.directive().reason());
            }
        }
        if (!result.accepted().isEmpty()) {
            main.appendElement("h2").id("accepted").text(result.accepted().size() + " accepted by the baseline");
            Element list = main.appendElement("ol").addClass("findings").addClass("accepted");
            for (Finding f : result.accepted()) {
                Element item = list.appendElement("li").addClass("cat-" + f.category().key());
                item.appendElement("span").addClass("sev").text("accepted " + f.severity().key());
                item.appendElement("a").addClass("rule").attr("href", "#rule-" + f.rule()).text(f.rule());
                item.appendElement("span").addClass("where").text("line " + f.location().line());
                VisibleText.append(item.appendElement("span").addClass("excerpt"), f.location().excerpt());
                VisibleText.append(item.appendElement("div"), f.message());
            }
        }
    }

    /** What each rule that fired looks for, with an example, so a finding can be understood on the spot. */
    private static void ruleNotes(Element main, List<Finding> findings, List<Suppressed> suppressed,
            List<Finding> accepted, Map<String, Rule> rules) {
        java.util.SortedSet<String> fired = new java.util.TreeSet<>();
        findings.forEach(f -> fired.add(f.rule()));
        suppressed.forEach(f -> fired.add(f.finding().rule()));
        accepted.forEach(f -> fired.add(f.rule()));
        main.appendElement("h2").id("rules").text("Rules in this report");
        Element list = main.appendElement("dl").addClass("rules");
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
                VisibleText.append(ex.appendElement("span").addClass("excerpt"), e.text());
            });
        }
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

    /** "Maren Holt … said", "according to the ONS": a frame's source and cue from the block text. */
    private static String frameWords(AnalyzedDocument analyzed, Attribution frame) {
        String text = analyzed.blocks().get(frame.block()).text();
        String cue = text.substring(frame.cue().start(), frame.cue().end());
        if (frame.source().isEmpty()) {
            return cue;
        }
        var source = frame.source().get();
        String words = text.substring(source.start(), source.end());
        boolean before = source.end() <= frame.cue().start();
        boolean adjacent = before ? text.substring(source.end(), frame.cue().start()).isBlank()
                : text.substring(frame.cue().end(), source.start()).isBlank();
        String gap = adjacent ? " " : " … ";
        return before ? words + gap + cue : cue + gap + words;
    }

    /** The claims again, grouped by whom they rest on: an editor checks a source once for all its claims. */
    private static void claimsBySource(Element main, List<Claim> claims) {
        java.util.Map<String, List<Integer>> bySource = new java.util.LinkedHashMap<>();
        for (int i = 0; i < claims.size(); i++) {
            Claim claim = claims.get(i);
            String key = claim.source().map(s -> s.name() + " (" + kindLabel(s.kind()) + ")")
                    .orElse(claim.vague().map(v -> "Unnamed: " + v).orElse("No source"));
            bySource.computeIfAbsent(key, k -> new ArrayList<>()).add(i + 1);
        }
        main.appendElement("h3").text("Claims by source");
        Element list = main.appendElement("ul").addClass("claims-by-source");
        bySource.forEach((source, numbers) -> {
            Element item = list.appendElement("li");
            VisibleText.append(item.appendElement("span").addClass("source-name"), source);
            item.appendText(": claim" + (numbers.size() == 1 ? " " : "s ") + String.join(", ",
                    numbers.stream().map(String::valueOf).toList()));
        });
    }

    /** Every check-worthy claim in order, with its source or a clear "no source", to verify one by one. */
    private static void claimsChecklist(Element main, AnalyzedDocument analyzed) {
        List<Claim> claims = analyzed.claims();
        long attributed = claims.stream().filter(Claim::attributed).count();
        main.appendElement("h2").id("claims").text("Claims checklist: " + claims.size() + " claims, " + attributed
                + " attributed");
        if (claims.isEmpty()) {
            main.appendElement("p").addClass("meta").text("No check-worthy claims found"
                    + ("en".equals(analyzed.language()) ? "." : " (claims are recognised in English only)."));
            return;
        }
        sourceProfile(main, analyzed.sourceProfile());
        main.appendElement("p").addClass("meta").text("Types: statistic (a number), comparison (more, the most, a record), "
                + "causal (because, led to), prediction (will, could, expected to), group-belief (what experts or "
                + "many people think), event (a named actor did something).");
        main.appendElement("input").attr("type", "checkbox").attr("id", "claims-unsourced").addClass("filter");
        main.appendElement("label").addClass("filter").attr("for", "claims-unsourced").text("Only claims with no source");
        Element list = main.appendElement("ol").addClass("claims");
        for (Claim claim : claims) {
            var location = analyzed.locate(analyzed.blocks().get(claim.block()), claim.span());
            Element item = list.appendElement("li").addClass(claim.attributed() ? "sourced" : "unsourced");
            item.appendElement("span").addClass("where").text("line " + location.line());
            item.appendElement("span").addClass("rule").text(claim.type());
            VisibleText.append(item.appendElement("span").addClass("excerpt"), location.excerpt());
            Element source = item.appendElement("div").addClass("source");
            if (claim.source().isPresent()) {
                VisibleText.append(source, "Source: " + claim.source().get().name() + " (" + kindLabel(claim.source().get().kind()) + ")");
            } else {
                source.addClass("none");
                VisibleText.append(source, "No source" + claim.vague().map(v -> " (leans on unnamed \"" + v + "\")").orElse(""));
            }
            claim.frame().ifPresent(frame -> {
                // The source and cue as the article words them, so the editor sees what the attribution rests on.
                String said = frameWords(analyzed, frame);
                if (!said.isEmpty()) {
                    VisibleText.append(item.appendElement("div").addClass("frame").attr("title",
                            "The attribution the claim rests on, as written"), "As written: " + said);
                }
            });
        }
        claimsBySource(main, claims);
        List<AnalyzedDocument.SourceCount> sources = analyzed.sources();
        if (!sources.isEmpty()) {
            main.appendElement("h3").text("Sources");
            Element table = main.appendElement("table");
            Element head = table.appendElement("tr");
            head.appendElement("th").text("source");
            head.appendElement("th").text("kind");
            head.appendElement("th").text("claims");
            for (AnalyzedDocument.SourceCount s : sources) {
                Element row = table.appendElement("tr");
                VisibleText.append(row.appendElement("td"), s.name());
                row.appendElement("td").text(kindLabel(s.kind()));
                row.appendElement("td").text(Integer.toString(s.mentions()));
            }
        }
    }

    /** The source profile as a row of figures an editor takes in at a glance. */
    private static void sourceProfile(Element main, SourceProfile profile) {
        Element list = main.appendElement("dl").addClass("profile");
        String[][] figures = {
            {"named sources", Integer.toString(profile.namedSources())},
            {"unnamed sources", Integer.toString(profile.anonymousSources())},
            {"documents cited", Integer.toString(profile.documents())},
            {"direct quotes", Integer.toString(profile.directQuotes())},
            {"links", Integer.toString(profile.links())},
            {"claims attributed", Math.round(profile.attributedShare() * 100) + "%"},
        };
        for (String[] figure : figures) {
            Element item = list.appendElement("div");
            item.appendElement("dt").text(figure[0]);
            item.appendElement("dd").text(figure[1]);
        }
        if (!profile.linkDomains().isEmpty()) {
            VisibleText.append(main.appendElement("p").addClass("meta"), "Links go to: "
                    + String.join(", ", profile.linkDomains()));
        }
    }

    private static final String[] FORMULAS = {"FRE", "F-K", "FOG", "SMOG", "CLI", "ARI"};

    /** Formulas side by side with their counts, for the document and each paragraph, and sentence lengths. */
    private static void readability(Element main, AnalyzedDocument analyzed) {
        main.appendElement("h2").id("readability").text("Readability");
        Element table = main.appendElement("table").addClass("readability");
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
        main.appendElement("p").addClass("meta").text("FRE: Flesch Reading Ease (higher is easier); the others are "
                + "school grades. Document-level figures, including Linsear Write, FORCAST, LIX and the consensus "
                + "grade, are listed under Metrics.");
        sentenceChart(main, analyzed);
    }

    private static void readabilityRow(Element table, String label, Readability.Counts c) {
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
            row.appendElement("td").text(String.format(java.util.Locale.ROOT, "%.1f", shown));
        }
    }

    /** One bar per sentence, in reading order, its height the sentence's words; long ones stand out. */
    private static void sentenceChart(Element main, AnalyzedDocument analyzed) {
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

    private static void density(Element main, Map<String, Double> density) {
        nameValueTable(main, "Per 1,000 words", density);
    }

    private static void metrics(Element main, Map<String, Number> metrics) {
        nameValueTable(main, "Metrics", metrics);
        main.select("h2").last().id("metrics");
    }

    /** A headed two-column table of named figures, in the map's order. */
    private static void nameValueTable(Element main, String heading, Map<String, ? extends Number> values) {
        main.appendElement("h2").text(heading);
        Element table = main.appendElement("table");
        values.forEach((name, value) -> {
            Element row = table.appendElement("tr");
            row.appendElement("td").text(name);
            row.appendElement("td").text(value.toString());
        });
    }

    /** @return for each finding (by index) the id of the first highlight that covers it */
    private static Map<Integer, String> article(Element main, AnalyzedDocument analyzed, List<Finding> findings) {
        main.appendElement("h2").id("article").text("Article");
        Element article = main.appendElement("div").addClass("article");
        Map<Integer, String> highlightOf = new java.util.HashMap<>();
        List<List<int[]>> spansByBlock = spansByBlock(analyzed.blocks(), findings);
        for (AnalyzedBlock block : analyzed.blocks()) {
            String scope = block.block().scope().label();
            Element p = article.appendElement("div").addClass("block").addClass(scope).attr("title", scope);
            if (block.block().scope() != Scope.PARAGRAPH) {
                p.appendElement("span").addClass("scope").text(scope);
            }
            highlight(p, block.block().text(), spansByBlock.get(block.index()), findings, highlightOf);
        }
        return highlightOf;
    }

    /** For each block, the findings inside it as {blockStart, blockEnd, findingIndex}, by start. */
    private static List<List<int[]>> spansByBlock(List<AnalyzedBlock> blocks, List<Finding> findings) {
        List<List<int[]>> byBlock = new ArrayList<>();
        int[] froms = new int[blocks.size()];
        for (int b = 0; b < blocks.size(); b++) {
            byBlock.add(new ArrayList<>());
            froms[b] = blocks.get(b).block().text().sourceFrom();
        }
        for (int i = 0; i < findings.size(); i++) {
            int at = java.util.Arrays.binarySearch(froms, findings.get(i).location().start());
            int b = at >= 0 ? at : -at - 2;
            // Blocks can share a start offset (empty source mapping); try the neighbours too.
            for (int k = Math.max(0, b - 1); k <= Math.min(blocks.size() - 1, b + 1); k++) {
                int[] span = blockSpan(blocks.get(k).block().text(), findings.get(i));
                if (span != null) {
                    byBlock.get(k).add(new int[] {span[0], span[1], i});
                    break;
                }
            }
        }
        byBlock.forEach(list -> list.sort(java.util.Comparator.comparingInt((int[] s) -> s[0])));
        return byBlock;
    }

    /** Renders a block, wrapping every stretch covered by findings in a mark; one sweep over the spans. */
    private static void highlight(Element parent, MappedText text, List<int[]> spans, List<Finding> findings,
            Map<Integer, String> highlightOf) {
        TreeSet<Integer> cuts = new TreeSet<>(List.of(0, text.length()));
        for (int[] s : spans) {
            cuts.add(s[0]);
            cuts.add(s[1]);
        }
        java.util.TreeMap<Integer, int[]> active = new java.util.TreeMap<>();
        int next = 0;
        Integer from = cuts.first();
        for (Integer to = cuts.higher(from); to != null; from = to, to = cuts.higher(to)) {
            while (next < spans.size() && spans.get(next)[0] <= from) {
                active.put(spans.get(next)[2], spans.get(next));
                next++;
            }
            final int segmentStart = from;
            active.values().removeIf(s -> s[1] <= segmentStart);
            String piece = text.text().substring(from, to);
            if (active.isEmpty()) {
                VisibleText.append(parent, piece);
                continue;
            }
            // The highlight takes the colour, severity and link of its most severe finding (the first
            // of those, by position): "dramatic escalation" is a tone warning even where a hard
            // sentence (clarity, info) also covers it, and filters then act on what a reader sees.
            Severity worst = Severity.INFO;
            int target = active.firstKey();
            StringBuilder title = new StringBuilder();
            for (int index : active.keySet()) {
                Finding f = findings.get(index);
                if (f.severity().ordinal() < worst.ordinal()) {
                    worst = f.severity();
                    target = index;
                }
                title.append(title.length() == 0 ? "" : "\n").append(f.rule()).append(": ").append(f.message());
                f.suggestion().ifPresent(suggestion -> title.append(" Suggestion: ").append(suggestion));
            }
            String id = "h" + (highlightOf.size() + 1);
            Element mark = parent.appendElement("mark").addClass(worst.key())
                    .addClass("cat-" + findings.get(target).category().key()).attr("title", VisibleText.escaped(title.toString()));
            for (int index : active.keySet()) {
                if (highlightOf.putIfAbsent(index, id) == null && mark.id().isEmpty()) {
                    mark.id(id);
                }
            }
            Element link = mark.appendElement("a").attr("href", "#f" + (target + 1));
            if (worst == Severity.INFO) {
                // Hints start hidden and can cover most of a text: out of the tab order, still clickable.
                link.attr("tabindex", "-1");
            }
            VisibleText.append(link, piece);
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

    private static void findingList(Element main, List<Finding> findings, Map<Integer, String> highlightOf) {
        main.appendElement("h2").id("findings").text(findings.size() + " finding" + (findings.size() == 1 ? "" : "s"));
        long info = findings.stream().filter(f -> f.severity() == Severity.INFO).count();
        if (info > 0) {
            main.appendElement("p").addClass("meta").addClass("info-note").text(info + " of them are info hints, hidden until "
                    + "you tick \"info\" under Show.");
        }
        Element list = main.appendElement("ol").addClass("findings");
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            Element item = list.appendElement("li").addClass(f.severity().key()).addClass("cat-" + f.category().key())
                    .id("f" + (i + 1));
            item.appendElement("span").addClass("sev").text(f.severity().key());
            item.appendElement("a").addClass("rule").attr("href", "#rule-" + f.rule()).text(f.rule());
            item.appendElement("span").addClass("where")
                    .text("line " + f.location().line() + ", column " + f.location().column());
            String highlight = highlightOf.get(i);
            if (highlight != null) {
                item.appendElement("a").addClass("back").attr("href", "#" + highlight).text("in the article ↑");
            }
            VisibleText.append(item.appendElement("span").addClass("excerpt"), f.location().excerpt());
            VisibleText.append(item.appendElement("div"), f.message());
            f.suggestion().ifPresent(s -> VisibleText.append(item.appendElement("div").addClass("suggestion"),
                    "Suggestion: " + s));
            if (!f.detail().isEmpty()) {
                StringBuilder detail = new StringBuilder();
                f.detail().forEach((k, v) -> detail.append(detail.length() == 0 ? "" : "\n").append(k).append(": ")
                        .append(v));
                VisibleText.append(item.appendElement("pre").addClass("detail"), detail.toString());
            }
        }
    }

    /** A source kind as an editor reads it: "named person", not the JSON key "named-person". */
    private static String kindLabel(String kind) {
        return kind.replace('-', ' ');
    }
}
