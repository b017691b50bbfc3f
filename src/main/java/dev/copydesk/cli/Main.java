package dev.copydesk.cli;

import dev.copydesk.lab.BenchCommand;
import dev.copydesk.lab.CalibrateCommand;
import dev.copydesk.lab.EvaluateCommand;
import dev.copydesk.lab.LabCommand;
import dev.copydesk.lab.LoadCommand;
import dev.copydesk.report.TextReport;
import dev.copydesk.audit.Auditor;
import java.io.PrintWriter;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine;

/** {@code copydesk audit|baseline|rules|serve|bench|load|evaluate|calibrate|lab}: the entry point. */
@Command(name = "copydesk", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Readability and credibility auditor for articles.")
public final class Main implements Runnable {
    /**
     * The commands' names, as each one's {@code @Command} gives it, in the order help lists them.
     * Picocli reads a command's options by reflection when it is added, which took most of its
     * start (about 70 ms of a 0.6 s one-article audit), so a run names one command and only that
     * one is added ({@link #command}); help, a mistyped name and a missing command get them all.
     */
    static final List<String> COMMAND_NAMES = List.of("audit", "baseline", "rules", "serve", "bench", "load", "evaluate",
            "calibrate", "lab");

    /** The commands whose first job is auditing, for which the language layer starts loading at once. */
    private static final java.util.Set<String> AUDITING = java.util.Set.of("audit", "baseline");

    /**
     * A new command object of that name. A switch, not a table of constructor references: each
     * of those is linked through invokedynamic at start, 5 ms for the nine.
     */
    static Object command(String name) {
        return switch (name) {
            case "audit" -> new AuditCommand();
            case "baseline" -> new BaselineCommand();
            case "rules" -> new RulesCommand();
            case "serve" -> new ServeCommand();
            case "bench" -> new BenchCommand();
            case "load" -> new LoadCommand();
            case "evaluate" -> new EvaluateCommand();
            case "calibrate" -> new CalibrateCommand();
            case "lab" -> new LabCommand();
            default -> throw new IllegalArgumentException("no command " + name);
        };
    }

    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: audit, baseline, rules, serve, bench, load, evaluate, calibrate or lab");
    }

    @SuppressForbidden(reason = "the process's exit code is the CLI's contract, and only main sets it")
    public static void main(String[] args) {
        // Messages are UTF-8 like the output, so a name in any script reaches a log intact.
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, java.nio.charset.StandardCharsets.UTF_8), true);
        System.exit(run(args, Stdout.open(), err));
    }

    /** Runs the CLI with the given streams and returns the exit code; for tests and {@link #main}. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        String named = args.length > 0 && COMMAND_NAMES.contains(args[0]) ? args[0] : null;
        if (named != null && AUDITING.contains(named) && !asksForHelp(args)) {
            // The models and break rules load on a core of their own while picocli reads the options.
            Auditor.prepareInBackground();
        }
        CommandLine cli = commandLine(named);
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        // Every command answers --version, the lab's too, which cannot name this package's Version.
        cli.getSubcommands().values().forEach(sub -> sub.getCommandSpec().versionProvider(new Version()));
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((ex, args2) -> {
            // Three lines, not the whole usage: what was wrong, the closest option, where the rest is.
            // The message quotes what the user typed, which may hold line breaks from a file name.
            CommandLine command = ex.getCommandLine();
            PrintWriter e = command.getErr();
            e.println("copydesk: " + TextReport.oneLine(ex.getMessage()));
            if (ex instanceof CommandLine.UnmatchedArgumentException unmatched) {
                closestOption(command, unmatched.getUnmatched()).ifPresent(o -> e.println("Did you mean " + o + "?"));
            }
            e.println("Try '" + command.getCommandSpec().qualifiedName() + " --help' for the options.");
            return 2;
        });
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            err.println("copydesk: internal error: " + TextReport.oneLine(String.valueOf(ex)));
            if (System.getenv("COPYDESK_DEBUG") != null) {
                ex.printStackTrace(err);
            }
            return 2;
        });
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    private static boolean asksForHelp(String[] args) {
        for (String arg : args) {
            if (arg.equals("-h") || arg.equals("--help") || arg.equals("-V") || arg.equals("--version")) {
                return true;
            }
        }
        return false;
    }

    /** The command line with the named command only, or with every command when {@code named} is null. */
    static CommandLine commandLine(String named) {
        CommandLine cli = new CommandLine(new Main());
        for (String name : COMMAND_NAMES) {
            if (named == null || named.equals(name)) {
                cli.addSubcommand(name, command(name));
            }
        }
        return cli;
    }

    /** The option or command name nearest to an unknown one ("--frmat" to "--format"), within two edits. */
    static java.util.Optional<String> closestOption(CommandLine command, java.util.List<String> unmatched) {
        for (String arg : unmatched) {
            java.util.List<String> names = new java.util.ArrayList<>();
            if (arg.startsWith("-")) {
                command.getCommandSpec().options().forEach(o -> names.addAll(java.util.List.of(o.names())));
            } else {
                names.addAll(command.getSubcommands().keySet()); // "copydesk adit": a command's name mistyped
            }
            String typed = arg.contains("=") ? arg.substring(0, arg.indexOf('=')) : arg;
            String best = null;
            int bestDistance = 3;
            for (String name : names) {
                int d = editDistance(typed, name);
                if (d < bestDistance) {
                    bestDistance = d;
                    best = name;
                }
            }
            if (best != null) {
                return java.util.Optional.of(best);
            }
        }
        return java.util.Optional.empty();
    }

    private static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitute = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitute, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
