package dev.copydesk.analysis;

import dev.copydesk.text.Span;
import dev.copydesk.text.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * The word stems of each sentence of a block, for checks that compare sentences. Tokens live
 * in normalized offsets and sentences in block offsets; this maps one onto the other once.
 */
public final class SentenceWords {
    private SentenceWords() {
    }

    /** One sentence: its block span, and the stems and block spans of its words. */
    public record Sentence(AnalyzedBlock block, Span span, List<String> stems, List<Span> words) {
    }

    public static List<Sentence> of(AnalyzedBlock block) {
        List<Sentence> sentences = new ArrayList<>();
        List<Token> tokens = block.tokens();
        int t = 0;
        for (Span sentence : block.sentences()) {
            List<String> stems = new ArrayList<>();
            List<Span> words = new ArrayList<>();
            while (t < tokens.size() && block.normalized().inputStart(tokens.get(t).start()) < sentence.end()) {
                Token token = tokens.get(t);
                if (token.word() && block.normalized().inputStart(token.start()) >= sentence.start()) {
                    stems.add(block.stems().get(t));
                    words.add(block.blockSpan(token.start(), token.end()));
                }
                t++;
            }
            sentences.add(new Sentence(block, sentence, stems, words));
        }
        return sentences;
    }
}
