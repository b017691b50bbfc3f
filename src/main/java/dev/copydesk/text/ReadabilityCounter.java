package dev.copydesk.text;

/**
 * Counts the words, syllables and letters of sentences the way the formulas' authors counted:
 * a word is a whitespace-separated token with a letter or digit, so hyphenated compounds and
 * contractions are one word and numbers are words; a compound's syllables are its parts'. Not
 * thread-safe: one per document.
 */
public final class ReadabilityCounter {

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
    public static final int LINSEAR_SAMPLE = 100;
    private int linsearEasy;
    private int linsearHard;
    private int linsearSentences;
    /** The syllables of the first {@value #LINSEAR_SAMPLE} words, in order, for {@link #addCounted}; made at the first word. */
    private int[] sampleSyllables;

    /** Adds one sentence of {@code text}. */
    public void addSentence(String text, Span sentence) {
        int before = words;
        boolean first = true;
        int i = sentence.start();
        int end = sentence.end();
        while (i < end) {
            while (i < end && isSpace(text.charAt(i))) {
                i++;
            }
            int from = i;
            while (i < end && !isSpace(text.charAt(i))) {
                i++;
            }
            String word = strip(text, from, i);
            if (word.isEmpty() || isAddress(word)) {
                continue; // what strip leaves starts with a letter or digit, so a non-empty word is a word
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

    /**
     * Adds a sentence another counter has counted, with the same result as {@link #addSentence}
     * on its text here: its figures, and for Linsear Write its first words' syllables. A document's
     * Linsear sample is made of its first sentences, whose counts the per-sentence grades already
     * made, so the words are not read a second time.
     *
     * @param sentence a counter of one sentence (or of none)
     */
    public void addCounted(ReadabilityCounter sentence) {
        if (sentence.sentences > 1) {
            throw new IllegalArgumentException("a counter of one sentence, not " + sentence.sentences);
        }
        int before = words;
        for (int k = 0; k < sentence.words && before + k < LINSEAR_SAMPLE; k++) {
            addToSample(before + k, sentence.sampleSyllables[k]); // kept, so that this counter can be added in turn
        }
        words += sentence.words;
        syllables += sentence.syllables;
        letters += sentence.letters;
        characters += sentence.characters;
        complex += sentence.complex;
        poly += sentence.poly;
        mono += sentence.mono;
        longWords += sentence.longWords;
        sentences += sentence.sentences;
        if (sentence.sentences == 1 && before < LINSEAR_SAMPLE) {
            linsearSentences++;
        }
    }

    /** Word {@code at} of the Linsear Write sample has {@code n} syllables: easy up to two, hard from three. */
    private void addToSample(int at, int n) {
        linsearEasy += n <= 2 ? 1 : 0;
        linsearHard += n >= 3 ? 1 : 0;
        if (sampleSyllables == null) {
            sampleSyllables = new int[LINSEAR_SAMPLE];
        }
        sampleSyllables[at] = n;
    }

    /** What separates words: ASCII white space, no-break spaces, dashes and the ellipsis. */
    private static boolean isSpace(char c) {
        return c == ' ' || c >= '\t' && c <= '\r' || c == '\u00A0' || c == '\u202F' || c == '\u2014' || c == '\u2015'
                || c == '\u2026';
    }

    /** Hyphens, the en dash and the slash join the parts of a compound. */
    private static boolean isCompoundJoin(char c) {
        return c == '-' || c == '\u2010' || c == '\u2011' || c == '\u2013' || c == '/';
    }

    /** The regex runs only on words that could be an address: a scheme, "www." or an "@". */
    private static boolean isAddress(String word) {
        boolean candidate = word.contains("://") || word.indexOf('@') >= 0 || word.regionMatches(true, 0, "www.", 0, 4);
        return candidate && ADDRESS.matcher(word).find();
    }

    private void addWord(String word, boolean sentenceStart) {
        words++;
        int n = 0;
        int parts = 0;
        int partStart = 0;
        int wordLetters = 0;
        int wordCharacters = 0;
        for (int i = 0; i <= word.length(); i++) {
            if (i == word.length() || isCompoundJoin(word.charAt(i))) {
                if (i > partStart) {
                    String part = word.substring(partStart, i);
                    n += english ? Syllables.count(part) : Syllables.vowelGroups(part);
                    parts++;
                }
                partStart = i + 1;
                continue;
            }
            char c = word.charAt(i);
            wordLetters += Character.isLetter(c) ? 1 : 0;
            wordCharacters += Character.isLetterOrDigit(c) ? 1 : 0;
        }
        n = Math.max(1, n);
        syllables += n;
        if (words <= LINSEAR_SAMPLE) {
            addToSample(words - 1, n);
        }
        letters += wordLetters;
        characters += wordCharacters;
        mono += n == 1 ? 1 : 0;
        longWords += wordLetters > 6 ? 1 : 0;
        if (n >= 3) {
            poly++;
            boolean properNoun = !sentenceStart && Character.isUpperCase(word.codePointAt(0));
            boolean compound = parts > 1;
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

    /** The word in {@code text[from, to)} without the punctuation around it. */
    private static String strip(String text, int from, int to) {
        while (from < to && !Character.isLetterOrDigit(text.charAt(from))) {
            from++;
        }
        while (to > from && !Character.isLetterOrDigit(text.charAt(to - 1))) {
            to--;
        }
        return text.substring(from, to);
    }

    /** Linsear Write grade over the first {@value #LINSEAR_SAMPLE} words. */
    public double linsearWrite() {
        return Readability.linsearWrite(linsearEasy, linsearHard, linsearSentences);
    }

    public Readability.Counts counts() {
        return new Readability.Counts(sentences, words, syllables, letters, characters, complex, poly, mono, longWords);
    }
}
