package dev.copydesk.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.audit.Auditor;
import dev.copydesk.audit.DocumentResult;
import dev.copydesk.rule.Audience;
import dev.copydesk.input.ArticleReader;
import dev.copydesk.input.InputFormat;
import dev.copydesk.rule.Category;
import dev.copydesk.rule.CheckKind;
import dev.copydesk.rule.RuleLoadException;
import dev.copydesk.rule.RuleLoader;
import dev.copydesk.rule.Severity;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The scoring model: rates not counts, points that add up, the headline first, briefs spared. */
class ScoringTest {
    private static final Auditor AUDITOR = auditor();

    /** About 330 words of body copy with tone, sourcing and clarity problems and a few sourced claims. */
    private static final String BODY = """
            The council voted on Tuesday to keep the river bridge closed until its cables are replaced, a \
            decision that critics called a shocking betrayal of the east bank. Experts say the repairs will \
            take at least eighteen months.

            Trade on the east bank has fallen by 30% since the closure began in March, according to the \
            Eastbrook Chamber of Commerce. Shops near the bridge report fewer customers every week, and two \
            cafes have already closed their doors for good.

            "We cannot run a town on one crossing," said Maren Holt, the chief engineer, who wrote the \
            inspection report. She said the cables had corroded faster than the 1962 design expected, and \
            that a temporary footbridge was being considered by the council's transport committee.

            The plan was approved by a narrow margin. Councillors who voted against it argued that the \
            closure would cost the town more than the repairs themselves, and that a phased reopening \
            was possible. It is widely believed that the budget will rise again next year.

            Residents have organised a petition that has gathered 4,000 signatures in two weeks. Many \
            commuters now drive an extra 40 minutes a day to reach the western industrial park, where most \
            of the town's jobs are.

            The transport committee will meet again next month to discuss the footbridge. Its chair, Ilse \
            Barros, told the local radio station that a decision would be made before the summer, and that \
            the council would publish the full cost estimates on its website.

            Until then, the ferry that once served the river crossing will run every half hour, the \
            operator said. Fares will be waived for residents of the east bank, a measure the council \
            estimates will cost 120,000 pounds over the year.
            """;

    private static Evidence.Mark mark(int index, String rule, Category category, Severity severity, CheckKind kind,
            Evidence.Position position) {
        return new Evidence.Mark(index, rule, category, severity, kind, position, 1);
    }

    /** A document's evidence: findings in body, headline and about the whole article, claims, a grade, shouting. */
    private static Evidence sample(int copies) {
        List<Evidence.Mark> marks = new ArrayList<>();
        marks.add(mark(0, "tone.clickbait-phrase", Category.TONE, Severity.WARNING, CheckKind.PHRASE,
                Evidence.Position.HEADLINE));
        marks.add(mark(1, "hygiene.missing-date", Category.HYGIENE, Severity.WARNING, CheckKind.MISSING_DATE,
                Evidence.Position.WHOLE_DOCUMENT));
        for (int c = 0; c < copies; c++) {
            marks.add(mark(marks.size(), "tone.hyperbole", Category.TONE, Severity.WARNING, CheckKind.PHRASE,
                    Evidence.Position.BODY));
            marks.add(mark(marks.size(), "sourcing.vague-attribution", Category.SOURCING, Severity.WARNING,
                    CheckKind.PHRASE, Evidence.Position.BODY));
            marks.add(mark(marks.size(), "sourcing.unattributed-statistic", Category.SOURCING, Severity.INFO,
                    CheckKind.UNATTRIBUTED_STATISTIC, Evidence.Position.BODY));
            marks.add(mark(marks.size(), "clarity.passive-voice", Category.CLARITY, Severity.INFO, CheckKind.PATTERN,
                    Evidence.Position.BODY));
            marks.add(mark(marks.size(), "integrity.invisible-characters", Category.INTEGRITY, Severity.ERROR,
                    CheckKind.INVISIBLE_CHARACTERS, Evidence.Position.BODY));
            marks.add(mark(marks.size(), "hygiene.near-duplicate", Category.HYGIENE, Severity.WARNING,
                    CheckKind.NEAR_DUPLICATE, Evidence.Position.BODY));
        }
        return new Evidence(420 * copies, 21 * copies, marks, 12 * copies, 5 * copies, OptionalDouble.of(13.1), copies,
                2 * copies);
    }

    private static Map<String, Double> pointsBySource(CategoryScore score) {
        return score.deductions().stream().collect(Collectors.toMap(d -> d.category() + "/" + d.source(),
                Deduction::points, Double::sum, TreeMap::new));
    }

