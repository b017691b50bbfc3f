package dev.copydesk.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ReadabilityCounterTest {
    /** Words of one, two, three and more syllables, a name, a number, a compound, a link and punctuation. */
    private static final String[] WORDS = {"the", "bridge", "council", "unprecedented", "approval", "Maren", "40%",
        "well-known", "https://example.org/a", "said,", "it.", "(officials)", "re-examined", "beautiful", "—"};

    @Test
    void sentencesCountedApartAddUpToTheSentencesCountedTogether() {
        Random random = new Random(67);
        for (int n = 0; n < 2_000; n++) {
            StringBuilder text = new StringBuilder();
            List<Span> sentences = new ArrayList<>();
            int count = 1 + random.nextInt(12);
            for (int s = 0; s < count; s++) {
                int start = text.length();
                int words = random.nextInt(40); // some empty, some that run past the hundredth word
                for (int w = 0; w < words; w++) {
                    text.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
                }
                sentences.add(new Span(start, text.length()));
            }
            ReadabilityCounter together = new ReadabilityCounter();
            ReadabilityCounter apart = new ReadabilityCounter();
            for (Span sentence : sentences) {
                together.addSentence(text.toString(), sentence);
                ReadabilityCounter one = new ReadabilityCounter();
                one.addSentence(text.toString(), sentence);
                apart.addCounted(one);
            }
            assertEquals(together.counts(), apart.counts(), text::toString);
            assertEquals(together.linsearWrite(), apart.linsearWrite(), text::toString);
        }
    }

    @Test
    void aCounterMadeByAddingCanBeAddedInTurn() {
        ReadabilityCounter one = new ReadabilityCounter();
        one.addSentence("The unprecedented council said it.", new Span(0, 34));
        ReadabilityCounter relay = new ReadabilityCounter();
        relay.addCounted(one);
        ReadabilityCounter last = new ReadabilityCounter();
        last.addCounted(relay);
        assertEquals(one.counts(), last.counts());
        assertEquals(one.linsearWrite(), last.linsearWrite());
    }

    @Test
    void onlyACounterOfOneSentenceIsAdded() {
        ReadabilityCounter two = new ReadabilityCounter();
        two.addSentence("One here. Two there.", new Span(0, 9));
        two.addSentence("One here. Two there.", new Span(10, 20));
        assertThrows(IllegalArgumentException.class, () -> new ReadabilityCounter().addCounted(two));
    }
}
