package dev.copydesk.lab;

import dev.copydesk.cli.Main;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The lab's errors; training on the dataset itself is measured by hand (it needs ../shared and takes a minute). */
class LabCommandTest {
    private static String[] run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(args, new PrintWriter(out), new PrintWriter(err));
        return new String[] {Integer.toString(code), out.toString(), err.toString()};
    }

    @Test
    void anUnknownModelIsAUsageError(@TempDir Path dir) {
        String[] result = run("lab", "sentiment", dir.toString());
        assertEquals("2", result[0]);
        assertTrue(result[2].contains("Unknown model 'sentiment'"), result[2]);
    }

    @Test
    void aMissingDatasetIsNamed(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("clickbait-webis17"));
        String[] result = run("lab", "clickbait", dir.toString());
        assertEquals("2", result[0]);
        assertTrue(result[2].contains("webis17_posts.tsv not found"), result[2]);
        assertEquals("", result[1]);
    }
}
