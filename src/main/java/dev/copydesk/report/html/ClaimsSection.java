package dev.copydesk.report.html;

import dev.copydesk.analysis.AnalyzedDocument;
import dev.copydesk.analysis.Claim;
import dev.copydesk.analysis.SourceProfile;
import dev.copydesk.language.Attribution;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * The report's claims: every check-worthy claim with its source as written, grouped by source, and
 * the source profile.
 */
final class ClaimsSection {
    private ClaimsSection() {
    }

    /** "Maren Holt … said", "according to the ONS": a frame's source and cue from the block text. */
    static String frameWords(AnalyzedDocument analyzed, Attribution frame) {
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
    static void claimsBySource(Element main, List<Claim> claims) {
        java.util.Map<String, List<Integer>> bySource = new java.util.LinkedHashMap<>();
        for (int i = 0; i < claims.size(); i++) {
            Claim claim = claims.get(i);
            String key = claim.source().map(s -> s.name() + " (" + kindLabel(s.kind()) + ")")
                    .orElse(claim.vague().map(v -> "Unnamed: " + v).orElse("No source"));
            bySource.computeIfAbsent(key, k -> new ArrayList<>()).add(i + 1);
        }
        main.appendElement("h3").text("Claims by source");
        Element list = main.appendElement("ul").attr("class", "claims-by-source");
        bySource.forEach((source, numbers) -> {
            Element item = list.appendElement("li");
            VisibleText.append(item.appendElement("span").attr("class", "source-name"), source);
            item.appendText(": claim" + (numbers.size() == 1 ? " " : "s ") + String.join(", ",
                    numbers.stream().map(String::valueOf).toList()));
        });
    }

    /** Every check-worthy claim in order, with its source or a clear "no source", to verify one by one. */
    static void claimsChecklist(Element main, AnalyzedDocument analyzed) {
        List<Claim> claims = analyzed.claims();
        long attributed = claims.stream().filter(Claim::attributed).count();
        main.appendElement("h2").id("claims").text("Claims checklist: " + claims.size() + " claims, " + attributed
                + " attributed");
        if (claims.isEmpty()) {
            main.appendElement("p").attr("class", "meta").text("No check-worthy claims found"
                    + ("en".equals(analyzed.language()) ? "." : " (claims are recognised in English only)."));
            return;
        }
        sourceProfile(main, analyzed.sourceProfile());
        main.appendElement("p").attr("class", "meta").text("Types: statistic (a number), comparison (more, the most, a record), "
                + "causal (because, led to), prediction (will, could, expected to), group-belief (what experts or "
                + "many people think), event (a named actor did something).");
        main.appendElement("input").attr("type", "checkbox").attr("id", "claims-unsourced").addClass("filter");
        main.appendElement("label").attr("class", "filter").attr("for", "claims-unsourced").text("Only claims with no source");
        Element list = main.appendElement("ol").attr("class", "claims");
        for (Claim claim : claims) {
            var location = analyzed.locate(analyzed.blocks().get(claim.block()), claim.span());
            Element item = list.appendElement("li").attr("class", claim.attributed() ? "sourced" : "unsourced");
            item.appendElement("span").attr("class", "where").text("line " + location.line());
            item.appendElement("span").attr("class", "rule").text(claim.type());
            VisibleText.append(item.appendElement("span").attr("class", "excerpt"), DeskView.excerpt(analyzed.document().format(), location));
            Element source = item.appendElement("div").attr("class", "source");
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
                    VisibleText.append(item.appendElement("div").attr("class", "frame").attr("title",
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
    static void sourceProfile(Element main, SourceProfile profile) {
        Element list = main.appendElement("dl").attr("class", "profile");
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
            VisibleText.append(main.appendElement("p").attr("class", "meta"), "Links go to: "
                    + String.join(", ", profile.linkDomains()));
        }
    }

    /** A source kind as an editor reads it: "named person", not the JSON key "named-person". */
    static String kindLabel(String kind) {
        return kind.replace('-', ' ');
    }
}
