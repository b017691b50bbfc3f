package dev.copydesk.text;

/**
 * The standard English readability formulas over counts. Coefficients are the published
 * ones (Flesch 1948; Kincaid et al. 1975; Gunning 1952; McLaughlin 1969; Coleman and Liau
 * 1975; Smith and Senter 1967). Pure functions.
 */
public final class Readability {
    private Readability() {
    }

    /** Counts behind the formulas. */
    public record Counts(int sentences, int words, int syllables, int letters, int characters, int complexWords,
            int polysyllables) {
    }

    public static double fleschReadingEase(Counts c) {
        return c.words == 0 ? 0 : 206.835 - 1.015 * wordsPerSentence(c) - 84.6 * ((double) c.syllables / c.words);
    }

    public static double fleschKincaidGrade(Counts c) {
        return c.words == 0 ? 0 : 0.39 * wordsPerSentence(c) + 11.8 * ((double) c.syllables / c.words) - 15.59;
    }

    public static double gunningFog(Counts c) {
        return c.words == 0 ? 0 : 0.4 * (wordsPerSentence(c) + 100.0 * c.complexWords / c.words);
    }

    public static double smog(Counts c) {
        return c.sentences == 0 ? 0 : 1.0430 * Math.sqrt(c.polysyllables * 30.0 / c.sentences) + 3.1291;
    }

    public static double colemanLiau(Counts c) {
        if (c.words == 0) {
            return 0;
        }
        double l = 100.0 * c.letters / c.words;
        double s = 100.0 * c.sentences / c.words;
        return 0.0588 * l - 0.296 * s - 15.8;
    }

    public static double automatedReadabilityIndex(Counts c) {
        return c.words == 0 ? 0 : 4.71 * ((double) c.characters / c.words) + 0.5 * wordsPerSentence(c) - 21.43;
    }

    private static double wordsPerSentence(Counts c) {
        return (double) c.words / Math.max(1, c.sentences);
    }
}
