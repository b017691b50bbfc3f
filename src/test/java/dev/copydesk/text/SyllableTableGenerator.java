package dev.copydesk.text;

import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Derives {@code syllable-exceptions.tsv} from the CMU Pronouncing Dictionary counts in the
 * team's shared data: every alphabetic word for which {@link Syllables#byRules} falls outside
 * the dictionary's range, with the count of its first pronunciation. Run after changing the rules:
 * {@code java -cp target/classes:target/test-classes dev.copydesk.text.SyllableTableGenerator
 * ../shared/data/cmudict/cmudict_words.tsv src/main/resources/dev/copydesk/text/syllable-exceptions.tsv}
 */
public final class SyllableTableGenerator {
    private SyllableTableGenerator() {
    }

    public static void main(String[] args) throws Exception {
        List<String> lines = new ArrayList<>();
        lines.add("# Syllable counts derived from the CMU Pronouncing Dictionary (Carnegie Mellon University;");
        lines.add("# use unrestricted, with credit) for the words Copydesk's spelling rules count wrongly.");
        try (BufferedReader in = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8)) {
            in.readLine();
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                String[] cols = line.split("\t");
                String word = cols[0];
                if (!word.matches("[a-z]+")) {
                    continue;
                }
                int rules = Syllables.byRules(word);
                if (rules < Integer.parseInt(cols[2]) || rules > Integer.parseInt(cols[3])) {
                    lines.add(word + "\t" + cols[1]);
                }
            }
        }
        Files.write(Path.of(args[1]), lines, StandardCharsets.UTF_8);
        System.out.println((lines.size() - 2) + " exceptions written to " + args[1]);
    }
}
