package dev.copydesk.baseline;

import dev.copydesk.finding.Fingerprints;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.audit.Auditor;
import dev.copydesk.audit.DocumentResult;
import dev.copydesk.input.ArticleReader;
import dev.copydesk.input.InputFormat;
import dev.copydesk.rule.RuleLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FingerprintsTest {
    private static final String STORY = """
            # Council approves budget

            The council voted on Tuesday. Experts say it is an unprecedented step.

            The mayor said the plan would cut waste. Stay tuned.
            """;
    private static Auditor auditor;

    @BeforeAll
    static void compile() throws Exception {
        auditor = new Auditor(RuleLoader.loadShipped(), null, null);
    }

    private static DocumentResult audit(String markdown) throws Exception {
        return auditor.audit(new ArticleReader().parse("news/story.md", InputFormat.MARKDOWN,
                markdown.getBytes(StandardCharsets.UTF_8)));
    }

    private static List<String> fingerprints(DocumentResult doc) {
        return Fingerprints.of("news/story.md", doc.analysis().orElseThrow().document(), doc.findings());
    }

    @Test
    void textAddedAboveOrRewrappedLeavesFingerprintsAlone() throws Exception {
        List<String> before = fingerprints(audit(STORY));
        assertTrue(before.size() >= 3, before.toString());
        String added = STORY.replace("# Council approves budget\n\n",
                "# Council approves budget\n\nThe meeting opened at nine.\n\nIt was held in the town hall.\n\n");
        assertEquals(before, fingerprints(audit(added)).stream().filter(before::contains).toList(),
                "every earlier finding keeps its fingerprint (the added text may bring findings of its own)");
        String rewrapped = STORY.replace("on Tuesday. Experts say", "on Tuesday.\nExperts  say");
        assertEquals(Set.copyOf(before), Set.copyOf(fingerprints(audit(rewrapped))));
    }

    @Test
    void editingTheWordsAroundAFindingChangesOnlyItsFingerprint() throws Exception {
        List<String> before = fingerprints(audit(STORY));
        List<String> after = fingerprints(audit(STORY.replace("an unprecedented step", "an unprecedented and costly step")));
        assertEquals(before.size(), after.size());
        Set<String> changed = new HashSet<>(after);
        changed.removeAll(before);
        assertFalse(changed.isEmpty());
        assertTrue(changed.size() < before.size(), "findings elsewhere keep theirs");
    }

    @Test
    void repeatedFindingsAreTellApartAndANewCopyAboveIsTheNewOne() throws Exception {
        String twice = STORY + "\nStay tuned.\n";
        List<String> prints = fingerprints(audit(twice));
        assertEquals(prints.size(), new HashSet<>(prints).size(), "every fingerprint is unique");
        List<String> withNew = fingerprints(audit(twice.replace("# Council approves budget\n\n",
                "# Council approves budget\n\nWhat next? Stay tuned for more.\n\n")));
        Set<String> fresh = new HashSet<>(withNew);
        fresh.removeAll(prints);
        assertTrue(withNew.containsAll(prints), "the old occurrences keep their fingerprints");
        assertEquals(1, fresh.size(), "only the added occurrence is new");
        assertNotEquals(Fingerprints.of("other.md", audit(STORY).analysis().orElseThrow().document(),
                audit(STORY).findings()), fingerprints(audit(STORY)), "the path is part of a fingerprint");
    }

    @Test
    void pathKeysAreRelativeToTheBaselineFolder(@TempDir Path dir) {
        assertEquals("news/a.md", Baseline.pathKey(dir.resolve("news/./a.md").toString(), dir));
        assertEquals("-", Baseline.pathKey("-", dir));
        // A baseline kept beside the articles' folder still moves with it.
        assertEquals("../b.md", Baseline.pathKey(dir.resolve("../b.md").toString(), dir));
        assertEquals("../news/c.md", Baseline.pathKey(dir.resolve("../news/c.md").toString(), dir));
    }

    @Test
    void aBaselineRendersSortedAndReadsBack(@TempDir Path dir) throws Exception {
        Baseline baseline = Baseline.of(List.of(audit(STORY + "\nIt was sh\u200Bocking.\n")), dir);
        String text = baseline.render();
        List<Baseline.Entry> reversed = new java.util.ArrayList<>(baseline.entries());
        java.util.Collections.reverse(reversed);
        assertEquals(text, new Baseline(reversed).render(), "order does not depend on input order");
        assertTrue(text.contains("sh<U+200B>ocking"), "invisible characters are shown, not written raw");
        Path file = dir.resolve("copydesk-baseline.json");
        Files.writeString(file, text);
        assertEquals(baseline, Baseline.read(file, "b.json"));
        Files.writeString(file, "{\"copydeskBaseline\": 2, \"findings\": []}");
        assertEquals("b.json: baseline format 2 is not the supported format 1",
                assertThrows(BaselineException.class, () -> Baseline.read(file, "b.json")).getMessage());
        Files.writeString(file, "{\n\"findings\": [,]}");
        assertTrue(assertThrows(BaselineException.class, () -> Baseline.read(file, "b.json")).getMessage()
                .startsWith("b.json:2: not valid JSON"));
        Files.writeString(file, "{\"copydeskBaseline\": 1, \"findings\": [");
        String truncated = assertThrows(BaselineException.class, () -> Baseline.read(file, "b.json")).getMessage();
        assertTrue(truncated.startsWith("b.json:1: not valid JSON: "), truncated);
        assertFalse(truncated.contains("StreamReadFeature") || truncated.contains("\n"), truncated);
        Files.writeString(file, "{\"copydeskBaseline\": 1, \"findings\": [{\"path\": \"a.md\"}]}");
        assertEquals("b.json: finding 1 needs 'path', 'rule' and 'fingerprint' strings",
                assertThrows(BaselineException.class, () -> Baseline.read(file, "b.json")).getMessage());
    }
}
