package dev.copydesk.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.copydesk.analysis.AnalyzedBlock;
import dev.copydesk.analysis.AnalyzedDocument;
import dev.copydesk.audit.DocumentResult;
import dev.copydesk.finding.Finding;
import dev.copydesk.rule.Category;
import dev.copydesk.rule.Rule;
import dev.copydesk.rule.RuleCatalog;
import dev.copydesk.rule.Severity;
import dev.copydesk.text.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Copydesk's findings in LanguageTool's response shape, key for key in LanguageTool's order:
 * {@code software}, {@code warnings}, {@code language}, {@code matches}. Offsets and lengths
 * are UTF-16 units of the text the client sent (markup counted, for {@code data}); the context
 * is forty characters either side, marked "..." where cut, as LanguageTool cuts it.
 */
final class LanguageToolMatches {
    private static final int CONTEXT = 40;

    private LanguageToolMatches() {
    }

    static ObjectNode response(DocumentResult result, AnnotatedText text, Severity least, Languages.Language requested,
            String version, RuleCatalog catalog) {
        ObjectNode root = Exchange.JSON.createObjectNode();
        root.putObject("software").put("name", "Copydesk").put("version", version).putNull("buildDate").put("apiVersion", 1)
                .put("premium", false).put("status", "");
        root.putObject("warnings").put("incompleteResults", false);
        AnalyzedDocument analyzed = result.analysis().orElseThrow();
        Languages.Language detected = Languages.find(analyzed.language());
        Languages.Language used = requested.auto() && detected != null ? detected : requested;
        ObjectNode language = root.putObject("language").put("name", used.name()).put("code", used.longCode());
        language.putObject("detectedLanguage").put("name", detected != null ? detected.name() : analyzed.language())
                .put("code", analyzed.language());
        ArrayNode matches = root.putArray("matches");
        String source = analyzed.document().source().text();
        // A byte-order mark opens no article: the reader drops it, and offsets move back by one.
        int shift = text.plain().startsWith("\uFEFF") && !source.startsWith("\uFEFF") ? 1 : 0;
        List<Span> sentences = sentences(analyzed);
        for (Finding finding : result.findings()) {
            if (finding.severity().atLeast(least)) {
                matches.add(match(finding, text, shift, sentences, catalog));
            }
        }
        return root;
    }

    private static ObjectNode match(Finding finding, AnnotatedText text, int shift, List<Span> sentences, RuleCatalog catalog) {
        int plainLength = text.plain().length();
        int from = Math.min(Math.max(0, finding.location().start() + shift), Math.max(0, plainLength - 1));
        int to = Math.max(from + 1, Math.min(plainLength, finding.location().end() + shift));
        int[] span = text.originalSpan(from, to);
        ObjectNode match = Exchange.JSON.createObjectNode();
        match.put("message", finding.message());
        match.put("shortMessage", Rule.readableName(finding.rule()));
        ArrayNode replacements = match.putArray("replacements");
        if (finding.detail().get("preferred") instanceof String preferred && !preferred.isBlank()) {
            replacements.addObject().put("value", preferred);
        }
        match.put("offset", span[0]).put("length", span[1] - span[0]);
        context(match.putObject("context"), text.original(), span[0], span[1]);
        match.put("sentence", sentence(text.plain(), sentences, from - shift, shift));
        match.putObject("type").put("typeName", finding.severity() == Severity.INFO ? "Hint" : "Other");
        Rule rule = catalog.find(finding.rule()).orElse(null);
        ObjectNode ruleNode = match.putObject("rule").put("id", finding.rule())
                .put("description", rule == null ? finding.message() : rule.readableDescription())
                .put("issueType", issueType(finding.category()));
        ruleNode.putObject("category").put("id", LanguageToolApi.categoryId(finding.category()))
                .put("name", capitalized(finding.category().key()));
        match.put("ignoreForIncompleteSentence", false).put("contextForSureMatch", 0);
        return match;
    }

    /** As LanguageTool cuts it: forty units either side, "..." where text was left out, line feeds as spaces. */
    static void context(ObjectNode node, String original, int from, int to) {
        int start = from - CONTEXT;
        String prefix = "...";
        if (start < 0) {
            start = 0;
            prefix = "";
        }
        int end = to + CONTEXT;
        String suffix = "...";
        if (end > original.length()) {
            end = original.length();
            suffix = "";
        }
        node.put("text", prefix + original.substring(start, end).replace('\n', ' ') + suffix);
        node.put("offset", prefix.length() + from - start).put("length", to - from);
    }

    /** Every sentence's span in the source text, in order. */
    private static List<Span> sentences(AnalyzedDocument analyzed) {
        List<Span> spans = new ArrayList<>();
        for (AnalyzedBlock block : analyzed.blocks()) {
            for (Span sentence : block.sentences()) {
                spans.add(analyzed.sourceSpan(block.index(), sentence));
            }
        }
        spans.sort(Comparator.comparingInt(Span::start));
        return spans;
    }

    private static String sentence(String plain, List<Span> sentences, int sourcePosition, int shift) {
        for (Span s : sentences) {
            if (s.start() <= sourcePosition && sourcePosition < Math.max(s.end(), s.start() + 1)) {
                return plain.substring(Math.min(plain.length(), s.start() + shift), Math.min(plain.length(), s.end() + shift)).strip();
            }
        }
        return "";
    }


    private static String capitalized(String s) {
        return s.isEmpty() ? s : s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
    }


    /**
     * The ITS 2.0 issue type clients colour by: Unicode tricks are "characters", tone and clarity
     * "style", leftovers "typographical", sourcing "uncategorized" (ITS has no word for a missing
     * source).
     */
    static String issueType(Category category) {
        return switch (category) {
            case INTEGRITY -> "characters";
            case TONE, CLARITY -> "style";
            case HYGIENE -> "typographical";
            case SOURCING -> "uncategorized";
        };
    }
}
