package dev.copydesk.report.html;

import dev.copydesk.report.AtomicFiles;
import dev.copydesk.report.ReportNames;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What the reports folder remembers of earlier runs, so its index lists every report in it and
 * not only the last run's: the rows of the index (numbers, titles and paths; never article text)
 * with the run that wrote each, in {@value #FILE_NAME}. A run puts its own rows first; an earlier
 * row stays while its report file is there and this run did not rewrite it. A ledger that cannot
 * be read is started afresh: the index then lists this run, as before there was a ledger.
 */
final class IndexLedger {
    static final String FILE_NAME = ".copydesk-runs.json";
    private static final ObjectMapper JSON = new ObjectMapper().disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS);

    /** The runs so far and every row the index lists, newest run first. */
    record State(int runs, List<IndexPage.Row> rows) {
    }

    private IndexLedger() {
    }

    static State read(Path folder) {
        Path file = folder.resolve(FILE_NAME);
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return new State(0, List.of());
        }
        try {
            State state = JSON.readValue(Files.readString(file, StandardCharsets.UTF_8), State.class);
            return state.rows() == null ? new State(state.runs(), List.of()) : state;
        } catch (IOException | RuntimeException e) {
            return new State(0, List.of());
        }
    }

    /** This run's rows, marked with its number, then the earlier rows whose reports are still there and not rewritten. */
    static State next(Path folder, State earlier, List<IndexPage.Row> thisRun) {
        int run = earlier.runs() + 1;
        List<IndexPage.Row> rows = new ArrayList<>();
        Set<String> rewritten = new HashSet<>();
        for (IndexPage.Row row : thisRun) {
            rows.add(row.inRun(run));
            if (row.report() != null) {
                rewritten.add(row.report());
            }
        }
        for (IndexPage.Row row : earlier.rows()) {
            if (row.report() != null && !rewritten.contains(row.report()) && ReportNames.isPlain(row.report())
                    && Files.isRegularFile(folder.resolve(row.report()), LinkOption.NOFOLLOW_LINKS)) {
                rows.add(row);
            }
        }
        return new State(run, rows);
    }

    static void write(Path folder, State state) throws IOException {
        AtomicFiles.replace(folder.resolve(FILE_NAME), JSON.writeValueAsString(state) + "\n");
    }
}