    @Test
    void theSameCopyTwiceScoresTheSame() {
        Scores once = Scoring.score(sample(1), Audience.GENERAL);
        Scores twice = Scoring.score(sample(2), Audience.GENERAL);
        assertEquals(once.asMap(), twice.asMap());
        for (CategoryScore score : once.all()) {
            CategoryScore doubled = twice.get(score.key()).orElseThrow();
            assertEquals(pointsBySource(score), pointsBySource(doubled), score.key());
        }
        assertTrue(once.get("overall").orElseThrow().score() < 100);
        assertTrue(once.all().stream().allMatch(s -> !s.deductions().isEmpty()), once.toString());
    }

    @Test
    void anArticleWithItsBodyPastedTwiceScoresTheSameExceptForTheRepetition() throws Exception {
        Scores once = audit("River bridge to stay closed\n\n" + BODY).scoring();
        DocumentResult doubledResult = audit("River bridge to stay closed\n\n" + BODY + "\n" + BODY);
        Scores twice = doubledResult.scoring();
        for (Category c : Category.values()) {
            CategoryScore a = once.get(c.key()).orElseThrow();
            CategoryScore b = twice.get(c.key()).orElseThrow();
            if (c == Category.HYGIENE) {
                // Pasting creates repetition, which hygiene reports (repeated sentences and phrases, an
                // ending that restates the opening); nothing else may move.
                Set<String> repetition = Set.of("repeatedSentences", "hygiene.repeated-phrase", "hygiene.restated-ending");
                Map<String, Double> other = pointsBySource(b);
                other.keySet().removeIf(k -> repetition.contains(k.substring(k.indexOf('/') + 1)));
                assertTrue(other.keySet().stream().allMatch(k -> pointsBySource(a).containsKey(k)), other.toString());
                assertTrue(b.deductions().stream().anyMatch(d -> d.source().equals("repeatedSentences")), b.toString());
            } else {
                assertEquals(a.score(), b.score(), c.key() + ": " + a + " vs " + b);
            }
        }
    }

    @Test
    void deductionsAddUpToWhatEachScoreLostAndPointAtRealFindings() throws Exception {
        List<DocumentResult> results = new ArrayList<>();
        results.add(audit("River bridge to stay closed\n\n" + BODY));
        results.add(audit("Short note\n\nThe mayor spoke."));
        for (String sample : List.of("samples/river-crossing.txt", "samples/council-budget.html")) {
            Path file = Path.of(sample);
            results.add(AUDITOR.audit(new ArticleReader().read(file, sample)));
        }
        for (DocumentResult result : results) {
            Set<Integer> traced = new HashSet<>();
            for (CategoryScore score : result.scoring().all()) {
                long tenths = 0;
                for (Deduction d : score.deductions()) {
                    assertEquals(Math.round(d.points() * 10) / 10.0, d.points(), "points in tenths: " + d);
                    tenths += Math.round(d.points() * 10);
                    for (int i : d.findings()) {
                        assertTrue(i >= 0 && i < result.findings().size(), d.toString());
                        if (!score.key().equals(Scores.OVERALL)) {
                            assertEquals(score.key(), result.findings().get(i).category().key(), d.toString());
                            assertTrue(traced.add(i), "finding " + i + " listed twice: " + d);
                        }
                    }
                }
                assertEquals((100 - score.score()) * 10L, tenths, result.path() + " " + score);
            }
            assertEquals(result.findings().size(), traced.size(), "every finding is behind some deduction: " + result.path());
        }
    }

    @Test
    void aScorePastZeroStopsThereWithAFloorNote() {
        List<Evidence.Mark> marks = new ArrayList<>();
        for (Category c : Category.values()) {
            for (int i = 0; i < 40; i++) {
                marks.add(mark(marks.size(), c.key() + ".rule", c, Severity.ERROR, CheckKind.PATTERN, Evidence.Position.BODY));
            }
        }
        Scores scores = Scoring.score(new Evidence(250, 10, marks, 0, 0, OptionalDouble.empty(), 0, 0), Audience.GENERAL);
        CategoryScore overall = scores.get(Scores.OVERALL).orElseThrow();
        assertEquals(0, overall.score());
        Deduction last = overall.deductions().get(overall.deductions().size() - 1);
        assertEquals(Deduction.FLOOR, last.source());
        assertTrue(last.points() < 0, last.toString());
        assertEquals(1000, overall.deductions().stream().mapToLong(d -> Math.round(d.points() * 10)).sum());
        assertTrue(scores.get("tone").orElseThrow().score() <= 1, "saturates near 0");
    }

    @Test
    void aHeadlineFindingCostsMoreThanTheSameFindingInTheBody() throws Exception {
        Scores inHeadline = audit("Shocking plan for the river bridge\n\n" + BODY.replace("a shocking betrayal", "a betrayal"))
                .scoring();
        Scores inBody = audit("A plan for the river bridge\n\n" + BODY).scoring();
        int headlineTone = inHeadline.get("tone").orElseThrow().score();
        int bodyTone = inBody.get("tone").orElseThrow().score();
        assertTrue(headlineTone < bodyTone, "headline " + headlineTone + " vs body " + bodyTone);
        assertTrue(inHeadline.get("tone").orElseThrow().deductions().stream()
                .anyMatch(d -> d.reason().contains("in the headline")), inHeadline.toString());
    }

