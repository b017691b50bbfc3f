package dev.copydesk.language;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.ml.ArrayMath;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.UniformPrior;
import opennlp.tools.util.StringUtil;
import opennlp.tools.util.featuregen.FeatureGeneratorUtil;

/**
 * The English part-of-speech model's probabilities for one word, computed as OpenNLP computes
 * them but without building and hashing every feature string at every position. The model
 * ({@code generator.featuregen} in its package) describes a word at position i by: "def"; its
 * suffixes and prefixes of one to four letters ({@code suf=}, {@code pre=}); the lower-cased
 * words from i-2 to i+2 ({@code w=}, {@code p1w=}, {@code p2w=}, {@code n1w=}, {@code n2w=});
 * whether i, i-1 or i-2 opens the sentence ({@code S=begin}, {@code p1S=}, {@code p2S=}); its
 * token class ({@code wc=}, {@code w&c=}); and the two tags before it ({@code t=}, {@code t2=}).
 * All but the tags belong to one word, so each word's features are looked up in the model once
 * and kept (bounded, in a table the threads share: a batch's two workers meet the same
 * vocabulary); the tag features are looked up once per instance. The word's own
 * features come first in the sum, so the sum up to them is kept with the word too: the rest
 * of the sum goes on from it exactly as it would have gone on from adding them again.
 *
 * <p>The sum runs over the same features in the same order as OpenNLP's (a feature the model
 * does not know adds nothing there and is left out here), from the same uniform prior, through
 * the same {@code exp} and normalisation, so the probabilities are equal to the last bit:
 * {@code PartOfSpeechTest} compares them with OpenNLP's on every word of its sentences. Not
 * thread-safe: one instance per thread, over a word table they may share.
 */
final class TaggerFeatures {
    /** Above this many distinct words the cache starts again: it holds a working vocabulary, not a corpus's. */
    private static final int CACHE_LIMIT = 50_000;
    private static final int MAX_AFFIX = 4;
    /** At most four other words, one sentence mark, two class features and two tags after a word's own features. */
    private static final int MAX_CONTEXT_FEATURES = 4 + 1 + 2 + 2;

    /**
     * What one word contributes: {@code ownSum}, the prior plus its own features in their order,
     * and the model's parameters for the features it gives other positions and its class (null
     * where the model has no such feature). Never changed once made, so threads share it.
     */
    record Word(double[] ownSum, Context previous, Context beforePrevious, Context next,
            Context afterNext, Context[] shape) {
    }

    private final Map<String, Context> parameters;
    private final String[] tagNames;
    private final double[] prior;
    private final Context[] sentenceStart;
    /** {@code t=} by tag index, and {@code t2=} by the two tags' indices. */
    private final Context[] lastTag;
    private final Context[][] lastTwoTags;
    private final Map<String, Word> words;
    private final Context[] features = new Context[MAX_CONTEXT_FEATURES];

    /** With a word table of its own. */
    TaggerFeatures(TaggerModel model) {
        this(model, new ConcurrentHashMap<>());
    }

    /** @param words the words described so far, for this model only; shared by the instances of every thread */
    TaggerFeatures(TaggerModel model, ConcurrentHashMap<String, Word> words) {
        this.words = words;
        this.parameters = model.parameters();
        String[] names = model.outcomes();
        int outcomes = names.length;
        // The prior OpenNLP's maxent model starts every sum from.
        UniformPrior uniform = new UniformPrior();
        uniform.setLabels(names, new String[0]);
        this.tagNames = names;
        this.prior = new double[outcomes];
        uniform.logPrior(prior, (int[]) null);
        this.sentenceStart = new Context[] {parameters.get("S=begin"), parameters.get("p1S=begin"),
            parameters.get("p2S=begin")};
        this.lastTag = new Context[outcomes];
        this.lastTwoTags = new Context[outcomes][outcomes];
        for (int a = 0; a < outcomes; a++) {
            lastTag[a] = parameters.get("t=" + names[a]);
            for (int b = 0; b < outcomes; b++) {
                lastTwoTags[a][b] = parameters.get("t2=" + names[a] + "," + names[b]);
            }
        }
    }

