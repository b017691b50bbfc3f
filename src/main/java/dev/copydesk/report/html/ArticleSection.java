package dev.copydesk.report.html;

import dev.copydesk.analysis.AnalyzedBlock;
import dev.copydesk.analysis.AnalyzedDocument;
import dev.copydesk.finding.Finding;
import dev.copydesk.input.MappedText;
import dev.copydesk.input.Scope;
import dev.copydesk.rule.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.jsoup.nodes.Element;

/**
 * The report's article: the text with every finding highlighted where it sits, each highlight
 * linking to its finding.
 */
final class ArticleSection {
    private ArticleSection() {
    }

    /** @return for each finding (by index) the id of the first highlight that covers it */
    static Map<Integer, String> article(Element main, AnalyzedDocument analyzed, List<Finding> findings) {
        main.appendElement("h2").id("article").text("Article");
        Element article = main.appendElement("div").attr("class", "article");
        Map<Integer, String> highlightOf = new java.util.HashMap<>();
        List<List<int[]>> spansByBlock = spansByBlock(analyzed.blocks(), findings);
        for (AnalyzedBlock block : analyzed.blocks()) {
            String scope = block.block().scope().label();
            Element p = article.appendElement("div").attr("class", "block " + scope).attr("title", scope);
            if (block.block().scope() != Scope.PARAGRAPH) {
                p.appendElement("span").attr("class", "scope").text(scope);
            }
            highlight(p, block.block().text(), spansByBlock.get(block.index()), findings, highlightOf);
        }
        return highlightOf;
    }

    /** For each block, the findings inside it as {blockStart, blockEnd, findingIndex}, by start. */
    static List<List<int[]>> spansByBlock(List<AnalyzedBlock> blocks, List<Finding> findings) {
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
    static void highlight(Element parent, MappedText text, List<int[]> spans, List<Finding> findings,
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
            Element mark = parent.appendElement("mark").attr("class", worst.key() + " sev-" + worst.key() + " cat-" + findings.get(target).category().key()).attr("title", VisibleText.escaped(title.toString()));
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
    static int[] blockSpan(MappedText text, Finding f) {
        int start = f.location().start();
        int end = f.location().end();
        if (text.isEmpty() || start < text.sourceFrom() || end > text.sourceTo() || end <= start) {
            return null;
        }
        int from = text.indexAtSource(start);
        int to = text.indexAtSource(end - 1) + 1;
        return from < to && to <= text.length() ? new int[] {from, to} : null;
    }
}
