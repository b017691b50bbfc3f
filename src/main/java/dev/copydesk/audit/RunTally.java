package dev.copydesk.audit;

import dev.copydesk.finding.Finding;
import dev.copydesk.rule.Severity;
import dev.copydesk.score.Scores;
import java.util.EnumMap;
import java.util.Map;

/**
 * Counts of a run kept as documents stream past, so summaries and exit codes need no list of
 * every document. Not thread-safe: fed in input order from one thread.
 */
public final class RunTally {
    private int documents;
    private int failed;
    private int suppressed;
    private final Map<Severity, Integer> bySeverity = new EnumMap<>(Severity.class);
    /** Overall scores of the audited documents, for the median; an int each, so a million articles cost 4 MB. */
    private int[] overall = new int[16];
    private int scored;
    private int lowest = Integer.MAX_VALUE;
    private String lowestPath = "";

    public RunTally() {
        for (Severity s : Severity.values()) {
            bySeverity.put(s, 0);
        }
    }

    public void add(DocumentResult document) {
        documents++;
        if (!document.audited()) {
            failed++;
        }
        for (Finding f : document.findings()) {
            bySeverity.merge(f.severity(), 1, Integer::sum);
        }
        suppressed += document.suppressed().size();
        Integer score = document.audited() ? document.scores().get(Scores.OVERALL) : null;
        if (score != null) {
            if (scored == overall.length) {
                overall = java.util.Arrays.copyOf(overall, scored * 2);
            }
            overall[scored++] = score;
            if (score < lowest) {
                lowest = score;
                lowestPath = document.path();
            }
        }
    }

    /** How many documents have an overall score. */
    public int scored() {
        return scored;
    }

    /** The median overall score (the mean of the two middle ones for an even count), or -1 with none. */
    public double medianOverall() {
        if (scored == 0) {
            return -1;
        }
        int[] sorted = java.util.Arrays.copyOf(overall, scored);
        java.util.Arrays.sort(sorted);
        return (sorted[(scored - 1) / 2] + sorted[scored / 2]) / 2.0;
    }

    /** The lowest overall score, and the first document with it. */
    public int lowestOverall() {
        return scored == 0 ? -1 : lowest;
    }

    public String lowestPath() {
        return lowestPath;
    }

    public int documents() {
        return documents;
    }

    public int failed() {
        return failed;
    }

    public int audited() {
        return documents - failed;
    }

    public Map<Severity, Integer> findingsBySeverity() {
        return Map.copyOf(bySeverity);
    }

    /** Findings that suppression comments removed, in every document so far. */
    public int suppressed() {
        return suppressed;
    }

    public int findings(Severity severity) {
        return bySeverity.get(severity);
    }
}
