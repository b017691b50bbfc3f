package dev.copydesk.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class SyllablesTest {
    private static final Path CMUDICT = Path.of(System.getProperty("copydesk.shared", "../shared"), "data", "cmudict");

    @Test
    void countsCommonWords() {
        assertEquals(1, Syllables.count("the"));
        assertEquals(2, Syllables.count("table"));
        assertEquals(3, Syllables.count("readable"));
        assertEquals(5, Syllables.count("readability"));
        assertEquals(1, Syllables.count("jumped"));
        assertEquals(2, Syllables.count("wanted"));
        assertEquals(3, Syllables.count("abortion"));
        assertEquals(3, Syllables.count("Obama's"), "a possessive adds nothing");
        assertEquals(1, Syllables.count("2026"), "a number counts as a word of at least one syllable");
        assertEquals(0, Syllables.count("--"));
    }

    @Test
    void rulesAloneGetAtLeastNinetyPercentOfDictionaryWords() throws Exception {
        Path words = CMUDICT.resolve("cmudict_words.tsv");
        assumeTrue(Files.isRegularFile(words), "skipped: " + words + " not present (../shared missing)");
        int total = 0;
        int right = 0;
        try (BufferedReader in = Files.newBufferedReader(words, StandardCharsets.UTF_8)) {
            in.readLine();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] c = line.split("\t");
                if (!c[0].matches("[a-z]+")) {
                    continue;
                }
                int n = Syllables.byRules(c[0]);
                total++;
                right += n >= Integer.parseInt(c[2]) && n <= Integer.parseInt(c[3]) ? 1 : 0;
            }
        }
        double share = (double) right / total;
        assertTrue(share >= 0.90, "rules alone: " + share + " of " + total + " words within the dictionary's range");
    }

    @Test
    void dictionaryAndRulesGetNinetyEightPercentOfNewsWordsByFrequency() throws Exception {
        Path words = CMUDICT.resolve("cmudict_bbc_news_words.tsv");
        assumeTrue(Files.isRegularFile(words), "skipped: " + words + " not present (../shared missing)");
        long total = 0;
        long right = 0;
        try (BufferedReader in = Files.newBufferedReader(words, StandardCharsets.UTF_8)) {
            in.readLine();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] c = line.split("\t");
                long freq = Long.parseLong(c[1]);
                int n = Syllables.count(c[0]);
                total += freq;
                right += n >= Integer.parseInt(c[3]) && n <= Integer.parseInt(c[4]) ? freq : 0;
            }
        }
        double share = (double) right / total;
        assertTrue(share >= 0.98, "dictionary and rules: " + share + " of BBC word occurrences within range");
    }
}
