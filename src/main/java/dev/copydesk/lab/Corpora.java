package dev.copydesk.lab;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.copydesk.audit.Auditor;
import dev.copydesk.audit.DocumentResult;
import dev.copydesk.input.ArticleReader;
import dev.copydesk.input.InputException;
import dev.copydesk.input.InputFormat;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The public datasets of the team's {@code shared/data} folder, read the same way by every
 * command that measures on them. Articles are audited in memory as plain text: a BBC record
 * becomes its title, a blank line and its text; a PTC record's text already starts with its
 * title line. Stateless.
 */
final class Corpora {
    static final String BBC = "news-bbc/bbc_articles.jsonl";
    static final String POLNEAR = "attribution-polnear";
    static final String PTC = "propaganda-ptc2020/ptc_train_spans.jsonl";
    static final String WEBIS = "clickbait-webis17/webis17_posts.tsv";
    static final String HEDGE = "hedge-wikipedia/conll2010_wiki_train_liew.tsv";

    private static final ObjectMapper JSON = new ObjectMapper();

    private Corpora() {
    }

    /** Every non-blank line of a JSONL file, parsed, in file order. */
    static List<JsonNode> readJsonl(Path jsonl) throws IOException {
        List<JsonNode> records = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(jsonl, StandardCharsets.UTF_8)) {
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (!line.isBlank()) {
                    records.add(JSON.readTree(line));
                }
            }
        }
        return records;
    }

    /** A record with {@code title} and {@code text} (BBC, the bench corpus) as a plain-text article. */
    static String titleAndText(JsonNode record) {
        return record.path("title").asText() + "\n\n" + record.path("text").asText();
    }

    /** A PTC record as a plain-text article: its text, title line included, unchanged so span offsets hold. */
    static String ptcText(JsonNode record) {
        return record.path("text").asText();
    }

    /** A Webis-Clickbait-17 post: its text (spaces collapsed), the crowd's class and mean judgement (0 to 1). */
    record WebisPost(String text, boolean clickbaitClass, double meanJudgement) {
    }

    /** The posts of the Webis TSV (split, id, class, mean, median, mode, text), skipping empty ones. */
    static List<WebisPost> readWebis(Path tsv) throws IOException {
        List<WebisPost> posts = new ArrayList<>();
        try (BufferedReader in = Files.newBufferedReader(tsv, StandardCharsets.UTF_8)) {
            in.readLine();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] cols = line.split("\t", 7);
                if (cols.length < 7 || cols[6].isBlank()) {
                    continue;
                }
                posts.add(new WebisPost(cols[6].replaceAll("\\s+", " ").strip(), cols[2].equals("1"),
                        Double.parseDouble(cols[3])));
            }
        }
        return posts;
    }

    /** Audits {@code text} as a plain-text file called {@code name}, without touching the disk. */
    static DocumentResult audit(Auditor auditor, ArticleReader reader, String text, String name) throws InputException {
        return auditor.audit(reader.parse(name, InputFormat.TEXT, text.getBytes(StandardCharsets.UTF_8)));
    }
}
