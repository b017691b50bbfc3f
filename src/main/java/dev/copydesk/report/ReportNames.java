package dev.copydesk.report;

import dev.copydesk.audit.DocumentResult;
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

    /**
     * What a report is named after: an input file ({@code recordId} null), or one record of a JSONL
     * export, by the export's path as given, the record's id and its line.
     */
    public record Source(String path, String recordId, int recordLine) {
        public static Source file(String path) {
            return new Source(path, null, 0);
        }

        public static Source of(DocumentResult document) {
            return document.record().map(r -> new Source(r.file(), r.id(), r.line())).orElse(file(document.path()));
        }

        // Written out: a record's own hashCode and equals are linked through invokedynamic on first use.
        @Override
        public int hashCode() {
            return (java.util.Objects.hashCode(path) * 31 + java.util.Objects.hashCode(recordId)) * 31 + recordLine;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Source source && java.util.Objects.equals(source.path, path)
                    && java.util.Objects.equals(source.recordId, recordId) && source.recordLine == recordLine;
        }
    }

    /**
     * Whether {@code name} could be a report name this class gave: one plain file name ending in
     * ".html", no folder, no leading dot. Names read back from the folder's ledger are checked so,
     * since anything in the folder may have been edited.
     */
    public static boolean isPlain(String name) {
        return name.matches("[A-Za-z0-9_][A-Za-z0-9._-]*\\.html") && !name.contains("..") && !name.equals("index.html");
    }

    /** Maps each distinct file path to its report file name. */
    public static Map<String, String> assign(List<String> paths) {
        Map<Source, String> names = assignSources(paths.stream().map(Source::file).toList());
        Map<String, String> byPath = new LinkedHashMap<>();
        names.forEach((source, name) -> byPath.put(source.path(), name));
        return byPath;
    }

    /**
     * Maps each distinct source to its report file name: unique within the batch (also where a
     * file system ignores case), and the same for the same inputs in every run. Records of an
     * export that share an id are told apart by their line ({@code export_id-line7.html}).
     */
    public static Map<Source, String> assignSources(List<Source> sources) {
        Map<Source, List<String>> segments = new LinkedHashMap<>();
        for (Source source : sources) {
            segments.putIfAbsent(source, segmentsOf(source.path()));
        }
        Map<Source, Integer> depth = new HashMap<>();
        segments.keySet().forEach(p -> depth.put(p, 1));
        Map<Source, String> names = new LinkedHashMap<>();
        for (int round = 0; round < 64; round++) {
            names.clear();
            for (Source p : segments.keySet()) {
                names.put(p, candidate(segments.get(p), depth.get(p), p.recordId()));
            }
            boolean grew = false;
            for (List<Source> group : collisions(names)) {
                if (group.stream().map(Source::path).distinct().count() == 1) {
                    continue; // records of one export: folders cannot tell them apart, their lines do below
                }
                for (Source p : group) {
                    if (depth.get(p) < segments.get(p).size()) {
                        depth.put(p, depth.get(p) + 1);
                        grew = true;
                    }
                }
            }
            if (!grew) {
                break;
            }
        }
        for (List<Source> group : collisions(names)) {
            for (Source p : group) {
                if (p.recordId() != null) {
                    String name = names.get(p);
                    names.put(p, name.substring(0, name.length() - ".html".length()) + "-line" + p.recordLine() + ".html");
                }
            }
        }
        Map<String, Integer> counts = new HashMap<>();
        names.values().forEach(n -> counts.merge(n.toLowerCase(Locale.ROOT), 1, Integer::sum));
        names.replaceAll((p, n) -> counts.get(n.toLowerCase(Locale.ROOT)) > 1 || n.length() > MAX_LENGTH ? hashed(n, p) : n);
        // A crafted id can spell another's hashed name: the later one, in input order, takes a number.
        java.util.Set<String> taken = new java.util.HashSet<>();
        for (Map.Entry<Source, String> entry : names.entrySet()) {
            String name = entry.getValue();
            String stem = name.substring(0, name.length() - ".html".length());
            for (int k = 2; !taken.add(name.toLowerCase(Locale.ROOT)); k++) {
                name = stem + "-" + k + ".html";
            }
            entry.setValue(name);
        }
        return names;
    }

    /** Groups of sources whose names clash; case-insensitive file systems (macOS, Windows) would merge names differing in case. */
    private static List<List<Source>> collisions(Map<Source, String> names) {
        Map<String, List<Source>> byName = new LinkedHashMap<>();
        names.forEach((p, n) -> byName.computeIfAbsent(n.toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(p));
        return byName.values().stream().filter(group -> group.size() > 1).toList();
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

    private static String candidate(List<String> parts, int depth, String recordId) {
        List<String> tail = new ArrayList<>(parts.subList(parts.size() - Math.min(depth, parts.size()), parts.size()));
        String file = tail.get(tail.size() - 1);
        int dot = file.lastIndexOf('.');
        if (dot > 0) {
            tail.set(tail.size() - 1, file.substring(0, dot));
        }
        if (recordId != null) {
            tail.add(recordId);
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

    private static String hashed(String name, Source source) {
        String stem = name.substring(0, Math.min(name.length() - ".html".length(), 80));
        String key = source.recordId() == null ? source.path()
                : source.path() + "#" + source.recordId() + "@" + source.recordLine();
        return stem + "-" + sha256(key).substring(0, 10) + ".html";
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
