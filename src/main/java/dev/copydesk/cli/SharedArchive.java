package dev.copydesk.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

/**
 * A class-data-sharing archive of the classes a short audit loads, so that a run maps them
 * already parsed and verified instead of reading them from the jar. The build makes one beside
 * the jar ({@code copydesk.jsa}) for {@link Launch}, with a stamp that says what it fits;
 * {@code bin/copydesk} keeps one per JDK in the user's cache, the build's when it fits, else one it
 * makes. An archive fits only the JDK that made it and the jar at that path, size and time. The
 * JVM checks both, but one it refuses costs the JDK's own archive too, hence the stamp.
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
    public static void main(String[] args) {
        if (args.length != 2) {
            throw new IllegalArgumentException("usage: SharedArchive JAR ARCHIVE");
        }
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path archive = Path.of(args[1]).toAbsolutePath();
        String problem;
        try {
            problem = make(java, Path.of(args[0]).toRealPath(), archive) ? null : "the JDK made none";
        } catch (IOException e) {
            problem = e.toString();
        }
        if (problem != null) {
            System.err.println("copydesk: no class-data-sharing archive made at " + archive + " (" + problem
                    + "); runs start without one");
        }
    }

    /** Where the build puts the archive of a jar: beside it, {@code copydesk.jar} giving {@code copydesk.jsa}. */
    static Path besideJar(Path jar) {
        String name = jar.getFileName().toString();
        return jar.resolveSibling(name.substring(0, name.length() - ".jar".length()) + ".jsa");
    }

    /**
     * Whether the archive fits this JVM and the jar, as its stamp says: made by this JDK, for the
     * jar at this path, of this size and time. The JVM checks that too, but an archive it refuses
     * costs the JDK's own archive as well, so one that does not fit is not passed at all.
     */
    static boolean fits(Path archive, Path jar) {
        try {
            Path stamp = stampBeside(archive);
            return Files.isRegularFile(archive) && Files.isRegularFile(stamp)
                    && Files.readString(stamp, StandardCharsets.UTF_8).equals(stampOf(jar));
        } catch (IOException | RuntimeException e) {
            return false;
        }
    }

    /** Where the stamp of an archive is kept: {@code copydesk.jsa.stamp}. */
    static Path stampBeside(Path archive) {
        return archive.resolveSibling(archive.getFileName() + ".stamp");
    }

    /** What an archive made now by this JVM's JDK for the jar would be made for. */
    static String stampOf(Path jar) throws IOException {
        Path real = jar.toRealPath();
        return "java.home=" + System.getProperty("java.home") + "\njava.vm.version=" + System.getProperty("java.vm.version")
                + "\njar=" + real + "\nsize=" + Files.size(real) + "\nmodified=" + Files.getLastModifiedTime(real).toMillis()
                + "\n";
    }

    /**
     * Makes the archive, through a name of its own and then a move, so that a reader never meets
     * half of one. False when the JDK made none; nothing is left behind either way, an interrupted
     * run included.
     */
    static boolean make(Path java, Path jar, Path archive) throws IOException {
        Path work = Files.createTempDirectory("copydesk-archive");
        // Names of their own in the archive's folder, so that two first runs (containers sharing a cache among them) never meet.
        Path partial = Files.createTempFile(archive.toAbsolutePath().getParent(), archive.getFileName() + ".", ".partial");
        Path stampPartial = Files.createTempFile(partial.getParent(), archive.getFileName() + ".", ".stamp-partial");
        AtomicReference<Process> running = new AtomicReference<>();
        Thread cleanUp = new Thread(() -> {
            Process child = running.get();
            if (child != null) {
                child.destroyForcibly();
            }
            deleteQuietly(work, partial, stampPartial);
        }, "copydesk-archive-clean-up");
        Runtime.getRuntime().addShutdownHook(cleanUp);
        try {
            // A folder, as CI jobs give, with the article as plain text and as Markdown: what a
            // run loads for each (walking folders, the Markdown parser) comes from the archive too.
            Path articles = Files.createDirectory(work.resolve("articles"));
            Files.writeString(articles.resolve("article.txt"), TRAINING_ARTICLE, StandardCharsets.UTF_8);
            Files.writeString(articles.resolve("article.md"), TRAINING_ARTICLE, StandardCharsets.UTF_8);
            Path classes = work.resolve("classes.txt");
            List<String> audit = new ArrayList<>(List.of(java.toString(), "-XX:DumpLoadedClassList=" + classes));
            audit.addAll(JVM_FLAGS);
            audit.addAll(List.of("-cp", jar.toString(), Main.class.getName(), "audit", "--no-config", "--fail-on",
                    "never", "--reports", work.resolve("reports").toString(), "--format", "json", "--output",
                    work.resolve("out.json").toString(), "--format", "text", "--output",
                    work.resolve("out.txt").toString(), articles.toString()));
            List<String> dump = new ArrayList<>(List.of(java.toString(), "-Xshare:dump",
                    "-XX:SharedClassListFile=" + classes, "-XX:SharedArchiveFile=" + partial));
            dump.addAll(JVM_FLAGS);
            dump.addAll(List.of("-cp", jar.toString()));
            if (run(audit, work, running) != 0 || !Files.isRegularFile(classes) || Files.size(classes) == 0
                    || run(dump, work, running) != 0 || !Files.isRegularFile(partial) || Files.size(partial) == 0) {
                return false;
            }
            Files.writeString(stampPartial, stampOf(jar), StandardCharsets.UTF_8);
            // Temporary files are private; whoever runs the jar must read the stamp, as the archive.
            if (stampPartial.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                Files.setPosixFilePermissions(stampPartial, PosixFilePermissions.fromString("rw-r--r--"));
            }
            // The archive first: a stamp never stands beside an archive it was not written for.
            Files.deleteIfExists(stampBeside(archive));
            Files.move(partial, archive, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            Files.move(stampPartial, stampBeside(archive), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            return true;
        } finally {
            deleteQuietly(work, partial, stampPartial);
            try {
                Runtime.getRuntime().removeShutdownHook(cleanUp);
            } catch (IllegalStateException e) {
                // Shutting down already: the hook cleans up.
            }
        }
    }

    /** The child's exit code; its output is dropped, since only the files it writes matter. */
    private static int run(List<String> command, Path work, AtomicReference<Process> running) throws IOException {
        Process process = new ProcessBuilder(command).directory(work.toFile()).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        running.set(process);
        try {
            if (process.waitFor(CHILD_TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                return process.exitValue();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            running.set(null);
        }
        process.destroyForcibly();
        return -1;
    }

    private static void deleteQuietly(Path folder, Path... files) {
        for (Path file : files) {
            try {
                Files.deleteIfExists(file);
            } catch (IOException e) {
                // Left beside the archive under a name no reader takes.
            }
        }
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException | RuntimeException e) {
            // Left in the temporary folder: nothing reads it.
        }
    }
}
