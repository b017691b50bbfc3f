package dev.copydesk.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Whole articles: each file in {@code samples/} has its expected findings, one per line, in
 * {@code src/test/resources/golden/NAME.expected}. After a deliberate rule change, regenerate with
 * {@code ./mvnw test -Dtest=GoldenArticlesTest -Dcopydesk.updateGolden=true} and review the diff.
 */
class GoldenArticlesTest {
    private static final Path SAMPLES = Path.of("samples");
    private static final Path GOLDEN = Path.of("src/test/resources/golden");

    @TestFactory
    Stream<DynamicTest> everySampleMatchesItsExpectedFindings() throws IOException {
        return Files.list(SAMPLES).sorted().map(sample -> DynamicTest.dynamicTest(sample.getFileName().toString(),
                () -> check(sample)));
    }

    private static void check(Path sample) throws IOException {
        String actual = CliEndToEndTest.run("audit", "--no-html", "--fail-on", "never", sample.toString()).out();
        Path expected = GOLDEN.resolve(sample.getFileName() + ".expected");
        if (Boolean.getBoolean("copydesk.updateGolden")) {
            Files.writeString(expected, actual, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(expected, StandardCharsets.UTF_8), actual,
                "findings changed for " + sample + "; if intended, regenerate the golden file (see class javadoc)");
    }
}
