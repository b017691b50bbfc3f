package dev.copydesk.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code copydesk audit|baseline|rules|bench|evaluate|calibrate}: the entry point. */
@Command(name = "copydesk", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Readability and credibility auditor for articles.",
        subcommands = {AuditCommand.class, BaselineCommand.class, RulesCommand.class, BenchCommand.class,
            EvaluateCommand.class, CalibrateCommand.class, LabCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    private CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing command: audit, baseline, rules, bench, evaluate, calibrate or lab");
    }

    public static void main(String[] args) {
        System.exit(run(args, Stdout.open(), new PrintWriter(System.err, true)));
    }

    /** Runs the CLI with the given streams and returns the exit code; for tests and {@link #main}. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine cli = new CommandLine(new Main());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((ex, args2) -> {
            // The message quotes what the user typed, which may hold line breaks from a file name.
            CommandLine command = ex.getCommandLine();
            command.getErr().println(dev.copydesk.report.TextReport.oneLine(ex.getMessage()));
            if (!CommandLine.UnmatchedArgumentException.printSuggestions(ex, command.getErr())) {
                command.usage(command.getErr());
            }
            return 2;
        });
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            err.println("copydesk: internal error: " + dev.copydesk.report.TextReport.oneLine(String.valueOf(ex)));
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
}
