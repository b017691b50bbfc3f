package dev.copydesk.analysis;


import dev.copydesk.finding.Location;
import dev.copydesk.input.Document;
import dev.copydesk.input.Scope;
import dev.copydesk.input.SourceText;
import dev.copydesk.language.Attribution;
import dev.copydesk.text.Span;
import java.util.List;
import java.util.Map;

/**
 * A document with its blocks analyzed and its metrics computed; the single input of every
 * check. Immutable.
 *
 * @param metrics document metrics by JSON name, in a fixed order
 * @param claims  check-worthy sentences in reading order, with their attribution
 * @param attributions the attribution frames of English text, in reading order (block-text spans)
 */
public record AnalyzedDocument(Document document, String language, List<AnalyzedBlock> blocks,
        Map<String, Number> metrics, List<Claim> claims, List<Attribution> attributions) {

    public AnalyzedDocument {
        blocks = List.copyOf(blocks);
        claims = List.copyOf(claims);
        attributions = List.copyOf(attributions);
    }

    /** Source offsets {@code [start, end)} of a block-text span of block {@code block}. */
    public Span sourceSpan(int block, Span blockSpan) {
        var text = blocks.get(block).block().text();
        int from = text.sourceStart(blockSpan.start());
        int to = blockSpan.end() > blockSpan.start() ? text.sourceEnd(blockSpan.end() - 1) : from;
        return new Span(from, to);
    }

    /** A source and how many claims lean on it. */
    public record SourceCount(String name, String kind, int mentions) {
    }

    /** Every source the claims name or lean on, in order of first mention; unnamed ones as anonymous. */
    public List<SourceCount> sources() {
        Map<String, SourceCount> byName = new java.util.LinkedHashMap<>();
        for (Claim claim : claims) {
            // "The mayor" and "the mayor" are one source.
            claim.source().ifPresent(s -> byName.merge(s.kind() + ":" + s.name().toLowerCase(java.util.Locale.ROOT),
                    new SourceCount(s.name(), s.kind(), 1),
                    (a, b) -> new SourceCount(a.name(), a.kind(), a.mentions() + 1)));
            claim.vague().ifPresent(v -> byName.merge("anonymous:" + v, new SourceCount(v, "anonymous", 1),
                    (a, b) -> new SourceCount(a.name(), a.kind(), a.mentions() + 1)));
        }
        return List.copyOf(byName.values());
    }

    /** Named and unnamed sources, links, quotations and the attributed share of claims. */
    public SourceProfile sourceProfile() {
        List<SourceCount> sources = sources();
        java.util.function.Predicate<SourceCount> named = s -> switch (s.kind()) {
            case "named-person", "organisation", "institution" -> true;
            default -> false;
        };
        int quotes = 0;
        for (AnalyzedBlock block : blocks) {
            var scope = block.block().scope();
            if (scope != Scope.HEADLINE && scope != Scope.HEADING) {
                quotes += block.quotations().size();
            }
        }
        // Only links that leave for a host: "mailto:" and relative links name no domain.
        List<String> domains = document.links().stream().flatMap(link -> ClaimFinder.host(link.href()).stream())
                .distinct().sorted().toList();
        return new SourceProfile((int) sources.stream().filter(named).count(),
                (int) sources.stream().filter(s -> s.kind().equals("anonymous")).count(),
                (int) sources.stream().filter(s -> s.kind().equals("document")).count(), document.links().size(), domains,
                quotes, claims.size(), (int) claims.stream().filter(Claim::attributed).count());
    }

    /** Location of block-text span {@code [start, end)} of block {@code block}. */
    public Location locate(AnalyzedBlock block, int start, int end) {
        var text = block.block().text();
        int from = text.sourceStart(start);
        int to = end > start ? text.sourceEnd(end - 1) : from;
        return locateSource(from, to);
    }

    public Location locate(AnalyzedBlock block, Span blockSpan) {
        return locate(block, blockSpan.start(), blockSpan.end());
    }

    /** Location of source span {@code [start, end)}. */
    public Location locateSource(int start, int end) {
        SourceText source = document.source();
        return new Location(start, end, source.line(start), source.column(start), source.slice(start, end));
    }
}
