package dev.copydesk.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ReadabilityTest {
    /** The research brief's synthetic vector: W=100, S=5, Sy=150, L=470, C=480, poly=complex=12, mono=62, long=25. */
    private static final Readability.Counts VECTOR = new Readability.Counts(5, 100, 150, 470, 480, 12, 12, 62, 25);

    @Test
    void formulasGiveThePublishedValuesForTheReferenceVector() {
        assertEquals(59.635, Readability.fleschReadingEase(VECTOR), 1e-9);
        assertEquals(9.91, Readability.fleschKincaidGrade(VECTOR), 1e-9);
        assertEquals(12.8, Readability.gunningFog(VECTOR), 1e-9);
        assertEquals(11.9792, Readability.smog(VECTOR), 1e-4);
        assertEquals(10.356, Readability.colemanLiau(VECTOR), 1e-9);
        assertEquals(11.178, Readability.automatedReadabilityIndex(VECTOR), 1e-9);
        assertEquals(10.7, Readability.forcast(VECTOR), 1e-9);
        assertEquals(12.4, Readability.linsearWrite(88, 12, 5), 1e-9);
        assertEquals(45.0, Readability.lix(VECTOR), 1e-9);
        assertEquals(72.25, Readability.amstad(VECTOR), 1e-9);
        assertEquals(6.0061, Readability.wienerSachtextformel(VECTOR), 1e-4);
        assertEquals(96.44, Readability.fernandezHuerta(VECTOR), 1e-9);
        assertEquals(93.385, Readability.szigrisztPazos(VECTOR), 1e-9);
        assertEquals(76.3, Readability.kandelMoles(VECTOR), 1e-9);
        assertEquals(72.735, Readability.fleschDouma(VECTOR), 1e-9);
    }

    @Test
    void publishedWorkedExamples() {
        // "The cat sat on the mat." (words/flesch README) and Wikipedia's platypus sentence.
        Readability.Counts cat = new Readability.Counts(1, 6, 6, 0, 0, 0, 0, 6, 0);
        assertEquals(116.145, Readability.fleschReadingEase(cat), 1e-9);
        assertEquals(-1.45, Readability.fleschKincaidGrade(cat), 1e-9);
        Readability.Counts platypus = new Readability.Counts(1, 13, 26, 0, 0, 0, 0, 0, 0);
        assertEquals(24.44, Readability.fleschReadingEase(platypus), 0.005);
        assertEquals(13.08, Readability.fleschKincaidGrade(platypus), 0.005);
    }

    @Test
    void emptyTextGivesZeroNeverNaN() {
        Readability.Counts none = new Readability.Counts(0, 0, 0, 0, 0, 0, 0, 0, 0);
        for (double v : new double[] {Readability.fleschReadingEase(none), Readability.fleschKincaidGrade(none),
            Readability.gunningFog(none), Readability.smog(none), Readability.colemanLiau(none),
            Readability.automatedReadabilityIndex(none), Readability.forcast(none), Readability.lix(none),
            Readability.gulpease(none), Readability.linsearWrite(0, 0, 0), Readability.consensusGrade()}) {
            assertEquals(0.0, v);
        }
    }

    @Test
    void consensusIsTheMedian() {
        assertEquals(10.0, Readability.consensusGrade(12, 8, 10));
        assertEquals(9.0, Readability.consensusGrade(12, 8, 10, 6));
    }

    @Test
    void counterTreatsCompoundsContractionsAndNumbersAsOneWord() {
        ReadabilityCounter counter = new ReadabilityCounter();
        String text = "It's a high-stakes vote on 3.5% of the budget, Mr Berg said.";
        counter.addSentence(text, new Span(0, text.length()));
        Readability.Counts c = counter.counts();
        assertEquals(1, c.sentences());
        assertEquals(12, c.words(), "It's, a, high-stakes, vote, on, 3.5%, of, the, budget, Mr, Berg, said");
        assertEquals(0, c.complexWords(), "budget has two syllables; nothing has three");
    }

    @Test
    void gunningExcludesProperNounsCompoundsAndSuffixes() {
        ReadabilityCounter counter = new ReadabilityCounter();
        String text = "Yesterday Indonesia's well-organised committee was interesting and frightening.";
        counter.addSentence(text, new Span(0, text.length()));
        Readability.Counts c = counter.counts();
        assertTrue(c.polysyllables() >= 4, "yesterday, Indonesia's, committee, interesting... have 3+ syllables");
        assertEquals(c.polysyllables() - 3, c.complexWords(),
                "Indonesia's (proper noun), well-organised (compound) and frightening (-ing) are not hard words");
    }

    /** Formula arithmetic against the npm words/* packages for 300 count tuples, to 3 decimals. */
    @Test
    void matchesTheWordsFormulaReferenceExactly() throws Exception {
        Path tsv = Path.of(System.getProperty("copydesk.shared", "../shared"),
                "data/readability-reference/wooorm_formula_reference.tsv");
        assumeTrue(Files.isRegularFile(tsv), "skipped: " + tsv + " not present (../shared missing)");
        int rows = 0;
        try (BufferedReader in = Files.newBufferedReader(tsv, StandardCharsets.UTF_8)) {
            in.readLine();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] f = line.split("\t");
                int s = Integer.parseInt(f[0]);
                int w = Integer.parseInt(f[1]);
                int sy = Integer.parseInt(f[2]);
                Readability.Counts c = new Readability.Counts(s, w, sy, Integer.parseInt(f[5]), Integer.parseInt(f[6]),
                        Integer.parseInt(f[4]), Integer.parseInt(f[3]), 0, 0);
                String at = "row " + (rows + 2) + ": " + line;
                assertEquals(Double.parseDouble(f[8]), Readability.fleschReadingEase(c), 5e-4, at);
                assertEquals(Double.parseDouble(f[9]), Readability.fleschKincaidGrade(c), 5e-4, at);
                assertEquals(Double.parseDouble(f[10]), Readability.gunningFog(c), 5e-4, at);
                assertEquals(Double.parseDouble(f[11]), Readability.smog(c), 5e-4, at);
                assertEquals(Double.parseDouble(f[12]), Readability.colemanLiau(c), 5e-4, at);
                assertEquals(Double.parseDouble(f[13]), Readability.automatedReadabilityIndex(c), 5e-4, at);
                rows++;
            }
        }
        assertEquals(300, rows);
    }
}
