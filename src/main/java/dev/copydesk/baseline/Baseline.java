package dev.copydesk.baseline;

import dev.copydesk.finding.Fingerprints;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.copydesk.audit.DocumentResult;
import dev.copydesk.finding.Finding;
import dev.copydesk.input.JsonMessages;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A baseline: the fingerprints of accepted findings, each with its article's path, rule and a
 * short excerpt so people reading the file (or its diff) can tell what was accepted. Entries are
 * sorted and the JSON has a fixed layout, so the same findings always give the same bytes.
 * Immutable.
 */
public record Baseline(List<Entry> entries) {
    /** The version of the file layout; a file of another version is refused, not misread. */
    public static final int FORMAT = 1;
    private static final int EXCERPT_CODE_POINTS = 80;
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final Comparator<Entry> ORDER = Comparator.comparing(Entry::path).thenComparing(Entry::rule)
            .thenComparing(Entry::excerpt).thenComparing(Entry::fingerprint);

    /**
     * One accepted finding. {@code path} is relative to the baseline file's folder, with
     * {@code /} separators; {@code excerpt} is for people and plays no part in matching.
     */
    public record Entry(String path, String rule, String excerpt, String fingerprint) {
    }

    public Baseline {
        entries = entries.stream().distinct().sorted(ORDER).toList();
    }

    /** The baseline accepting every finding that stands in {@code documents}, for a file in {@code folder}. */
    public static Baseline of(List<DocumentResult> documents, Path folder) {
        List<Entry> entries = new ArrayList<>();
        documents.forEach(doc -> entries.addAll(entries(doc, folder)));
        return new Baseline(entries);
    }

    /**
     * The entries for the findings that stand in one document, for a baseline file in
     * {@code folder}; none for a document that failed. Lets a run build a baseline as documents
     * stream past, without holding them.
     */
    public static List<Entry> entries(DocumentResult doc, Path folder) {
        if (!doc.audited()) {
            return List.of();
        }
        String path = pathKey(doc.path(), folder);
        List<String> fingerprints = Fingerprints.of(path, doc.analysis().orElseThrow().document(), doc.findings());
        List<Entry> entries = new ArrayList<>(fingerprints.size());
        for (int i = 0; i < fingerprints.size(); i++) {
            Finding f = doc.findings().get(i);
            entries.add(new Entry(path, f.rule(), shown(f.location().excerpt()), fingerprints.get(i)));
        }
        return entries;
    }

    /**
     * How a baseline names an article: its path relative to the baseline's folder (with
     * {@code ../} when the article is elsewhere), so a run from another working folder, from
     * another checkout, or naming the article another way ({@code ./a.md}, an absolute path),
     * still matches. Stdin stays {@code -}.
     */
    public static String pathKey(String displayPath, Path folder) {
        if ("-".equals(displayPath)) {
            return displayPath;
        }
        Path file = Path.of(displayPath).toAbsolutePath().normalize();
        Path base = folder.toAbsolutePath().normalize();
        Path key;
        try {
            // "../news/a.md" when the baseline sits beside the articles' folder: the pair moves together.
            key = base.relativize(file);
        } catch (IllegalArgumentException otherRoot) {
            key = file; // another drive on Windows: no relative path exists
        }
        return key.toString().replace('\\', '/');
    }

    /**
     * The excerpt as people should see it in a file kept under version control: whitespace
     * collapsed, invisible and control characters as {@code <U+200B>}, long excerpts cut.
     */
    static String shown(String excerpt) {
        StringBuilder b = new StringBuilder();
        int[] codePoints = Fingerprints.normalize(excerpt).codePoints().toArray();
        for (int i = 0; i < codePoints.length && i < EXCERPT_CODE_POINTS; i++) {
            int cp = codePoints[i];
            int type = Character.getType(cp);
            if (type == Character.FORMAT || type == Character.CONTROL || type == Character.PRIVATE_USE
                    || type == Character.UNASSIGNED || type == Character.SURROGATE
                    || type == Character.LINE_SEPARATOR || type == Character.PARAGRAPH_SEPARATOR
                    || cp >= 0xFE00 && cp <= 0xFE0F || cp >= 0xE0100 && cp <= 0xE01EF) {
                b.append(String.format(java.util.Locale.ROOT, "<U+%04X>", cp));
            } else {
                b.appendCodePoint(cp);
            }
        }
        if (codePoints.length > EXCERPT_CODE_POINTS) {
            b.append('…');
        }
        return b.toString();
    }

    /** The file's text. */
    public String render() {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("copydeskBaseline", FORMAT);
        ArrayNode findings = root.putArray("findings");
        for (Entry e : entries) {
            findings.addObject().put("path", e.path()).put("rule", e.rule()).put("excerpt", e.excerpt())
                    .put("fingerprint", e.fingerprint());
        }
        try {
            DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                    .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(new DefaultIndenter("  ", "\n"));
            return MAPPER.writer(printer).writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("JSON tree cannot fail to serialize", e);
        }
    }

    /** Reads a baseline file written by {@link #render}; {@code display} names it in problems. */
    public static Baseline read(Path file, String display) throws BaselineException {
        JsonNode root;
        try {
            root = MAPPER.readTree(Files.readString(file));
        } catch (NoSuchFileException e) {
            throw new BaselineException(display + ": no such baseline file (write one with `copydesk baseline`)");
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 1 : Math.max(1, e.getLocation().getLineNr());
            throw new BaselineException(display + ":" + line + ": not valid JSON: " + JsonMessages.readable(e));
        } catch (IOException e) {
            throw new BaselineException(display + ": cannot read: " + e.getMessage());
        }
        if (root == null || !root.isObject() || !root.has("copydeskBaseline")) {
            throw new BaselineException(display + ": not a Copydesk baseline (write one with `copydesk baseline`)");
        }
        if (root.path("copydeskBaseline").asInt(-1) != FORMAT) {
            throw new BaselineException(display + ": baseline format " + root.path("copydeskBaseline")
                    + " is not the supported format " + FORMAT);
        }
        JsonNode findings = root.path("findings");
        if (!findings.isArray()) {
            throw new BaselineException(display + ": 'findings' must be a list");
        }
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < findings.size(); i++) {
            JsonNode f = findings.get(i);
            if (!f.path("path").isTextual() || !f.path("rule").isTextual() || !f.path("fingerprint").isTextual()) {
                throw new BaselineException(display + ": finding " + (i + 1)
                        + " needs 'path', 'rule' and 'fingerprint' strings");
            }
            entries.add(new Entry(f.path("path").asText(), f.path("rule").asText(), f.path("excerpt").asText(""),
                    f.path("fingerprint").asText()));
        }
        return new Baseline(entries);
    }
}
