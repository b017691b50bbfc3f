package dev.copydesk.check;

import dev.copydesk.check.unicode.UnicodeSets;
import dev.copydesk.rule.RuleLoader;
import dev.copydesk.text.RegexReading;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * A build step: compiles the shipped rules' checks once, and writes what that compile worked out
 * and every run would work out again the same way: the ranges of their Unicode sets
 * ({@link UnicodeSets}), the readings of their patterns ({@link RegexReading}) and the trie keys
 * of their phrases ({@link PhraseKeys}). A run then compiles its checks without applying those
 * sets, reading those patterns or breaking those phrases into words.
 */
public final class StartTables {
    private StartTables() {
    }

    /** A writer of one table. */
    @FunctionalInterface
    private interface Table {
        void write(OutputStream out) throws IOException;
    }

    /** {@code StartTables UNICODE_SETS REGEX_READINGS PHRASE_KEYS}. */
    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: StartTables UNICODE_SETS REGEX_READINGS PHRASE_KEYS");
        }
        RegexReading.record();
        PhraseKeys.record();
        CheckRegistry.compile(RuleLoader.load(List.of()));
        write(Path.of(args[0]), UnicodeSets::writeAsked);
        write(Path.of(args[1]), out -> RegexReading.write(RegexReading.asked(), out));
        write(Path.of(args[2]), out -> PhraseKeys.write(PhraseKeys.asked(), out));
    }

    /** Through a name of its own and a move, so that a failed build leaves no half-written table. */
    private static void write(Path output, Table table) throws IOException {
        Path partial = output.resolveSibling(output.getFileName() + ".partial");
        try (OutputStream out = Files.newOutputStream(partial)) {
            table.write(out);
        }
        Files.move(partial, output, StandardCopyOption.REPLACE_EXISTING);
    }
}
