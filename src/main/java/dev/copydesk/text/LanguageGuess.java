package dev.copydesk.text;

import com.ibm.icu.lang.UScript;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A light guess at a text's language, for documents that do not declare one: the dominant
 * script decides for most scripts; for Latin-script text, counts of very common function
 * words decide between the languages Copydesk has formulas for. Says nothing rather than
 * guess on short or mixed text. Stateless.
 */
public final class LanguageGuess {
    private static final int MIN_WORDS = 20;
    private static final Map<String, Set<String>> FUNCTION_WORDS = Map.of(
            "en", Set.of("the", "and", "of", "to", "is", "that", "with", "for", "was", "are", "this", "have"),
            "de", Set.of("der", "die", "und", "das", "ist", "nicht", "mit", "von", "den", "ein", "eine", "auch"),
            "fr", Set.of("le", "la", "les", "et", "des", "est", "une", "dans", "que", "pour", "pas", "du"),
            "es", Set.of("el", "la", "los", "las", "y", "que", "del", "una", "por", "con", "para", "es"),
            "it", Set.of("il", "la", "che", "di", "e", "per", "una", "non", "sono", "gli", "della", "del"),
            "nl", Set.of("de", "het", "en", "een", "van", "is", "niet", "dat", "op", "met", "zijn", "voor"),
            "pt", Set.of("o", "a", "os", "e", "que", "do", "da", "uma", "para", "com", "não", "em"),
            "sv", Set.of("och", "att", "det", "som", "en", "är", "av", "för", "med", "inte", "till", "på"));

    /** Each function word's languages, in the order of {@link #FUNCTION_WORDS}: one lookup per word. */
    private static final Map<String, List<String>> LANGUAGES_OF_WORD = languagesOfWord();

    private LanguageGuess() {
    }

    private static Map<String, List<String>> languagesOfWord() {
        Map<String, List<String>> index = new HashMap<>();
        FUNCTION_WORDS.forEach((language, words) -> words.forEach(
                word -> index.computeIfAbsent(word, w -> new java.util.ArrayList<>()).add(language)));
        Map<String, List<String>> frozen = new HashMap<>();
        index.forEach((word, languages) -> frozen.put(word, List.copyOf(languages)));
        return frozen;
    }

    public static Optional<String> of(String text) {
        Map<Integer, Integer> scripts = new HashMap<>();
        int asciiLetters = 0; // Latin without asking ICU: most of the text, most of the time
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 128) {
                asciiLetters += c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' ? 1 : 0;
                continue;
            }
            int cp = text.codePointAt(i);
            if (Character.isLetter(cp)) {
                scripts.merge(UScript.getScript(cp), 1, Integer::sum);
            }
            i += Character.charCount(cp) - 1;
        }
        if (asciiLetters > 0) {
            scripts.merge(UScript.LATIN, asciiLetters, Integer::sum);
        }
        int letters = scripts.values().stream().mapToInt(Integer::intValue).sum();
        if (letters == 0) {
            return Optional.empty();
        }
        int kana = scripts.getOrDefault(UScript.HIRAGANA, 0) + scripts.getOrDefault(UScript.KATAKANA, 0);
        if (kana > 0 && (kana + scripts.getOrDefault(UScript.HAN, 0)) * 2 >= letters) {
            return Optional.of("ja"); // Japanese mixes kanji and kana; neither alone need dominate
        }
        int top = scripts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
        if (scripts.get(top) * 2 < letters) {
            return Optional.empty();
        }
        return switch (top) {
            case UScript.LATIN -> latin(text);
            case UScript.CYRILLIC -> Optional.of(text.matches("(?s).*[іїєґ].*") ? "uk" : "ru");
            case UScript.GREEK -> Optional.of("el");
            case UScript.ARABIC -> Optional.of(text.matches("(?s).*[پچژگی].*") ? "fa" : "ar");
            case UScript.HEBREW -> Optional.of("he");
            case UScript.HANGUL -> Optional.of("ko");
            case UScript.HIRAGANA, UScript.KATAKANA -> Optional.of("ja");
            case UScript.HAN -> Optional.of(scripts.containsKey(UScript.HIRAGANA) ? "ja" : "zh");
            case UScript.THAI -> Optional.of("th");
            case UScript.DEVANAGARI -> Optional.of("hi");
            default -> Optional.empty();
        };
    }

    /** The words of a text: what splitting at {@code [^\\p{L}']+} gives, without a regex (it was two thirds of the guess). */
    static List<String> words(String text) {
        return Words.splitAtRuns(text, cp -> cp != '\'' && !Character.isLetter(cp));
    }

    private static Optional<String> latin(String text) {
        List<String> words = words(text.toLowerCase(Locale.ROOT));
        if (words.size() < MIN_WORDS) {
            return Optional.empty();
        }
        Map<String, Integer> hits = new HashMap<>();
        for (String word : words) {
            for (String language : LANGUAGES_OF_WORD.getOrDefault(word, List.of())) {
                hits.merge(language, 1, Integer::sum);
            }
        }
        var ranked = hits.entrySet().stream().sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).toList();
        if (ranked.isEmpty() || ranked.get(0).getValue() < 3) {
            return Optional.empty();
        }
        boolean clear = ranked.size() == 1 || ranked.get(0).getValue() >= 1.5 * ranked.get(1).getValue();
        return clear ? Optional.of(ranked.get(0).getKey()) : Optional.empty();
    }
}
