package dev.copydesk.baseline;

import dev.copydesk.finding.Fingerprints;
import dev.copydesk.audit.DocumentResult;
import dev.copydesk.finding.Finding;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Compares one run with a baseline, a document at a time, so it fits a streaming run: each
 * finding whose fingerprint the baseline records is accepted. Recorded findings are gone when
 * their article was audited in this run and they did not occur; articles the run did not audit
 * are left alone, so one folder can be checked against a project-wide baseline. Thread-safe.
 */
public final class BaselineMatcher {
    private final String display;
    private final Path folder;
    private final Map<String, Baseline.Entry> recorded;
    private final Set<String> seen = new HashSet<>();
    private final Set<String> auditedPaths = new HashSet<>();
    private int accepted;
    private int fresh;

    public BaselineMatcher(Baseline baseline, Path file, String display) {
        this.display = display;
        Path parent = file.toAbsolutePath().normalize().getParent();
        this.folder = parent == null ? Path.of("").toAbsolutePath() : parent;
        this.recorded = baseline.entries().stream()
                .collect(Collectors.toMap(Baseline.Entry::fingerprint, Function.identity(), (a, b) -> a));
    }

    /** Reads the baseline at {@code file}, named {@code display} in messages. */
    public static BaselineMatcher load(Path file, String display) throws BaselineException {
        return new BaselineMatcher(Baseline.read(file, display), file, display);
    }

    /** {@code doc} with the findings the baseline records moved to {@link DocumentResult#accepted()}. */
    public DocumentResult mark(DocumentResult doc) {
        if (!doc.audited()) {
            return doc;
        }
        String path = Baseline.pathKey(doc.path(), folder);
        List<String> fingerprints = Fingerprints.of(path, doc.analysis().orElseThrow().document(),
                doc.findings());
        List<Finding> standing = new ArrayList<>();
        List<Finding> acceptedHere = new ArrayList<>();
        for (int i = 0; i < fingerprints.size(); i++) {
            (recorded.containsKey(fingerprints.get(i)) ? acceptedHere : standing).add(doc.findings().get(i));
        }
        synchronized (this) {
            auditedPaths.add(path);
            seen.addAll(fingerprints);
            accepted += acceptedHere.size();
            fresh += standing.size();
        }
        return doc.withAccepted(standing, acceptedHere);
    }

    /** The comparison so far; call it after the last document. */
    public synchronized BaselineSummary summary() {
        List<Baseline.Entry> gone = recorded.values().stream()
                .filter(e -> auditedPaths.contains(e.path()) && !seen.contains(e.fingerprint()))
                .sorted(java.util.Comparator.comparing(Baseline.Entry::path).thenComparing(Baseline.Entry::rule)
                        .thenComparing(Baseline.Entry::excerpt).thenComparing(Baseline.Entry::fingerprint))
                .toList();
        return new BaselineSummary(display, accepted, fresh, gone);
    }
}
