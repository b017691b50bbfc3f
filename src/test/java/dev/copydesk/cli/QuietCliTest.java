package dev.copydesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a new user meets it: what the text output shows, the score, short errors. */
class QuietCliTest {
    private static final String STORY = "Council approves budget!\n\nThe council approved the budget on Tuesday. "
            + "Experts say it is a disaster. Spending on roads will rise by 4% next year.\n";

    @Test
    void minSeverityHidesTheLowerFindingsAndSaysHowMany(@TempDir Path dir) throws Exception {
        Path story = Files.writeString(dir.resolve("story.txt"), STORY);
        var all = CliEndToEndTest.run("audit", "--no-config", "--no-html", "--min-severity", "info", story.toString());
        var warnings = CliEndToEndTest.run("audit", "--no-config", "--no-html", "--min-severity", "warning", story.toString());
        long infoLines = all.out().lines().filter(l -> l.contains(": info [")).count();
        assertTrue(infoLines > 0, all.out());
        assertTrue(warnings.out().lines().noneMatch(l -> l.contains(": info [")), warnings.out());
        assertTrue(warnings.out().contains(infoLines + " finding" + (infoLines == 1 ? "" : "s")
                + " below warning not shown (--min-severity info shows them)"), warnings.out());
        assertFalse(all.out().contains("not shown"), all.out());
    }

    @Test
    void theSummaryGivesTheScoreOfOneDocumentAndTheMedianOfMany(@TempDir Path dir) throws Exception {
        Path one = Files.writeString(dir.resolve("one.txt"), STORY);
        Files.writeString(dir.resolve("two.txt"), "Bridge reopens\n\nThe bridge reopened on Monday after repairs, "
                + "said Maren Holt, the council's engineer.\n");
        var single = CliEndToEndTest.run("audit", "--no-config", "--no-html", one.toString());
        assertTrue(single.out().strip().lines().reduce((a, b) -> b).orElseThrow().matches(".*; overall score \\d+"), single.out());
        var batch = CliEndToEndTest.run("audit", "--no-config", "--no-html", dir.toString());
        assertTrue(batch.out().matches("(?s).*; overall scores: median \\d+(\\.5)?, lowest \\d+ \\(.*one\\.txt\\)\n"
                + "scores: .*one\\.txt \\d+, .*two\\.txt \\d+\n"), batch.out());
    }

    @Test
    void aMissingFileIsReportedOnceOnStderr(@TempDir Path dir) {
        var r = CliEndToEndTest.run("audit", "--no-config", "--no-html", dir.resolve("gone.txt").toString());
        assertEquals(1, r.code());
        assertFalse(r.out().contains("gone.txt"), r.out());
        assertEquals(1, r.err().lines().filter(l -> l.contains("gone.txt")).count(), r.err());
    }

    @Test
    void aMistypedOptionGetsASuggestionAndAShortHint(@TempDir Path dir) {
        var r = CliEndToEndTest.run("audit", "--frmat", "json", dir.toString());
        assertEquals(2, r.code());
        assertEquals("copydesk: Unknown option: '--frmat'\nDid you mean --format?\nTry 'copydesk audit --help' for the options.\n",
                r.err());
        var command = CliEndToEndTest.run("adit", dir.toString());
        assertTrue(command.err().contains("Did you mean audit?"), command.err());
    }
}
