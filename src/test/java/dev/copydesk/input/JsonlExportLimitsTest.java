package dev.copydesk.input;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Records as large as an article file are read; larger ones fail alone with their size and the limit. */
class JsonlExportLimitsTest {
    @Test
    void aValidTwentyMegabyteRecordIsRead(@TempDir Path dir) throws Exception {
        Path export = dir.resolve("big.jsonl");
        String sentence = "The council met on Tuesday and voted to close the old bridge. ";
        try (BufferedWriter out = Files.newBufferedWriter(export)) {
            out.write("{\"id\":\"big\",\"title\":\"Bridge\",\"body\":\"");
            for (long written = 0; written < 20L * 1024 * 1024; written += sentence.length()) {
                out.write(sentence);
            }
            out.write("\"}\n{\"id\":\"small\",\"body\":\"A small one.\"}\n");
        }
        List<JsonlExport.Entry> entries = JsonlExport.index(export);
        assertEquals(2, entries.size());
        assertNull(entries.get(0).error(), entries.get(0).error());
        assertEquals("big", entries.get(0).name());
        Document document = JsonlExport.read(export, entries.get(0), "big.jsonl#big", new ArticleReader());
        assertTrue(document.title().orElseThrow().equals("Bridge"));
    }

    @Test
    void aRecordOverTheLimitFailsAloneWithItsSize(@TempDir Path dir) throws Exception {
        Path export = dir.resolve("huge.jsonl");
        try (BufferedWriter out = Files.newBufferedWriter(export)) {
            out.write("{\"id\":\"huge\",\"body\":\"");
            char[] block = "word ".repeat(1024).toCharArray();
            for (long written = 0; written < 33L * 1024 * 1024; written += block.length) {
                out.write(block);
            }
            out.write("\"}\n{\"id\":\"next\",\"body\":\"The next one is fine.\"}\n");
        }
        List<JsonlExport.Entry> entries = JsonlExport.index(export);
        assertEquals(2, entries.size());
        assertEquals("record too large (33.0 MB; the limit is 32 MB)", entries.get(0).error());
        assertNull(entries.get(1).error());
        assertEquals("next", entries.get(1).name());
    }
}
