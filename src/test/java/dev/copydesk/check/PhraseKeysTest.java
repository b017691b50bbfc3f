package dev.copydesk.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.rule.CheckSpec;
import dev.copydesk.rule.Rule;
import dev.copydesk.rule.RuleLoader;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The phrase keys a run takes from the build's file are those its phrases give when worked out. */
class PhraseKeysTest {
    @Test
    void everyPhraseTheBuildWroteHasTheKeysItGives() {
        Map<String, PhraseKeys> written = PhraseKeys.read();
        assertTrue(written.size() > 1000, "the build wrote no phrase keys: " + written.size());
        written.forEach((phrase, keys) -> assertEquals(PhraseKeys.workOut(phrase), keys, phrase));
    }

    @Test
    void everyShippedPhraseIsInTheFile() throws Exception {
        Map<String, PhraseKeys> written = PhraseKeys.read();
        int phrases = 0;
        for (Rule rule : RuleLoader.load(List.of()).rules()) {
            List<String> ofRule = rule.check() instanceof CheckSpec.Phrases p ? p.phrases()
                    : rule.check() instanceof CheckSpec.Substitutions s
                            ? s.replacements().stream().map(CheckSpec.Replacement::phrase).toList() : List.of();
            for (String phrase : ofRule) {
                assertTrue(written.containsKey(phrase), rule.id() + ": " + phrase);
                phrases++;
            }
        }
        assertTrue(phrases > 1000, "shipped phrases: " + phrases);
    }

    @Test
    void aPhraseOutsideTheFileIsWorkedOut() {
        String phrase = "zzq escalating rows";
        assertFalse(PhraseKeys.read().containsKey(phrase));
        PhraseKeys keys = PhraseKeys.of(phrase);
        assertEquals(List.of("zzq", "escal", "row"), keys.keys());
        assertEquals(List.of("zzq", "escalat", "row"), keys.lemmas());
        PhraseKeys exact = PhraseKeys.of("=Escalating");
        assertTrue(exact.exact());
        assertEquals(List.of("escalating"), exact.keys());
        assertNull(exact.lemmas());
    }

    @Test
    void keysSurviveTheFile() throws Exception {
        List<String> phrases = List.of("=as such", "shocking", "a whole new level");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PhraseKeys.write(phrases, bytes);
        Map<String, PhraseKeys> back = PhraseKeys.read(new ByteArrayInputStream(bytes.toByteArray()));
        for (String phrase : phrases) {
            assertEquals(PhraseKeys.workOut(phrase), back.get(phrase), phrase);
        }
    }
}
