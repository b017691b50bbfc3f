package dev.copydesk.input;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Random articles for property tests, in each input format, with the blocks and links a reader
 * should find in them. Words mix ASCII, accented Latin (precomposed and combining), Cyrillic, CJK,
 * emoji, styled math letters, zero-width spaces, no-break spaces and markup characters; the markup
 * around them is random too (HTML: nested inline tags, links, named and numeric references, comments,
 * scripts, line breaks, skipped elements; Markdown: emphasis, code spans, links, escapes, references,
 * front matter, code blocks; text: blank lines, tabs). Line endings are LF, CRLF, lone CR or mixed.
 * Skipped content always contains {@link #SECRET}, so a test can check that none of it leaks.
 */
final class RandomArticles {
    static final String SECRET = "SECRET";

    /**
     * Which markup to produce. {@code AVOIDING_KNOWN_BUGS} leaves out the few constructs that the readers
     * once mis-mapped (each has a focused test in the reader's test class);
     * {@code EVERYTHING} includes them.
     */
    enum Coverage {
        AVOIDING_KNOWN_BUGS, EVERYTHING
    }

    record ExpectedBlock(Scope scope, String text) {
        @Override
        public String toString() {
            return scope + ":" + SourcePositionPropertyTest.escape(text);
        }
    }

    record ExpectedLink(int block, String text, String href) {
    }

    record Article(String source, List<ExpectedBlock> blocks, List<ExpectedLink> links) {
    }

    private final Random r;
    private final Coverage coverage;
    private final String[] eols;
    /** Inner characters left out of words. */
    private final String avoided;
    private final StringBuilder src = new StringBuilder();
    private final List<ExpectedBlock> blocks = new ArrayList<>();
    private final List<ExpectedLink> links = new ArrayList<>();

    private RandomArticles(Random random, Coverage coverage, boolean loneCr, String avoided) {
        this.r = random;
        this.coverage = coverage;
        this.avoided = avoided;
        this.eols = switch (r.nextInt(loneCr ? 4 : 3)) {
            case 0 -> new String[] {"\n"};
            case 1 -> new String[] {"\r\n"};
            case 2 -> new String[] {"\n", "\r\n"};
            default -> new String[] {"\r"};
        };
    }

    private Article article() {
        return new Article(src.toString(), List.copyOf(blocks), List.copyOf(links));
    }

    private boolean everything() {
        return coverage == Coverage.EVERYTHING;
    }

    private String eol() {
        return eols[r.nextInt(eols.length)];
    }

    // ---------------------------------------------------------------- words

    private static final String ACCENTED = "éèêëñüöçøåßàîÉÅÇ";
    private static final String[] COMBINING = {"e\u0301", "a\u0308", "n\u0303", "o\u0302\u0323"};
    private static final String[] MIDDLE = {"\u200B", "\u00A0", "&", "<", "*", "_", "[", "]", "#", "'", "-",
        "\u2019", "\\", "`", "\u2010"};
    private static final String TRAILING = ",.;:!?";
    private static final Map<Integer, String> NAMED = Map.ofEntries(Map.entry((int) '&', "&amp;"),
            Map.entry((int) '<', "&lt;"), Map.entry(0xE9, "&eacute;"), Map.entry(0xF1, "&ntilde;"),
            Map.entry(0xFC, "&uuml;"), Map.entry(0xA0, "&nbsp;"), Map.entry(0x2019, "&rsquo;"),
            Map.entry((int) '\'', "&apos;"), Map.entry(0x2010, "&hyphen;"), Map.entry(0xDF, "&szlig;"),
            Map.entry(0x200B, "&ZeroWidthSpace;"), Map.entry((int) '*', "&ast;"), Map.entry(0x1D4B7, "&bscr;"),
            Map.entry((int) '#', "&num;"), Map.entry((int) '_', "&lowbar;"), Map.entry((int) '[', "&lsqb;"));

    private String letter(int script) {
        return switch (script) {
            case 0 -> String.valueOf((char) ((r.nextBoolean() ? 'a' : 'A') + r.nextInt(26)));
            case 1 -> r.nextInt(4) == 0 ? COMBINING[r.nextInt(COMBINING.length)]
                    : String.valueOf(ACCENTED.charAt(r.nextInt(ACCENTED.length())));
            case 2 -> String.valueOf((char) (0x410 + r.nextInt(0x40)));
            case 3 -> String.valueOf((char) (0x4E00 + r.nextInt(0x5000)));
            case 4 -> Character.toString(0x1F600 + r.nextInt(0x50));
            default -> Character.toString(r.nextInt(3) == 0 ? 0x1D484 : r.nextInt(8) == 0 ? 0x1D4B7 : 0x1D400 + r.nextInt(52));
        };
    }

    /**
     * A word: letters of one script or of several, now and then with inner punctuation, markup characters
     * or invisible characters (never first, so no line starts with markup), sometimes with trailing punctuation.
     */
    private String word() {
        int script = r.nextInt(8);
        int length = 1 + r.nextInt(6);
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < length; k++) {
            String middle = MIDDLE[r.nextInt(MIDDLE.length)];
            if (k > 0 && r.nextInt(8) == 0 && !avoided.contains(middle)) {
                b.append(middle);
            }
            b.append(letter(script >= 6 ? r.nextInt(6) : script));
        }
        if (r.nextInt(6) == 0) {
            b.append(TRAILING.charAt(r.nextInt(TRAILING.length())));
        }
        return b.toString();
    }

    /** A named, decimal or hexadecimal character reference. */
    private String reference(int cp) {
        String named = NAMED.get(cp);
        int pick = r.nextInt(3);
        if (named != null && pick == 0) {
            return named;
        }
        return pick == 1 ? "&#" + cp + ";" : "&#x" + Integer.toHexString(cp) + ";";
    }

    // ---------------------------------------------------------------- inline trees (HTML and Markdown)

    private sealed interface Inline permits Word, Styled, Anchor {
    }

    private record Word(String text, boolean code) implements Inline {
    }

    private record Styled(boolean strong, List<Inline> children) implements Inline {
    }

    private record Anchor(String href, List<Inline> children) implements Inline {
    }

    private List<Inline> inlines(int depth, boolean inLink) {
        List<Inline> items = new ArrayList<>();
        int n = 1 + r.nextInt(depth == 0 ? 6 : 3);
        for (int k = 0; k < n; k++) {
            int pick = r.nextInt(20);
            if (pick < 2) {
                items.add(new Word(word().replace("`", ""), true));
            } else if (pick < 5 && depth < 2) {
                items.add(new Styled(r.nextBoolean(), inlines(depth + 1, inLink)));
            } else if (pick < 7 && depth < 2 && !inLink) {
                items.add(new Anchor("http://x.test/" + r.nextInt(1000), inlines(depth + 1, true)));
            } else {
                items.add(new Word(word(), false));
            }
        }
        return items;
    }

    private static void words(List<Inline> items, List<String> out) {
        for (Inline item : items) {
            if (item instanceof Word w) {
                out.add(w.text());
            } else if (item instanceof Styled s) {
                words(s.children(), out);
            } else if (item instanceof Anchor a) {
                words(a.children(), out);
            }
        }
    }

    private static String text(List<Inline> items) {
        List<String> out = new ArrayList<>();
        words(items, out);
        return String.join(" ", out);
    }

    private void collectLinks(List<Inline> items, int block) {
        for (Inline item : items) {
            if (item instanceof Styled s) {
                collectLinks(s.children(), block);
            } else if (item instanceof Anchor a) {
                links.add(new ExpectedLink(block, text(a.children()), a.href()));
            }
        }
    }

    private void expect(Scope scope, List<Inline> items) {
        collectLinks(items, blocks.size());
        blocks.add(new ExpectedBlock(scope, text(items)));
    }

    // ---------------------------------------------------------------- plain text

    static Article plainText(Random random, Coverage coverage) {
        return new RandomArticles(random, coverage, true, "").plainText();
    }

    private Article plainText() {
        for (int k = r.nextInt(3); k > 0; k--) {
            src.append(blankLine()).append(eol());
        }
        int paragraphs = 1 + r.nextInt(6);
        for (int p = 0; p < paragraphs; p++) {
            int lines = 1 + r.nextInt(4);
            List<String> paragraphWords = new ArrayList<>();
            for (int l = 0; l < lines; l++) {
                List<String> lineWords = new ArrayList<>();
                src.append(r.nextInt(4) == 0 ? spaces() : "");
                for (int w = 1 + r.nextInt(8); w > 0; w--) {
                    String word = word();
                    src.append(lineWords.isEmpty() ? "" : spaces()).append(word);
                    lineWords.add(word);
                }
                src.append(r.nextInt(4) == 0 ? spaces() : "");
                boolean last = p == paragraphs - 1 && l == lines - 1;
                if (!last || r.nextBoolean()) {
                    src.append(eol());
                }
                if (p == 0 && l == 0) {
                    blocks.add(new ExpectedBlock(Scope.HEADLINE, String.join(" ", lineWords)));
                } else {
                    paragraphWords.addAll(lineWords);
                }
            }
            if (!paragraphWords.isEmpty()) {
                blocks.add(new ExpectedBlock(Scope.PARAGRAPH, String.join(" ", paragraphWords)));
            }
            if (p < paragraphs - 1) {
                for (int k = 1 + r.nextInt(2); k > 0; k--) {
                    src.append(blankLine()).append(eol());
                }
            }
        }
        return article();
    }

    private String spaces() {
        String[] runs = {" ", " ", " ", "  ", "\t", " \t "};
        return runs[r.nextInt(runs.length)];
    }

    private String blankLine() {
        return r.nextInt(3) == 0 ? spaces() : "";
    }

    // ---------------------------------------------------------------- Markdown

    static Article markdown(Random random, Coverage coverage) {
        return new RandomArticles(random, coverage, false, "").markdown();
    }

    private Article markdown() {
        if (r.nextInt(4) == 0) {
            src.append("---").append(eol()).append("title: Front Title").append(eol()).append("tags: [FRONTSECRET]")
                    .append(eol()).append("date: 2026-01-02").append(eol()).append("---").append(eol());
        }
        if (r.nextInt(5) > 0) {
            List<Inline> headline = inlines(0, false);
            src.append("# ").append(markdown(headline)).append(eol()).append(eol());
            expect(Scope.HEADLINE, headline);
        }
        int count = 1 + r.nextInt(7);
        for (int b = 0; b < count; b++) {
            int kind = r.nextInt(b == 0 ? 10 : 12);
            if (kind < 5) {
                markdownLines(Scope.PARAGRAPH, "");
            } else if (kind < 6) {
                List<Inline> heading = inlines(0, false);
                src.append(r.nextBoolean() ? "## " : "### ").append(markdown(heading)).append(eol());
                expect(Scope.HEADING, heading);
            } else if (kind < 8) {
                String marker = r.nextBoolean() ? "- " : "* ";
                for (int k = 1 + r.nextInt(3); k > 0; k--) {
                    List<Inline> item = inlines(0, false);
                    src.append(marker).append(markdown(item)).append(eol());
                    expect(Scope.LIST_ITEM, item);
                }
            } else if (kind < 10) {
                markdownLines(Scope.QUOTE, "> ");
            } else if (kind < 11) {
                src.append("```").append(eol()).append("CODESECRET ").append(word()).append(eol()).append("```")
                        .append(eol());
            } else {
                src.append(r.nextBoolean() ? "<div>HTMLSECRET</div>" : "<!-- COMMENTSECRET -->").append(eol());
            }
            for (int k = 1 + r.nextInt(2); k > 0; k--) {
                src.append(eol());
            }
        }
        return article();
    }

    /** A paragraph of one to three lines, soft- or hard-broken, each line with the given prefix. */
    private void markdownLines(Scope scope, String prefix) {
        List<Inline> all = new ArrayList<>();
        int lines = 1 + r.nextInt(3);
        for (int l = 0; l < lines; l++) {
            List<Inline> line = inlines(0, false);
            all.addAll(line);
            src.append(prefix).append(l > 0 ? " ".repeat(r.nextInt(4)) : "").append(markdown(line));
            if (l < lines - 1 && r.nextInt(5) == 0) {
                src.append("  "); // hard line break
            }
            src.append(eol());
        }
        expect(scope, all);
    }

    private String markdown(List<Inline> items) {
        StringBuilder b = new StringBuilder();
        for (int k = 0; k < items.size(); k++) {
            if (k > 0) {
                b.append(r.nextInt(6) == 0 ? "  " : " ");
            }
            Inline item = items.get(k);
            if (item instanceof Word w && w.code()) {
                b.append('`').append(w.text()).append('`');
            } else if (item instanceof Word w) {
                markdownWord(w.text(), b);
            } else if (item instanceof Styled s) {
                String delimiter = s.strong() ? "**" : "*";
                b.append(delimiter).append(markdown(s.children())).append(delimiter);
            } else if (item instanceof Anchor a) {
                b.append('[').append(markdown(a.children())).append("](").append(a.href()).append(')');
            }
        }
        return b.toString();
    }

    private void markdownWord(String word, StringBuilder b) {
        word.codePoints().forEach(cp -> {
            if (cp == '\\' && !everything()) {
                b.append("&#92;"); // an escaped backslash is mis-mapped (known bug)
            } else if ("*_[]#`\\".indexOf(cp) >= 0) {
                b.append('\\').appendCodePoint(cp);
            } else if (cp == '&' && !everything()) {
                b.append("\\&"); // "&amp;" followed by another reference is mis-mapped (known bug)
            } else if (cp == '&' || cp == '<') {
                b.append(r.nextBoolean() ? reference(cp) : "\\" + (char) cp);
            } else if (r.nextInt(10) == 0) {
                b.append(reference(cp));
            } else {
                b.appendCodePoint(cp);
            }
        });
    }

    // ---------------------------------------------------------------- HTML

    private static final String[] HTML_NOISE = {"<!-- COMMENTSECRET -->",
        "<script>var s = '<p>SCRIPTSECRET</p>';</script>", "<style>.STYLESECRET { color: red }</style>",
        "<nav><a href=\"/\">NAVSECRET</a></nav>", "<aside><p>ASIDESECRET</p></aside>",
        "<footer>FOOTERSECRET</footer>", "<form><label>FORMSECRET</label><input name=q></form>",
        "<div hidden>HIDDENSECRET</div>", "<noscript>NOSCRIPTSECRET</noscript>"};
    private static final String[] INLINE_TAGS = {"b", "i", "em", "strong", "span", "u", "small"};

    static Article html(Random random, Coverage coverage) {
        // '&' is always a reference in HTML, and '&' from a reference is mis-mapped (known bug).
        String avoided = coverage == Coverage.EVERYTHING ? "" : "&";
        return new RandomArticles(random, coverage, true, avoided).html();
    }

    private Article html() {
        String lang = new String[] {"en", "de", "fr-CA"}[r.nextInt(3)];
        boolean hasH1 = r.nextInt(4) > 0;
        boolean hasTitle = r.nextInt(3) > 0;
        boolean inArticle = r.nextInt(3) == 0;
        src.append("<!DOCTYPE html>").append(eol()).append("<html lang=\"").append(lang).append("\">").append(eol())
                .append("<head><meta charset=\"utf-8\">");
        List<Inline> title = List.of(new Word(word(), false), new Word(word(), false));
        if (hasTitle) {
            src.append("<title>").append(htmlTitle(title)).append("</title>");
            if (!hasH1) {
                expect(Scope.HEADLINE, title);
            }
        }
        src.append("<script>var SCRIPTSECRET = 1;</script></head>").append(eol()).append("<body>");
        if (everything() && r.nextInt(4) == 0) {
            src.append("<nav><h1>Site NAVSECRET</h1></nav>"); // a site name in an <h1> (known bug)
        }
        List<Inline> h1 = inlines(0, false);
        String h1Html = "<h1>" + html(h1) + "</h1>";
        boolean h1Outside = hasH1 && inArticle && r.nextBoolean();
        if (h1Outside) {
            src.append("<header>").append(h1Html).append("</header>").append(gap());
        }
        if (inArticle) {
            src.append("<div>OUTSIDESECRET words</div><article>");
        }
        if (hasH1) {
            if (!h1Outside) {
                src.append(h1Html);
            }
            expect(Scope.HEADLINE, h1);
        }
        int count = 1 + r.nextInt(7);
        for (int b = 0; b < count; b++) {
            src.append(gap());
            htmlBlock(r.nextInt(b == 0 ? 12 : 14));
        }
        if (inArticle) {
            src.append("</article>");
        }
        src.append(gap()).append("<footer>FOOTERSECRET</footer></body></html>").append(eol());
        return article();
    }

    private void htmlBlock(int kind) {
        if (kind < 6) {
            List<Inline> p = inlines(0, false);
            src.append("<p>").append(html(p)).append("</p>");
            expect(Scope.PARAGRAPH, p);
        } else if (kind < 7) {
            List<Inline> heading = inlines(0, false);
            String tag = r.nextBoolean() ? "h2" : "h3";
            src.append('<').append(tag).append('>').append(html(heading)).append("</").append(tag).append('>');
            expect(Scope.HEADING, heading);
        } else if (kind < 9) {
            String list = r.nextBoolean() ? "ul" : "ol";
            src.append('<').append(list).append('>');
            for (int k = 1 + r.nextInt(3); k > 0; k--) {
                List<Inline> item = inlines(0, false);
                src.append(gap()).append("<li>").append(html(item)).append("</li>");
                expect(Scope.LIST_ITEM, item);
            }
            src.append(gap()).append("</").append(list).append('>');
        } else if (kind < 11) {
            src.append("<blockquote>");
            for (int k = 1 + r.nextInt(2); k > 0; k--) {
                List<Inline> quote = inlines(0, false);
                src.append(gap()).append("<p>").append(html(quote)).append("</p>");
                expect(Scope.QUOTE, quote);
            }
            src.append("</blockquote>");
        } else if (kind < 12) {
            List<Inline> caption = inlines(0, false);
            src.append("<figure><img src=\"a.png\" alt=\"ALTSECRET\">").append(gap()).append("<figcaption>")
                    .append(html(caption)).append("</figcaption></figure>");
            expect(Scope.CAPTION, caption);
        } else {
            src.append(HTML_NOISE[r.nextInt(HTML_NOISE.length)]);
        }
    }

    /** Whitespace between or inside inline elements, sometimes with a comment, a script or a line break tag. */
    private String gap() {
        String[] ws = {" ", " ", "  ", eols[0], eols[eols.length - 1] + "  ", "\t", " " + eols[0] + "\t"};
        String gap = ws[r.nextInt(ws.length)];
        return switch (r.nextInt(12)) {
            case 0 -> gap + "<!-- COMMENTSECRET -->" + (r.nextBoolean() ? " " : "");
            case 1 -> gap + "<script>var s = 'SCRIPTSECRET';</script>";
            case 2 -> r.nextBoolean() ? "<br>" : gap + "<br/>" + gap;
            // A reference to a space next to raw whitespace is mis-mapped (known bug).
            case 3 -> everything() ? gap + "&#32;" : gap;
            default -> gap;
        };
    }

    private String html(List<Inline> items) {
        StringBuilder b = new StringBuilder();
        if (r.nextInt(5) == 0) {
            b.append(gap());
        }
        for (int k = 0; k < items.size(); k++) {
            if (k > 0) {
                b.append(gap());
            }
            Inline item = items.get(k);
            if (item instanceof Word w && w.code()) {
                b.append("<code>").append(htmlWord(w.text(), true)).append("</code>");
            } else if (item instanceof Word w) {
                b.append(htmlWord(w.text(), true));
            } else if (item instanceof Styled s) {
                String tag = INLINE_TAGS[r.nextInt(INLINE_TAGS.length)];
                b.append('<').append(tag).append(r.nextInt(4) == 0 ? " class=\"x\"" : "").append('>')
                        .append(html(s.children())).append("</").append(tag).append('>');
            } else if (item instanceof Anchor a) {
                b.append("<a href=\"").append(a.href()).append("\">").append(html(a.children())).append("</a>");
            }
        }
        if (r.nextInt(5) == 0) {
            b.append(gap());
        }
        return b.toString();
    }

    /** {@code <title>} holds raw text: references but no tags or comments. */
    private String htmlTitle(List<Inline> items) {
        StringBuilder b = new StringBuilder();
        for (Inline item : items) {
            b.append(b.length() > 0 ? eols[0] + "  " : "").append(htmlWord(((Word) item).text(), false));
        }
        return b.toString();
    }

    /** A word with some characters as references, now and then split by a comment or an inline tag. */
    private String htmlWord(String word, boolean splittable) {
        StringBuilder b = new StringBuilder();
        int[] cps = word.codePoints().toArray();
        int split = splittable && cps.length > 1 && r.nextInt(8) == 0 ? 1 + r.nextInt(cps.length - 1) : -1;
        boolean comment = r.nextBoolean();
        for (int k = 0; k < cps.length; k++) {
            if (k == split) {
                b.append(comment ? "<!--x-->" : "<span>");
            }
            int cp = cps[k];
            if (cp == '&' || cp == '<' || r.nextInt(8) == 0) {
                b.append(reference(cp));
            } else {
                b.appendCodePoint(cp);
            }
        }
        if (split > 0 && !comment) {
            b.append("</span>");
        }
        return b.toString();
    }
}
