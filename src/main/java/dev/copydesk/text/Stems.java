package dev.copydesk.text;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.stemmer.snowball.SnowballStemmer;

/**
 * Snowball stems (Apache OpenNLP), so one rule entry covers a word's inflections and close
 * derivations: "escalate" and "escalation" share the stem {@code escal}. One stemmer per
 * language and thread, since Snowball stemmers keep state; stems of frequent words are
 * cached, up to a limit per language. Languages without a Snowball stemmer get the word itself. Thread-safe.
 */
public final class Stems {
    private static final int CACHE_LIMIT = 200_000;
    private static final Map<String, ThreadLocal<SnowballStemmer>> STEMMERS = new ConcurrentHashMap<>();
    /** Stems by word, a map per language: a word is looked up as it is, with no key to build. */
    private static final Map<String, Map<String, String>> CACHES = new ConcurrentHashMap<>();

    private final ThreadLocal<SnowballStemmer> stemmer;
    private final Map<String, String> cache;

    private Stems(String language, ThreadLocal<SnowballStemmer> stemmer) {
        this.stemmer = stemmer;
        this.cache = stemmer == null ? null : CACHES.computeIfAbsent(language, l -> new ConcurrentHashMap<>());
    }

    public static Stems forLanguage(String language) {
        SnowballStemmer.ALGORITHM algorithm = algorithm(language);
        if (algorithm == null) {
            return new Stems(language, null);
        }
        return new Stems(language, STEMMERS.computeIfAbsent(language,
                l -> ThreadLocal.withInitial(() -> new SnowballStemmer(algorithm))));
    }

    /** The stem of a normalized (case-folded) word. */
    public String stem(String word) {
        if (stemmer == null || word.length() < 3) {
            return word;
        }
        String cached = cache.get(word);
        if (cached != null) {
            return cached;
        }
        String stem = stemmer.get().stem(word).toString();
        if (cache.size() < CACHE_LIMIT) {
            cache.put(word, stem);
        }
        return stem;
    }

    private static SnowballStemmer.ALGORITHM algorithm(String language) {
        return switch (language == null ? "" : language.toLowerCase(Locale.ROOT)) {
            case "en" -> SnowballStemmer.ALGORITHM.ENGLISH;
            case "de" -> SnowballStemmer.ALGORITHM.GERMAN;
            case "fr" -> SnowballStemmer.ALGORITHM.FRENCH;
            case "es" -> SnowballStemmer.ALGORITHM.SPANISH;
            case "it" -> SnowballStemmer.ALGORITHM.ITALIAN;
            case "nl" -> SnowballStemmer.ALGORITHM.DUTCH;
            case "pt" -> SnowballStemmer.ALGORITHM.PORTUGUESE;
            case "sv" -> SnowballStemmer.ALGORITHM.SWEDISH;
            case "da" -> SnowballStemmer.ALGORITHM.DANISH;
            case "no", "nb", "nn" -> SnowballStemmer.ALGORITHM.NORWEGIAN;
            case "fi" -> SnowballStemmer.ALGORITHM.FINNISH;
            case "ru" -> SnowballStemmer.ALGORITHM.RUSSIAN;
            default -> null;
        };
    }
}
