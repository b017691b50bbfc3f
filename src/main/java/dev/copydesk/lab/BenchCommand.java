package dev.copydesk.lab;

import com.fasterxml.jackson.databind.JsonNode;
import dev.copydesk.analysis.AnalyzedDocument;
import dev.copydesk.analysis.Analyzer;
import dev.copydesk.audit.AuditRun;
import dev.copydesk.audit.Auditor;
import dev.copydesk.audit.DocumentResult;
import dev.copydesk.check.CheckRegistry;
import dev.copydesk.input.ArticleReader;
import dev.copydesk.input.InputException;
import dev.copydesk.input.InputFormat;
import dev.copydesk.language.AttributionFinder;
import dev.copydesk.language.TaggingPrefilter;
import dev.copydesk.language.Passage;
import dev.copydesk.report.html.HtmlReport;
import dev.copydesk.report.JsonReport;
import dev.copydesk.rule.Category;
import dev.copydesk.rule.CheckSpec;
import dev.copydesk.rule.Rule;
import dev.copydesk.rule.RuleCatalog;
import dev.copydesk.rule.RuleLoader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.IntStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine;

/**
 * {@code copydesk bench CORPUS.jsonl}: throughput of the whole pipeline (decode, extract,
 * analyze, check, JSON and HTML rendering; no disk writes) over a JSONL corpus with
 * {@code title} and {@code text} fields, on one thread and on all cores, plus a scaling
 * check that audits the same copy as ever larger documents.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Benchmark the pipeline on a JSONL corpus (fields: title, text).")
public final class BenchCommand implements Callable<Integer> {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "CORPUS", description = "JSONL file, e.g. ../shared/data/news-bbc/bbc_articles.jsonl")
    private Path corpus;

    @Option(names = "--rounds", description = "Measured rounds (default: ${DEFAULT-VALUE}).")
    private int rounds = 3;

    @Option(names = "--rule-times", description = "Only time each shipped rule's check alone, slowest first (1 thread).")
    private boolean ruleTimes;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (!Files.isRegularFile(corpus)) {
            spec.commandLine().getErr().println("copydesk: " + corpus + ": no such file");
            return 2;
        }
        List<byte[]> articles = load(corpus);
        long bytes = articles.stream().mapToLong(a -> a.length).sum();
        Auditor auditor = new Auditor(RuleLoader.loadShipped(), null, null);
        ArticleReader reader = new ArticleReader();
        out.printf(Locale.ROOT, "corpus: %s, %d articles, %.2f MB%n", corpus.getFileName(), articles.size(), bytes / 1e6);
        if (ruleTimes) {
            ruleTimes(out, analyzed(articles, reader), rounds);
            out.flush();
            return 0;
        }
        measure(out, "warm-up, 1 thread", articles, bytes, auditor, reader, 1, 1);
        measure(out, "1 thread", articles, bytes, auditor, reader, 1, rounds);
        int cores = Runtime.getRuntime().availableProcessors();
        measure(out, cores + " threads", articles, bytes, auditor, reader, cores, rounds);
        grades(out, articles, reader);
        integrityShare(out, articles, bytes, reader, rounds);
        languageShare(out, articles, auditor, reader, rounds);
        phraseScaling(out, articles, reader, rounds);
        scaling(out, articles, auditor, reader);
        out.flush();
        return 0;
    }

    private static List<byte[]> load(Path corpus) throws Exception {
        List<byte[]> articles = new ArrayList<>();
        for (JsonNode node : Corpora.readJsonl(corpus)) {
            articles.add(Corpora.titleAndText(node).getBytes(StandardCharsets.UTF_8));
        }
        return articles;
    }

    private static void measure(PrintWriter out, String label, List<byte[]> articles, long bytes, Auditor auditor,
            ArticleReader reader, int threads, int rounds) throws Exception {
        long best = Long.MAX_VALUE;
        long findings = 0;
        for (int r = 0; r < rounds; r++) {
            long start = System.nanoTime();
            findings = new java.util.concurrent.ForkJoinPool(threads).submit(() -> IntStream
                    .range(0, articles.size()).parallel()
                    .mapToLong(i -> auditOne(articles.get(i), i, auditor, reader)).sum()).get();
            best = Math.min(best, System.nanoTime() - start);
        }
        double seconds = best / 1e9;
        out.printf(Locale.ROOT, "%-18s best of %d: %7.2f s  %8.1f articles/s  %6.2f MB/s  (%d findings)%n", label,
                rounds, seconds, articles.size() / seconds, bytes / 1e6 / seconds, findings);
    }

    /** Per-article readability: the spread of grades, and any value that is not a finite, non-negative grade. */
    private static void grades(PrintWriter out, List<byte[]> articles, ArticleReader reader) throws InputException {
        String[] names = {"fleschReadingEase", "fleschKincaidGrade", "gunningFog", "smog", "colemanLiau", "ari",
            "linsearWrite", "forcast", "lix", "consensusGrade"};
        double[][] values = new double[names.length][articles.size()];
        int invalid = 0;
        for (int i = 0; i < articles.size(); i++) {
            Map<String, Number> metrics = Analyzer.analyze(reader.parse("bench/" + i + ".txt", InputFormat.TEXT,
                    articles.get(i)), null).metrics();
            for (int k = 0; k < names.length; k++) {
                double v = metrics.get(names[k]).doubleValue();
                values[k][i] = v;
                boolean grade = !names[k].equals("fleschReadingEase") && !names[k].equals("lix");
                invalid += !Double.isFinite(v) || grade && v < 0 ? 1 : 0;
            }
        }
        out.printf(Locale.ROOT, "readability per article (min / median / max), %d invalid values:%n", invalid);
        for (int k = 0; k < names.length; k++) {
            double[] v = values[k].clone();
            java.util.Arrays.sort(v);
            out.printf(Locale.ROOT, "  %-20s %7.2f / %7.2f / %7.2f%n", names[k], v[0], v[v.length / 2], v[v.length - 1]);
        }
    }

    /**
     * The language layer's share of single-thread audit time: attribution frames (word splitting,
     * part-of-speech tagging of the sentences with a cue word, frames) found again over the same
     * analyzed blocks, against the whole audit.
     */
    private static void languageShare(PrintWriter out, List<byte[]> articles, Auditor auditor, ArticleReader reader,
            int rounds) throws Exception {
        List<List<Passage>> documents = new ArrayList<>();
        int sentences = 0;
        int tagged = 0;
        for (int i = 0; i < articles.size(); i++) {
            var analyzed = Analyzer.analyze(reader.parse("bench/" + i + ".txt", InputFormat.TEXT, articles.get(i)), null);
            List<Passage> passages = new ArrayList<>();
            for (var block : analyzed.blocks()) {
                var passage = block.passage();
                passages.add(passage);
                if (!passage.headline()) {
                    sentences += block.sentences().size();
                    tagged += TaggingPrefilter.sentencesToTag(passage);
                }
            }
            documents.add(passages);
        }
        long best = Long.MAX_VALUE;
        for (int r = 0; r < rounds; r++) {
            long start = System.nanoTime();
            for (var passages : documents) {
                AttributionFinder.find(passages);
            }
            best = Math.min(best, System.nanoTime() - start);
        }
        long audit = bestAuditNanos(articles, auditor, reader, rounds);
        out.printf(Locale.ROOT, "language layer: %.1f%% of audit time (%.2f s of %.2f s; 1 thread); %d of %d sentences "
                + "(%.0f%%) hold a cue word and are tagged%n", 100.0 * best / audit, best / 1e9, audit / 1e9, tagged, sentences,
                100.0 * tagged / Math.max(1, sentences));
    }

    /** The Unicode integrity rules' share of single-thread audit time: all rules versus all but those. */
    private static void integrityShare(PrintWriter out, List<byte[]> articles, long bytes, ArticleReader reader,
            int rounds) throws Exception {
        RuleCatalog all = RuleLoader.loadShipped();
        RuleCatalog withoutIntegrity = new RuleCatalog(all.rules().stream()
                .filter(r -> r.category() != Category.INTEGRITY).toList());
        long with = bestAuditNanos(articles, new Auditor(all, null, null), reader, rounds);
        long without = bestAuditNanos(articles, new Auditor(withoutIntegrity, null, null), reader, rounds);
        out.printf(Locale.ROOT, "integrity rules: %.1f%% of audit time (%.2f s with, %.2f s without; audit only, 1 thread)%n",
                100.0 * (with - without) / with, with / 1e9, without / 1e9);
    }

    /**
     * Phrase-matching time with the shipped phrase and substitution rules, and with every list
     * ten times as long (each entry plus nine variants that share its first words, the costly
     * case for a trie): one pass over the tokens should cost about the same.
     */
    private static void phraseScaling(PrintWriter out, List<byte[]> articles, ArticleReader reader, int rounds)
            throws Exception {
        List<Rule> phraseRules = RuleLoader.loadShipped().rules().stream()
                .filter(r -> r.check() instanceof CheckSpec.Phrases || r.check() instanceof CheckSpec.Substitutions).toList();
        List<Rule> tenfold = phraseRules.stream().map(BenchCommand::tenfold).toList();
        List<AnalyzedDocument> documents = analyzed(articles, reader);
        long base = bestCheckNanos(CheckRegistry.compile(new RuleCatalog(phraseRules)), documents, rounds);
        long tenX = bestCheckNanos(CheckRegistry.compile(new RuleCatalog(tenfold)), documents, rounds);
        out.printf(Locale.ROOT, "phrase matching: %d phrases %.3f s, %d phrases %.3f s: %.2fx the time for 10x the phrases%n",
                count(phraseRules), base / 1e9, count(tenfold), tenX / 1e9, (double) tenX / base);
    }

    private static List<AnalyzedDocument> analyzed(List<byte[]> articles, ArticleReader reader) throws InputException {
        List<AnalyzedDocument> documents = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            documents.add(Analyzer.analyze(reader.parse("bench/" + i + ".txt", InputFormat.TEXT, articles.get(i)), null));
        }
        return documents;
    }

    /**
     * Each shipped rule's check run alone over the analysed corpus, slowest first: where a run's
     * checking time goes. Phrase and substitution rules share one pass in an audit; here each
     * makes its own, so their figures overlap.
     */
    private static void ruleTimes(PrintWriter out, List<AnalyzedDocument> documents, int rounds) throws Exception {
        RuleCatalog all = RuleLoader.loadShipped();
        List<Map.Entry<String, Long>> times = new ArrayList<>();
        for (Rule rule : all.rules()) {
            times.add(Map.entry(rule.id(), bestCheckNanos(CheckRegistry.compile(new RuleCatalog(List.of(rule))), documents, rounds)));
        }
        times.sort(Map.Entry.<String, Long>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        long together = bestCheckNanos(CheckRegistry.compile(all), documents, rounds);
        out.printf(Locale.ROOT, "checks of all %d rules in one registry: %.3f s (1 thread, best of %d rounds)%n",
                all.rules().size(), together / 1e9, rounds + 2);
        for (Map.Entry<String, Long> time : times) {
            out.printf(Locale.ROOT, "  %8.1f ms  %s%n", time.getValue() / 1e6, time.getKey());
        }
    }

    private static Rule tenfold(Rule rule) {
        List<String> phrases = new ArrayList<>();
        List<CheckSpec.Replacement> replacements = new ArrayList<>();
        if (rule.check() instanceof CheckSpec.Phrases p) {
            for (String phrase : p.phrases()) {
                phrases.add(phrase);
                for (int k = 1; k < 10; k++) {
                    phrases.add(phrase + " zqx" + k);
                }
            }
        } else if (rule.check() instanceof CheckSpec.Substitutions s) {
            for (CheckSpec.Replacement r : s.replacements()) {
                replacements.add(r);
                for (int k = 1; k < 10; k++) {
                    replacements.add(new CheckSpec.Replacement(r.phrase() + " zqx" + k, r.preferred()));
                }
            }
        }
        CheckSpec spec = rule.check() instanceof CheckSpec.Phrases given
                ? new CheckSpec.Phrases(phrases, given.unlessAfter(), given.kind())
                : new CheckSpec.Substitutions(replacements);
        return new Rule(rule.id(), rule.category(), rule.severity(), rule.message(), rule.suggestion(),
                rule.description(), rule.scopes(), rule.when(), spec, rule.examples(), rule.origin());
    }

    private static int count(List<Rule> rules) {
        return rules.stream().mapToInt(r -> r.check() instanceof CheckSpec.Phrases p ? p.phrases().size()
                : ((CheckSpec.Substitutions) r.check()).replacements().size()).sum();
    }

    private static long bestCheckNanos(CheckRegistry checks, List<AnalyzedDocument> documents, int rounds) {
        long best = Long.MAX_VALUE;
        for (int r = 0; r < rounds + 2; r++) {
            long start = System.nanoTime();
            for (AnalyzedDocument document : documents) {
                checks.run(document);
            }
            best = Math.min(best, System.nanoTime() - start);
        }
        return best;
    }

    private static long bestAuditNanos(List<byte[]> articles, Auditor auditor, ArticleReader reader, int rounds)
            throws InputException {
        long best = Long.MAX_VALUE;
        for (int r = 0; r < rounds; r++) {
            long start = System.nanoTime();
            for (int i = 0; i < articles.size(); i++) {
                auditor.audit(reader.parse("bench/" + i + ".txt", InputFormat.TEXT, articles.get(i)));
            }
            best = Math.min(best, System.nanoTime() - start);
        }
        return best;
    }

    private static long auditOne(byte[] article, int index, Auditor auditor, ArticleReader reader) {
        try {
            DocumentResult result = auditor.audit(reader.parse("bench/" + index + ".txt", InputFormat.TEXT, article));
            int rendered = HtmlReport.render(result, "bench").length()
                    + JsonReport.render(new AuditRun(List.of(result)), "bench").length();
            return result.findings().size() + (rendered < 0 ? 1 : 0);
        } catch (InputException e) {
            return 0;
        }
    }

    /** Audits the corpus glued into documents of growing size: MB/s should stay flat if cost is linear. */
    private static void scaling(PrintWriter out, List<byte[]> articles, Auditor auditor, ArticleReader reader)
            throws InputException {
        for (int size : new int[] {16 * 1024, 256 * 1024, 2 * 1024 * 1024}) {
            java.io.ByteArrayOutputStream doc = new java.io.ByteArrayOutputStream();
            for (int i = 0; doc.size() < size; i = (i + 1) % articles.size()) {
                doc.writeBytes(articles.get(i));
                doc.writeBytes("\n\n".getBytes(StandardCharsets.UTF_8));
            }
            byte[] bytes = doc.toByteArray();
            long total = 0;
            int reps = Math.max(1, (4 * 1024 * 1024) / bytes.length);
            long start = System.nanoTime();
            for (int r = 0; r < reps; r++) {
                total += auditor.audit(reader.parse("scaling.txt", InputFormat.TEXT, bytes)).findings().size();
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            out.printf(Locale.ROOT, "scaling: one %7.0f KB document x%-3d %6.2f MB/s  (%d findings)%n",
                    bytes.length / 1024.0, reps, bytes.length * (double) reps / 1e6 / seconds, total / reps);
        }
    }
}
