package dev.copydesk.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class GlobTest {
    private static boolean matches(String glob, String path) {
        return Glob.compile(glob).matches(path);
    }

    @Test
    void starsStayInOneFolderAndDoubleStarsSpanAny() {
        assertTrue(matches("*.md", "a.md"));
        assertFalse(matches("*.md", "news/a.md"));
        assertTrue(matches("**/*.md", "a.md"), "** spans zero folders too");
        assertTrue(matches("**/*.md", "news/2026/a.md"));
        assertTrue(matches("drafts/**", "drafts/a.md"));
        assertTrue(matches("drafts/**", "drafts/old/a.md"));
        assertFalse(matches("drafts/**", "news/drafts/a.md"));
        assertTrue(matches("**/drafts/**", "news/drafts/a.md"));
        assertTrue(matches("news/**/a.md", "news/a.md"));
        assertTrue(matches("news/**/a.md", "news/x/y/a.md"));
        assertTrue(matches("./news/*.md", "news/a.md"), "a leading ./ is the folder itself");
    }

    @Test
    void classesAlternativesAndEscapes() {
        assertTrue(matches("a?.md", "ab.md"));
        assertFalse(matches("a?.md", "a/.md"));
        assertTrue(matches("[a-c]*.md", "beta.md"));
        assertFalse(matches("[!a-c]*.md", "beta.md"));
        assertTrue(matches("[!a-c]*.md", "delta.md"));
        assertTrue(matches("**/*.{md,html}", "x/y.html"));
        assertFalse(matches("**/*.{md,html}", "x/y.txt"));
        assertTrue(matches("a\\*.md", "a*.md"));
        assertFalse(matches("a\\*.md", "ab.md"));
        assertTrue(matches("a+b (1).md", "a+b (1).md"), "regex characters are literal");
    }

    @Test
    void badGlobsSayWhatIsWrong() {
        for (String bad : List.of("", "[abc", "{a,b", "a}", "a**", "**b/c", "a\\", "[a/b]", "[z-a]")) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Glob.compile(bad), bad);
            assertFalse(e.getMessage().isBlank());
        }
    }

    @Test
    void pathFilterIncludesThenExcludesRelativeToItsBase() {
        Path base = Path.of("/project");
        PathFilter filter = new PathFilter(base, List.of(Glob.compile("**/*.md")), List.of(Glob.compile("drafts/**")));
        assertTrue(filter.test(Path.of("/project/news/a.md")));
        assertFalse(filter.test(Path.of("/project/news/a.html")), "not included");
        assertFalse(filter.test(Path.of("/project/drafts/a.md")), "excluded");
        assertEquals("/elsewhere/a.md", filter.relative(Path.of("/elsewhere/a.md")));
        assertTrue(PathFilter.ALL.test(Path.of("anything.txt")));
    }
}
