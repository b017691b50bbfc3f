package dev.copydesk.check;

import dev.copydesk.audit.Auditor;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.copydesk.finding.Finding;
import dev.copydesk.input.ArticleReader;
import dev.copydesk.input.Document;
import dev.copydesk.rule.RuleLoader;
import dev.copydesk.rule.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.text.StringEscapeUtils;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Neutral news copy in twenty languages and scripts, written for this test, with the
 * legitimate special characters each script uses (see {@code multilingual/README.md}): none may
 * raise a warning or an error of any rule.
 */
class MultilingualCorpusTest {
    @TestFactory
    Stream<DynamicTest> legitimateMultilingualCopyRaisesNothingAboveInfo() throws Exception {
        Auditor auditor = new Auditor(RuleLoader.loadShipped(), null, null);
        Path folder = Path.of(MultilingualCorpusTest.class.getResource("/multilingual").toURI());
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        assertTrue(files.size() >= 12, "the corpus covers at least 12 scripts");
        return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            String language = file.getFileName().toString().replaceAll("[-.].*", "");
            var document = new ArticleReader().read(file, file.getFileName().toString());
            var withLanguage = new Document(document.path(), document.format(), document.source(),
                    document.decoding(), document.blocks(), document.links(), document.title(), document.author(),
                    document.published(), java.util.Optional.of(language));
            List<Finding> loud = auditor.audit(withLanguage).findings().stream()
                    .filter(f -> f.severity().atLeast(Severity.WARNING)).toList();
            assertTrue(loud.isEmpty(), file.getFileName() + ": " + loud.stream().map(f -> f.rule() + " "
                    + StringEscapeUtils.escapeJava(f.location().excerpt()) + " (" + f.message() + ")").toList());
        }));
    }

}
