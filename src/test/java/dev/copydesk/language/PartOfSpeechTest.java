package dev.copydesk.language;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.InputStream;
import java.util.List;
import java.util.Random;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.postag.POSContextGenerator;
import opennlp.tools.postag.POSModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class PartOfSpeechTest {
    private static POSModel model;
    private static AbstractModel maxent;

    /** Words of every shape the features tell apart: cases, digits, punctuation, apostrophes, other scripts, one letter. */
    private static final List<String[]> SENTENCES = List.of(
            "The council said on Tuesday that the new bridge would cost 40 % more .".split(" "),
            "\" We will finish it , \" the mayor told reporters in St. John's .".split(" "),
            "U.S.-based McDonald's hired 2,000 staff in 2024 ; WON'T they ?".split(" "),
            "x".split(" "),
            "Prices rose 3.5 per cent to £12.99 , up from $ 9/10 and 1-2-3 .".split(" "),
            "Café owners in Zürich — and naïve tourists — paid €5 for ☕ coffee !".split(" "),
            "A B C d e , I think , is ABC-123 or a1b2 or 07:30 .".split(" "),
            "Officials , who declined to be named , insisted the plan was sound .".split(" "),
            "Москва and 東京 are capitals ; so is Αθήνα .".split(" "));

    @BeforeAll
    static void loadModel() throws Exception {
        try (InputStream in = PartOfSpeech.class.getResourceAsStream("/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin")) {
            model = new POSModel(in);
        }
        maxent = (AbstractModel) model.getArtifact("pos.model");
    }

    /** OpenNLP's own probabilities: its context generator's feature strings, through its model. */
    private static double[] openNlp(POSContextGenerator context, int i, String[] words, int[] tags) {
        String[] before = new String[i];
        for (int k = 0; k < i; k++) {
            before[k] = tags[k] < 0 ? null : maxent.getOutcome(tags[k]);
        }
        return maxent.eval(context.getContext(i, words, before, new Object[0]), new double[maxent.getNumOutcomes()]);
    }

    @Test
    void probabilitiesEqualOpenNlpsToTheLastBitWhateverTheTagsBefore() {
        POSContextGenerator context = model.getFactory().getPOSContextGenerator(0);
        TaggerFeatures features = new TaggerFeatures(TaggerModel.of(model));
        Random random = new Random(17);
        int compared = 0;
        for (String[] sentence : SENTENCES) {
            // The tags before each word: the model's own choices in one pass, random ones (and
            // none at all, which OpenNLP writes as "null") in the next. OpenNLP caches a word's
            // features for as long as it is given the same array: each pass gets its own.
            for (boolean randomTags : new boolean[] {false, true}) {
                String[] words = sentence.clone();
                TaggerFeatures.Word[] described = features.describeAll(words);
                int[] tags = new int[words.length];
                for (int i = 0; i < words.length; i++) {
                    double[] theirs = openNlp(context, i, words, tags);
                    double[] ours = new double[maxent.getNumOutcomes()];
                    features.probabilities(i, described, tags, ours);
                    int at = i;
                    assertArrayEquals(theirs, ours, 0.0, () -> "word " + at + " of " + String.join(" ", words));
                    compared++;
                    tags[i] = randomTags ? random.nextInt(maxent.getNumOutcomes() + 1) - 1 : argmax(theirs);
                }
            }
        }
        assertEquals(2 * SENTENCES.stream().mapToInt(s -> s.length).sum(), compared);
    }

    @Test
    void aWordSeenBeforeKeepsTheSameFeatures() {
        // The per-word cache must not carry one position's neighbours into another sentence.
        POSContextGenerator context = model.getFactory().getPOSContextGenerator(0);
        TaggerFeatures features = new TaggerFeatures(TaggerModel.of(model));
        for (String[] words : List.of("the cat sat".split(" "), "sat the cat".split(" "), "cat".split(" "), "the cat sat".split(" "))) {
            int[] tags = new int[words.length];
            TaggerFeatures.Word[] described = features.describeAll(words);
            for (int i = 0; i < words.length; i++) {
                double[] ours = new double[maxent.getNumOutcomes()];
                features.probabilities(i, described, tags, ours);
                double[] theirs = openNlp(context, i, words, tags);
                assertArrayEquals(theirs, ours, 0.0);
                tags[i] = argmax(theirs);
            }
        }
    }

    @Test
    void tagsCommonWords() {
        String[] tags = PartOfSpeech.greedy("The mayor said the bridge will open soon .".split(" "));
        assertArrayEquals(new String[] {"DET", "NOUN", "VERB", "DET", "NOUN", "AUX", "VERB", "ADV", "PUNCT"}, tags);
    }

    /**
     * The tagger skips the exponentials when one tag clearly leads: its tags must be those that
     * OpenNLP's probabilities give, word by word, on sentences of every shape.
     */
    @Test
    void greedyPicksTheTagsOpenNlpsProbabilitiesPick() {
        POSContextGenerator context = model.getFactory().getPOSContextGenerator(0);
        var validator = model.getFactory().getSequenceValidator();
        List<String> vocabulary = SENTENCES.stream().flatMap(java.util.Arrays::stream).distinct().toList();
        Random random = new Random(23);
        for (int n = 0; n < 3_000; n++) {
            String[] words = new String[1 + random.nextInt(25)];
            for (int i = 0; i < words.length; i++) {
                words[i] = vocabulary.get(random.nextInt(vocabulary.size()));
            }
            String[] expected = new String[words.length];
            int[] tags = new int[words.length];
            for (int i = 0; i < words.length; i++) {
                double[] theirs = openNlp(context, i, words.clone(), tags);
                String[] before = java.util.Arrays.copyOf(expected, i);
                int best = -1;
                for (int p = 0; p < theirs.length; p++) {
                    if ((best < 0 || theirs[p] > theirs[best]) && validator.validSequence(i, words, before, maxent.getOutcome(p))) {
                        best = p;
                    }
                }
                tags[i] = best;
                expected[i] = best < 0 ? null : maxent.getOutcome(best);
            }
            assertArrayEquals(expected, PartOfSpeech.greedy(words), String.join(" ", words));
        }
    }

    /**
     * The threads share the words the tagger has described: four threads tagging random
     * sentences at once, all meeting new words together, tag each as one thread alone does.
     */
    @Test
    void threadsSharingTheWordTableTagAsOneThreadDoes() throws Exception {
        List<String> vocabulary = SENTENCES.stream().flatMap(java.util.Arrays::stream).distinct().toList();
        Random random = new Random(31);
        List<String[]> sentences = new java.util.ArrayList<>();
        for (int n = 0; n < 2_000; n++) {
            String[] words = new String[1 + random.nextInt(20)];
            for (int i = 0; i < words.length; i++) {
                // Most words new to the table, so that threads describe the same word at once.
                words[i] = random.nextBoolean() ? vocabulary.get(random.nextInt(vocabulary.size()))
                        : "w" + random.nextInt(400) + (random.nextBoolean() ? "ing" : "ed");
            }
            sentences.add(words);
        }
        TaggerFeatures alone = new TaggerFeatures(TaggerModel.load());
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        try {
            List<java.util.concurrent.Future<String[]>> tagged = new java.util.ArrayList<>();
            for (String[] words : sentences) {
                tagged.add(pool.submit(() -> PartOfSpeech.greedy(words)));
            }
            for (int n = 0; n < sentences.size(); n++) {
                assertArrayEquals(PartOfSpeech.greedyWith(alone, sentences.get(n)), tagged.get(n).get(),
                        String.join(" ", sentences.get(n)));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static int argmax(double[] values) {
        int best = 0;
        for (int k = 1; k < values.length; k++) {
            if (values[k] > values[best]) {
                best = k;
            }
        }
        return best;
    }
}
