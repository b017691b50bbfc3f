package dev.copydesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** When a {@code java -jar} run moves to a child JVM with the launcher's settings, and that it then behaves as one JVM would. */
class LaunchTest {
    private static final Path JAVA = Path.of(System.getProperty("java.home"), "bin", "java");
    private static final String ARTICLE = """
            Ministry Confirms Grain Deal

            The ministry said on Monday that exports would rise by a third, officials told reporters.
            Some analysts say the deal is unprecedented.
            """;

    private static Optional<List<String>> decide(List<String> commandLine, Map<String, String> environment, Path jar,
            String... args) {
        return Launch.childCommand(commandLine, environment, JAVA, jar, List.of(args));
    }

    @Test
    void aPlainJarAuditMovesToAChildWithTheLauncherSettings(@TempDir Path dir) throws IOException {
        Path jar = Files.writeString(dir.resolve("copydesk.jar"), "");
        List<String> child = decide(List.of("-jar", "copydesk.jar", "audit", "a.txt"), Map.of(), jar, "audit", "a.txt")
                .orElseThrow();
        assertEquals(JAVA.toString(), child.get(0));
        assertTrue(child.containsAll(SharedArchive.JVM_FLAGS), child.toString());
        assertEquals(List.of("-cp", jar.toString(), Main.class.getName(), "audit", "a.txt"),
                child.subList(child.size() - 5, child.size()));
        assertFalse(usesArchive(child), "no archive beside the jar");
        assertTrue(decide(List.of("-jar", "copydesk.jar", "baseline", "a"), Map.of(), jar, "baseline", "a").isPresent());
    }

    @Test
    void anArchiveBesideTheJarIsUsedOnlyWhenItsStampSaysItFits(@TempDir Path dir) throws IOException {
        Path jar = Files.writeString(dir.resolve("copydesk.jar"), "");
        Path archive = Files.writeString(dir.resolve("copydesk.jsa"), "");
        assertEquals(archive, SharedArchive.besideJar(jar));
        List<String> commandLine = List.of("-jar", "copydesk.jar", "audit", "a.txt");
        assertFalse(usesArchive(decide(commandLine, Map.of(), jar, "audit", "a.txt").orElseThrow()), "no stamp");
        Path stamp = Files.writeString(SharedArchive.stampBeside(archive), SharedArchive.stampOf(jar));
        assertTrue(decide(commandLine, Map.of(), jar, "audit", "a.txt").orElseThrow()
                .contains("-XX:SharedArchiveFile=" + archive));
        Files.writeString(stamp, SharedArchive.stampOf(jar).replace("java.home=", "java.home=/another/jdk"));
        assertFalse(usesArchive(decide(commandLine, Map.of(), jar, "audit", "a.txt").orElseThrow()), "another JDK's");
        Files.writeString(stamp, SharedArchive.stampOf(jar));
        Files.setLastModifiedTime(jar, java.nio.file.attribute.FileTime.fromMillis(
                Files.getLastModifiedTime(jar).toMillis() + 60_000));
        assertFalse(usesArchive(decide(commandLine, Map.of(), jar, "audit", "a.txt").orElseThrow()),
                "a jar of the same size built again");
        Files.writeString(stamp, SharedArchive.stampOf(jar));
        Files.writeString(jar, "rebuilt");
        assertFalse(usesArchive(decide(commandLine, Map.of(), jar, "audit", "a.txt").orElseThrow()), "another build's");
    }

    private static boolean usesArchive(List<String> child) {
        return child.stream().anyMatch(a -> a.startsWith("-XX:SharedArchiveFile"));
    }

    @Test
    void whoeverChoseTheJvmKeepsIt(@TempDir Path dir) throws IOException {
        Path jar = Files.writeString(dir.resolve("copydesk.jar"), "");
        List<String> plain = List.of("-jar", "copydesk.jar", "audit", "a.txt");
        assertFalse(decide(List.of("-Xmx512m", "-jar", "copydesk.jar", "audit", "a.txt"), Map.of(), jar, "audit", "a.txt")
                .isPresent(), "a JVM option on the command line");
        assertFalse(decide(List.of("-cp", "copydesk.jar", "dev.copydesk.cli.Launch", "audit", "a.txt"), Map.of(), jar,
                "audit", "a.txt").isPresent(), "not started as -jar");
        assertFalse(decide(List.of(), Map.of(), jar, "audit", "a.txt").isPresent(), "a command line the OS does not tell");
        for (String variable : List.of("JDK_JAVA_OPTIONS", "JAVA_TOOL_OPTIONS", "_JAVA_OPTIONS")) {
            assertFalse(decide(plain, Map.of(variable, "-Xmx1g"), jar, "audit", "a.txt").isPresent(), variable);
            assertFalse(decide(plain, Map.of(variable, " "), jar, "audit", "a.txt").isPresent(), "blank " + variable);
        }
        assertFalse(decide(plain, Map.of(Launch.SWITCH, Launch.OFF), jar, "audit", "a.txt").isPresent());
        Path oddJar = Files.writeString(Files.createDirectories(dir.resolve("a" + java.io.File.pathSeparator + "b"))
                .resolve("copydesk.jar"), "");
        assertFalse(decide(plain, Map.of(), oddJar, "audit", "a.txt").isPresent(), "a jar no class path can name");
        assertFalse(Launch.childCommand(plain, Map.of(), JAVA.resolveSibling("no-such-java"), jar, List.of("audit", "a.txt"))
                .isPresent(), "no java beside this one's");
    }

