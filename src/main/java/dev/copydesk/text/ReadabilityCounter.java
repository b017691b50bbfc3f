package dev.copydesk.text;

import java.util.List;

/**
 * Counts the words, syllables and letters of sentences the way the formulas' authors counted:
 * a word is a whitespace-separated token with a letter or digit, so hyphenated compounds and
 * contractions are one word and numbers are words; a compound's syllables are its parts'. Not
 * thread-safe: one per document.
 */
public final class ReadabilityCounter {
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("[\\s\\u00A0\\u202F\\u2014\\u2015\\u2026]+");
    private static final java.util.regex.Pattern COMPOUND_JOINS = java.util.regex.Pattern.compile("[-\\u2010\\u2011\\u2013/]+");

    /** English syllables come from the CMU table and spelling rules; other languages count vowel groups. */
    private final boolean english;

    public ReadabilityCounter() {
        this("en");
    }

    public ReadabilityCounter(String language) {
        this.english = language == null || language.isEmpty() || language.equals("en");
    }

    /** Links and e-mail addresses are not read as words; their "syllables" would swamp the counts. */
    private static final java.util.regex.Pattern ADDRESS = java.util.regex.Pattern.compile(
            "^(?:[a-z][a-z0-9+.-]*://|www\\.)|^[^@\\s]+@[^@\\s]+\\.[a-z]{2,}$", java.util.regex.Pattern.CASE_INSENSITIVE);

    private int sentences;
    private int words;
    private int syllables;
    private int letters;
    private int characters;
    private int complex;
    private int poly;
    private int mono;
    private int longWords;
    /** Linsear Write looks at the first {@value #LINSEAR_SAMPLE} words only. */
    static final int LINSEAR_SAMPLE = 100;
    private int linsearEasy;
    private int linsearHard;
    private int linsearSentences;

    /** Adds one sentence of {@code text}. */
    public void addSentence(String text, Span sentence) {
        int before = words;
        String s = text.substring(sentence.start(), sentence.end());
        boolean first = true;
        for (String raw : SPACES.split(s)) {
            String word = strip(raw);
            if (word.isEmpty() || word.chars().noneMatch(Character::isLetterOrDigit) || ADDRESS.matcher(word).find()) {
                continue;
            }
            addWord(word, first);
            first = false;
        }
        if (words > before) {
            sentences++;
            if (before < LINSEAR_SAMPLE) {
                linsearSentences++;
            }
        }
    }

    private void addWord(String word, boolean sentenceStart) {
        words++;
        int n = 0;
        List<String> parts = List.of(COMPOUND_JOINS.split(word));
        for (String part : parts) {
            n += english ? Syllables.count(part) : Syllables.vowelGroups(part);
        }
        n = Math.max(1, n);
        syllables += n;
        if (words <= LINSEAR_SAMPLE) {
            linsearEasy += n <= 2 ? 1 : 0;
            linsearHard += n >= 3 ? 1 : 0;
        }
        int wordLetters = (int) word.chars().filter(Character::isLetter).count();
        letters += wordLetters;
        characters += (int) word.chars().filter(Character::isLetterOrDigit).count();
        mono += n == 1 ? 1 : 0;
        longWords += wordLetters > 6 ? 1 : 0;
        if (n >= 3) {
            poly++;
            boolean properNoun = !sentenceStart && Character.isUpperCase(word.codePointAt(0));
            boolean compound = parts.size() > 1;
            if (!properNoun && !compound && !(english && madeLongBySuffix(word, n))) {
                complex++;
            }
        }
    }

    /** Gunning: a word that reaches three syllables only through -es, -ed or -ing is not hard. */
    private static boolean madeLongBySuffix(String word, int syllables) {
        String w = word.toLowerCase(java.util.Locale.ROOT);
        for (String suffix : new String[] {"ing", "ed", "es"}) {
            if (w.endsWith(suffix) && w.length() > suffix.length() + 2) {
                int stem = Syllables.count(w.substring(0, w.length() - suffix.length()));
                if (stem < 3 && syllables - stem <= 1) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String strip(String raw) {
        int from = 0;
        int to = raw.length();
        while (from < to && !Character.isLetterOrDigit(raw.charAt(from))) {
            from++;
        }
        while (to > from && !Character.isLetterOrDigit(raw.charAt(to - 1))) {
            to--;
        }
        return raw.substring(from, to);
    }

    /** Linsear Write grade over the first {@value #LINSEAR_SAMPLE} words. */
    public double linsearWrite() {
        return Readability.linsearWrite(linsearEasy, linsearHard, linsearSentences);
    }

    public Readability.Counts counts() {
        return new Readability.Counts(sentences, words, syllables, letters, characters, complex, poly, mono, longWords);
    }
}
