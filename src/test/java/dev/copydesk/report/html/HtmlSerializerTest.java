package dev.copydesk.report.html;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Random;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

class HtmlSerializerTest {
    private static final List<String> TAGS = List.of("div", "p", "span", "br", "img", "meta", "input", "svg", "rect",
            "title", "style", "script", "textarea", "li", "a", "hr");
    private static final List<String> KEYS = List.of("class", "href", "title", "hidden", "open", "checked", "data-x",
            "aria-label", "on\"click", "a=b", "x/y", "style");
    /** Text with every character class the escaping treats apart. */
    private static final String ALPHABET = "ab <>&\"'\u00a0\t\n\r\u0001\u001f\u007f\u0085\u00e9\u2014\u2028\ud800\udc00"
            + "\ud83d\ude00\ud834\udd1e\udb40\udc01\uffff";

    private static Document page() {
        Document document = new Document("");
        document.outputSettings().prettyPrint(false).charset(StandardCharsets.UTF_8).escapeMode(Entities.EscapeMode.base);
        return document;
    }

    private static String text(Random random) {
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(12);
        for (int i = 0; i < length; i++) {
            text.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        if (random.nextInt(10) == 0) {
            text.append(new String(Character.toChars(0x1d800 + random.nextInt(0x800)))); // low bits among the surrogates
        }
        return text.toString();
    }

    private static void grow(Element parent, Random random, int depth) {
        int children = random.nextInt(4);
        for (int i = 0; i < children; i++) {
            int kind = random.nextInt(10);
            if (kind < 4 && depth > 0) {
                Element child = parent.appendElement(TAGS.get(random.nextInt(TAGS.size())));
                for (int a = random.nextInt(3); a > 0; a--) {
                    String key = KEYS.get(random.nextInt(KEYS.size()));
                    switch (random.nextInt(4)) {
                        case 0 -> child.attr(key, true);
                        case 1 -> child.attr(key, key.toUpperCase(java.util.Locale.ROOT));
                        case 2 -> child.attr(key, "");
                        default -> child.attr(key, text(random));
                    }
                }
                grow(child, random, depth - 1);
            } else if (kind < 8) {
                parent.appendChild(new TextNode(text(random)));
            } else if (kind < 9) {
                parent.appendChild(new DataNode(text(random)));
            } else {
                parent.appendChild(new Comment(text(random)));
            }
        }
    }

    @Test
    void writesWhatJsoupWritesOnRandomTrees() {
        Random random = new Random(53);
        for (int i = 0; i < 5_000; i++) {
            Document document = page();
            document.appendChild(new DocumentType("html", "", ""));
            Element html = document.appendElement("html").attr("lang", "en");
            grow(html, random, 4);
            // What lands in the file: Jsoup's text encoded as UTF-8 (an unpaired surrogate as '?').
            assertArrayEquals((document.outerHtml() + "\n").getBytes(StandardCharsets.UTF_8),
                    HtmlSerializer.utf8(document, '\n'), "tree " + i);
        }
    }

    /** A review's case: a pair split between two data nodes, with an empty text between them, stays a pair. */
    @Test
    void aPairSplitAroundAnEmptyTextStaysAPair() {
        Document document = page();
        Element div = document.appendElement("div");
        div.appendChild(new DataNode("x\ud83d"));
        div.appendChild(new TextNode(""));
        div.appendChild(new DataNode("\ude00y"));
        assertArrayEquals((document.outerHtml() + "\n").getBytes(StandardCharsets.UTF_8), HtmlSerializer.utf8(document, '\n'));
    }

    @Test
    void articleTextNeverBecomesMarkup() {
        Document document = page();
        Element main = document.appendElement("main");
        main.appendElement("p").attr("title", "\"><script>x()</script>").text("</p><script>alert(1)</script>&amp;");
        String html = HtmlSerializer.html(document);
        assertEquals("<main><p title=\"&quot;&gt;&lt;script&gt;x()&lt;/script&gt;\">&lt;/p&gt;&lt;script&gt;alert(1)"
                + "&lt;/script&gt;&amp;amp;</p></main>", html);
        assertFalse(html.contains("<script"));
    }
}