    @Test
    void aBriefWithFewClaimsIsNotPunishedForFewSources() {
        Evidence brief = new Evidence(60, 3, List.of(), 2, 0, OptionalDouble.empty(), 0, 0);
        Evidence feature = new Evidence(800, 40, List.of(), 30, 0, OptionalDouble.of(10), 0, 0);
        int briefSourcing = Scoring.score(brief, Audience.GENERAL).get("sourcing").orElseThrow().score();
        int featureSourcing = Scoring.score(feature, Audience.GENERAL).get("sourcing").orElseThrow().score();
        assertTrue(briefSourcing >= 90, "two unsourced claims in a brief cost little: " + briefSourcing);
        assertTrue(featureSourcing < briefSourcing - 15, "thirty unsourced claims cost more: " + featureSourcing);
        Evidence noClaims = new Evidence(60, 3, List.of(), 0, 0, OptionalDouble.empty(), 0, 0);
        assertEquals(100, Scoring.score(noClaims, Audience.GENERAL).get("sourcing").orElseThrow().score());
    }

    @Test
    void theGradeCountsAgainstTheAudiencesLimit() {
        Evidence hard = new Evidence(600, 20, List.of(), 0, 0, OptionalDouble.of(15), 0, 0);
        int general = Scoring.score(hard, Audience.GENERAL).get("clarity").orElseThrow().score();
        int technical = Scoring.score(hard, Audience.TECHNICAL).get("clarity").orElseThrow().score();
        int children = Scoring.score(hard, Audience.CHILDREN).get("clarity").orElseThrow().score();
        assertEquals(100, technical);
        assertTrue(children < general && general < 100, children + " < " + general);
    }

    @Test
    void infoWeighsLessThanAWarningAndAWarningLessThanAnError() {
        int[] scores = new int[3];
        Severity[] severities = {Severity.INFO, Severity.WARNING, Severity.ERROR};
        for (int s = 0; s < 3; s++) {
            Evidence e = new Evidence(500, 20, List.of(mark(0, "tone.x", Category.TONE, severities[s], CheckKind.PATTERN,
                    Evidence.Position.BODY)), 0, 0, OptionalDouble.empty(), 0, 0);
            scores[s] = Scoring.score(e, Audience.GENERAL).get("tone").orElseThrow().score();
        }
        assertTrue(scores[0] > scores[1] && scores[1] > scores[2], java.util.Arrays.toString(scores));
    }

    @Test
    void oneFailingCategoryPullsOverallBelowTheMean() {
        List<Evidence.Mark> marks = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            marks.add(mark(i, "integrity.bidi-override", Category.INTEGRITY, Severity.ERROR, CheckKind.BIDI_OVERRIDE,
                    Evidence.Position.BODY));
        }
        Scores scores = Scoring.score(new Evidence(500, 20, marks, 0, 0, OptionalDouble.empty(), 0, 0), Audience.GENERAL);
        int integrity = scores.get("integrity").orElseThrow().score();
        assertTrue(integrity < 50, "integrity " + integrity);
        double mean = (integrity + 400) / 5.0;
        assertTrue(scores.get(Scores.OVERALL).orElseThrow().score() < mean - 5, scores.asMap().toString());
    }

    @Test
    void scoringIsDeterministic() throws Exception {
        String text = "River bridge to stay closed\n\n" + BODY;
        assertEquals(audit(text).scoring(), audit(text).scoring());
        assertFalse(audit(text).scoring().all().isEmpty());
    }

    @Test
    void failedDocumentsHaveNoScores() {
        DocumentResult failed = DocumentResult.failed("x.txt", "no such file");
        assertTrue(failed.scores().isEmpty());
        assertTrue(failed.scoring().all().isEmpty());
    }

    @Test
    void roundingKeepsTheTotalWhenManySmallDeductionsShareIt() {
        List<Deduction> exact = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            exact.add(new Deduction("tone", "tone.r" + i, 1.0 / 3, List.of(i), "r"));
        }
        CategoryScore settled = PointRounding.settle("tone", exact);
        assertEquals(98, settled.score());
        assertEquals(20, settled.deductions().stream().mapToLong(d -> Math.round(d.points() * 10)).sum());
        assertEquals(PointRounding.settle("tone", exact), settled);
    }

    private static Auditor auditor() {
        try {
            return new Auditor(RuleLoader.loadShipped(), null, null);
        } catch (RuleLoadException e) {
            throw new IllegalStateException("the shipped rules must load", e);
        }
    }

    private static DocumentResult audit(String text) throws Exception {
        return AUDITOR.audit(new ArticleReader().parse("story.txt", InputFormat.TEXT, text.getBytes(StandardCharsets.UTF_8)));
    }
}
