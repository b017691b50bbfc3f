package dev.copydesk.check;

import dev.copydesk.analysis.AnalyzedBlock;
import dev.copydesk.analysis.AnalyzedDocument;
import dev.copydesk.language.Attribution;
import dev.copydesk.language.SourceKind;
import dev.copydesk.rule.Rule;
import dev.copydesk.text.Span;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Attribution frames whose source is of one kind: a vague group ("campaigners say",
 * "researchers believe") or a described but unnamed person ("a senior official said"). The
 * finding covers the source and the cue, and names the source in its detail. Where the same
 * rule's phrases (which run first) already matched there, the frame adds nothing.
 */
final class SourceKindCheck implements Check {
    private final Rule rule;
    private final SourceKind kind;

    SourceKindCheck(Rule rule, SourceKind kind) {
        this.rule = rule;
        this.kind = kind;
    }

    @Override
    public void run(AnalyzedDocument document, Findings findings) {
        List<dev.copydesk.check.Finding> already = findings.all().stream().filter(f -> f.rule().equals(rule.id())).toList();
        for (Attribution frame : document.attributions()) {
            if (frame.kind() != kind || frame.source().isEmpty() || !frame.reportsClaim()) {
                continue; // "residents who want to be heard" wish; they do not vouch for a claim
            }
            Span source = frame.source().get();
            String sourceText = document.blocks().get(frame.block()).text().substring(source.start(), source.end());
            if (sourceText.equalsIgnoreCase("who") || sourceText.equalsIgnoreCase("which") || sourceText.equalsIgnoreCase("that")) {
                continue; // a relative clause describes a group; the sentence's own report is elsewhere
            }
            Span covered = new Span(Math.min(source.start(), frame.cue().start()), Math.max(source.end(), frame.cue().end()));
            AnalyzedBlock block = document.blocks().get(frame.block());
            Span inSource = document.sourceSpan(frame.block(), covered);
            boolean matched = already.stream().anyMatch(f -> f.location().start() < inSource.end()
                    && inSource.start() < f.location().end());
            if (matched) {
                continue;
            }
            Map<String, Object> detail = new LinkedHashMap<>();
            detail.put("source", frame.sourceName());
            detail.put("sourceKind", kind.key());
            findings.report(rule, block, covered, Map.of(), detail);
        }
    }
}
