package dev.copydesk.cli;

import dev.copydesk.report.TextReport;
import java.io.PrintWriter;

/**
 * "[1,204/10,000] stories/a.html" on stderr, rewritten in place at most a few times a second,
 * for long runs watched in a terminal. Silent when stderr is a file or a CI log.
 */
final class Progress {
    private static final long INTERVAL_NANOS = 250_000_000L;
    private final PrintWriter err;
    private final int total;
    private final boolean enabled;
    private int done;
    private long last;
    private boolean shown;

    private Progress(PrintWriter err, int total, boolean enabled) {
        this.err = err;
        this.total = total;
        this.enabled = enabled;
    }

    static Progress forTerminal(PrintWriter err, int total) {
        return new Progress(err, total, total > 1 && System.console() != null && System.getenv("CI") == null);
    }

    void done(String path) {
        done++;
        if (!enabled) {
            return;
        }
        long now = System.nanoTime();
        if (now - last >= INTERVAL_NANOS || done == total) {
            last = now;
            String line = String.format(java.util.Locale.ROOT, "[%,d/%,d] %s", done, total, TextReport.oneLine(path));
            err.print("\r\u001B[K" + (line.length() > 100 ? line.substring(0, 100) : line));
            err.flush();
            shown = true;
        }
    }

    /** What clears the progress line before other output, or nothing. */
    String clear() {
        if (!shown) {
            return "";
        }
        shown = false;
        return "\r\u001B[K";
    }
}