    /** Each word of a window as the model sees it, looked up once for every position that reads it. */
    Word[] describeAll(String[] window) {
        Word[] described = new Word[window.length];
        for (int i = 0; i < window.length; i++) {
            described[i] = word(window[i]);
        }
        return described;
    }

    /**
     * Fills {@code probabilities} with the model's distribution over tags for word {@code i} of
     * a window given by {@link #describeAll}, given the indices of the tags chosen before it
     * ({@code -1} for none).
     */
    void probabilities(int i, Word[] window, int[] tags, double[] probabilities) {
        scores(i, window, tags, probabilities);
        normalise(probabilities);
    }

    /**
     * The sums {@link #probabilities} takes the exponentials of, one per tag: its log-odds before
     * normalisation. A tag's probability grows with its score, so one that beats every other by a
     * clear margin is the most probable without computing any exponential.
     */
    void scores(int i, Word[] window, int[] tags, double[] scores) {
        java.util.Arrays.fill(features, null);
        int n = 0;
        Word word = window[i];
        features[n++] = i >= 1 ? window[i - 1].previous() : null;
        features[n++] = i >= 2 ? window[i - 2].beforePrevious() : null;
        features[n++] = i + 1 < window.length ? window[i + 1].next() : null;
        features[n++] = i + 2 < window.length ? window[i + 2].afterNext() : null;
        features[n++] = i <= 2 ? sentenceStart[i] : null;
        for (Context c : word.shape()) {
            features[n++] = c;
        }
        if (i >= 1) {
            features[n++] = lastTag(tags[i - 1]);
        }
        if (i >= 2) {
            features[n] = lastTwoTags(tags[i - 2], tags[i - 1]);
        }
        System.arraycopy(word.ownSum(), 0, scores, 0, prior.length);
        ArrayMath.sumFeatures(features, null, scores);
    }

    /** Scores into probabilities, in place, as OpenNLP's maxent model computes them. */
    static void normalise(double[] probabilities) {
        double normal = 0;
        for (int o = 0; o < probabilities.length; o++) {
            probabilities[o] = StrictMath.exp(probabilities[o]);
            normal += probabilities[o];
        }
        for (int o = 0; o < probabilities.length; o++) {
            probabilities[o] /= normal;
        }
    }

    /** {@code t=}; OpenNLP writes none after a word left without a tag. */
    private Context lastTag(int previous) {
        return previous >= 0 ? lastTag[previous] : null;
    }

    /** {@code t2=}; none when the word two back has no tag, "t2=TAG,null" when only the last one has none, as OpenNLP writes them. */
    private Context lastTwoTags(int beforePrevious, int previous) {
        if (beforePrevious < 0) {
            return null;
        }
        return previous >= 0 ? lastTwoTags[beforePrevious][previous]
                : parameters.get("t2=" + tagNames[beforePrevious] + ",null");
    }

    private Word word(String token) {
        Word word = words.get(token);
        if (word == null) {
            if (words.size() >= CACHE_LIMIT) {
                words.clear();
            }
            // Two threads may describe the same new word at once; both make equal Words, and either may stay.
            word = describe(token);
            words.put(token, word);
        }
        return word;
    }

    private Word describe(String token) {
        String lower = StringUtil.toLowerCase(token);
        int affixes = Math.min(MAX_AFFIX, token.length());
        Context[] own = new Context[2 + 2 * affixes];
        int n = 0;
        own[n++] = parameters.get("def");
        for (int k = 1; k <= affixes; k++) {
            own[n++] = parameters.get("suf=" + token.substring(token.length() - k));
        }
        for (int k = 1; k <= affixes; k++) {
            own[n++] = parameters.get("pre=" + token.substring(0, k));
        }
        own[n] = parameters.get("w=" + lower);
        double[] ownSum = prior.clone();
        ArrayMath.sumFeatures(own, null, ownSum);
        String tokenClass = FeatureGeneratorUtil.tokenFeature(token);
        return new Word(ownSum, parameters.get("p1w=" + lower), parameters.get("p2w=" + lower),
                parameters.get("n1w=" + lower), parameters.get("n2w=" + lower),
                new Context[] {parameters.get("wc=" + tokenClass), parameters.get("w&c=" + lower + "," + tokenClass)});
    }
}
