package dev.copydesk.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A class-data-sharing archive of the classes a short audit loads, so that a run maps them
 * already parsed and verified instead of reading them from the jar. The build makes one beside
 * the jar ({@code copydesk.jsa}) for {@link Launch}; {@code bin/copydesk} makes its own per JDK in
 * the user's cache. An archive fits only the JDK that made it and the jar at that path, size and
 * time: the JVM checks both and runs without an archive that does not fit.
 *
 * <p>It is made in two child JVMs: one audits a built-in article, with its JSON, text and HTML
 * outputs, and lists the classes it loaded; the other dumps those into a static archive. A static
 * archive, unlike one written at exit, also holds classes compiled for Java 5 (picocli's), which
 * the JVM would otherwise load and verify on every run.
 */
public final class SharedArchive {
    /**
     * The JVM settings of a command-line run, the archive's too (it records the collector): the
     * client compiler only, since an audit is over before the optimising compiler pays for itself
     * on two cores, and the serial collector, whose heap stays small.
     */
    static final List<String> JVM_FLAGS = List.of("-XX:TieredStopAtLevel=1", "-XX:+UseSerialGC");

    private static final long CHILD_TIMEOUT_MINUTES = 5;

    /** Written for this purpose: a little of everything the checks look at, in a few sentences. */
    private static final String TRAINING_ARTICLE = """
            Council Approves Bridge Plan After Shocking Vote

            The council said on Tuesday that the new bridge would cost 40% more than planned, officials \
            told reporters. "We will finish it," the mayor said. Experts say the decision is unprecedented.

            The vote was taken last week, and critics, who declined to be named, warned that the \
            p\u0430yment schedule was never published, underscoring the city's troubles.

            - Work begins next year.
            - The old crossing closes in spring.
            """;

    private SharedArchive() {
    }

    /**
     * {@code SharedArchive JAR ARCHIVE}: makes the archive for the jar with the JDK running this.
     * A JDK that cannot make one leaves none, with one line on stderr, and the build goes on:
     * runs are slower to start without it, not different.
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: SharedArchive JAR ARCHIVE");
        }
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path archive = Path.of(args[1]).toAbsolutePath();
        if (!make(java, Path.of(args[0]).toRealPath(), archive)) {
            System.err.println("copydesk: no class-data-sharing archive made at " + archive
                    + "; runs start without one");
        }
    }

    /** Where the build puts the archive of a jar: beside it, {@code copydesk.jar} giving {@code copydesk.jsa}. */
    static Path besideJar(Path jar) {
        String name = jar.getFileName().toString();
        return jar.resolveSibling(name.substring(0, name.length() - ".jar".length()) + ".jsa");
    }

    /** Whether the archive is there and was made after the jar last changed. */
    static boolean fits(Path archive, Path jar) {
        try {
            return Files.isRegularFile(archive)
                    && Files.getLastModifiedTime(archive).compareTo(Files.getLastModifiedTime(jar)) >= 0;
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Makes the archive, through a name of its own and then a move, so that a reader never meets
     * half of one. False when the JDK made none; nothing is left behind either way, an interrupted
     * run included.
     */
    static boolean make(Path java, Path jar, Path archive) throws IOException {
        Path work = Files.createTempDirectory("copydesk-archive");
        Path partial = archive.resolveSibling(archive.getFileName() + "." + ProcessHandle.current().pid() + ".partial");
        Thread cleanUp = new Thread(() -> deleteQuietly(work, partial), "copydesk-archive-clean-up");
        Runtime.getRuntime().addShutdownHook(cleanUp);
        try {
            Path article = Files.writeString(work.resolve("article.txt"), TRAINING_ARTICLE, StandardCharsets.UTF_8);
            Path classes = work.resolve("classes.txt");
            List<String> audit = new ArrayList<>(List.of(java.toString(), "-XX:DumpLoadedClassList=" + classes));
            audit.addAll(JVM_FLAGS);
            audit.addAll(List.of("-cp", jar.toString(), Main.class.getName(), "audit", "--no-config", "--fail-on",
                    "never", "--reports", work.resolve("reports").toString(), "--format", "json", "--output",
                    work.resolve("out.json").toString(), "--format", "text", "--output",
                    work.resolve("out.txt").toString(), article.toString()));
            List<String> dump = new ArrayList<>(List.of(java.toString(), "-Xshare:dump",
                    "-XX:SharedClassListFile=" + classes, "-XX:SharedArchiveFile=" + partial));
            dump.addAll(JVM_FLAGS);
            dump.addAll(List.of("-cp", jar.toString()));
            if (run(audit, work) != 0 || !Files.isRegularFile(classes) || Files.size(classes) == 0
                    || run(dump, work) != 0 || !Files.isRegularFile(partial)) {
                return false;
            }
            Files.move(partial, archive, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return true;
        } finally {
            deleteQuietly(work, partial);
            try {
                Runtime.getRuntime().removeShutdownHook(cleanUp);
            } catch (IllegalStateException e) {
                // Shutting down already: the hook cleans up.
            }
        }
    }

    /** The child's exit code; its output is dropped, since only the files it writes matter. */
    private static int run(List<String> command, Path work) throws IOException {
        Process process = new ProcessBuilder(command).directory(work.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try {
            if (process.waitFor(CHILD_TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                return process.exitValue();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        process.destroyForcibly();
        return -1;
    }

    private static void deleteQuietly(Path folder, Path file) {
        try (Stream<Path> paths = Files.walk(folder)) {
            Files.deleteIfExists(file);
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException | RuntimeException e) {
            // Left in the temporary folder: nothing reads it.
        }
    }
}
