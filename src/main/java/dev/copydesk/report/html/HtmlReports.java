package dev.copydesk.report.html;

import dev.copydesk.report.AtomicFiles;
import dev.copydesk.report.ReportNames;
import dev.copydesk.report.ReportWriter;
import dev.copydesk.report.html.HtmlReport;
import dev.copydesk.audit.DocumentResult;
import dev.copydesk.audit.RunTally;
import dev.copydesk.rule.Rule;
import dev.copydesk.rule.RuleCatalog;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The HTML output of a run: each audited document's report, rendered as soon as it is audited
 * (on the worker, so rendering runs in parallel) and written to its file in input order, on the
 * thread that takes the results, and the batch's {@code index.html} at the end, built from a
 * small row per document. Writing apart from rendering keeps the workers busy while the disk
 * takes its time: a batch's 130 MB of reports took three seconds of waiting on this machine's
 * disk when the workers wrote them.
 */
public final class HtmlReports implements ReportWriter {
    private final Path folder;
    private final Map<ReportNames.Source, String> names;
    private final String version;
    private final Map<String, Rule> rules = new java.util.HashMap<>();
    private final List<IndexPage.Row> rows = new ArrayList<>();

    /** @param names each input's report file name, from {@link ReportNames#assignSources} over every input */
    public HtmlReports(Path folder, Map<ReportNames.Source, String> names, RuleCatalog catalog, String version) {
        this.folder = folder;
        this.names = names;
        this.version = version;
        catalog.rules().forEach(r -> rules.put(r.id(), r));
    }

    /** A report ready to write: its file and bytes (none for a document that was not audited), and its index row. */
    private record Rendered(Path file, byte[] html, IndexPage.Row row) {
    }

    @Override
    public Object prepare(DocumentResult document) {
        String name = names.get(ReportNames.Source.of(document));
        if (!document.audited()) {
            return new Rendered(null, null, IndexPage.Row.of(document, name));
        }
        if (name == null) {
            throw new IllegalStateException("no report name planned for " + document.path());
        }
        return new Rendered(folder.resolve(name), HtmlReport.renderUtf8(document, version, rules), IndexPage.Row.of(document, name));
    }

    @Override
    public void append(DocumentResult document, Object prepared) throws IOException {
        Rendered rendered = (Rendered) prepared;
        if (rendered.html() != null) {
            AtomicFiles.replace(rendered.file(), rendered.html());
        }
        rows.add(rendered.row());
    }

    @Override
    public void finish(RunTally tally) throws IOException {
        IndexLedger.State state = IndexLedger.next(folder, IndexLedger.read(folder), rows);
        IndexLedger.write(folder, state);
        AtomicFiles.replace(folder.resolve("index.html"), IndexPage.render(state.rows(), tally, version, state.runs()));
    }

    /** The name of the folder's ledger of earlier runs, which no output may take. */
    public static String ledgerName() {
        return IndexLedger.FILE_NAME;
    }

    public Path index() {
        return folder.resolve("index.html");
    }

    /** The report of the only audited document, if there is exactly one. */
    public java.util.Optional<Path> single() {
        List<IndexPage.Row> audited = rows.stream().filter(r -> r.error() == null).toList();
        return audited.size() == 1 ? java.util.Optional.of(folder.resolve(audited.get(0).report())) : java.util.Optional.empty();
    }
}
