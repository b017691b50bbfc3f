package dev.copydesk.report.html;

import dev.copydesk.text.Decimals;
import dev.copydesk.text.Words;
import dev.copydesk.analysis.AnalyzedDocument;
import dev.copydesk.analysis.Claim;
import dev.copydesk.audit.DocumentResult;
import dev.copydesk.finding.Finding;
import dev.copydesk.finding.Location;
import dev.copydesk.input.InputFormat;
import dev.copydesk.rule.Rule;
import dev.copydesk.rule.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * The editor's desk, as the static report and the web editor both show it: one source for the
 * verdict line, the "Fix these first" cards (one per rule, errors before warnings), the claims
 * with their sources, the readability figures and the scores in plain words. The report puts
 * these beside the article; the server sends them to the web editor as HTML made here. Article
 * text only ever goes in as text, which Jsoup escapes. Places link to a finding ({@code #fN}) and
 * carry its offsets ({@code data-start}, {@code data-end}) for the editor to select.
 */
public final class DeskView {
    /** The stylesheet both pages share: severity colours, cards, verdict, lists. */
    public static final String STYLESHEET = HtmlPage.load("desk.css");

    static final Map<Severity, String> SHAPE = Map.of(Severity.ERROR, "■", Severity.WARNING, "▲", Severity.INFO, "●");
    private static final int PLACES = 8;
    private static final int PLACE_LENGTH = 48;
    private static final Pattern FIRST_SENTENCE = Pattern.compile("^(.+?[.!?])(?=\\s+[A-Z(\"]|$)", Pattern.DOTALL);

    private DeskView() {
    }

    /** The five parts, as HTML, for the web editor. */
    public static Map<String, String> fragments(DocumentResult result, Map<String, Rule> rules) {
        Map<String, String> html = new LinkedHashMap<>();
        html.put("verdict", verdict(result).outerHtml());
        html.put("fixes", fixes(result, rules, Severity.WARNING).outerHtml());
        html.put("claims", claims(result).outerHtml());
        html.put("readability", readability(result).outerHtml());
        html.put("scores", scores(result).outerHtml());
        return html;
    }

    private static Element element(String tag) {
        return new Document("").createElement(tag);
    }

    /** "Score 34/100 · 0 errors · 32 warnings · 25 of 30 claims without a source (1 statistic) · 70 hints". */
    static Element verdict(DocumentResult result) {
        Element p = element("p").addClass("verdict");
        int errors = count(result.findings(), Severity.ERROR);
        int warnings = count(result.findings(), Severity.WARNING);
        int hints = count(result.findings(), Severity.INFO);
        List<Claim> claims = result.analysis().orElseThrow().claims();
        long unsourced = claims.stream().filter(c -> !c.attributed()).count();
        long statistics = claims.stream().filter(c -> !c.attributed() && c.type().equals("statistic")).count();
        List<String> parts = new ArrayList<>();
        parts.add("Score " + result.scores().getOrDefault("overall", 0) + "/100");
        parts.add(plural(errors, "error"));
        parts.add(plural(warnings, "warning"));
        parts.add(unsourced + " of " + claims.size() + " claims without a source"
                + (statistics > 0 ? " (" + plural((int) statistics, "statistic") + ")" : ""));
        parts.add(plural(hints, "hint"));
        return p.text(String.join(" · ", parts));
    }

    private static int count(List<Finding> findings, Severity severity) {
        return (int) findings.stream().filter(f -> f.severity() == severity).count();
    }

    private static String plural(int n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    /** The info findings as cards, one per rule. */
    static Element hints(DocumentResult result, Map<String, Rule> rules) {
        return cards(result, rules, Severity.INFO, Severity.INFO);
    }

    /** One card per rule for the findings at {@code least} or above, most severe and most frequent first. */
    static Element fixes(DocumentResult result, Map<String, Rule> rules, Severity least) {
        return cards(result, rules, least, Severity.ERROR);
    }

    private static Element cards(DocumentResult result, Map<String, Rule> rules, Severity least, Severity most) {
        Element list = element("ol").addClass("fixes");
        Map<String, List<Integer>> byRule = new LinkedHashMap<>();
        List<Finding> findings = result.findings();
        for (int i = 0; i < findings.size(); i++) {
            Severity severity = findings.get(i).severity();
            if (severity.atLeast(least) && most.atLeast(severity)) {
                byRule.computeIfAbsent(findings.get(i).rule(), k -> new ArrayList<>()).add(i);
            }
        }
        List<List<Integer>> groups = new ArrayList<>(byRule.values());
        groups.sort((a, b) -> {
            Finding fa = findings.get(a.get(0));
            Finding fb = findings.get(b.get(0));
            int bySeverity = Integer.compare(fa.severity().ordinal(), fb.severity().ordinal());
            return bySeverity != 0 ? bySeverity : b.size() != a.size() ? Integer.compare(b.size(), a.size())
                    : Integer.compare(fa.location().start(), fb.location().start());
        });
        if (groups.isEmpty()) {
            list.appendElement("li").attr("class", "quiet").text(least == Severity.INFO ? "No hints." : "No errors or warnings.");
        }
        for (List<Integer> group : groups) {
            card(list.appendElement("li"), result, group, rules.get(findings.get(group.get(0)).rule()));
        }
        return list;
    }

    private static void card(Element item, DocumentResult result, List<Integer> group, Rule rule) {
        Finding first = result.findings().get(group.get(0));
        String severity = first.severity().key();
        // A rule can warn in the body and hint in a quotation: its hint card needs an id of its own.
        item.addClass("fix").addClass("sev-" + severity).id((first.severity() == Severity.INFO ? "hint-" : "fix-") + first.rule());
        Element title = item.appendElement("p").attr("class", "title");
        title.appendElement("span").attr("class", "badge sev-" + severity).text(SHAPE.get(first.severity()) + " " + severity);
        title.appendText(Rule.readableName(first.rule()) + (group.size() > 1 ? " ×" + group.size() : ""));
        title.appendElement("span").attr("class", "label").text(categoryName(first.category().key()));
        Element places = item.appendElement("p").attr("class", "places");
        Set<String> seen = new LinkedHashSet<>();
        for (int index : group) {
            Finding f = result.findings().get(index);
            String words = shortened(excerpt(result, f.location()));
            if (seen.size() == PLACES || !seen.add(words)) {
                continue;
            }
            Element link = places.appendElement("a").attr("class", "jump").attr("href", "#f" + (index + 1))
                    .attr("data-start", Integer.toString(f.location().start())).attr("data-end", Integer.toString(f.location().end()))
                    .attr("title", "line " + f.location().line() + ", column " + f.location().column());
            VisibleText.append(link, words.isEmpty() ? "line " + f.location().line() : words);
        }
        String reason = rule == null ? first.message() : firstSentence(rule.readableDescription());
        VisibleText.append(item.appendElement("p"), reason);
        String fix = fix(first, rule);
        if (!fix.isEmpty()) {
            VisibleText.append(item.appendElement("p").attr("class", "fix-advice"), "Fix: " + fix);
        }
    }

    /** The claims, each with its source or "No source", in the article's order. */
    static Element claims(DocumentResult result) {
        AnalyzedDocument analyzed = result.analysis().orElseThrow();
        Element list = element("ul").addClass("claims-list");
        if (analyzed.claims().isEmpty()) {
            list.appendElement("li").attr("class", "quiet").text("No check-worthy claims found.");
        }
        for (Claim claim : analyzed.claims()) {
            Location at = analyzed.locate(analyzed.blocks().get(claim.block()), claim.span());
            Element item = list.appendElement("li");
            Element link = item.appendElement("a").attr("class", "jump").attr("href", "#claims")
                    .attr("data-start", Integer.toString(at.start())).attr("data-end", Integer.toString(at.end()));
            VisibleText.append(link, Words.collapseWhitespace(excerpt(result, at)).strip());
            Element source = item.appendElement("span").attr("class", "claim-source");
            if (claim.source().isPresent()) {
                VisibleText.append(source, "Source: " + claim.source().get().name() + " (" + kindWords(claim.source().get().kind()) + ")");
            } else {
                source.addClass("none");
                VisibleText.append(source, "No source" + claim.vague().map(v -> ": only \u201C" + v + "\u201D").orElse(""));
            }
        }
        return list;
    }

    /** The figures an editor reads: length, sentence length, grade and ease. */
    static Element readability(DocumentResult result) {
        Map<String, Number> m = result.analysis().orElseThrow().metrics();
        Element list = element("dl").addClass("figures");
        String[][] rows = {{"words", "Words"}, {"sentences", "Sentences"}, {"wordsPerSentence", "Words per sentence"},
            {"consensusGrade", "School grade (consensus)"}, {"fleschReadingEase", "Flesch reading ease"},
            {"fleschKincaidGrade", "Flesch-Kincaid grade"}, {"gunningFog", "Gunning fog"}, {"smog", "SMOG"}};
        for (String[] row : rows) {
            Number value = m.get(row[0]);
            if (value == null) {
                continue;
            }
            list.appendElement("dt").text(row[1]);
            String shown = value.toString() + (row[0].equals("smog") && m.getOrDefault("smogProvisional", 0).intValue() == 1
                    ? " (under 30 sentences: a guess)" : "");
            list.appendElement("dd").text(shown);
        }
        return list;
    }

    /** Each score and what it lost, in words: rules by name, never by id. */
    static Element scores(DocumentResult result) {
        Element box = element("div").addClass("score-list");
        for (var score : result.scoring().all()) {
            Element section = box.appendElement("div").attr("class", "score");
            section.appendElement("h3").text(categoryName(score.key()) + ": " + score.score() + "/100");
            Element lost = section.appendElement("ul");
            for (var d : score.deductions()) {
                String what = d.source().contains(".") ? Rule.readableName(d.source()) : ScoreSection.metricWords(d.source());
                lost.appendElement("li").text((d.points() < 0 ? "+" : "−") + Decimals.oneDecimal(Math.abs(d.points())) + " "
                        + what + ": " + d.reason());
            }
            if (score.deductions().isEmpty()) {
                lost.appendElement("li").attr("class", "quiet").text("No points lost.");
            }
        }
        return box;
    }

    /**
     * What a finding covers, as a reader sees it: for HTML and Markdown, character references
     * such as {@code &pound;} and {@code &#8203;} read as the characters they stand for.
     */
    static String excerpt(DocumentResult result, Location at) {
        return excerpt(result.analysis().map(a -> a.document().format()).orElse(InputFormat.TEXT), at);
    }

    static String excerpt(InputFormat format, Location at) {
        return format == InputFormat.TEXT ? at.excerpt() : Parser.unescapeEntities(at.excerpt(), false);
    }

    private static String shortened(String text) {
        String words = Words.collapseWhitespace(text).strip();
        return words.length() > PLACE_LENGTH ? words.substring(0, PLACE_LENGTH - 1) + "…" : words;
    }


    static String categoryName(String key) {
        return key.isEmpty() ? key : key.substring(0, 1).toUpperCase(Locale.ROOT) + key.substring(1);
    }


    static String firstSentence(String text) {
        Matcher m = FIRST_SENTENCE.matcher(text);
        return m.find() ? m.group(1) : text;
    }

    /** How to fix: the finding's own advice, else the rule's (when it has no placeholder), else its message after the colon. */
    static String fix(Finding finding, Rule rule) {
        if (finding.suggestion().isPresent()) {
            return finding.suggestion().get();
        }
        if (rule != null && rule.suggestion().isPresent() && rule.suggestion().get().indexOf('{') < 0) {
            return rule.suggestion().get();
        }
        int colon = finding.message().indexOf(": ");
        return colon > 0 ? finding.message().substring(colon + 2) : "";
    }

    static String kindWords(String kind) {
        return switch (kind) {
            case "named-person" -> "a named person";
            case "organisation" -> "an organisation";
            case "institution" -> "an institution";
            case "document" -> "a document";
            case "anonymous" -> "an anonymous source";
            case "vague" -> "a vague group";
            case "author" -> "the author";
            case "link" -> "a link";
            default -> "someone the article does not name";
        };
    }
}
