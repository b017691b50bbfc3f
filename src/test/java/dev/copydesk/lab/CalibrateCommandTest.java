package dev.copydesk.lab;

import dev.copydesk.cli.CliEndToEndTest;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code copydesk calibrate} on two tiny corpora written like the real ones, so it runs without
 * the team's shared data: plain reporting against sensational copy must separate perfectly.
 */
class CalibrateCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String PLAIN = "The council met on Tuesday and approved the budget, said Maren Holt, the treasurer. "
            + "She said spending on roads would rise by 4% next year, according to the council's published plan. "
            + "The vote was 31 to 12, the council's minutes show.";
    private static final String SENSATIONAL = "In a SHOCKING betrayal, corrupt officials have destroyed the town! "
            + "Experts say the outrageous budget is a disaster. Everyone knows the truth. "
            + "This unprecedented catastrophe will change everything forever!";

    private static void corpora(Path data, int articles) throws Exception {
        Files.createDirectories(data.resolve("news-bbc"));
        Files.createDirectories(data.resolve("propaganda-ptc2020"));
        List<String> bbc = new ArrayList<>();
        List<String> ptc = new ArrayList<>();
        for (int i = 0; i < articles; i++) {
            ObjectNode b = JSON.createObjectNode().put("id", "news/" + i).put("title", "Council approves budget " + i)
                    .put("text", PLAIN + "\n\n" + PLAIN);
            bbc.add(JSON.writeValueAsString(b));
            ObjectNode p = JSON.createObjectNode().put("id", "p" + i)
                    .put("text", "Outrageous budget " + i + " exposed!\n\n" + SENSATIONAL + "\n" + SENSATIONAL);
            ptc.add(JSON.writeValueAsString(p));
        }
        Files.write(data.resolve(Corpora.BBC), bbc, StandardCharsets.UTF_8);
        Files.write(data.resolve(Corpora.PTC), ptc, StandardCharsets.UTF_8);
    }

    @Test
    void separatesPlainReportingFromSensationalCopyAndSaysSo(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("data");
        corpora(data, 3);
        Files.createDirectories(dir.resolve("samples"));
        Files.writeString(dir.resolve("samples/will-russia-play-ball.txt"), "You won't believe this!\n\n" + SENSATIONAL);
        var r = CliEndToEndTest.run("calibrate", "--threads", "1", data.toString());
        assertEquals(0, r.code(), r.out() + r.err());
        assertTrue(r.out().contains("overall    1.0000  (9.0 of 9 pairs)"), r.out());
        assertTrue(r.out().matches("(?s).*news-bbc\\s+3\\s+overall\\s+\\d+\\.\\d\\s+\\d+\\.\\d\\s+\\d+\\.\\d.*"), r.out());
        assertTrue(r.out().contains("PASS  out-of-fold overall ROC AUC 1.0000 >= 0.90"), r.out());
        assertTrue(r.out().contains("fold 1 chose integrity"), r.out());
        assertTrue(r.out().contains("PASS  shared sample"), r.out());
        assertTrue(r.out().endsWith("PASS\n"), r.out());
    }

    @Test
    void saysClearlyWhenTheSampleIsMissing(@TempDir Path dir) throws Exception {
        Path data = dir.resolve("data");
        corpora(data, 2);
        var r = CliEndToEndTest.run("calibrate", "--threads", "1", data.toString());
        assertTrue(r.out().contains("shared sample: skipped"), r.out());
        assertTrue(r.out().contains("SKIP  shared sample condition"), r.out());
        assertEquals(0, r.code(), r.out());
    }

    @Test
    void aMissingCorpusIsAUsageError(@TempDir Path dir) {
        var r = CliEndToEndTest.run("calibrate", dir.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("news-bbc/bbc_articles.jsonl not found"), r.err());
    }
}
