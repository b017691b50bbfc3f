package dev.copydesk.text;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import opennlp.tools.stemmer.snowball.SnowballStemmer;

/**
 * Snowball stems (Apache OpenNLP), so one rule entry covers a word's inflections and close
 * derivations: "escalate" and "escalation" share the stem {@code escal}. One stemmer per
 * language and thread, since Snowball stemmers keep state; stems of frequent words are
 * cached. Languages without a Snowball stemmer get the word itself. Thread-safe.
 */
public final class Stems {
    private static final int CACHE_LIMIT = 200_000;
    private static final Map<String, ThreadLocal<SnowballStemmer>> STEMMERS = new ConcurrentHashMap<>();
    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    private final String language;
    private final ThreadLocal<SnowballStemmer> stemmer;

    private Stems(String language, ThreadLocal<SnowballStemmer> stemmer) {
        this.language = language;
        this.stemmer = stemmer;
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
        String key = language + ':' + word;
        String cached = CACHE.get(key);
        if (cached != null) {
            return cached;
        }
        String stem = stemmer.get().stem(word).toString();
        if (CACHE.size() < CACHE_LIMIT) {
            CACHE.put(key, stem);
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
