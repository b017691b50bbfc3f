package dev.copydesk.language;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The clickbait model's features, training and verdicts, on headlines written for this test
 * (the shipped training data stays out of the repository).
 */
class ClickbaitModelTest {
    private static final List<String> TEASERS = List.of(
            "You won't believe what this dog did next", "This simple trick will change how you cook rice",
            "Here's why everyone is talking about this bridge", "These photos will make you want to move to the coast",
            "12 things only night-shift nurses understand", "What this teacher said to her class is going viral",
            "You need to see this town's new bus shelter", "The best reason yet to visit a library this weekend",
            "This is the most beautiful train station you will ever see", "Why this mayor's answer has people talking",
            "7 signs your houseplant is secretly unhappy", "You'll never guess who turned up at the council meeting",
            "This grandmother's reaction to her new phone is priceless", "Can you spot what is wrong with this picture?",
            "These are the worst parking spots in the city", "Wait until you hear what this baker does at dawn");
    private static final List<String> NEWS = List.of(
            "Council approves budget for bridge repairs", "Rail operator cuts weekend services on northern line",
            "Flood defences delayed until spring, report finds", "Hospital trust appoints new chief executive",
            "Inflation falls to 2.1% in October", "Court rejects appeal over depot closure",
            "Teachers vote to accept pay offer", "Ferry service resumes after storm damage",
            "Police arrest two men after warehouse fire", "Water company fined over sewage spills",
            "Parliament passes housing bill after late amendments", "Airport expansion plan goes to public inquiry",
            "Bank holds interest rate at 4%", "Minister resigns over contracts row",
            "Library opening hours extended in three towns", "Farmers warn of poor harvest after dry summer");

    private static List<ClickbaitModel.Example> examples() {
        List<ClickbaitModel.Example> examples = new ArrayList<>();
        for (int i = 0; i < TEASERS.size(); i++) {
            examples.add(new ClickbaitModel.Example(TEASERS.get(i), true));
            examples.add(new ClickbaitModel.Example(NEWS.get(i), false));
        }
        return examples;
    }

    private static Set<String> names(String headline) {
        return HeadlineFeatures.of(headline).stream().map(HeadlineFeatures.Feature::name).collect(Collectors.toSet());
    }

    @Test
    void letterCaseDoesNotChangeTheFeatures() {
        assertEquals(names("this dog's reaction to his owner's return"), names("This Dog's Reaction To His Owner's Return"));
    }

    @Test
    void theTeasingFormsAreFeaturesAndPlainNewsHasNone() {
        assertTrue(names("This dog's reaction to his owner's return").contains("withheld"));
        assertTrue(names("People are loving your answer").contains("reader"));
        assertTrue(names("12 reasons to visit the coast").contains("number-first"));
        assertTrue(names("The best bakery in town?").containsAll(Set.of("superlative", "question")));
        Set<String> plain = names("Council approves budget for bridge repairs");
        for (String teasing : List.of("withheld", "reader", "number-first", "superlative", "question", "exclamation")) {
            assertTrue(!plain.contains(teasing), teasing + " in a plain headline");
        }
    }

    @Test
    void trainingTwiceOnTheSameExamplesGivesTheSameBytes() {
        assertArrayEquals(ClickbaitModel.train(examples()).bytes(), ClickbaitModel.train(examples()).bytes());
    }

    @Test
    void aWrittenModelReadsBackWithTheSameProbabilities() throws Exception {
        ClickbaitModel trained = ClickbaitModel.train(examples());
        ClickbaitModel read = ClickbaitModel.read(new ByteArrayInputStream(trained.bytes()));
        for (String headline : List.of("You will love this little bridge", "Council delays vote on depot")) {
            assertEquals(trained.probability(headline), read.probability(headline), 1e-12, headline);
        }
    }

    @Test
    void aTeaserItNeverSawScoresAboveNewsItNeverSaw() {
        ClickbaitModel trained = ClickbaitModel.train(examples());
        double teaser = trained.probability("You won't believe this village's new clock tower");
        double news = trained.probability("Council delays vote on depot closure");
        assertTrue(teaser > news, teaser + " <= " + news);
    }

    @Test
    void theVerdictExplainsItselfInAnEditorsWords() {
        ClickbaitModel.Verdict verdict = ClickbaitModel.train(examples()).judge("You won't believe this village's new clock tower");
        assertTrue(!verdict.reasons().isEmpty() && verdict.reasons().size() <= 3, verdict.toString());
        assertTrue(verdict.reasons().stream().noneMatch(r -> r.contains("=") || r.contains("_")),
                "no feature names: " + verdict.reasons());
        assertTrue(verdict.reasons().stream().anyMatch(r -> r.startsWith("addresses the reader") || r.startsWith("uses")
                || r.startsWith("withholds") || r.startsWith("opens with")), verdict.reasons().toString());
    }
}