    @Test
    void otherCommandsHelpAndVersionStayInThisJvm(@TempDir Path dir) throws IOException {
        Path jar = Files.writeString(dir.resolve("copydesk.jar"), "");
        for (String[] args : List.of(new String[] {"serve"}, new String[] {"rules"}, new String[] {"audit", "--help"},
                new String[] {"baseline", "-V"}, new String[] {}, new String[] {"--version"})) {
            List<String> commandLine = new ArrayList<>(List.of("-jar", "copydesk.jar"));
            commandLine.addAll(List.of(args));
            assertFalse(decide(commandLine, Map.of(), jar, args).isPresent(), String.join(" ", args));
        }
    }

    /**
     * End to end, through a jar whose manifest names the classes and libraries under test: the
     * child is seen running with the launcher's settings while it waits for standard input, and
     * the output and exit code that come back are those of the same audit in this JVM.
     */
    @Test
    void theChildReadsStdinAndItsOutputAndExitCodeComeBack(@TempDir Path dir) throws Exception {
        Path jar = thinJar(dir.resolve("copydesk.jar"));
        String[] args = {"audit", "--no-config", "--no-html", "--format", "json", "--fail-on", "info", "-"};
        List<String> command = new ArrayList<>(List.of(JAVA.toString(), "-jar", jar.toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
        builder.environment().keySet().removeAll(List.of(Launch.SWITCH, "JDK_JAVA_OPTIONS", "JAVA_TOOL_OPTIONS", "_JAVA_OPTIONS"));
        Process process = builder.start();
        try {
            ProcessHandle child = awaitChild(process);
            List<String> childArgs = List.of(child.info().arguments().orElseThrow());
            assertTrue(childArgs.containsAll(SharedArchive.JVM_FLAGS), childArgs.toString());
            try (OutputStream stdin = process.getOutputStream()) {
                stdin.write(ARTICLE.getBytes(StandardCharsets.UTF_8));
            }
            String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(process.waitFor(60, TimeUnit.SECONDS), "the relaunched audit did not finish");
            InputStream saved = System.in;
            CliEndToEndTest.Result here;
            try {
                System.setIn(new ByteArrayInputStream(ARTICLE.getBytes(StandardCharsets.UTF_8)));
                here = CliEndToEndTest.run(args);
            } finally {
                System.setIn(saved);
            }
            assertEquals(1, here.code(), here.err());
            assertEquals(here.code(), process.exitValue());
            assertEquals(here.out(), out);
        } finally {
            process.destroyForcibly();
        }
    }

    /** The java process the launched one started; the audit waits on stdin meanwhile, so it is there to be seen. */
    private static ProcessHandle awaitChild(Process process) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            Optional<ProcessHandle> child = process.children()
                    .filter(c -> c.info().arguments().map(a -> List.of(a).contains(Main.class.getName())).orElse(false))
                    .findFirst();
            if (child.isPresent()) {
                return child.get();
            }
            assertTrue(process.isAlive(), "the launched JVM ended without starting a child");
            Thread.sleep(50);
        }
        throw new AssertionError("no child JVM within 60 s");
    }

    /** A jar holding only a manifest: Launch as its main class, and this test's class path as its own. */
    private static Path thinJar(Path jar) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, Launch.class.getName());
        manifest.getMainAttributes().put(Attributes.Name.CLASS_PATH,
                List.of(System.getProperty("java.class.path").split(java.io.File.pathSeparator)).stream()
                        .map(entry -> Path.of(entry).toAbsolutePath().toUri().toString())
                        .collect(Collectors.joining(" ")));
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar), manifest)) {
            out.flush();
        }
        return jar;
    }
}
