package dev.copydesk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The shape of the house, read from the sources' imports: the stages depend one way (no cycle
 * between top-level packages), and a package imports at most five others, except the few that
 * by their nature see every stage. Those are listed with their current count as a ceiling, so a
 * new dependency there is a decision someone makes here, not a drift.
 */
class PackageLayoutTest {
    private static final Path SOURCES = Path.of("src/main/java/dev/copydesk");
    private static final Pattern PACKAGE = Pattern.compile("^package dev\\.copydesk\\.([a-z.]+);", Pattern.MULTILINE);
    private static final Pattern IMPORT = Pattern.compile("^import dev\\.copydesk\\.([a-z.]+)\\.[A-Z]", Pattern.MULTILINE);
    private static final int MAX_IMPORTED_PACKAGES = 5;

    /** Packages allowed past the limit, each with the most it may import, and why. */
    private static final Map<String, Integer> WIDER = Map.of(
            "cli", 12, // the command line wires every stage to its options
            "server", 8, // the server's front door, like cli's: a request's text to a document, its audit to JSON,
                         // LanguageTool matches or the desk's HTML (made by report.html, shared with the report)
            "lab", 11, // research commands (evaluate, bench, calibrate) drive the product end to end
            "audit", 7, // the auditor conducts the stages: analysis, checks, suppression, scores
            "check", 7, // checks read the analyzed document, its language layer and the Unicode checks' package
            "report", 10, // the JSON document is the whole model written out
            "report.html", 10); // so is the HTML report, for people

    @Test
    void noPackageImportsMoreThanFiveOthersExceptTheListedOnes() throws IOException {
        Map<String, Set<String>> imports = imports();
        List<String> tooWide = new ArrayList<>();
        imports.forEach((pkg, deps) -> {
            int limit = WIDER.getOrDefault(pkg, MAX_IMPORTED_PACKAGES);
            if (deps.size() > limit) {
                tooWide.add(pkg + " imports " + deps.size() + " packages (limit " + limit + "): " + deps);
            }
        });
        assertEquals(List.of(), tooWide);
        assertTrue(imports.keySet().containsAll(WIDER.keySet()), "every listed exception is still a package: " + WIDER.keySet());
    }

    @Test
    void stagesDependOneWay() throws IOException {
        Map<String, Set<String>> stages = new TreeMap<>();
        imports().forEach((pkg, deps) -> {
            Set<String> to = stages.computeIfAbsent(stage(pkg), k -> new TreeSet<>());
            deps.stream().map(PackageLayoutTest::stage).filter(d -> !d.equals(stage(pkg))).forEach(to::add);
        });
        for (String start : stages.keySet()) {
            List<String> cycle = cycleFrom(start, start, stages, new ArrayList<>(List.of(start)), new TreeSet<>());
            assertEquals(List.of(), cycle, "a cycle between stages");
        }
    }

    private static List<String> cycleFrom(String start, String at, Map<String, Set<String>> graph, List<String> path,
            Set<String> seen) {
        for (String next : graph.getOrDefault(at, Set.of())) {
            if (next.equals(start)) {
                List<String> cycle = new ArrayList<>(path);
                cycle.add(start);
                return cycle;
            }
            if (seen.add(next)) {
                path.add(next);
                List<String> found = cycleFrom(start, next, graph, path, seen);
                if (!found.isEmpty()) {
                    return found;
                }
                path.remove(path.size() - 1);
            }
        }
        return List.of();
    }

    /** A top-level package: {@code check.unicode} belongs to the check stage. */
    private static String stage(String pkg) {
        int dot = pkg.indexOf('.');
        return dot < 0 ? pkg : pkg.substring(0, dot);
    }

    /** Each package and the other project packages its classes import. */
    private static Map<String, Set<String>> imports() throws IOException {
        Map<String, Set<String>> imports = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                Matcher pkg = PACKAGE.matcher(source);
                if (!pkg.find()) {
                    continue;
                }
                Set<String> deps = imports.computeIfAbsent(pkg.group(1), k -> new TreeSet<>());
                Matcher m = IMPORT.matcher(source);
                while (m.find()) {
                    if (!m.group(1).equals(pkg.group(1))) {
                        deps.add(m.group(1));
                    }
                }
            }
        }
        return imports;
    }
}
