package dev.copydesk.language;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Universal Dependencies part-of-speech tags ({@code NOUN}, {@code PROPN}, {@code VERB},
 * {@code AUX}, {@code PRON}, {@code DET}, {@code ADP}, ...) from Apache OpenNLP's English model
 * ({@code opennlp-models-pos-en}, trained on UD English EWT). The model loads once per process,
 * on first use, so runs without English text never pay for it.
 *
 * <p>Decoding is greedy (a beam of one) rather than OpenNLP's default beam of three: on the BBC
 * sentences that hold a cue word the two agree on every tag, and greedy takes half the time
 * (2.7 s against 5.3 s for 654,000 words on one core). The model's probabilities come from
 * {@link TaggerFeatures}, which looks each word's features up once instead of at every position
 * (equal to OpenNLP's to the last bit; 1.8 s against 4.0 s for the 920,000 words of BBC's
 * sentences); the words it has described are kept for every thread, and each thread has its
 * own instance for the sums.
 */
public final class PartOfSpeech {
    /** Longer stretches are tagged in windows: the tagger's cost per word grows with the sentence. */
    static final int MAX_WORDS = 120;

    private PartOfSpeech() {
    }

    private static final class Model {
        static final TaggerModel INSTANCE = TaggerModel.load();
        /** Each word as the model sees it, described once for every thread. */
        static final ConcurrentHashMap<String, TaggerFeatures.Word> WORDS = new ConcurrentHashMap<>();
    }

    private static final ThreadLocal<TaggerFeatures> FEATURES = ThreadLocal.withInitial(
            () -> new TaggerFeatures(Model.INSTANCE, Model.WORDS));
    /** The model's probabilities for one word, rewritten for each: one buffer per thread. */
    private static final ThreadLocal<double[]> PROBABILITIES = ThreadLocal.withInitial(
            () -> new double[Model.INSTANCE.outcomes().length]);

    /** One tag per word, in order. Bounded: a runaway "sentence" is tagged in windows of {@link #MAX_WORDS}. */
    public static String[] tag(List<Word> words) {
        String[] tags = new String[words.size()];
        for (int from = 0; from < words.size(); from += MAX_WORDS) {
            int to = Math.min(words.size(), from + MAX_WORDS);
            String[] window = new String[to - from];
            for (int i = from; i < to; i++) {
                window[i - from] = words.get(i).text();
            }
            String[] tagged = greedy(window);
            System.arraycopy(tagged, 0, tags, from, tagged.length);
        }
        return tags;
    }

    /**
     * The tags OpenNLP's beam search of width one picks, without its machinery: for each word in
     * turn, the most probable tag the sequence validator accepts, given the tags before it (the
     * first such tag when two are equally probable, as the search's queue yields them). The
     * search sorts every word's probabilities and queues a node per candidate; this takes a
     * maximum. The probabilities are the model's own, computed by {@link TaggerFeatures}; the
     * validator, a function of its arguments, is asked about the same candidates.
     *
     * <p>Most words have a clear winner: a tag whose score beats every other accepted tag's by
     * more than {@link #CLEAR_MARGIN}. Its probability is then the largest, strictly, and the
     * exponentials (38 per word, most of the tagger's time) are not computed. Otherwise the
     * probabilities are, and the choice is made on them as before.
     */
    static String[] greedy(String[] window) {
        return greedyWith(FEATURES.get(), window);
    }

    /** The same, with the given features (a test's, over a word table of its own). */
    static String[] greedyWith(TaggerFeatures features, String[] window) {
        var validator = Model.INSTANCE.validator();
        String[] outcomes = Model.INSTANCE.outcomes();
        double[] scores = PROBABILITIES.get();
        String[] tags = new String[window.length];
        int[] chosen = new int[window.length];
        TaggerFeatures.Word[] described = features.describeAll(window);
        for (int i = 0; i < window.length; i++) {
            String[] before = java.util.Arrays.copyOf(tags, i);
            features.scores(i, described, chosen, scores);
            int best = clearWinner(scores, i, window, before, validator, outcomes);
            if (best == UNCLEAR) {
                TaggerFeatures.normalise(scores);
                best = mostProbable(scores, i, window, before, validator, outcomes);
            }
            tags[i] = best < 0 ? null : outcomes[best];
            chosen[i] = best;
        }
        return tags;
    }

    /**
     * How far ahead a score must be for its probability to be strictly the largest. With
     * exponentials within one ulp of exact ({@code StrictMath.exp}) and one rounding in the
     * division, a lead of a few units in the 16th digit suffices; this is a million times that.
     */
    static final double CLEAR_MARGIN = 1e-9;
    /** Scores beyond this, or this far below the top score, could make an exponential or a probability leave the normal range, where those bounds fail. */
    private static final double SAFE_RANGE = 600;
    private static final int UNCLEAR = -2;

    /** The accepted tag whose score leads every other accepted tag's by the margin; -1 if none is accepted, UNCLEAR if the lead is smaller. */
    private static int clearWinner(double[] scores, int i, String[] window, String[] before,
            opennlp.tools.util.SequenceValidator<String> validator, String[] outcomes) {
        int best = -1;
        double runnerUp = Double.NEGATIVE_INFINITY;
        double top = Double.NEGATIVE_INFINITY;
        for (int p = 0; p < scores.length; p++) {
            if (!(Math.abs(scores[p]) < SAFE_RANGE)) {
                return UNCLEAR; // also NaN
            }
            top = Math.max(top, scores[p]);
            if (best >= 0 && scores[p] <= runnerUp) {
                continue; // neither the best nor the runner-up: no need to ask the validator
            }
            if (!validator.validSequence(i, window, before, outcomes[p])) {
                continue;
            }
            if (best < 0 || scores[p] > scores[best]) {
                runnerUp = best < 0 ? runnerUp : scores[best];
                best = p;
            } else {
                runnerUp = scores[p];
            }
        }
        if (best < 0) {
            return -1;
        }
        return scores[best] - runnerUp > CLEAR_MARGIN && top - scores[best] < SAFE_RANGE ? best : UNCLEAR;
    }

    /** The first accepted tag of the largest probability, or -1 when none is accepted. */
    private static int mostProbable(double[] probabilities, int i, String[] window, String[] before,
            opennlp.tools.util.SequenceValidator<String> validator, String[] outcomes) {
        int best = -1;
        for (int p = 0; p < probabilities.length; p++) {
            if ((best < 0 || probabilities[p] > probabilities[best]) && validator.validSequence(i, window, before, outcomes[p])) {
                best = p;
            }
        }
        return best;
    }
}
