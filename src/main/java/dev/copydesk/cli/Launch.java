package dev.copydesk.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The jar's entry point. A plain {@code java -jar copydesk.jar audit ...} starts the JVM with its
 * defaults, which suit long-running servers: the optimising compiler, whose compiles take the
 * second core for most of a short audit, and a collector that sizes its heap from the machine.
 * So an audit or a baseline started with no JVM options runs in a child JVM that has the
 * settings of {@code bin/copydesk} instead: the client compiler only, the serial collector, and
 * the class-data-sharing archive the build made beside the jar ({@link SharedArchive}), if it
 * fits this JDK and the jar (its stamp says so). The child shares this process's standard streams,
 * and its exit code is this process's. Outputs are the same either way.
 *
 * <p>Whoever chose JVM options keeps the JVM they chose: any option on the command line, or in
 * {@code JDK_JAVA_OPTIONS}, {@code JAVA_TOOL_OPTIONS} or {@code _JAVA_OPTIONS}, runs in this JVM,
 * as does {@code COPYDESK_RELAUNCH=off}. Other commands, help and version run here too.
 */
public final class Launch {
    /** Set to {@value #OFF} to always run in the JVM {@code java} started. */
    static final String SWITCH = "COPYDESK_RELAUNCH";
    static final String OFF = "off";

    private static final Set<String> RELAUNCHED_COMMANDS = Set.of("audit", "baseline");
    private static final Set<String> HELP_OR_VERSION = Set.of("-h", "--help", "-V", "--version");
    private static final List<String> OPTION_VARIABLES = List.of("JDK_JAVA_OPTIONS", "JAVA_TOOL_OPTIONS", "_JAVA_OPTIONS");

    private Launch() {
    }

    @SuppressForbidden(reason = "the child's exit code is the CLI's, and this is the process's entry point")
    public static void main(String[] args) {
        // No lambdas, method references or streams on this path: it runs in a JVM without the
        // build's class-data archive, where the first of them costs 10 to 15 ms to link.
        Path jar = startedJar();
        Optional<List<String>> child = Optional.empty();
        if (jar != null) {
            child = childCommand(jvmCommandLine(), System.getenv(), Path.of(System.getProperty("java.home"), "bin", "java"),
                    jar, List.of(args));
        }
        if (child.isPresent()) {
            Optional<Integer> code = runChild(child.get());
            if (code.isPresent()) {
                System.exit(code.get());
            }
        }
        Main.main(args);
    }

    /**
     * The child JVM's command line for this run, or empty to run in this JVM.
     *
     * @param commandLine the words after {@code java} that started this JVM
     * @param jar         the jar {@code -jar} named
     * @param args        the CLI's own arguments
     */
    static Optional<List<String>> childCommand(List<String> commandLine, Map<String, String> environment, Path java,
            Path jar, List<String> args) {
        boolean plainJar = commandLine.size() >= 2 && "-jar".equals(commandLine.get(0));
        // Set at all, even blank: the JVM reads it (and says so), and the child would read it again.
        boolean optionsInEnvironment = false;
        for (String variable : OPTION_VARIABLES) {
            optionsInEnvironment |= environment.containsKey(variable);
        }
        // A class path is split at this separator: a jar whose path holds one cannot be named in it.
        boolean nameable = !jar.toString().contains(File.pathSeparator);
        boolean audits = !args.isEmpty() && RELAUNCHED_COMMANDS.contains(args.get(0));
        for (String arg : args) {
            audits &= !HELP_OR_VERSION.contains(arg);
        }
        if (!plainJar || optionsInEnvironment || !audits || !nameable || OFF.equals(environment.get(SWITCH))
                || !Files.isExecutable(java)) {
            return Optional.empty();
        }
        List<String> command = new ArrayList<>();
        command.add(java.toString());
        Path archive = SharedArchive.besideJar(jar);
        if (SharedArchive.fits(archive, jar)) {
            // Should the JVM refuse it all the same, it says nothing with these, and runs without it.
            command.addAll(List.of("-Xshare:auto", "-Xlog:cds*=off", "-XX:SharedArchiveFile=" + archive));
        }
        command.addAll(SharedArchive.JVM_FLAGS);
        command.addAll(List.of("-cp", jar.toString(), Main.class.getName()));
        command.addAll(args);
        return Optional.of(command);
    }

    /**
     * The jar {@code java -jar} was given, which is then the whole class path (its manifest may
     * name more), as an absolute real path; null when there is none.
     */
    private static Path startedJar() {
        try {
            Path path = Path.of(System.getProperty("java.class.path", ""));
            Path real = Files.isRegularFile(path) ? path.toRealPath() : null;
            return real != null && real.getFileName().toString().endsWith(".jar") ? real : null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /**
     * The words after {@code java} that started this JVM. Linux lists them in
     * {@code /proc/self/cmdline}, which is read directly: asking {@link ProcessHandle} reads the
     * same file, but first starts its machinery, about 12 ms of a 0.4 s run.
     */
    private static List<String> jvmCommandLine() {
        try {
            byte[] bytes = Files.readAllBytes(Path.of("/proc/self/cmdline"));
            List<String> words = new ArrayList<>();
            int start = 0;
            for (int i = 0; i < bytes.length; i++) {
                if (bytes[i] == 0) {
                    words.add(new String(bytes, start, i - start, Charset.defaultCharset()));
                    start = i + 1;
                }
            }
            if (!words.isEmpty()) {
                return words.subList(1, words.size());
            }
        } catch (IOException | RuntimeException e) {
            // Not Linux: ask the JDK.
        }
        Optional<String[]> words = ProcessHandle.current().info().arguments();
        return words.isPresent() ? List.of(words.get()) : List.of();
    }

    /** The child's exit code, or empty when it could not be started (the run then goes on in this JVM). */
    private static Optional<Integer> runChild(List<String> command) {
        java.util.concurrent.atomic.AtomicReference<Process> child = new java.util.concurrent.atomic.AtomicReference<>();
        java.util.concurrent.atomic.AtomicBoolean stopping = new java.util.concurrent.atomic.AtomicBoolean();
        // Stopped by a signal (a CI job's timeout, say): the child stops too. Ctrl-C reaches both anyway.
        // Registered before the child starts; a signal that comes before the child is known is
        // remembered, and the child is stopped as soon as it is.
        Thread stopChild = new Thread("copydesk-stop-child") {
            @Override
            public void run() {
                stopping.set(true);
                Launch.stop(child.get());
            }
        };
        Runtime.getRuntime().addShutdownHook(stopChild);
        Process process;
        try {
            process = new ProcessBuilder(command).inheritIO().start();
        } catch (IOException | RuntimeException e) {
            forget(stopChild);
            return Optional.empty();
        }
        child.set(process);
        if (stopping.get()) {
            stop(process);
        }
        while (true) {
            try {
                int code = process.waitFor();
                forget(stopChild);
                return Optional.of(code);
            } catch (InterruptedException e) {
                // Only a signal ends this wait, through the hook above.
            }
        }
    }

    /** Asks the child to stop and gives it ten seconds; nothing when there is none yet. */
    private static void stop(Process process) {
        if (process == null) {
            return;
        }
        process.destroy();
        try {
            process.waitFor(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void forget(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // Shutting down already: the hook finds the child gone.
        }
    }
}
