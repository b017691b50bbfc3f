package dev.copydesk.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The readings a run takes from the build's file are those the patterns give when read. */
class RegexReadingTest {
    @Test
    void everyReadingTheBuildWroteIsWhatItsPatternGives() {
        Map<RegexReading.Key, RegexReading> written = RegexReading.read();
        assertTrue(written.size() >= 10, "the build wrote no readings: " + written.size());
        written.forEach((key, reading) ->
                assertEquals(RegexReading.readNow(key.regex(), key.caseInsensitive()), reading, key.toString()));
        assertTrue(written.values().stream().anyMatch(r -> r.leading() != null && r.barriers() != null));
        assertTrue(written.values().stream().anyMatch(r -> !r.gate().isEmpty()));
    }

    @Test
    void aPatternTheFileDoesNotHoldIsReadNow() {
        String regex = "\\b(?:quietly|softly) (?:noted|observed)\\b";
        assertFalse(RegexReading.read().containsKey(new RegexReading.Key(regex, false)));
        RegexReading.record();
        RegexReading reading = RegexReading.of(regex, false);
        assertEquals(RegexReading.readNow(regex, false), reading);
        assertTrue(reading.leading().contains("softly observed"), reading.leading().toString());
        assertTrue(reading.wordStart());
        assertTrue(RegexReading.asked().contains(new RegexReading.Key(regex, false)));
        PlacedSearch search = reading.search(com.google.re2j.Pattern.compile(regex), false);
        StringBuilder found = new StringBuilder();
        search.forEach("He softly observed it, then quietly noted more.", (s, e) -> found.append(s).append('-').append(e).append(' '));
        assertEquals("3-18 28-41 ", found.toString());
    }

    @Test
    void readingsSurviveTheFileWithEveryPartMissing() throws Exception {
        List<RegexReading.Key> keys = List.of(new RegexReading.Key("^anchored", false), new RegexReading.Key(".*", false),
                new RegexReading.Key("(?:Said|Told) [a-z]+", true), new RegexReading.Key("a\\p{L}b", false));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        RegexReading.write(keys, bytes);
        Map<RegexReading.Key, RegexReading> back = RegexReading.read(new java.io.ByteArrayInputStream(bytes.toByteArray()));
        assertEquals(keys.size(), back.size());
        for (RegexReading.Key key : keys) {
            assertEquals(RegexReading.readNow(key.regex(), key.caseInsensitive()), back.get(key), key.toString());
        }
        assertNull(back.get(keys.get(1)).leading(), "no literal begins .*");
    }
}
