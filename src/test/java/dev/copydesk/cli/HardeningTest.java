package dev.copydesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hardening issue's probes, as a hostile user and a careless CI job would run them: links
 * planted in the reports folder, outputs that cannot be written, clashing ids, runaway patterns,
 * runs sharing a folder, killed runs, control characters in names. Where the behaviour lives in
 * the operating system (a full device, a closed pipe, a signal), the command runs in a child JVM.
 */
class HardeningTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String STORY = """
            Council approves budget!

            In a dramatic escalation, the council voted 31 to 12. Experts say it is unprecedented.
            """;

    // 1. Links ------------------------------------------------------------------------------

    @Test
    void aLinkInTheReportsFolderIsReplacedNotFollowed(@TempDir Path dir) throws Exception {
        Path victim = Files.writeString(dir.resolve("victim.txt"), "precious\n");
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("story.txt"), STORY);
        Path reports = Files.createDirectories(dir.resolve("reports"));
        Files.createSymbolicLink(reports.resolve("story.html"), victim);
        Files.createSymbolicLink(reports.resolve("index.html"), victim);
        var r = CliEndToEndTest.run("audit", "--no-config", "--fail-on", "never", "--reports", reports.toString(), in.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("precious\n", Files.readString(victim), "the link's target is untouched");
        assertFalse(Files.isSymbolicLink(reports.resolve("story.html")), "the link itself was replaced");
        assertTrue(Files.readString(reports.resolve("story.html")).contains("Council approves budget"));
        assertFalse(Files.isSymbolicLink(reports.resolve("index.html")));
    }

    @Test
    void aLinkedOutputFileIsReplacedNotFollowed(@TempDir Path dir) throws Exception {
        Path victim = Files.writeString(dir.resolve("victim.txt"), "precious\n");
        Path story = Files.writeString(dir.resolve("story.txt"), STORY);
        Path out = dir.resolve("r.json");
        Files.createSymbolicLink(out, victim);
        var r = CliEndToEndTest.run("audit", "--no-config", "--no-html", "--fail-on", "never", "--format", "json",
                "--output", out.toString(), story.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("precious\n", Files.readString(victim));
        assertFalse(Files.isSymbolicLink(out));
        assertEquals(1, JSON.readTree(out.toFile()).path("documents").size());
    }

    @Test
    void aReportsFolderTheUserNamedAsALinkIsWrittenThrough(@TempDir Path dir) throws Exception {
        Path real = Files.createDirectories(dir.resolve("elsewhere"));
        Path link = Files.createSymbolicLink(dir.resolve("reports"), real);
        Path story = Files.writeString(dir.resolve("story.txt"), STORY);
        var r = CliEndToEndTest.run("audit", "--no-config", "--fail-on", "never", "--reports", link.toString(), story.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(Files.isRegularFile(real.resolve("story.html")), "the user chose that folder");
        assertTrue(Files.isSymbolicLink(link));
    }

    @Test
    void aLinkedLockFileIsReplacedNotFollowed(@TempDir Path dir) throws Exception {
        Path victim = Files.writeString(dir.resolve("victim.txt"), "precious\n");
        Path reports = Files.createDirectories(dir.resolve("reports"));
        Files.createSymbolicLink(reports.resolve(".copydesk.lock"), victim);
        Path story = Files.writeString(dir.resolve("story.txt"), STORY);
        var r = CliEndToEndTest.run("audit", "--no-config", "--fail-on", "never", "--reports", reports.toString(),
                story.toString());
        assertEquals(0, r.code(), r.err());
        assertEquals("precious\n", Files.readString(victim));
        assertFalse(Files.isSymbolicLink(reports.resolve(".copydesk.lock")));
    }

    @Test
    void aDefaultReportsFolderThatIsALinkIsRefused(@TempDir Path dir) throws Exception {
        Path webroot = Files.createDirectories(dir.resolve("webroot"));
        Files.writeString(webroot.resolve("index.html"), "site\n");
        Files.createSymbolicLink(dir.resolve("reports"), webroot);
        Files.writeString(dir.resolve("story.txt"), STORY);
        Process child = child(dir, List.of("audit", "--no-config", "--fail-on", "never", "story.txt")).start();
        String err = new String(child.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(child.waitFor(60, TimeUnit.SECONDS));
        assertEquals(2, child.exitValue(), err);
        assertTrue(err.contains("the default reports folder reports is a symbolic link"), err);
        assertEquals("site\n", Files.readString(webroot.resolve("index.html")));
    }

    @Test
    void linksElsewhereThanTheStreamLinksAreReplacedEvenUnderDev(@TempDir Path dir) throws Exception {
        Path shm = Path.of("/dev/shm");
        assumeTrue(Files.isDirectory(shm) && Files.isWritable(shm), "SKIPPED: no writable /dev/shm");
        Path victim = Files.writeString(dir.resolve("victim.txt"), "precious\n");
        Path link = shm.resolve("copydesk-test-" + ProcessHandle.current().pid() + ".json");
        Files.deleteIfExists(link);
        Files.createSymbolicLink(link, victim);
        try {
            Path story = Files.writeString(dir.resolve("story.txt"), STORY);
            var r = CliEndToEndTest.run("audit", "--no-config", "--no-html", "--fail-on", "never", "--format", "json",
                    "--output", link.toString(), story.toString());
            assertEquals(0, r.code(), r.err());
            assertEquals("precious\n", Files.readString(victim));
            assertFalse(Files.isSymbolicLink(link));
        } finally {
            Files.deleteIfExists(link);
        }
    }

    // 2. Stdout that cannot be written --------------------------------------------------------

    @Test
    void aFullDeviceOnStdoutExits2AndSaysSo(@TempDir Path dir) throws Exception {
        assumeTrue(Files.isWritable(Path.of("/dev/full")), "SKIPPED: this system has no /dev/full");
        Path story = Files.writeString(dir.resolve("story.txt"), STORY);
        Process child = child(dir, List.of("audit", "--no-config", "--no-html", "--fail-on", "never", "--format", "json",
                story.toString())).redirectOutput(Path.of("/dev/full").toFile()).start();
        String err = new String(child.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(child.waitFor(60, TimeUnit.SECONDS));
        assertEquals(2, child.exitValue(), err);
        assertEquals("copydesk: cannot write output: stdout: No space left on device", err.strip());
    }

    @Test
    void aClosedPipeNeverEndsAMachineFormatWithExit0(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        for (int i = 0; i < 60; i++) {
            Files.writeString(in.resolve("story" + i + ".txt"), STORY.repeat(20));
        }
        Process child = child(dir, List.of("audit", "--no-config", "--no-html", "--fail-on", "never", "--threads", "1",
                "--format", "json", in.toString())).start();
        try (InputStream out = child.getInputStream()) {
            assertEquals(10, out.readNBytes(10).length);
        } // closed: like `| head -c 10`
        String err = new String(child.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(child.waitFor(60, TimeUnit.SECONDS));
        assertEquals(2, child.exitValue(), err);
        assertEquals("", err.strip(), "a reader that went away needs no message");
    }

    @Test
    void aFailingStdoutWriterFailsTheRunInProcess(@TempDir Path dir) throws Exception {
        Path story = Files.writeString(dir.resolve("story.txt"), STORY);
        Writer broken = brokenWriter();
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"audit", "--no-config", "--no-html", "--fail-on", "never", "--format", "sarif",
            story.toString()}, new PrintWriter(broken), new PrintWriter(err));
        assertEquals(2, code);
        assertTrue(err.toString().startsWith("copydesk: cannot write output: stdout: "), err.toString());
    }

    // 3. Report names ------------------------------------------------------------------------

    @Test
    void recordsSharingAnIdEachGetTheirOwnStableReport(@TempDir Path dir) throws Exception {
        Path export = Files.writeString(dir.resolve("export.jsonl"), """
                {"id":"a1","title":"First headline","body":"The first article says one thing."}
                {"id":"a1","title":"Second headline","body":"The second article says another."}
                {"id":"b2","title":"Third headline","body":"A third one."}
                """);
        List<String> firstRun = null;
        for (int run = 0; run < 2; run++) {
            Path reports = dir.resolve("reports" + run);
            var r = CliEndToEndTest.run("audit", "--no-config", "--fail-on", "never", "--reports", reports.toString(),
                    export.toString());
            assertEquals(0, r.code(), r.err());
            List<String> links = new ArrayList<>();
            for (var a : Jsoup.parse(reports.resolve("index.html").toFile()).select("a[href$=.html]")) {
                links.add(a.attr("href"));
            }
            assertEquals(3, links.stream().distinct().count(), links.toString());
            for (int i = 0; i < 3; i++) {
                String report = Files.readString(reports.resolve(links.get(i)));
                String headline = List.of("First headline", "Second headline", "Third headline").get(i);
                assertTrue(report.contains(headline), links.get(i) + " is " + headline + "'s own report");
            }
            if (firstRun != null) {
                assertEquals(firstRun, links, "the same inputs get the same names in every run");
            }
            firstRun = links;
        }
        assertEquals(List.of("export_a1-line1.html", "export_a1-line2.html", "export_b2.html"), firstRun);
    }

    // 4. Runaway patterns --------------------------------------------------------------------

    @Test
    void aPatternThatCompilesTooLargeIsRefusedAtLoad(@TempDir Path dir) throws Exception {
        Path rules = Files.createDirectories(dir.resolve("rules"));
        Files.writeString(rules.resolve("mine.yaml"), """
                pack: mine
                rules:
                  - id: mine.runaway
                    category: tone
                    severity: info
                    message: "runaway"
                    check: pattern
                    pattern: "((((a{100}){100}){100}){100})"
                    examples:
                      flag: ["aaa"]
                      pass: ["bbb"]
                """);
        Path story = Files.writeString(dir.resolve("story.txt"), STORY);
        var r = CliEndToEndTest.run("audit", "--no-config", "--no-html", "--rules", rules.toString(), story.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("copydesk: " + rules.resolve("mine.yaml") + ":8: pattern too large ("), r.err());
        assertFalse(r.err().contains("\tat "), r.err());
    }

    @Test
    void quotedRunsAndDeepNestingCannotSlipPastTheLimit(@TempDir Path dir) throws Exception {
        Path story = Files.writeString(dir.resolve("story.txt"), STORY);
        String[] patterns = {"(\\\\Q" + "a".repeat(20_000) + "\\\\E){1000}", "(".repeat(4_000) + "a" + ")".repeat(4_000)};
        String[] messages = {"pattern too large (", "pattern too deeply nested (4000 levels"};
        for (int k = 0; k < patterns.length; k++) {
            Path rules = Files.createDirectories(dir.resolve("rules" + k));
            Files.writeString(rules.resolve("mine.yaml"), "pack: mine\nrules:\n  - id: mine.runaway\n    category: tone\n"
                    + "    severity: info\n    message: \"runaway\"\n    check: pattern\n    pattern: \"" + patterns[k] + "\"\n"
                    + "    examples:\n      flag: [\"a\"]\n      pass: [\"b\"]\n");
            var r = CliEndToEndTest.run("audit", "--no-config", "--no-html", "--rules", rules.toString(), story.toString());
            assertEquals(2, r.code(), r.err());
            assertTrue(r.err().startsWith("copydesk: " + rules.resolve("mine.yaml") + ":8: " + messages[k]), r.err());
        }
    }

    // 5. Runs sharing a reports folder -------------------------------------------------------

    @Test
    void aSecondRunIntoABusyReportsFolderStopsAndSaysWhoHoldsIt(@TempDir Path dir) throws Exception {
        Path reports = dir.resolve("reports");
        Path story = Files.writeString(dir.resolve("story.txt"), STORY);
        // The first run reads its article from stdin, so it holds the folder until stdin closes.
        Process first = child(dir, List.of("audit", "--no-config", "--fail-on", "never", "--reports", reports.toString(), "-"))
                .start();
        try {
            waitFor(() -> Files.exists(reports.resolve(".copydesk.lock")) && lockHolder(reports).equals(String.valueOf(first.pid())));
            var second = CliEndToEndTest.run("audit", "--no-config", "--fail-on", "never", "--reports", reports.toString(),
                    story.toString());
            assertEquals(2, second.code());
            assertEquals("copydesk: reports folder " + reports + " is in use by another copydesk run (process " + first.pid()
                    + "); wait for it to finish, or give this run its own --reports folder", second.err().strip());
            assertFalse(Files.exists(reports.resolve("story.html")), "the second run wrote nothing");
        } finally {
            first.getOutputStream().write(STORY.getBytes(StandardCharsets.UTF_8));
            first.getOutputStream().close();
            assertTrue(first.waitFor(60, TimeUnit.SECONDS));
        }
        assertEquals(0, first.exitValue(), new String(first.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
        var third = CliEndToEndTest.run("audit", "--no-config", "--fail-on", "never", "--reports", reports.toString(),
                story.toString());
        assertEquals(0, third.code(), "the folder is free once the first run ends: " + third.err());
    }

    // 6. Killed runs -------------------------------------------------------------------------

    @Test
    void aTerminatedRunLeavesNoTempFilesAndAKilledRunsAreSweptNextTime(@TempDir Path dir) throws Exception {
        Path out = Files.createDirectories(dir.resolve("out"));
        Path reports = dir.resolve("reports");
        List<String> args = List.of("audit", "--no-config", "--fail-on", "never", "--reports", reports.toString(),
                "--format", "json", "--output", out.resolve("r.json").toString(), "-");

        Process terminated = child(dir, args).start();
        waitFor(() -> temps(out).size() == 1); // its output is open, and it waits for stdin
        terminated.destroy(); // SIGTERM
        assertTrue(terminated.waitFor(60, TimeUnit.SECONDS));
        assertEquals(143, terminated.exitValue());
        assertEquals(List.of(), temps(out), "TERM: the shutdown hook deletes the temporary file");

        Process killed = child(dir, args).start();
        waitFor(() -> temps(out).size() == 1);
        killed.destroyForcibly(); // SIGKILL: no hook runs
        assertTrue(killed.waitFor(60, TimeUnit.SECONDS));
        assertEquals(1, temps(out).size(), "kill -9 leaves the temporary file");

        Path story = Files.writeString(dir.resolve("story.txt"), STORY);
        var next = CliEndToEndTest.run("audit", "--no-config", "--fail-on", "never", "--reports", reports.toString(),
                "--format", "json", "--output", out.resolve("r.json").toString(), story.toString());
        assertEquals(0, next.code(), next.err());
        assertEquals(List.of(), temps(out), "the next run sweeps what a dead run left");
        assertTrue(Files.isRegularFile(out.resolve("r.json")));
    }

    // 7. Untrusted names on stderr -----------------------------------------------------------

    @Test
    void controlCharactersInNamesCannotForgeLinesOnStderr(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a\n::error file=x::forged.txt"), "");
        Files.writeString(in.resolve("b\u001b[2Jcleared.txt"), "");
        Path export = Files.writeString(in.resolve("export.jsonl"), "{\"id\":\"x\\u0000\\n::error::id\",\"title\":\"T\"}\n");
        var r = CliEndToEndTest.run("audit", "--no-config", "--no-html", in.toString());
        assertEquals(1, r.code());
        String[] lines = r.err().split("\n");
        assertEquals(3, lines.length, r.err());
        for (String line : lines) {
            assertTrue(line.startsWith("copydesk: "), line);
            assertFalse(line.contains("\u001b") || line.contains("\u0000") || line.contains("\r"), line);
        }
        assertTrue(r.err().contains("\\u001B[2Jcleared.txt"), r.err());
        assertTrue(export.toString().length() > 0);
    }

    // 8. Smaller items -----------------------------------------------------------------------

    @Test
    void oneFileGivenToTwoFormatsIsRefused(@TempDir Path dir) throws Exception {
        Path story = Files.writeString(dir.resolve("story.txt"), STORY);
        Path out = dir.resolve("o.json");
        var r = CliEndToEndTest.run("audit", "--no-config", "--no-html", "--format", "json", "--output", out.toString(),
                "--format", "sarif", "--output", dir.resolve(".").resolve("o.json").toString(), story.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("is given for both --format json and --format sarif"), r.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void stdoutNamedAsAFileCountsAsStdout(@TempDir Path dir) throws Exception {
        Path story = Files.writeString(dir.resolve("story.txt"), STORY);
        var r = CliEndToEndTest.run("audit", "--no-config", "--no-html", "--format", "json", "--output", "/dev/stdout",
                "--format", "text", story.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().startsWith("copydesk: --output /dev/stdout is stdout, where --format text already goes"), r.err());
    }

    @Test
    void anOutputCannotTakeTheReportsFolderOwnNames(@TempDir Path dir) throws Exception {
        Path story = Files.writeString(dir.resolve("story.txt"), STORY);
        Path reports = dir.resolve("reports");
        for (String name : List.of("index.html", ".copydesk.lock", "story.html")) {
            var r = CliEndToEndTest.run("audit", "--no-config", "--reports", reports.toString(), "--format", "json",
                    "--output", reports.resolve(name).toString(), story.toString());
            assertEquals(2, r.code(), name);
            assertTrue(r.err().contains("would replace the reports folder's own " + name), r.err());
        }
        var json = CliEndToEndTest.run("audit", "--no-config", "--fail-on", "never", "--reports", reports.toString(),
                "--format", "json", "--output", reports.resolve("copydesk.json").toString(), story.toString());
        assertEquals(0, json.code(), "a JSON file beside the reports is fine: " + json.err());
    }

    @Test
    void theSameFileThroughALinkedFolderIsOneOutput(@TempDir Path dir) throws Exception {
        Path story = Files.writeString(dir.resolve("story.txt"), STORY);
        Path other = Files.createDirectories(dir.resolve("other/sub"));
        Files.createSymbolicLink(dir.resolve("dlink"), other);
        var r = CliEndToEndTest.run("audit", "--no-config", "--no-html", "--format", "json", "--output",
                dir.resolve("other/X.json").toString(), "--format", "sarif", "--output",
                dir.resolve("dlink/../X.json").toString(), story.toString());
        assertEquals(2, r.code(), r.err());
        assertTrue(r.err().contains("is given for both --format json and --format sarif"), r.err());
    }

    @Test
    void usageMessagesQuoteArgumentsOnOneLine() {
        var r = CliEndToEndTest.run("audit", "--format", "json\n::error::forged", "x.txt");
        assertEquals(2, r.code());
        for (String line : r.err().split("\n")) {
            assertFalse(line.startsWith("::error"), r.err());
        }
    }

    @Test
    void theRulesListingFailsWhenStdoutFails() {
        Writer broken = brokenWriter();
        StringWriter err = new StringWriter();
        assertEquals(2, Main.run(new String[] {"rules", "--format", "json"}, new PrintWriter(broken), new PrintWriter(err)));
        assertTrue(err.toString().startsWith("copydesk: cannot write output: stdout"), err.toString());
    }

    @Test
    void threadCountsBelowOneAreRefused(@TempDir Path dir) throws Exception {
        Path story = Files.writeString(dir.resolve("story.txt"), STORY);
        for (String command : List.of("audit", "baseline")) {
            for (String threads : List.of("-5", "0")) {
                var r = CliEndToEndTest.run(command, "--no-config", "--threads", threads, story.toString());
                assertEquals(2, r.code());
                assertTrue(r.err().contains("--threads must be 1 or more, not " + threads), r.err());
            }
        }
    }

    @Test
    void aPathUnderAFileIsExplainedPlainly(@TempDir Path dir) throws Exception {
        Path story = Files.writeString(dir.resolve("story.txt"), STORY);
        Path file = Files.writeString(dir.resolve("afile"), "x");
        var output = CliEndToEndTest.run("audit", "--no-config", "--no-html", "--format", "json", "--output",
                file.resolve("r.json").toString(), story.toString());
        assertEquals(2, output.code());
        assertEquals("copydesk: cannot write output: " + file + ": is not a folder (a file is in the way)", output.err().strip());
        var reports = CliEndToEndTest.run("audit", "--no-config", "--reports", file.resolve("sub").toString(), story.toString());
        assertEquals(2, reports.code());
        assertEquals("copydesk: cannot write output: " + file.resolve("sub") + ": is not a folder (a file is in the way)",
                reports.err().strip());
        assertFalse(output.err().contains("Exception") || reports.err().contains("Exception"));
    }

    @Test
    void readOnlyFoldersAreNamedNotTheirTempFiles(@TempDir Path dir) throws Exception {
        Path reports = Files.createDirectories(dir.resolve("reports"));
        Path out = Files.createDirectories(dir.resolve("out"));
        Files.setPosixFilePermissions(reports, PosixFilePermissions.fromString("r-xr-xr-x"));
        Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("r-xr-xr-x"));
        try {
            assumeTrue(!Files.isWritable(reports), "SKIPPED: running as root, which writes into read-only folders");
            Path story = Files.writeString(dir.resolve("story.txt"), STORY);
            var html = CliEndToEndTest.run("audit", "--no-config", "--reports", reports.toString(), story.toString());
            assertEquals(2, html.code());
            assertEquals("copydesk: cannot write output: " + reports + ": permission denied (cannot write in this folder)",
                    html.err().strip());
            var json = CliEndToEndTest.run("audit", "--no-config", "--no-html", "--format", "json", "--output",
                    out.resolve("r.json").toString(), story.toString());
            assertEquals(2, json.code());
            assertEquals("copydesk: cannot write output: " + out + ": permission denied (cannot write in this folder)",
                    json.err().strip());
        } finally {
            Files.setPosixFilePermissions(reports, PosixFilePermissions.fromString("rwxr-xr-x"));
            Files.setPosixFilePermissions(out, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    /**
     * The hostile batch: every input is accounted for in the JSON, audited or failed with a
     * one-line reason, and nothing prints a stack trace.
     */
    @Test
    void theHostileBatchAccountsForEveryInput(@TempDir Path dir) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("empty.txt"), "");
        Files.write(in.resolve("binary.html"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13, 0, 0, 1, 2, 3});
        Files.write(in.resolve("bad-utf8.txt"), new byte[] {'H', 'i', '\n', '\n', 'A', ' ', (byte) 0xC3, (byte) 0x28, ' ',
            (byte) 0xFF, 'b', 'a', 'd', '.', '\n'});
        Files.write(in.resolve("cp1252.txt"), "Caf\u00e9 news\n\nThe \u201cbest\u201d caf\u00e9 opened.\n"
                .getBytes(Charset.forName("windows-1252")));
        Files.write(in.resolve("utf16.txt"), "Headline\n\nA story in UTF-16 with a BOM.\n".getBytes(StandardCharsets.UTF_16));
        String paragraph = "The council voted 31 to 12 on Tuesday to close the bridge, officials said. "
                + "Critics say the decision was shocking.\n\n";
        Files.writeString(in.resolve("six-mb.txt"), "Big\n\n" + paragraph.repeat(6 * 1024 * 1024 / paragraph.length()));
        Files.writeString(in.resolve("long-line.txt"), "Long\n\n" + "word ".repeat(2 * 1024 * 1024 / 5) + "\n");
        Files.writeString(in.resolve("deep.html"), "<html><body>" + "<div>".repeat(20_000) + "<p>Deep text.</p>"
                + "</div>".repeat(20_000) + "</body></html>");
        Files.writeString(in.resolve("we ird;\u202Ename\u0007.md"), "# Odd\n\nA name with a bell and an override.\n");
        Path reports = dir.resolve("reports");
        var r = CliEndToEndTest.run("audit", "--no-config", "--fail-on", "never", "--format", "json", "--reports",
                reports.toString(), in.toString());
        JsonNode documents = JSON.readTree(r.out()).path("documents");
        try (Stream<Path> files = Files.list(in)) {
            assertEquals(files.count(), documents.size(), "every input is accounted for");
        }
        int failed = 0;
        for (JsonNode document : documents) {
            String status = document.path("status").asText();
            assertTrue(status.equals("audited") || status.equals("failed"), document.toString());
            if (status.equals("failed")) {
                failed++;
                assertFalse(document.path("error").asText().contains("Exception"), document.toString());
            }
        }
        assertEquals(2, failed, "the empty and the binary file fail; the rest are read: " + r.err());
        assertEquals(1, r.code());
        assertFalse(r.err().contains("\tat ") || r.err().contains("Exception"), r.err());
    }

    // ----------------------------------------------------------------------------------------

    /** Stdout on a full disk: every write fails. */
    private static Writer brokenWriter() {
        return new Writer() {
            @Override
            public void write(char[] chars, int offset, int length) throws IOException {
                throw new IOException("disk on fire");
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
    }

    private static ProcessBuilder child(Path dir, List<String> args) {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-cp", System.getProperty("java.class.path"), "dev.copydesk.cli.Main"));
        command.addAll(args);
        return new ProcessBuilder(command).directory(dir.toFile());
    }

    private static List<Path> temps(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(p -> p.getFileName().toString().matches("\\.copydesk-.*\\.tmp")).toList();
        }
    }

    private static String lockHolder(Path reports) {
        try {
            return Files.readString(reports.resolve(".copydesk.lock")).strip();
        } catch (IOException e) {
            return "";
        }
    }

    private interface Condition {
        boolean holds() throws Exception;
    }

    /** Waits for a child process to reach a state, polling; fails after a generous bound so a broken build cannot hang. */
    private static void waitFor(Condition condition) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!condition.holds()) {
            assertNotEquals(true, System.nanoTime() > deadline, "the child process never got there");
            Thread.sleep(50);
        }
    }
}
