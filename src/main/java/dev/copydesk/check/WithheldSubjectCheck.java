package dev.copydesk.check;

import dev.copydesk.analysis.AnalyzedBlock;
import dev.copydesk.analysis.AnalyzedDocument;
import dev.copydesk.input.Scope;
import dev.copydesk.language.TaggedSentence;
import dev.copydesk.language.Word;
import dev.copydesk.language.WordTokenizer;
import dev.copydesk.rule.Rule;
import dev.copydesk.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A headline that points at its subject instead of naming it: "This dog's reaction to ...",
 * "These photos show ...", "Scientists stunned: this village ...". The headline opens (or its
 * second part opens) with "this" or "these" and a noun phrase, read by part of speech on the
 * lower-cased headline, so title case and sentence case are read alike. "This week" and "this
 * year" are time, not a withheld subject. English only.
 */
final class WithheldSubjectCheck implements Check {
    private static final Set<String> TIME = Set.of("year", "week", "month", "weekend", "morning", "afternoon",
            "evening", "night", "time", "season", "summer", "winter", "spring", "autumn", "fall", "term", "quarter",
            "decade", "century", "christmas", "easter", "january", "february", "march", "april", "may", "june", "july",
            "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "sunday", "side", "way", "is", "was");
    private static final int MAX_PHRASE = 4;

    private final Rule rule;

    WithheldSubjectCheck(Rule rule) {
        this.rule = rule;
    }

    @Override
    public void run(AnalyzedDocument document, Findings findings) {
        if (!"en".equals(document.language())) {
            return;
        }
        for (AnalyzedBlock block : document.blocks()) {
            if (block.block().scope() != Scope.HEADLINE) {
                continue;
            }
            String text = block.text();
            List<Word> lower = new ArrayList<>();
            for (Word w : WordTokenizer.words(text, 0, text.length())) {
                lower.add(new Word(w.text().toLowerCase(Locale.ROOT), w.start(), w.end()));
            }
            if (lower.isEmpty()) {
                continue;
            }
            TaggedSentence s = TaggedSentence.of(lower);
            for (int i = 0; i + 1 < s.size(); i++) {
                boolean opens = i == 0 || s.isWord(i - 1, ":", "—", "–", "-", "|");
                if (!opens || !s.isWord(i, "this", "these") || TIME.contains(s.lower(i + 1))) {
                    continue;
                }
                int end = i + 1;
                while (end < s.size() && end - i <= MAX_PHRASE && s.isTag(end, "ADJ", "NOUN", "PROPN")) {
                    end++;
                }
                if (end == i + 1 || !s.isTag(end - 1, "NOUN", "PROPN") && !s.isWord(end, "'s", "’s")) {
                    continue; // "this is", "this might": no noun, nothing withheld
                }
                Span span = new Span(s.word(i).start(), s.word(end - 1).end());
                findings.report(rule, block, span, Map.of(), Map.of("phrase", text.substring(span.start(), span.end())));
                break;
            }
        }
    }
}
