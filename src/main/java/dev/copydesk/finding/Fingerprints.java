package dev.copydesk.finding;

import dev.copydesk.finding.Finding;
import dev.copydesk.input.Block;
import dev.copydesk.input.Document;
import dev.copydesk.input.MappedText;
import dev.copydesk.input.SourceText;
import dev.copydesk.text.Words;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * Stable fingerprints of findings, for baselines. A fingerprint hashes the rule id, the
 * article's path, the excerpt (whitespace collapsed) and a little of the article text on either
 * side of it within its block, plus which occurrence of that combination it is. It uses no line
 * number or offset, so adding or removing text elsewhere, even just above, leaves it unchanged;
 * so do re-wrapping a paragraph and changing markup around it, since the context is the
 * extracted text. Editing the words right around a finding changes it, which is what should
 * happen: that finding is worth a second look. Stateless.
 */
public final class Fingerprints {
    /** Characters of context on each side, after whitespace is collapsed. */
    static final int CONTEXT = 24;
    private static final int RAW_WINDOW = 4 * CONTEXT;

    private Fingerprints() {
    }

    /** The fingerprint of each of {@code findings} (in finding order) of {@code document}, at {@code pathKey}. */
    public static List<String> of(String pathKey, Document document, List<Finding> findings) {
        List<Block> blocks = document.blocks().stream()
                .sorted(java.util.Comparator.comparingInt((Block b) -> b.text().sourceFrom())).toList();
        int[] starts = blocks.stream().mapToInt(b -> b.text().sourceFrom()).toArray();
        Map<String, Integer> occurrences = new HashMap<>();
        List<String> fingerprints = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            int start = f.location().start();
            int end = f.location().end();
            int at = java.util.Arrays.binarySearch(starts, start);
            int index = at >= 0 ? at : -at - 2;
            Block block = index >= 0 && start < blocks.get(index).text().sourceTo() ? blocks.get(index) : null;
            String context = block != null ? context(block.text(), start, end) : context(document.source(), start, end);
            String key = f.rule() + '\0' + pathKey + '\0' + normalize(f.location().excerpt()) + '\0' + context;
            int occurrence = occurrences.merge(key, 1, Integer::sum) - 1;
            fingerprints.add(hash("copydesk-fingerprint-1\0" + key + '\0' + occurrence));
        }
        return fingerprints;
    }

    /** Whitespace runs as one space, ends trimmed: line wrapping is not a change. */
    public static String normalize(String text) {
        return Words.collapseWhitespace(text).strip();
    }

    /** The block text just before and just after source range {@code [start, end)}. */
    static String context(MappedText block, int start, int end) {
        String text = block.text();
        int from = block.indexAtSource(start);
        int to = Math.max(from, block.indexAtSource(end));
        return edges(text.substring(Math.max(0, from - RAW_WINDOW), from),
                text.substring(to, Math.min(text.length(), to + RAW_WINDOW)));
    }

    /** For findings outside the article's text (a comment, bytes in markup): the source on their lines. */
    static String context(SourceText source, int start, int end) {
        String text = source.text();
        int from = start;
        while (from > 0 && start - from < RAW_WINDOW && !lineBreak(text.charAt(from - 1))) {
            from--;
        }
        int to = end;
        while (to < text.length() && to - end < RAW_WINDOW && !lineBreak(text.charAt(to))) {
            to++;
        }
        return edges(text.substring(from, start), text.substring(end, to));
    }

    private static String edges(String rawBefore, String rawAfter) {
        String before = Words.collapseWhitespace(rawBefore);
        String after = Words.collapseWhitespace(rawAfter);
        before = before.substring(Math.max(0, before.length() - CONTEXT));
        after = after.substring(0, Math.min(after.length(), CONTEXT));
        return before + '\0' + after;
    }

    private static boolean lineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029';
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
