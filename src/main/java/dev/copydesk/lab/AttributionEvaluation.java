package dev.copydesk.lab;

import com.fasterxml.jackson.databind.JsonNode;
import dev.copydesk.analysis.AnalyzedDocument;
import dev.copydesk.analysis.Analyzer;
import dev.copydesk.input.ArticleReader;
import dev.copydesk.input.InputFormat;
import dev.copydesk.language.Attribution;
import dev.copydesk.language.SourceKind;
import dev.copydesk.text.Span;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Attribution frames measured against the PolNeAR corpus (source, cue and content spans
 * annotated by hand on US political news), by span overlap:
 *
 * <ul>
 *   <li>recall: of the gold attributions that have a source, those for which some predicted frame's
 *       content overlaps one of the gold content spans and its source overlaps the gold source;</li>
 *   <li>precision: of the predicted frames that have a source, those whose content overlaps a gold
 *       attribution's content and whose source overlaps that attribution's source.</li>
 * </ul>
 *
 * Each article goes through the product's own path (read as a plain-text file, analyzed), so
 * the offsets compared are the ones the JSON reports. PolNeAR may not be redistributed: it is
 * read from the data folder, and only figures leave it.
 */
final class AttributionEvaluation {
    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "it", "i", "we", "you", "who", "which", "that");

    /** The frames the product found with a source: rows of [source, content..., cue] spans in file offsets, and their kinds. */
    private record Predicted(List<Span[]> rows, List<SourceKind> kinds) {
    }

    private final PrintWriter out;
    private final int showErrors;
    private int shown;
    private int goldWithSource;
    private int found;
    private int predictedWithSource;
    private int correct;
    private int predictedNoSource;
    private final Map<String, int[]> recallByShape = new TreeMap<>();
    private final Map<String, Integer> missReasons = new TreeMap<>();
    private final Map<SourceKind, int[]> precisionByKind = new EnumMap<>(SourceKind.class);
    private int vagueGold;
    private int vagueFound;
    private long nanos;

    private AttributionEvaluation(PrintWriter out, int showErrors) {
        this.out = out;
        this.showErrors = showErrors;
    }

    /** One gold attribution: its source (empty for none) and content fragments. */
    private record Gold(List<Span> source, List<Span> cue, List<Span> content, String sourceText, String cueText) {
    }

    static void run(PrintWriter out, Path jsonl, String split, int showErrors) throws Exception {
        AttributionEvaluation evaluation = new AttributionEvaluation(out, showErrors);
        ArticleReader reader = new ArticleReader();
        List<JsonNode> articles = Corpora.readJsonl(jsonl);
        for (JsonNode article : articles) {
            String text = article.path("text").asText();
            long started = System.nanoTime();
            AnalyzedDocument analyzed = Analyzer.analyze(reader.parse(article.path("id").asText() + ".txt",
                    InputFormat.TEXT, text.getBytes(StandardCharsets.UTF_8)), "en");
            evaluation.nanos += System.nanoTime() - started;
            List<Gold> gold = new ArrayList<>();
            for (JsonNode a : article.path("attributions")) {
                gold.add(new Gold(spans(a.path("source")), spans(a.path("cue")), spans(a.path("content")), a.path("source_text").asText(),
                        a.path("cue_text").asText()));
            }
            Predicted predicted = evaluation.predicted(analyzed);
            String id = article.path("id").asText();
            evaluation.recall(id, text, gold, predicted);
            evaluation.precision(id, text, gold, predicted);
        }
        evaluation.print(split, articles.size());
    }

    private Predicted predicted(AnalyzedDocument analyzed) {
        List<Span[]> predicted = new ArrayList<>();
        List<SourceKind> kinds = new ArrayList<>();
        for (Attribution frame : analyzed.attributions()) {
            if (frame.source().isEmpty()) {
                predictedNoSource++;
                continue;
            }
            List<Span> content = frame.content().stream().map(c -> analyzed.sourceSpan(frame.block(), c)).toList();
            Span source = analyzed.sourceSpan(frame.block(), frame.source().get());
            Span[] row = new Span[content.size() + 2];
            row[0] = source;
            row[content.size() + 1] = analyzed.sourceSpan(frame.block(), frame.cue());
            for (int i = 0; i < content.size(); i++) {
                row[i + 1] = content.get(i);
            }
            predicted.add(row);
            kinds.add(frame.kind());
        }
        return new Predicted(predicted, kinds);
    }

    private void recall(String id, String text, List<Gold> gold, Predicted predicted) {
        for (Gold g : gold) {
            if (g.source().isEmpty()) {
                continue;
            }
            goldWithSource++;
            String shape = shape(g.sourceText());
            int[] byShape = recallByShape.computeIfAbsent(shape, k -> new int[2]);
            byShape[1]++;
            boolean vague = isVague(g.sourceText());
            vagueGold += vague ? 1 : 0;
            boolean hit = false;
            for (int p = 0; p < predicted.rows().size() && !hit; p++) {
                if (matches(predicted.rows().get(p), g)) {
                    hit = true;
                    vagueFound += vague && predicted.kinds().get(p) == SourceKind.VAGUE ? 1 : 0;
                }
            }
            if (hit) {
                found++;
                byShape[0]++;
                continue;
            }
            String reason = missReason(predicted.rows(), g);
            missReasons.merge(reason, 1, Integer::sum);
            if (shown < showErrors) {
                shown++;
                out.println("MISS " + reason + " " + id + " cue=[" + g.cueText() + "] source=[" + g.sourceText() + "] content=["
                        + snippet(text, g.content()) + "]");
            }
        }
    }

    private void precision(String id, String text, List<Gold> gold, Predicted predicted) {
        for (int p = 0; p < predicted.rows().size(); p++) {
            predictedWithSource++;
            int[] byKind = precisionByKind.computeIfAbsent(predicted.kinds().get(p), k -> new int[2]);
            byKind[1]++;
            Span[] row = predicted.rows().get(p);
            boolean ok = gold.stream().anyMatch(g -> !g.source().isEmpty() && matches(row, g));
            if (ok) {
                correct++;
                byKind[0]++;
            } else if (shown < showErrors) {
                shown++;
                Span cue = row[row.length - 1];
                out.println("FALSE " + id + " cue=[" + text.substring(cue.start(), cue.end())
                        + "] source=[" + text.substring(row[0].start(), row[0].end()) + "] content=["
                        + snippet(text, List.of(row).subList(1, row.length - 1)) + "]");
            }
        }
    }

    private void print(String split, int articles) {
        double precision = Confusion.ratio(correct, predictedWithSource);
        double recall = Confusion.ratio(found, goldWithSource);
        out.printf(Locale.ROOT, "attribution (PolNeAR %s, %d articles, %d gold attributions with a source): "
                + "precision %.3f (%d/%d), recall %.3f (%d/%d), F1 %.3f%n", split, articles, goldWithSource,
                precision, correct, predictedWithSource, recall, found, goldWithSource,
                precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall));
        missReasons.forEach((reason, n) -> out.printf(Locale.ROOT, "  misses, %-16s %d%n", reason, n));
        out.printf(Locale.ROOT, "  frames without a source (passives with no agent, not scored): %d%n", predictedNoSource);
        recallByShape.forEach((shape, c) -> out.printf(Locale.ROOT, "  recall, gold source %-12s %.3f (%d/%d)%n", shape,
                Confusion.ratio(c[0], c[1]), c[0], c[1]));
        precisionByKind.forEach((kind, c) -> out.printf(Locale.ROOT, "  precision, predicted %-12s %.3f (%d/%d)%n",
                kind.key(), Confusion.ratio(c[0], c[1]), c[0], c[1]));
        out.printf(Locale.ROOT, "  vague-source recall (gold sources headed by a vague group word, found as vague): %.3f (%d/%d)%n",
                Confusion.ratio(vagueFound, vagueGold), vagueFound, vagueGold);
        out.printf(Locale.ROOT, "  analysis time %.1f s (whole analysis, not only attribution)%n", nanos / 1e9);
    }

    private static boolean matches(Span[] predicted, Gold gold) {
        boolean sourceOverlaps = gold.source().stream().anyMatch(s -> overlaps(s, predicted[0]));
        if (!sourceOverlaps) {
            return false;
        }
        for (int i = 1; i < predicted.length - 1; i++) {
            Span c = predicted[i];
            if (gold.content().stream().anyMatch(g -> overlaps(g, c))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Why a gold attribution was missed: no frame at its cue or content ("no-frame"), a frame at its
     * cue with the wrong source or content ("wrong-source", "wrong-content"), or its content taken by
     * a frame with another cue ("other-cue").
     */
    private static String missReason(List<Span[]> predicted, Gold gold) {
        String reason = "no-frame";
        for (Span[] p : predicted) {
            Span cue = p[p.length - 1];
            boolean contentOverlaps = false;
            for (int i = 1; i < p.length - 1; i++) {
                Span c = p[i];
                contentOverlaps |= gold.content().stream().anyMatch(g -> overlaps(g, c));
            }
            if (gold.cue().stream().anyMatch(g -> overlaps(g, cue))) {
                return contentOverlaps ? "wrong-source" : "wrong-content";
            }
            if (contentOverlaps) {
                reason = "other-cue";
            }
        }
        return reason;
    }

    private static boolean overlaps(Span a, Span b) {
        return a.start() < b.end() && b.start() < a.end();
    }

    private static List<Span> spans(JsonNode ranges) {
        List<Span> spans = new ArrayList<>();
        for (JsonNode r : ranges) {
            spans.add(new Span(r.get(0).asInt(), r.get(1).asInt()));
        }
        return spans;
    }

    /** Pronoun, capitalised name, or other noun phrase: how the gold source is written. */
    private static String shape(String source) {
        String trimmed = source.strip().toLowerCase(Locale.ROOT);
        if (PRONOUNS.contains(trimmed)) {
            return "pronoun";
        }
        return source.strip().chars().anyMatch(Character::isUpperCase) ? "name" : "noun-phrase";
    }

    private static boolean isVague(String source) {
        String[] words = source.strip().toLowerCase(Locale.ROOT).split("\\s+");
        String head = words[words.length - 1].replaceAll("[^a-z]", "");
        return source.chars().noneMatch(Character::isUpperCase) && Set.of("experts", "critics", "analysts", "observers",
                "many", "some", "others", "most", "people", "scientists", "researchers", "economists", "campaigners",
                "activists", "commentators", "pundits").contains(head);
    }

    private static String snippet(String text, List<Span> spans) {
        StringBuilder b = new StringBuilder();
        for (Span s : spans) {
            String part = text.substring(s.start(), s.end()).replaceAll("\\s+", " ");
            b.append(part.length() > 90 ? part.substring(0, 90) + "…" : part).append(" | ");
        }
        return b.toString();
    }

}
