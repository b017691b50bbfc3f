package dev.copydesk.analysis;

import dev.copydesk.input.Block;
import dev.copydesk.input.Document;
import dev.copydesk.input.Scope;
import dev.copydesk.text.NormalizedText;
import dev.copydesk.text.Readability;
import dev.copydesk.text.Segmenter;
import dev.copydesk.text.Span;
import dev.copydesk.text.Stems;
import dev.copydesk.text.Syllables;
import dev.copydesk.text.QuotationFinder;
import dev.copydesk.text.TextNormalizer;
import dev.copydesk.text.Token;
import dev.copydesk.text.Words;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Builds an {@link AnalyzedDocument}. Stateless and thread-safe. */
public final class Analyzer {
    private Analyzer() {
    }

    /** @param fallbackLanguage used when the document declares none (e.g. {@code --lang}); may be null */
    public static AnalyzedDocument analyze(Document document, String fallbackLanguage) {
        String language = document.language().map(Analyzer::primaryLanguage)
                .orElse(fallbackLanguage == null ? "en" : fallbackLanguage);
        Segmenter segmenter = new Segmenter(language);
        Stems stems = Stems.forLanguage(language);
        List<AnalyzedBlock> blocks = new ArrayList<>();
        for (Block block : document.blocks()) {
            blocks.add(analyzeBlock(blocks.size(), block, segmenter, stems));
        }
        return new AnalyzedDocument(document, language, blocks, metrics(blocks));
    }

    private static AnalyzedBlock analyzeBlock(int index, Block block, Segmenter segmenter, Stems stems) {
        String text = block.text().text();
        NormalizedText normalized = TextNormalizer.normalize(text);
        List<Token> tokens = segmenter.tokens(normalized.text());
        // A headline or list item is one sentence whatever its punctuation.
        List<Span> sentences = block.scope() == Scope.HEADLINE || block.scope() == Scope.HEADING
                ? List.of(new Span(0, text.length())) : segmenter.sentences(text);
        int[] sentenceWords = new int[sentences.size()];
        int words = 0;
        int s = 0;
        for (Token token : tokens) {
            if (!token.word()) {
                continue;
            }
            words++;
            int at = normalized.inputStart(token.start());
            while (s < sentences.size() - 1 && at >= sentences.get(s).end()) {
                s++;
            }
            if (!sentences.isEmpty()) {
                sentenceWords[s]++;
            }
        }
        List<String> tokenStems = tokens.stream().map(t -> t.word() ? stems.stem(t.text()) : t.text()).toList();
        return new AnalyzedBlock(index, block, normalized, tokens, tokenStems, sentences, QuotationFinder.quotations(text),
                sentenceWords, words, Words.isAscii(text));
    }

    private static Map<String, Number> metrics(List<AnalyzedBlock> blocks) {
        int sentences = 0;
        int words = 0;
        int syllables = 0;
        int letters = 0;
        int characters = 0;
        int complex = 0;
        int paragraphs = 0;
        int exclamations = 0;
        int allCaps = 0;
        for (AnalyzedBlock block : blocks) {
            exclamations += (int) block.text().chars().filter(c -> c == '!').count();
            allCaps += allCapsWords(block);
            if (block.block().scope() == Scope.PARAGRAPH || block.block().scope() == Scope.LIST_ITEM
                    || block.block().scope() == Scope.QUOTE) {
                paragraphs++;
            }
            sentences += block.sentences().size();
            for (Token token : block.tokens()) {
                if (!token.word()) {
                    continue;
                }
                words++;
                int n = Syllables.count(token.text());
                syllables += n;
                if (n >= 3) {
                    complex++;
                }
                for (int i = 0; i < token.text().length(); i++) {
                    char c = token.text().charAt(i);
                    if (Character.isLetter(c)) {
                        letters++;
                    }
                    if (Character.isLetterOrDigit(c)) {
                        characters++;
                    }
                }
            }
        }
        Readability.Counts counts = new Readability.Counts(sentences, words, syllables, letters, characters, complex,
                complex);
        Map<String, Number> m = new LinkedHashMap<>();
        m.put("words", words);
        m.put("sentences", sentences);
        m.put("paragraphs", paragraphs);
        m.put("syllables", syllables);
        m.put("complexWords", complex);
        m.put("exclamationMarks", exclamations);
        m.put("allCapsWords", allCaps);
        m.put("wordsPerSentence", round((double) words / Math.max(1, sentences)));
        m.put("fleschReadingEase", round(Readability.fleschReadingEase(counts)));
        m.put("fleschKincaidGrade", round(Readability.fleschKincaidGrade(counts)));
        m.put("gunningFog", round(Readability.gunningFog(counts)));
        m.put("smog", round(Readability.smog(counts)));
        m.put("colemanLiau", round(Readability.colemanLiau(counts)));
        m.put("ari", round(Readability.automatedReadabilityIndex(counts)));
        return m;
    }

    /** Words of five or more letters written all in capitals (shorter ones are mostly acronyms). */
    private static int allCapsWords(AnalyzedBlock block) {
        int count = 0;
        for (Token token : block.tokens()) {
            if (!token.word() || token.end() - token.start() < 5) {
                continue;
            }
            var span = block.blockSpan(token.start(), token.end());
            String written = block.text().substring(span.start(), span.end());
            if (written.chars().allMatch(c -> Character.isUpperCase(c) || !Character.isLetter(c))
                    && written.chars().filter(Character::isLetter).count() >= 5) {
                count++;
            }
        }
        return count;
    }

    private static double round(double value) {
        return Math.round(value * 100.0) / 100.0;
    }

    private static String primaryLanguage(String tag) {
        String lower = tag.toLowerCase(Locale.ROOT);
        int dash = lower.indexOf('-');
        String primary = dash < 0 ? lower : lower.substring(0, dash);
        return primary.matches("[a-z]{2,3}") ? primary : "en";
    }
}
