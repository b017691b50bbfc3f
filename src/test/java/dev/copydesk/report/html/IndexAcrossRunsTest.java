package dev.copydesk.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reports folder's index lists every report in it, newest run first, whatever the last run held. */
class IndexAcrossRunsTest {
    private static int audit(Path reports, Path... files) {
        String[] args = new String[4 + files.length];
        args[0] = "audit";
        args[1] = "--no-config";
        args[2] = "--reports=" + reports;
        args[3] = "--fail-on=never";
        for (int i = 0; i < files.length; i++) {
            args[4 + i] = files[i].toString();
        }
        return Main.run(args, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
    }

    private static Document index(Path reports) throws Exception {
        return Jsoup.parse(reports.resolve("index.html").toFile(), "UTF-8");
    }

    @Test
    void aLaterRunKeepsTheEarlierReportsListedAndMarked(@TempDir Path dir) throws Exception {
        Path a = Files.writeString(dir.resolve("a.txt"), "Bridge reopens\n\nThe bridge reopened on Monday.\n");
        Path b = Files.writeString(dir.resolve("b.txt"), "Ferry returns\n\nThe ferry returned on Friday.\n");
        Path reports = dir.resolve("reports");
        audit(reports, a);
        audit(reports, b);
        audit(reports, a, dir.resolve("missing.txt"));
        Document page = index(reports);
        var rows = page.select("#documents tbody tr");
        assertEquals(3, rows.size(), rows.toString());
        assertEquals("3", rows.get(0).child(0).text(), "this run first");
        assertTrue(rows.get(0).text().contains("Bridge reopens"), rows.get(0).text());
        assertEquals("failed", rows.get(1).attr("data-status"));
        assertEquals("2", rows.get(2).child(0).text(), "b.txt's report from run 2 is still listed");
        assertTrue(page.text().contains("Also listed: 1 report that earlier runs left"), page.text());
    }

    @Test
    void aDamagedLedgerStartsAfreshAndForeignNamesAreNeverLinked(@TempDir Path dir) throws Exception {
        Path a = Files.writeString(dir.resolve("a.txt"), "Bridge reopens\n\nThe bridge reopened on Monday.\n");
        Path reports = dir.resolve("reports");
        audit(reports, a);
        Files.writeString(reports.resolve(".copydesk-runs.json"), "{not json");
        audit(reports, a);
        assertEquals(1, index(reports).select("#documents tbody tr").size());
        Files.writeString(dir.resolve("outside.html"), "<p>not ours</p>");
        Files.writeString(reports.resolve(".copydesk-runs.json"), "{\"runs\":5,\"rows\":[{\"run\":5,\"path\":\"x\","
                + "\"report\":\"../outside.html\"},{\"run\":5,\"path\":\"y\",\"report\":\"gone.html\"}]}");
        audit(reports, a);
        Document page = index(reports);
        assertEquals(1, page.select("#documents tbody tr").size(), page.select("#documents tbody").toString());
        assertFalse(page.html().contains("outside.html"));
        assertTrue(page.text().contains("Run 6:"), page.text());
    }
}
