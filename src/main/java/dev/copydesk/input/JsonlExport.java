package dev.copydesk.input;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A CMS export with one article per line: a JSON object with {@code id}, {@code title},
 * {@code body} (plain text) or {@code html}, {@code url} and {@code published}. Indexing keeps
 * only each line's offset and id, so an export of any size is audited a line at a time. An
 * article's line and column findings count within the article as rebuilt from its record: the
 * title as the first line, then a blank line, then the body (or the HTML as given).
 */
public final class JsonlExport {
    /** A record is an article: it may be as large as an article file ({@link ArticleReader#DEFAULT_MAX_BYTES}). */
    public static final long MAX_RECORD_BYTES = ArticleReader.DEFAULT_MAX_BYTES;
    /**
     * Made on first use, not when a run only asks whether a file is an export: a JSON mapper
     * costs a tenth of a second of start-up. Jackson's own default caps a string at 20 million
     * characters, below a record's limit; ours is checked first, on the line's bytes, with a
     * message that says so.
     */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper(com.fasterxml.jackson.core.JsonFactory.builder()
                .streamReadConstraints(com.fasterxml.jackson.core.StreamReadConstraints.builder()
                        .maxStringLength((int) MAX_RECORD_BYTES + 1).build())
                .build());
    }

    /** One line of the export: where it is, what to call it, or why it cannot be read. */
    public record Entry(long offset, int length, int line, String name, String error) {
    }

    private JsonlExport() {
    }

    public static boolean isExport(Path file) {
        return file.getFileName() != null && file.getFileName().toString().toLowerCase(java.util.Locale.ROOT).endsWith(".jsonl");
    }

    /** The export's non-blank lines, each named by its {@code id} or, without one, by its line number. */
    public static List<Entry> index(Path file) throws IOException {
        List<Entry> entries = new ArrayList<>();
        byte[] buffer = new byte[1 << 16];
        java.io.ByteArrayOutputStream line = new java.io.ByteArrayOutputStream();
        try (var in = Files.newInputStream(file)) {
            long offset = 0;
            long lineStart = 0;
            int lineNumber = 1;
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                for (int i = 0; i < n; i++, offset++) {
                    if (buffer[i] == '\n') {
                        addEntry(entries, line.toByteArray(), lineStart, offset - lineStart, lineNumber++);
                        line.reset();
                        lineStart = offset + 1;
                    } else if (offset - lineStart < MAX_RECORD_BYTES) {
                        // Past the limit only the length counts: a runaway line must not fill the heap.
                        line.write(buffer[i]);
                    }
                }
            }
            addEntry(entries, line.toByteArray(), lineStart, offset - lineStart, lineNumber);
        }
        return entries;
    }

    private static void addEntry(List<Entry> entries, byte[] bytes, long offset, long length, int lineNumber) {
        Entry entry = entry(bytes, offset, length, lineNumber);
        if (entry != null) {
            entries.add(entry);
        }
    }

    /**
     * One line of an export, read from its bytes (without the line break): its name, or why it
     * cannot be an article; null for a blank line. {@code length} is the line's length in the
     * file, which may be more than the bytes kept of a line too large to read.
     */
    public static Entry entry(byte[] bytes, long offset, long length, int lineNumber) {
        if (offset == 0 && bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF) {
            // A byte-order mark some editors write at the start of the file belongs to no record.
            bytes = java.util.Arrays.copyOfRange(bytes, 3, bytes.length);
            offset = 3;
            length -= 3;
        }
        if (length > MAX_RECORD_BYTES) {
            return new Entry(offset, 0, lineNumber, "L" + lineNumber, tooLarge(length));
        }
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.isBlank()) {
            return null;
        }
        String name = "L" + lineNumber;
        String error = null;
        try {
            JsonNode node = Json.MAPPER.readTree(text);
            if (!node.isObject()) {
                error = "line " + lineNumber + " is not a JSON object";
            } else if (node.hasNonNull("id") && !node.get("id").asText().isBlank()) {
                name = node.get("id").asText().strip();
            }
        } catch (JsonProcessingException e) {
            error = "line " + lineNumber + " is not valid JSON: " + JsonMessages.readable(e);
        }
        return new Entry(offset, bytes.length, lineNumber, name, error);
    }

    static String tooLarge(long bytes) {
        return String.format(java.util.Locale.ROOT, "record too large (%.1f MB; the limit is %d MB)", bytes / 1048576.0,
                MAX_RECORD_BYTES / (1024 * 1024));
    }

    /** Reads and parses one article of the export. */
    public static Document read(Path file, Entry entry, String displayPath, ArticleReader reader) throws InputException {
        byte[] bytes = new byte[entry.length()];
        try (RandomAccessFile in = new RandomAccessFile(file.toFile(), "r")) {
            in.seek(entry.offset());
            in.readFully(bytes);
        } catch (IOException e) {
            throw new InputException("cannot read line " + entry.line() + ": " + e.getMessage());
        }
        return parse(bytes, entry.line(), displayPath, reader);
    }

    /** Parses one article of an export from its line's bytes; {@code line} names it in messages. */
    public static Document parse(byte[] bytes, int line, String displayPath, ArticleReader reader) throws InputException {
        JsonNode record;
        try {
            record = Json.MAPPER.readTree(bytes);
        } catch (IOException e) {
            throw new InputException("line " + line + " is not valid JSON");
        }
        String title = text(record, "title");
        String html = text(record, "html");
        String body = text(record, "body");
        Document document;
        if (!html.isBlank()) {
            document = reader.parse(displayPath, InputFormat.HTML, html.getBytes(StandardCharsets.UTF_8));
        } else if (!body.isBlank()) {
            String article = title.isBlank() ? body : title + "\n\n" + body;
            document = reader.parse(displayPath, InputFormat.TEXT, article.getBytes(StandardCharsets.UTF_8));
        } else {
            throw new InputException("line " + line + " has neither 'body' nor 'html'");
        }
        // The export's own fields are the CMS's metadata: they win over what the text suggests.
        String published = text(record, "published");
        Optional<String> date = DateText.iso(published);
        if (date.isPresent()) {
            document = document.withPublished(date.get());
        }
        String url = text(record, "url").strip();
        if (!url.isEmpty()) {
            document = document.withUrl(url);
        }
        if (!title.isBlank()) {
            document = document.withTitle(title);
        }
        return document;
    }

    private static String text(JsonNode record, String field) {
        JsonNode value = record.get(field);
        return value == null || value.isNull() ? "" : value.asText();
    }
}
