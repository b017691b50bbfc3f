package dev.copydesk.report;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Safe, unique report file names for the documents of a batch. A name is built from the last
 * segments of the input path without its extension ({@code story.html}); where two inputs would
 * collide, more parent folders are added ({@code desk-a_story.html}), and a hash of the path if
 * that is not enough; only {@code [A-Za-z0-9._-]}
 * survive, so a name can never climb out of the reports folder or be hidden. Deterministic.
 */
public final class ReportNames {
    private static final int MAX_LENGTH = 120;

    private ReportNames() {
    }

    /** Maps each distinct path to its report file name. */
    public static Map<String, String> assign(List<String> paths) {
        Map<String, List<String>> segments = new LinkedHashMap<>();
        for (String path : paths) {
            segments.putIfAbsent(path, segmentsOf(path));
        }
        Map<String, Integer> depth = new HashMap<>();
        segments.keySet().forEach(p -> depth.put(p, 1));
        Map<String, String> names = new LinkedHashMap<>();
        for (int round = 0; round < 64; round++) {
            names.clear();
            for (String p : segments.keySet()) {
                names.put(p, candidate(segments.get(p), depth.get(p)));
            }
            Map<String, List<String>> byName = new HashMap<>();
            // Case-insensitive file systems (macOS, Windows) would merge names differing in case.
            names.forEach((p, n) -> byName.computeIfAbsent(n.toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(p));
            boolean grew = false;
            for (List<String> group : byName.values()) {
                if (group.size() > 1) {
                    for (String p : group) {
                        if (depth.get(p) < segments.get(p).size()) {
                            depth.put(p, depth.get(p) + 1);
                            grew = true;
                        }
                    }
                }
            }
            if (!grew) {
                break;
            }
        }
        Map<String, Integer> counts = new HashMap<>();
        names.values().forEach(n -> counts.merge(n.toLowerCase(Locale.ROOT), 1, Integer::sum));
        names.replaceAll((p, n) -> counts.get(n.toLowerCase(Locale.ROOT)) > 1 || n.length() > MAX_LENGTH ? hashed(n, p) : n);
        return names;
    }

    private static List<String> segmentsOf(String path) {
        if ("-".equals(path)) {
            return List.of("stdin");
        }
        List<String> parts = new ArrayList<>();
        for (String part : path.replace('\\', '/').split("/")) {
            if (!part.isEmpty() && !part.equals(".") && !part.equals("..")) {
                parts.add(part);
            }
        }
        return parts.isEmpty() ? List.of("article") : parts;
    }

    private static String candidate(List<String> parts, int depth) {
        List<String> tail = new ArrayList<>(parts.subList(parts.size() - Math.min(depth, parts.size()), parts.size()));
        String file = tail.get(tail.size() - 1);
        int dot = file.lastIndexOf('.');
        if (dot > 0) {
            tail.set(tail.size() - 1, file.substring(0, dot));
        }
        return sanitize(String.join("_", tail)) + ".html";
    }

    static String sanitize(String raw) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            boolean safe = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '.'
                    || c == '-' || c == '_';
            b.append(safe ? c : '_');
        }
        while (b.length() > 0 && b.charAt(0) == '.') {
            b.setCharAt(0, '_');
        }
        String s = b.toString();
        return s.isEmpty() || "index".equalsIgnoreCase(s) ? "article_" + s : s;
    }

    private static String hashed(String name, String path) {
        String stem = name.substring(0, Math.min(name.length() - ".html".length(), 80));
        return stem + "-" + sha256(path).substring(0, 10) + ".html";
    }

    static String sha256(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
