package dev.copydesk.text;

import java.util.Arrays;

/**
 * Readability formulas over counts, with the published coefficients (sources in docs/rules.md):
 * Flesch Reading Ease and Flesch-Kincaid (Flesch 1948; Kincaid et al. 1975), Gunning FOG
 * (1952), SMOG (McLaughlin 1969), Coleman-Liau (1975), ARI (Smith and Senter 1967), Linsear
 * Write (O'Hayre), FORCAST (Caylor et al. 1973), LIX (Björnsson 1968), and for other languages
 * Amstad and the Wiener Sachtextformel (German), Fernández-Huerta and Szigriszt-Pazos
 * (Spanish), Kandel-Moles (French), Flesch-Douma (Dutch) and Gulpease (Italian). Pure
 * functions; every formula returns 0 for a text without words or sentences.
 */
public final class Readability {
    private Readability() {
    }

    /**
     * Counts behind the formulas.
     *
     * @param letters       letters only (Coleman-Liau, LIX)
     * @param characters    letters and digits (ARI)
     * @param complexWords  Gunning's hard words: three or more syllables, not proper nouns,
     *                      hyphenated compounds or words made three syllables by -es, -ed or -ing
     * @param polysyllables words of three or more syllables (SMOG)
     * @param monosyllables words of one syllable (FORCAST)
     * @param longWords     words of more than six letters (LIX, Wiener Sachtextformel)
     */
    public record Counts(int sentences, int words, int syllables, int letters, int characters, int complexWords,
            int polysyllables, int monosyllables, int longWords) {

        public Counts plus(Counts o) {
            return new Counts(sentences + o.sentences, words + o.words, syllables + o.syllables, letters + o.letters,
                    characters + o.characters, complexWords + o.complexWords, polysyllables + o.polysyllables,
                    monosyllables + o.monosyllables, longWords + o.longWords);
        }

        public static Counts none() {
            return new Counts(0, 0, 0, 0, 0, 0, 0, 0, 0);
        }

        public boolean empty() {
            return words == 0 || sentences == 0;
        }

        double wordsPerSentence() {
            return (double) words / sentences;
        }

        double syllablesPerWord() {
            return (double) syllables / words;
        }
    }

    public static double fleschReadingEase(Counts c) {
        return c.empty() ? 0 : 206.835 - 1.015 * c.wordsPerSentence() - 84.6 * c.syllablesPerWord();
    }

    public static double fleschKincaidGrade(Counts c) {
        return c.empty() ? 0 : 0.39 * c.wordsPerSentence() + 11.8 * c.syllablesPerWord() - 15.59;
    }

    public static double gunningFog(Counts c) {
        return c.empty() ? 0 : 0.4 * (c.wordsPerSentence() + 100.0 * c.complexWords() / c.words());
    }

    /** SMOG; provisional below 30 sentences, the sample it was normed on. */
    public static double smog(Counts c) {
        return c.empty() ? 0 : 1.0430 * Math.sqrt(c.polysyllables() * 30.0 / c.sentences()) + 3.1291;
    }

    public static double colemanLiau(Counts c) {
        if (c.empty()) {
            return 0;
        }
        double lettersPer100 = 100.0 * c.letters() / c.words();
        double sentencesPer100 = 100.0 * c.sentences() / c.words();
        return 0.0588 * lettersPer100 - 0.296 * sentencesPer100 - 15.8;
    }

    public static double automatedReadabilityIndex(Counts c) {
        return c.empty() ? 0 : 4.71 * c.characters() / c.words() + 0.5 * c.wordsPerSentence() - 21.43;
    }

    /**
     * Linsear Write over a sample: easy words (two syllables or fewer) count 1, hard words 3;
     * r = total / sentences; grade = r / 2 if r > 20, else (r - 2) / 2.
     */
    public static double linsearWrite(int easyWords, int hardWords, int sentences) {
        if (sentences == 0) {
            return 0;
        }
        double r = (easyWords + 3.0 * hardWords) / sentences;
        return r > 20 ? r / 2 : (r - 2) / 2;
    }

    /** FORCAST: 20 - N / 10, N = one-syllable words per 150 words. */
    public static double forcast(Counts c) {
        return c.words() == 0 ? 0 : 20 - (c.monosyllables() * 150.0 / c.words()) / 10;
    }

    public static double lix(Counts c) {
        return c.empty() ? 0 : c.wordsPerSentence() + 100.0 * c.longWords() / c.words();
    }

    /** Amstad's German Flesch: 180 - ASL - 58.5 ASW. */
    public static double amstad(Counts c) {
        return c.empty() ? 0 : 180 - c.wordsPerSentence() - 58.5 * c.syllablesPerWord();
    }

    /** Wiener Sachtextformel 1 (prose non-fiction), a German school grade. */
    public static double wienerSachtextformel(Counts c) {
        if (c.empty()) {
            return 0;
        }
        double ms = 100.0 * c.polysyllables() / c.words();
        double iw = 100.0 * c.longWords() / c.words();
        double es = 100.0 * c.monosyllables() / c.words();
        return 0.1935 * ms + 0.1672 * c.wordsPerSentence() + 0.1297 * iw - 0.0327 * es - 0.875;
    }

    /** Fernández-Huerta in the Flesch-consistent form used by implementations: 206.84 - 60 ASW - 1.02 ASL. */
    public static double fernandezHuerta(Counts c) {
        return c.empty() ? 0 : 206.84 - 60 * c.syllablesPerWord() - 1.02 * c.wordsPerSentence();
    }

    public static double szigrisztPazos(Counts c) {
        return c.empty() ? 0 : 206.835 - 62.3 * c.syllablesPerWord() - c.wordsPerSentence();
    }

    public static double kandelMoles(Counts c) {
        return c.empty() ? 0 : 207 - 1.015 * c.wordsPerSentence() - 73.6 * c.syllablesPerWord();
    }

    public static double fleschDouma(Counts c) {
        return c.empty() ? 0 : 206.835 - 0.93 * c.wordsPerSentence() - 77 * c.syllablesPerWord();
    }

    /** Gulpease: 89 + (300 S - 10 L) / W. */
    public static double gulpease(Counts c) {
        return c.words() == 0 ? 0 : 89 + (300.0 * c.sentences() - 10.0 * c.letters()) / c.words();
    }

    /** The median of the grade-level formulas given: one number that no single formula's quirk decides. */
    public static double consensusGrade(double... grades) {
        if (grades.length == 0) {
            return 0;
        }
        double[] sorted = grades.clone();
        Arrays.sort(sorted);
        int mid = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }
}
