package dev.copydesk.report;

import dev.copydesk.finding.Finding;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Fingerprints that survive edits elsewhere in the article: the rule, the finding's text
 * (whitespace collapsed, case folded) and which occurrence of that text it is, never its line.
 * Adding a paragraph above a finding leaves its fingerprint alone; a second identical finding
 * gets its own.
 */
public final class Fingerprints {
    private Fingerprints() {
    }

    /** One fingerprint per finding of a document, in the findings' order. */
    public static List<String> of(List<Finding> findings) {
        return of("", findings);
    }

    /**
     * The same, for articles that share a file: {@code scope} (a JSONL record's id) keeps the
     * same phrase in two records of one export from sharing a fingerprint.
     */
    public static List<String> of(String scope, List<Finding> findings) {
        Map<String, Integer> seen = new HashMap<>();
        List<String> prints = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            String key = (scope.isEmpty() ? "" : scope + "\u0000") + f.rule() + "\u0000" + f.location().excerpt().strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
            int occurrence = seen.merge(key, 1, Integer::sum);
            prints.add(sha256(key + "\u0000" + occurrence).substring(0, 32));
        }
        return prints;
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
