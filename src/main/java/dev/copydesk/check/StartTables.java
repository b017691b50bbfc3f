package dev.copydesk.check;

import dev.copydesk.check.unicode.UnicodeSets;
import dev.copydesk.rule.RuleLoader;
import dev.copydesk.text.BuildTable;
import dev.copydesk.text.RegexReading;
import java.nio.file.Path;
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

    /** {@code StartTables UNICODE_SETS REGEX_READINGS PHRASE_KEYS}. */
    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: StartTables UNICODE_SETS REGEX_READINGS PHRASE_KEYS");
        }
        RegexReading.record();
        PhraseKeys.record();
        CheckRegistry.compile(RuleLoader.load(List.of()));
        BuildTable.writeFile(Path.of(args[0]), UnicodeSets::writeAsked);
        BuildTable.writeFile(Path.of(args[1]), out -> RegexReading.write(RegexReading.asked(), out));
        BuildTable.writeFile(Path.of(args[2]), out -> PhraseKeys.write(PhraseKeys.asked(), out));
    }
}
