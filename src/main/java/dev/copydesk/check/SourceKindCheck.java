package dev.copydesk.check;

import dev.copydesk.analysis.AnalyzedBlock;
import dev.copydesk.analysis.AnalyzedDocument;
import dev.copydesk.finding.Finding;
import dev.copydesk.language.Attribution;
import dev.copydesk.language.SourceKind;
import dev.copydesk.rule.Rule;
import dev.copydesk.text.Span;
import dev.copydesk.text.Words;
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
    /** Cue words that, with a vague group, describe more than they report ("everybody knows", "people see", "fans protested"). */
    private static final java.util.Set<String> NOT_REPORTS = java.util.Set.of("know", "knew", "knows", "see", "sees", "saw",
            "seen", "protest", "protested", "protests", "threaten", "threatened", "should", "must", "mentioned");
    private static final java.util.regex.Pattern CLAUSE_OPENER = java.util.regex.Pattern.compile(
            "(?:^|[,;:(\"“‘—–]|\\b(?:and|but|while|that|as|because|however|so|although|though|whereas|yet|also|now|still|even))\\s*$",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    private final Rule rule;
    private final SourceKind kind;

    SourceKindCheck(Rule rule, SourceKind kind) {
        this.rule = rule;
        this.kind = kind;
    }

    /** Whether the text before {@code start} ends a clause, so a phrase there is a subject, not another verb's object. */
    private static boolean startsClause(String text, int start) {
        String before = text.substring(Math.max(0, start - 40), start);
        int sentenceEnd = Math.max(before.lastIndexOf(". "), Math.max(before.lastIndexOf("? "), before.lastIndexOf("! ")));
        if (sentenceEnd >= 0) {
            before = before.substring(sentenceEnd + 2);
        }
        return start == 0 || before.isBlank() || CLAUSE_OPENER.matcher(before).find();
    }

    @Override
    public void run(AnalyzedDocument document, Findings findings) {
        List<Finding> already = findings.all().stream().filter(f -> f.rule().equals(rule.id())).toList();
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
            String blockText = block.text();
            String cueText = blockText.substring(frame.cue().start(), frame.cue().end()).toLowerCase(java.util.Locale.ROOT);
            String between = source.end() <= frame.cue().start() ? blockText.substring(source.end(), frame.cue().start()) : "";
            boolean describedSource = between.matches("(?s)\\s*(?:,|who\\b|which\\b|that\\b).*");
            if (covered.length() > source.length() + frame.cue().length() + 12 && !describedSource
                    || !startsClause(blockText, source.start())
                    || java.util.Arrays.stream(Words.splitOnWhitespace(cueText)).anyMatch(NOT_REPORTS::contains)) {
                // Shared or far-off sources ("Some wandered in ..., not knowing"), objects of another verb
                // ("have seen many firms cautioned"), and knowing or seeing: no report an editor would chase.
                continue;
            }
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
