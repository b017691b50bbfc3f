package dev.copydesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Main adds only the command a run names; the table it adds from must match the commands themselves. */
class CommandTableTest {
    @Test
    void everyCommandIsFiledUnderItsOwnName() {
        Main.COMMAND_NAMES.forEach(name ->
                assertEquals(name, Main.command(name).getClass().getAnnotation(CommandLine.Command.class).name()));
    }

    @Test
    void aNamedCommandComesAloneAndNoNameBringsThemAll() {
        assertEquals(List.of("audit"), List.copyOf(Main.commandLine("audit").getSubcommands().keySet()));
        assertEquals(List.copyOf(Main.COMMAND_NAMES), List.copyOf(Main.commandLine(null).getSubcommands().keySet()));
    }

    @Test
    void helpListsEveryCommandAndAMissingOneIsNamed() {
        var help = CliEndToEndTest.run("--help");
        for (String name : Main.COMMAND_NAMES) {
            assertTrue(help.out().lines().anyMatch(l -> l.strip().startsWith(name + " ") || l.strip().equals(name)),
                    name + " missing from\n" + help.out());
        }
        var none = CliEndToEndTest.run();
        assertEquals(2, none.code());
        assertTrue(none.err().contains("Missing command: audit, baseline"), none.err());
    }

    @Test
    void eachCommandStillAnswersHelpAndVersion() {
        for (String name : Main.COMMAND_NAMES) {
            var help = CliEndToEndTest.run(name, "--help");
            assertEquals(0, help.code(), name);
            assertTrue(help.out().contains("Usage: copydesk " + name), help.out());
            var version = CliEndToEndTest.run(name, "--version");
            assertEquals(0, version.code(), name);
            assertTrue(version.out().startsWith("copydesk "), version.out());
        }
    }
}
