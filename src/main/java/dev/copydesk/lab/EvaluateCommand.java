package dev.copydesk.lab;

import com.fasterxml.jackson.databind.JsonNode;
import dev.copydesk.analysis.Claim;
import dev.copydesk.audit.Auditor;
import dev.copydesk.audit.DocumentResult;
import dev.copydesk.finding.Finding;
import dev.copydesk.input.ArticleReader;
import dev.copydesk.rule.Category;
import dev.copydesk.rule.RuleLoader;
import dev.copydesk.rule.Severity;
import java.io.BufferedReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/**
 * {@code copydesk evaluate DATA_DIR}: measures the shipped rules against the public datasets
 * in {@code DATA_DIR} (the team's {@code shared/data}): headline rules against the crowd labels
 * of Webis-Clickbait-17, loaded-language and exaggeration rules against the spans of the
 * Propaganda Techniques Corpus, and the false-alarm load on BBC News. Each dataset is skipped,
 * with a note, when its folder is missing.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = "Measure the rules on the public datasets (clickbait-webis17, propaganda-ptc2020, news-bbc).")
public final class EvaluateCommand implements Callable<Integer> {
    /** A group of rules measured against the corpus spans of the techniques they stand for. */
    record SpanGroup(String name, Set<String> rules, Set<String> techniques) {
    }

    static final List<SpanGroup> SPAN_GROUPS = List.of(
            new SpanGroup("loaded language and exaggeration", Set.of("tone.hyperbole", "tone.loaded-language"),
                    Set.of("Loaded_Language", "Exaggeration,Minimisation")),
            new SpanGroup("name-calling", Set.of("tone.name-calling"), Set.of("Name_Calling,Labeling")),
            new SpanGroup("intensifiers", Set.of("tone.intensifiers"), Set.of("Loaded_Language", "Exaggeration,Minimisation")));

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "DATA_DIR", description = "Folder holding the datasets, e.g. ../shared/data")
    private Path data;

    @CommandLine.Option(names = "--only", paramLabel = "SECTION",
            description = "Run one section: clickbait, propaganda, weasel, bbc or attribution.")
    private String only;

    @CommandLine.Option(names = "--split", paramLabel = "SPLIT", defaultValue = "dev",
            description = "PolNeAR split for attribution: dev (report) or train (tune) (default: ${DEFAULT-VALUE}).")
    private String split;

    @CommandLine.Option(names = "--show-errors", paramLabel = "N", defaultValue = "0",
            description = "Print up to N attribution misses and false frames (for tuning on train).")
    private int showErrors;

    private final ArticleReader reader = new ArticleReader();

    private boolean wants(String section) {
        return only == null || only.equals(section);
    }

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Auditor auditor = new Auditor(RuleLoader.loadShipped(), null, null);
        Path webis = data.resolve(Corpora.WEBIS);
        Path ptc = data.resolve(Corpora.PTC);
        Path bbc = data.resolve(Corpora.BBC);
        Path polnear = data.resolve(Corpora.POLNEAR).resolve(split + ".jsonl");
        if (!wants("attribution")) {
            // skipped
        } else if (Files.isRegularFile(polnear)) {
            AttributionEvaluation.run(out, polnear, split, showErrors);
        } else {
            out.println("attribution: skipped, " + polnear + " not found");
        }
        if (!wants("clickbait")) {
            // skipped
        } else if (Files.isRegularFile(webis)) {
            clickbait(out, auditor, webis);
        } else {
            out.println("clickbait: skipped, " + webis + " not found");
        }
        if (!wants("propaganda")) {
            // skipped
        } else if (Files.isRegularFile(ptc)) {
            propaganda(out, auditor, ptc);
        } else {
            out.println("propaganda: skipped, " + ptc + " not found");
        }
        Path hedge = data.resolve(Corpora.HEDGE);
        if (!wants("weasel")) {
            // skipped
        } else if (Files.isRegularFile(hedge)) {
            weasel(out, auditor, hedge);
        } else {
            out.println("weasel: skipped, " + hedge + " not found");
        }
        if (!wants("bbc")) {
            // skipped
        } else if (Files.isRegularFile(bbc)) {
            bbc(out, auditor, bbc);
        } else {
            out.println("bbc: skipped, " + bbc + " not found");
        }
        out.flush();
        return 0;
    }

    /** Any finding of a headline-scoped tone rule marks a post as clickbait; compared with the crowd label. */
    private void clickbait(PrintWriter out, Auditor auditor, Path tsv) throws Exception {
        Confusion tally = new Confusion();
        Map<String, int[]> byRule = new TreeMap<>();
        for (Corpora.WebisPost post : Corpora.readWebis(tsv)) {
            boolean truth = post.clickbaitClass();
            List<Finding> findings = audit(auditor, post.text(), "post.txt").findings().stream()
                    .filter(f -> f.category() == Category.TONE).toList();
            for (String rule : findings.stream().map(Finding::rule).distinct().toList()) {
                byRule.computeIfAbsent(rule, k -> new int[2])[truth ? 0 : 1]++;
            }
            tally.add(!findings.isEmpty(), truth);
        }
        out.printf(Locale.ROOT, "clickbait (webis17, %d posts, %d clickbait): any headline tone finding: "
                + "precision %.3f, recall %.3f, F1 %.3f%n", tally.total(), tally.positives(), tally.precision(),
                tally.recall(), tally.f1());
        byRule.forEach((rule, counts) -> out.printf(Locale.ROOT, "  %-32s fires on %5d posts, precision %.3f%n", rule,
                counts[0] + counts[1], Confusion.ratio(counts[0], counts[0] + counts[1])));
    }

    /** The PTC articles with odd numeric ids: new tone entries are never mined from them. */
    private static boolean developmentHalf(JsonNode article) {
        String digits = article.path("id").asText().replaceAll("\\D", "");
        return !digits.isEmpty() && (digits.charAt(digits.length() - 1) - '0') % 2 == 1;
    }

    /** Span overlap between each group's findings and the corpus's spans of its techniques. */
    private void propaganda(PrintWriter out, Auditor auditor, Path jsonl) throws Exception {
        List<JsonNode> articles = Corpora.readJsonl(jsonl);
        List<List<Finding>> findings = new ArrayList<>();
        for (JsonNode article : articles) {
            findings.add(audit(auditor, Corpora.ptcText(article), "ptc.txt").findings());
        }
        out.printf(Locale.ROOT, "propaganda (PTC train, %d articles), span overlap; entries are mined on the articles with "
                + "even ids (the tuning half) and reported on all and on the odd ids (the development half):%n", articles.size());
        for (SpanGroup group : SPAN_GROUPS) {
            for (boolean developmentOnly : new boolean[] {false, true}) {
                int predicted = 0;
                int predictedHit = 0;
                int predictedAnyHit = 0;
                int gold = 0;
                int goldHit = 0;
                for (int a = 0; a < articles.size(); a++) {
                    if (developmentOnly && !developmentHalf(articles.get(a))) {
                        continue;
                    }
                    List<int[]> goldSpans = new ArrayList<>();
                    List<int[]> anySpans = new ArrayList<>();
                    for (JsonNode span : articles.get(a).path("spans")) {
                        int[] sp = {span.path("start_utf16").asInt(), span.path("end_utf16").asInt()};
                        anySpans.add(sp);
                        if (group.techniques().contains(span.path("technique").asText())) {
                            goldSpans.add(sp);
                        }
                    }
                    Set<Integer> goldFound = new HashSet<>();
                    for (Finding f : findings.get(a)) {
                        if (!group.rules().contains(f.rule())) {
                            continue;
                        }
                        predicted++;
                        boolean hit = false;
                        for (int g = 0; g < goldSpans.size(); g++) {
                            if (overlaps(f, goldSpans.get(g))) {
                                hit = true;
                                goldFound.add(g);
                            }
                        }
                        predictedHit += hit ? 1 : 0;
                        predictedAnyHit += anySpans.stream().anyMatch(sp -> overlaps(f, sp)) ? 1 : 0;
                    }
                    gold += goldSpans.size();
                    goldHit += goldFound.size();
                }
                out.printf(Locale.ROOT, "  %-34s %s: %d findings; precision %.3f (%.3f against any technique), "
                        + "recall %.3f of %d %s spans%n", developmentOnly ? "  development half" : group.name(),
                        developmentOnly ? "(odd ids)" : String.join("+", group.rules().stream().sorted().toList()),
                        predicted, Confusion.ratio(predictedHit, predicted), Confusion.ratio(predictedAnyHit, predicted), Confusion.ratio(goldHit, gold),
                        gold, String.join("/", group.techniques().stream().sorted().toList()));
            }
        }
    }

    /** Sentence-level: does the vague-attribution rule flag the sentences CoNLL-2010 marks as weasel? */
    private void weasel(PrintWriter out, Auditor auditor, Path tsv) throws Exception {
        Confusion tally = new Confusion();
        try (BufferedReader in = Files.newBufferedReader(tsv, StandardCharsets.UTF_8)) {
            in.readLine();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                int tab = line.indexOf('\t');
                if (tab < 0) {
                    continue;
                }
                boolean truth = line.substring(0, tab).equals("uncertain");
                String sentence = detokenize(line.substring(tab + 1));
                boolean flagged = audit(auditor, "Headline\n\n" + sentence, "wiki.txt").findings().stream()
                        .anyMatch(f -> f.rule().equals("sourcing.vague-attribution"));
                tally.add(flagged, truth);
            }
        }
        out.printf(Locale.ROOT, "weasel (CoNLL-2010 Wikipedia, %d sentences, %d weasel): sourcing.vague-attribution "
                + "precision %.3f, recall %.3f (%d flagged)%n", tally.total(), tally.positives(), tally.precision(),
                tally.recall(), tally.flagged());
    }

    /** Undoes Penn Treebank tokenisation so surface phrases match: "Council 's" to "Council's", -LRB- to "(". */
    static String detokenize(String ptb) {
        return ptb.replace("-LRB-", "(").replace("-RRB-", ")").replace("``", "\"").replace("''", "\"")
                .replaceAll(" (['’](?:s|re|ve|ll|d|m)|n't)\\b", "$1").replaceAll(" ([.,;:!?)])", "$1")
                .replace("( ", "(").strip();
    }

    private static boolean overlaps(Finding f, int[] span) {
        return f.location().start() < span[1] && span[0] < f.location().end();
    }

    /** False-alarm load on professionally edited copy: warnings per 1,000 words and rules by share of articles. */
    private void bbc(PrintWriter out, Auditor auditor, Path jsonl) throws Exception {
        long words = 0;
        long warnings = 0;
        long errors = 0;
        long sourcing = 0;
        long claims = 0;
        long attributedClaims = 0;
        int articles = 0;
        Map<String, Integer> articlesByRule = new TreeMap<>();
        Map<String, Integer> anyByRule = new TreeMap<>();
        for (JsonNode article : Corpora.readJsonl(jsonl)) {
            DocumentResult result = audit(auditor, Corpora.titleAndText(article), "bbc.txt");
            articles++;
            words += result.analysis().orElseThrow().metrics().get("words").longValue();
            warnings += result.findings().stream().filter(f -> f.severity() == Severity.WARNING).count();
            errors += result.findings().stream().filter(f -> f.severity() == Severity.ERROR).count();
            sourcing += result.findings().stream().filter(f -> f.category() == Category.SOURCING).count();
            var analyzed = result.analysis().orElseThrow();
            claims += analyzed.claims().size();
            attributedClaims += analyzed.claims().stream().filter(Claim::attributed).count();
            // Info findings (tone inside quotations among them) inform; the 2% budget is for warnings and errors.
            result.findings().stream().filter(f -> f.severity().atLeast(Severity.WARNING)).map(Finding::rule)
                    .distinct().forEach(r -> articlesByRule.merge(r, 1, Integer::sum));
            result.findings().stream().map(Finding::rule).distinct().forEach(r -> anyByRule.merge(r, 1, Integer::sum));
        }
        out.printf(Locale.ROOT, "bbc (%d articles, %d words): %.2f warnings and %.2f errors per 1,000 words%n", articles,
                words, warnings * 1000.0 / words, errors * 1000.0 / words);
        out.printf(Locale.ROOT, "  claims: %d, attributed %.1f%%; sourcing findings %.2f per 1,000 words%n", claims,
                100.0 * attributedClaims / Math.max(1, claims), sourcing * 1000.0 / words);
        int total = articles;
        out.println("  rule                             warnings/errors in   any finding in (info included)");
        anyByRule.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                .thenComparing(Map.Entry.comparingByKey()))
                .forEach(e -> {
                    int loud = articlesByRule.getOrDefault(e.getKey(), 0);
                    out.printf(Locale.ROOT, "  %-32s %5.1f%% of articles%s   %5.1f%%%n", e.getKey(), 100.0 * loud / total,
                            loud * 50 > total ? " (over 2%)" : "           ", 100.0 * e.getValue() / total);
                });
    }

    private DocumentResult audit(Auditor auditor, String text, String name) throws Exception {
        return Corpora.audit(auditor, reader, text, name);
    }

}
