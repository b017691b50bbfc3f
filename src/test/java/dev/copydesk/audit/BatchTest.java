package dev.copydesk.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.input.ArticleReader;
import dev.copydesk.rule.RuleLoader;
import java.io.InputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The batch: which files a run audits, in what order, and that one bad input (a missing file, a
 * bad export line, a report writer that throws) fails alone while the rest are audited.
 */
class BatchTest {
    private static Auditor auditor;

    @BeforeAll
    static void load() throws Exception {
        auditor = new Auditor(RuleLoader.loadShipped(), null, null);
    }

    private static void write(Path file, String text) throws IOException {
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    @Test
    void foldersAreWalkedInNameOrderAndOnlyArticlesAreTaken(@TempDir Path dir) throws IOException {
        write(dir.resolve("b.md"), "# Headline\n\nBody.\n");
        write(dir.resolve("a.txt"), "Headline\n\nBody.\n");
        write(dir.resolve("desk/c.html"), "<h1>Headline</h1><p>Body.</p>");
        write(dir.resolve("photo.jpg"), "not an article");
        List<String> planned = Batch.plan(List.of(dir.toString())).stream()
                .map(input -> dir.relativize(input.file()).toString().replace('\\', '/')).toList();
        assertEquals(List.of("a.txt", "b.md", "desk/c.html"), planned);
    }

    @Test
    void aMissingFileAndABadExportLineFailAloneAndTheRestAreAudited(@TempDir Path dir) throws IOException {
        write(dir.resolve("good.txt"), "Ferry returns\n\nThe ferry runs again from Monday, the operator said.\n");
        write(dir.resolve("export.jsonl"), "{\"id\":\"one\",\"title\":\"Fares\",\"body\":\"Fares rise in May.\"}\n"
                + "not json\n{\"id\":\"three\",\"title\":\"Roads\",\"body\":\"Roads reopen.\"}\n");
        AuditRun run = new Batch(auditor, new ArticleReader(), 2).run(List.of(dir.resolve("good.txt").toString(),
                dir.resolve("gone.txt").toString(), dir.resolve("export.jsonl").toString()), InputStream.nullInputStream());
        List<String> statuses = new ArrayList<>();
        for (DocumentResult d : run.documents()) {
            statuses.add(d.audited() ? "audited" : "failed");
        }
        assertEquals(List.of("audited", "failed", "audited", "failed", "audited"), statuses, run.documents().toString());
        assertTrue(run.documents().get(1).error().orElseThrow().contains("gone.txt") || run.documents().get(1).path().endsWith("gone.txt"));
    }

    @Test
    void aReportWriterThatThrowsLosesOneDocumentNotTheBatch(@TempDir Path dir) throws IOException {
        write(dir.resolve("a.txt"), "One\n\nFirst body.\n");
        write(dir.resolve("b.txt"), "Two\n\nSecond body.\n");
        write(dir.resolve("c.txt"), "Three\n\nThird body.\n");
        List<String> seen = new ArrayList<>();
        new Batch(auditor, new ArticleReader(), 2).run(Batch.plan(List.of(dir.toString())), InputStream.nullInputStream(),
                new DocumentSink<String>() {
                    @Override
                    public String prepare(DocumentResult document) {
                        if (document.audited() && document.path().endsWith("b.txt")) {
                            throw new IllegalStateException("a bug in a writer");
                        }
                        return document.audited() ? "audited" : document.error().orElseThrow();
                    }

                    @Override
                    public void accept(DocumentResult document, String prepared) {
                        seen.add(Path.of(document.path()).getFileName() + " " + prepared);
                    }
                });
        assertEquals(3, seen.size(), seen.toString());
        assertEquals("a.txt audited", seen.get(0));
        assertTrue(seen.get(1).startsWith("b.txt internal error while writing its reports"), seen.get(1));
        assertEquals("c.txt audited", seen.get(2));
    }

    @Test
    void theSameInputsGiveTheSameResultsOnOneThreadAndOnTwo(@TempDir Path dir) throws IOException {
        for (int i = 0; i < 6; i++) {
            write(dir.resolve("story-" + i + ".txt"), "Story " + i + "\n\nExperts say the unprecedented plan will cost "
                    + (10 * i) + "% more, officials said. Stay tuned!\n");
        }
        List<String> paths = List.of(dir.toString());
        AuditRun one = new Batch(auditor, new ArticleReader(), 1).run(paths, InputStream.nullInputStream());
        AuditRun two = new Batch(auditor, new ArticleReader(), 2).run(paths, InputStream.nullInputStream());
        assertEquals(one.documents().stream().map(DocumentResult::findings).toList(),
                two.documents().stream().map(DocumentResult::findings).toList());
        assertTrue(one.documents().stream().allMatch(d -> !d.findings().isEmpty()), "the stories have findings to compare");
    }
}
