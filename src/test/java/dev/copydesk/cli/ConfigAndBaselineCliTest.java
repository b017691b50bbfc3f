package dev.copydesk.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.copydesk.rule.Audience;
import dev.copydesk.rule.Severity;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** copydesk.yaml, suppression comments and baselines, through the command line. */
class ConfigAndBaselineCliTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String STORY = """
            # Council approves budget

            The council voted 31 to 12 on Tuesday to approve the budget. Experts say it is an unprecedented step.

            The mayor said the plan would cut waste. Stay tuned.
            """;

    private static CliEndToEndTest.Result run(String... args) {
        return CliEndToEndTest.run(args);
    }

    private static Path write(Path file, String content) throws Exception {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }

    /** The findings of the run's first document that fail at {@code threshold} or above. */
    private static List<JsonNode> atLeast(JsonNode report, String threshold) {
        Severity min = Severity.valueOf(threshold.toUpperCase(java.util.Locale.ROOT));
        List<JsonNode> found = new ArrayList<>();
        for (JsonNode f : report.path("documents").get(0).path("findings")) {
            if (Severity.valueOf(f.path("severity").asText().toUpperCase(java.util.Locale.ROOT)).atLeast(min)) {
                found.add(f);
            }
        }
        return found;
    }

    @Test
    void baselineRoundTripOnlyTheAddedSensationalSentenceFailsTheRun(@TempDir Path dir) throws Exception {
        Path story = write(dir.resolve("news/story.md"), STORY);
        Path baseline = dir.resolve("copydesk-baseline.json");
        CliEndToEndTest.Result made = run("baseline", "--no-config", "--output", baseline.toString(), dir.resolve("news").toString());
        assertEquals(0, made.code(), made.err());
        JsonNode recorded = JSON.readTree(baseline.toFile());
        int entries = recorded.path("findings").size();
        assertTrue(entries >= 4, recorded.toString());
        assertTrue(made.err().contains(entries + " findings in 1 document"), made.err());
        assertEquals("news/story.md", recorded.path("findings").get(0).path("path").asText(),
                "paths are relative to the baseline's folder");
        byte[] first = Files.readAllBytes(baseline);
        assertEquals(0, run("baseline", "--no-config", "--output", baseline.toString(), story.toString()).code());
        assertArrayEquals(first, Files.readAllBytes(baseline), "the same findings give the same bytes");

        String[] audit = {"audit", "--no-config", "--no-html", "--format", "json", "--fail-on", "warning", "--baseline",
            baseline.toString(), story.toString()};
        CliEndToEndTest.Result clean = run(audit);
        assertEquals(0, clean.code(), "every warning is accepted: " + clean.out());
        assertTrue(clean.err().contains("copydesk: baseline " + baseline + ": " + entries + " accepted, 0 new, 0 gone"),
                clean.err());

        // One sensational sentence, added above everything the baseline accepted.
        Files.writeString(story, STORY.replace("# Council approves budget\n\n",
                "# Council approves budget\n\nThe vote was a shocking betrayal of the town.\n\n"));
        CliEndToEndTest.Result changed = run(audit);
        assertEquals(1, changed.code(), changed.err());
        JsonNode report = JSON.readTree(changed.out());
        List<JsonNode> failing = atLeast(report, "warning");
        assertEquals(1, failing.size(), failing.toString());
        assertEquals("tone.hyperbole", failing.get(0).path("rule").asText());
        assertEquals("shocking", failing.get(0).path("excerpt").asText());
        assertEquals(3, failing.get(0).path("line").asInt());
        assertEquals(entries, report.path("documents").get(0).path("accepted").size(), "every old finding is accepted");
        assertEquals(entries, report.path("baseline").path("accepted").asInt());
        assertEquals(0, report.path("baseline").path("gone").asInt());
        assertEquals(changed.out(), run(audit).out(), "byte-identical output across runs");
    }

    @Test
    void acceptedFindingsThatDisappearAreReportedAsGone(@TempDir Path dir) throws Exception {
        Path story = write(dir.resolve("story.md"), STORY);
        Path other = write(dir.resolve("other.md"), STORY);
        Path baseline = dir.resolve("b.json");
        assertEquals(0, run("baseline", "--no-config", "--output", baseline.toString(), story.toString(), other.toString())
                .code());
        Files.writeString(story, STORY.replace(" Stay tuned.", ""));
        CliEndToEndTest.Result r = run("audit", "--no-config", "--no-html", "--format", "json", "--baseline",
                baseline.toString(), story.toString());
        assertEquals(0, r.code());
        JsonNode gone = JSON.readTree(r.out()).path("baseline").path("goneFindings");
        assertEquals(1, gone.size(), "only the removed finding; other.md was not audited, so its entries are not gone");
        assertEquals("tone.engagement-bait", gone.get(0).path("rule").asText());
        assertEquals("Stay tuned", gone.get(0).path("excerpt").asText());
        assertTrue(r.err().contains(", 0 new, 1 gone (run `copydesk baseline` again"), r.err());
    }

    @Test
    void anUnreadableBaselineStopsTheRunWithExit2(@TempDir Path dir) throws Exception {
        Path story = write(dir.resolve("story.md"), STORY);
        CliEndToEndTest.Result missing = run("audit", "--no-config", "--no-html", "--baseline",
                dir.resolve("none.json").toString(), story.toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("none.json: no such baseline file"), missing.err());
        assertEquals("", missing.out());
        Path bad = write(dir.resolve("bad.json"), "{\"something\": 1}");
        assertEquals(2, run("audit", "--no-config", "--no-html", "--baseline", bad.toString(), story.toString()).code());
    }

    @Test
    void aBrokenConfigStopsTheRunWithExit2AndEveryProblemLocated(@TempDir Path dir) throws Exception {
        Path story = write(dir.resolve("story.md"), STORY);
        Path config = write(dir.resolve("copydesk.yaml"), """
                rules:
                  disable: [tone.no-such-rule]
                fail:
                  sourcing: sometimes
                """);
        CliEndToEndTest.Result r = run("audit", "--no-html", "--config", config.toString(), story.toString());
        assertEquals(2, r.code());
        assertEquals("", r.out(), "nothing audited");
        assertEquals(List.of("copydesk: " + config + ":2: unknown rule 'tone.no-such-rule' (`copydesk rules` lists them)",
                "copydesk: " + config + ":4: unknown fail level 'sometimes'; expected error, warning, info, never"),
                r.err().lines().toList());
        CliEndToEndTest.Result missing = run("audit", "--no-html", "--config", dir.resolve("nope.yaml").toString(),
                story.toString());
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("nope.yaml: no such configuration file"), missing.err());
        assertEquals(2, run("audit", "--config", config.toString(), "--no-config", story.toString()).code());
    }

    @Test
    void configChoosesRulesSeveritiesFilesAndTheFailPolicy(@TempDir Path dir) throws Exception {
        write(dir.resolve("site/news/story.md"), STORY);
        write(dir.resolve("site/drafts/draft.md"), STORY);
        write(dir.resolve("site/news/page.txt"), STORY);
        Path config = write(dir.resolve("site/copydesk.yaml"), """
                rules:
                  disable: [tone]
                  enable: [tone.hyperbole]
                  severity: {tone.hyperbole: info}
                include: ["**/*.md"]
                exclude: ["drafts/**"]
                fail: {default: error, sourcing: warning}
                """);
        CliEndToEndTest.Result r = run("audit", "--no-html", "--config", config.toString(), dir.resolve("site").toString());
        assertTrue(r.out().contains("1 document audited"), "drafts/ excluded, .txt not included: " + r.out());
        assertTrue(r.out().contains("story.md:3:83: info [tone.hyperbole]"), r.out());
        assertFalse(r.out().contains("tone.engagement-bait"), "the rest of the tone pack is off");
        assertEquals(1, r.code(), "a sourcing warning fails under this policy");
        CliEndToEndTest.Result cli = run("audit", "--no-html", "--config", config.toString(), "--fail-on", "error",
                dir.resolve("site").toString());
        assertEquals(0, cli.code(), "--fail-on replaces the configured policy");
        CliEndToEndTest.Result named = run("audit", "--no-html", "--config", config.toString(),
                dir.resolve("site/drafts/draft.md").toString());
        assertTrue(named.out().contains("1 document audited"), "a file named on the command line is always audited");
        Path onlyDrafts = write(dir.resolve("only-drafts.yaml"), "exclude: [\"site/drafts/**\"]\n");
        CliEndToEndTest.Result none = run("audit", "--no-html", "--config", onlyDrafts.toString(),
                dir.resolve("site/drafts").toString());
        assertTrue(none.err().contains("excluded by the configuration"), none.err());
    }

    @Test
    void suppressedFindingsAreAnAuditTrailInTheJson(@TempDir Path dir) throws Exception {
        Path story = write(dir.resolve("story.html"), """
                <html><head><meta name="author" content="A. Writer"></head><body><article>
                <h1>Budget approved</h1>
                <!-- copydesk-disable-next tone.hyperbole -- the minister's words, reported -->
                <p>The minister called it an unprecedented vote.</p>
                </article></body></html>
                """);
        CliEndToEndTest.Result r = run("audit", "--no-config", "--no-html", "--format", "json", story.toString());
        JsonNode doc = JSON.readTree(r.out()).path("documents").get(0);
        JsonNode suppressed = doc.path("suppressed");
        assertEquals(1, suppressed.size(), suppressed.toString());
        JsonNode s = suppressed.get(0);
        assertEquals("tone.hyperbole", s.path("rule").asText());
        assertEquals(4, s.path("line").asInt());
        assertEquals("unprecedented", s.path("excerpt").asText());
        assertEquals("the minister's words, reported", s.path("reason").asText());
        assertEquals("copydesk-disable-next", s.path("directive").asText());
        assertEquals(3, s.path("directiveLine").asInt());
        assertEquals(1, JSON.readTree(r.out()).path("summary").path("suppressed").asInt());
        assertFalse(doc.path("findings").toString().contains("unprecedented"));
        assertFalse(doc.has("accepted"), "no baseline, no accepted list");
    }

    @Test
    void theWorkingFolderConfigIsUsedAndTheCommandLineWins(@TempDir Path dir) throws Exception {
        ProjectSetup.Given none = new ProjectSetup.Given(null, false, List.of(), null, null, null, null);
        assertEquals(Optional.empty(), ProjectSetup.resolve(none, dir).config().file(), "no copydesk.yaml, no config");
        write(dir.resolve("copydesk.yaml"), """
                audience: children
                allow-scripts: [Cyrl]
                fail: {default: warning}
                rules: {disable: [tone.cliche]}
                """);
        ProjectSetup picked = ProjectSetup.resolve(none, dir);
        assertEquals(Optional.of("copydesk.yaml"), picked.config().file());
        assertEquals(Audience.CHILDREN, picked.settings().audience());
        assertTrue(picked.settings().allows(com.ibm.icu.lang.UScript.CYRILLIC));
        assertEquals(Optional.of(Severity.WARNING), picked.failPolicy().defaultThreshold());
        assertTrue(picked.catalog().find("tone.cliche").isEmpty());

        ProjectSetup overridden = ProjectSetup.resolve(new ProjectSetup.Given(null, false, List.of(), List.of("Grek"),
                Audience.TECHNICAL, "never", null), dir);
        assertEquals(Audience.TECHNICAL, overridden.settings().audience());
        assertFalse(overridden.settings().allows(com.ibm.icu.lang.UScript.CYRILLIC));
        assertEquals(Optional.empty(), overridden.failPolicy().defaultThreshold());
        ProjectSetup ignored = ProjectSetup.resolve(new ProjectSetup.Given(null, true, List.of(), null, null, null, null), dir);
        assertEquals(Audience.GENERAL, ignored.settings().audience());
        assertTrue(ignored.catalog().find("tone.cliche").isPresent());
    }
}
