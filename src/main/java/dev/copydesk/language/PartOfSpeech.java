package dev.copydesk.language;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;

/**
 * Universal Dependencies part-of-speech tags ({@code NOUN}, {@code PROPN}, {@code VERB},
 * {@code AUX}, {@code PRON}, {@code DET}, {@code ADP}, ...) from Apache OpenNLP's English model
 * ({@code opennlp-models-pos-en}, trained on UD English EWT). The model loads once per process,
 * on first use, so runs without English text never pay for it; the tagger is not thread-safe,
 * so each thread gets its own.
 */
public final class PartOfSpeech {
    private static final String MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    /** Longer stretches are tagged in windows: the tagger's cost per word grows with the sentence. */
    static final int MAX_WORDS = 120;

    private PartOfSpeech() {
    }

    private static final class Model {
        static final POSModel INSTANCE = load();

        private static POSModel load() {
            try (InputStream in = PartOfSpeech.class.getResourceAsStream(MODEL)) {
                if (in == null) {
                    throw new IllegalStateException("the English part-of-speech model " + MODEL + " is not on the class path");
                }
                return new POSModel(in);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the English part-of-speech model", e);
            }
        }
    }

    private static final ThreadLocal<POSTaggerME> TAGGER = ThreadLocal.withInitial(() -> new POSTaggerME(Model.INSTANCE));

    /** One tag per word, in order. Bounded: a runaway "sentence" is tagged in windows of {@link #MAX_WORDS}. */
    public static String[] tag(List<Word> words) {
        String[] tags = new String[words.size()];
        POSTaggerME tagger = TAGGER.get();
        for (int from = 0; from < words.size(); from += MAX_WORDS) {
            int to = Math.min(words.size(), from + MAX_WORDS);
            String[] window = new String[to - from];
            for (int i = from; i < to; i++) {
                window[i - from] = words.get(i).text();
            }
            String[] tagged = tagger.tag(window);
            System.arraycopy(tagged, 0, tags, from, tagged.length);
        }
        return tags;
    }
}
