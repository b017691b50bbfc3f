package dev.copydesk.input;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.Range;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * HTML through Jsoup with source positions: the article's headline, headings, paragraphs, list
 * items, quotes and captions become blocks; navigation, scripts, styles, forms, asides and
 * footers are left out; links are kept with their positions; title, author, date and language
 * come from the usual metadata (Open Graph, article:*, JSON-LD, {@code <time>}, {@code lang}).
 */
final class HtmlReader {
    private static final Set<String> SKIPPED = Set.of("script", "style", "noscript", "template", "nav", "form",
            "footer", "aside", "iframe", "svg", "math", "button", "select", "textarea", "object", "embed", "canvas",
            "head", "dialog", "menu");
    private static final Set<String> BLOCKS = Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote",
            "div", "section", "article", "main", "ul", "ol", "dl", "dt", "dd", "figure", "figcaption", "table",
            "thead", "tbody", "tfoot", "tr", "td", "th", "pre", "address", "header", "hgroup", "details", "summary",
            "caption", "body", "center", "hr");
    /** Made on first use (a page with JSON-LD metadata): a JSON mapper costs start-up time. */
    private static final class Json {
        static final ObjectMapper MAPPER = new ObjectMapper();
    }

    private final String source;
    private final BlockCollector collector = new BlockCollector();
    private final List<HiddenText> hidden = new ArrayList<>();
    private final MappedTextBuilder current = collector.current();
    private Scope currentScope = Scope.PARAGRAPH;
    /** Open blockquote elements around the walk's position; tracked, not searched, so depth stays cheap. */
    private int quoteDepth;
    private Element headline;

    private HtmlReader(String source) {
        this.source = source;
    }

    record Result(List<Block> blocks, List<Link> links, ArticleMetadata metadata, List<SourceComment> comments,
            List<HiddenText> hidden) {
    }

    static Result read(String source) {
        return new HtmlReader(source).run();
    }

    private Result run() {
        org.jsoup.nodes.Document html = Jsoup.parse(source, "", Parser.htmlParser().setTrackPosition(true));
        Element body = html.body();
        Element root = firstOf(body.selectFirst("article"), body.selectFirst("main"), body.selectFirst("[role=main]"), body);
        headline = firstOf(firstShown(root.select("h1")), firstShown(body.select("h1")));
        if (headline != null && !isInside(headline, root)) {
            walk(headline);
        } else if (headline == null) {
            Element title = html.head().selectFirst("title");
            if (title != null) {
                headline = title;
                walk(title);
            }
        }
        walk(root);
        flush();
        return new Result(collector.blocks(), collector.links(), metadata(html), comments(html), List.copyOf(hidden));
    }

    /**
     * Every comment of the page, wherever it is: a suppression may sit in the head or around
     * skipped markup. The parser, not a text search, decides what a comment is, so "<!--" inside
     * a script, a textarea or an attribute is not one.
     */
    private List<SourceComment> comments(org.jsoup.nodes.Document html) {
        List<SourceComment> comments = new ArrayList<>();
        NodeTraversor.traverse((node, depth) -> {
            if (node instanceof Comment comment && comment.sourceRange().isTracked()
                    && comment.sourceRange().endPos() <= source.length()) {
                comments.add(new SourceComment(comment.sourceRange().startPos(), comment.sourceRange().endPos(),
                        comment.getData()));
            }
        }, html);
        comments.sort(java.util.Comparator.comparingInt(SourceComment::start));
        return comments;
    }

    /** Walks the subtree iteratively (Jsoup's traversor), so hostile nesting cannot overflow the stack. */
    private void walk(Node root) {
        Deque<BlockCollector.OpenLink> openLinks = new ArrayDeque<>();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    appendText(text);
                    return FilterResult.CONTINUE;
                }
                if (!(node instanceof Element element)) {
                    return FilterResult.CONTINUE;
                }
                String tag = element.normalName();
                if (SKIPPED.contains(tag) && element != headline || isHidden(element)) {
                    hiddenFrom(element).ifPresent(how -> recordHidden(element, how));
                    return FilterResult.SKIP_ENTIRELY;
                }
                if ("br".equals(tag)) {
                    Range range = element.sourceRange();
                    int at = range.isTracked() ? range.startPos() : 0;
                    current.appendSpace(at, range.isTracked() ? range.endPos() : at);
                } else if (isBlock(element)) {
                    flush();
                    quoteDepth += "blockquote".equals(tag) ? 1 : 0;
                    currentScope = scopeOf(element);
                } else if ("a".equals(tag) && element.hasAttr("href")) {
                    openLinks.push(collector.openLink(element.attr("href")));
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (!(node instanceof Element element)) {
                    return FilterResult.CONTINUE;
                }
                String tag = element.normalName();
                if ("a".equals(tag) && element.hasAttr("href") && !openLinks.isEmpty()) {
                    collector.closeLink(openLinks.pop());
                } else if (isBlock(element)) {
                    flush();
                    quoteDepth -= "blockquote".equals(tag) ? 1 : 0;
                    Element parent = element.parent();
                    currentScope = parent == null ? Scope.PARAGRAPH : scopeOf(parent);
                }
                return FilterResult.CONTINUE;
            }
        }, root);
    }

    private boolean isBlock(Element element) {
        return BLOCKS.contains(element.normalName()) || element == headline;
    }

    private Scope scopeOf(Element element) {
        if (element == headline) {
            return Scope.HEADLINE;
        }
        String tag = element.normalName();
        if (tag.matches("h[1-6]")) {
            return Scope.HEADING;
        }
        if (quoteDepth > 0 || "q".equals(tag)) {
            return Scope.QUOTE;
        }
        if ("li".equals(tag) || "dd".equals(tag) || "dt".equals(tag)) {
            return Scope.LIST_ITEM;
        }
        if ("figcaption".equals(tag) || "caption".equals(tag)) {
            return Scope.CAPTION;
        }
        return Scope.PARAGRAPH;
    }

    private void appendText(TextNode text) {
        String decoded = text.getWholeText();
        if (decoded.isEmpty()) {
            return;
        }
        Range range = text.sourceRange();
        if (range.isTracked() && range.endPos() <= source.length()) {
            SourceAligner.align(decoded, source, range.startPos(), range.endPos(), current);
        } else {
            int at = anchorOf(text);
            SourceAligner.align(decoded, source, at, at, current);
        }
    }

    /** Source position of the nearest element with a known position, for nodes the parser made up. */
    private static int anchorOf(Node node) {
        for (Node n = node.parentNode(); n != null; n = n.parentNode()) {
            if (n.sourceRange().isTracked()) {
                return n.sourceRange().endPos();
            }
        }
        return 0;
    }

    private void flush() {
        collector.flush(currentScope);
    }

    /** The first element not inside navigation, an aside, a footer or other skipped or hidden content. */
    private static Element firstShown(List<Element> candidates) {
        for (Element candidate : candidates) {
            boolean shown = true;
            for (Element e = candidate.parent(); e != null && shown; e = e.parent()) {
                shown = !SKIPPED.contains(e.normalName()) && !isHidden(e);
            }
            if (shown && !isHidden(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    private static boolean isHidden(Element element) {
        return element.hasAttr("hidden") || "true".equals(element.attr("aria-hidden")) || hiddenByStyle(element).isPresent();
    }

    private static final Pattern HIDING_STYLE = Pattern.compile(
            "(?:^|;)\\s*(display\\s*:\\s*none|visibility\\s*:\\s*hidden|font-size\\s*:\\s*0(?:px|em|rem|pt|%)?\\s*(?:;|$|!)"
                    + "|opacity\\s*:\\s*0(?:\\.0+)?\\s*(?:;|$|!))", Pattern.CASE_INSENSITIVE);

    /** The inline style that hides an element from readers, if any. */
    private static Optional<String> hiddenByStyle(Element element) {
        Matcher m = HIDING_STYLE.matcher(element.attr("style"));
        return m.find() ? Optional.of(m.group(1).replaceAll("\\s+", "").replaceAll("[;!]$", "").toLowerCase(java.util.Locale.ROOT))
                : Optional.empty();
    }

    /**
     * Why an element's text is hidden from every reader, if it is: aria-hidden content is still
     * seen (screen readers skip icons and duplicates), and skipped page furniture is not article
     * text.
     */
    private static Optional<String> hiddenFrom(Element element) {
        if (SKIPPED.contains(element.normalName())) {
            return Optional.empty();
        }
        return element.hasAttr("hidden") ? Optional.of("hidden attribute") : hiddenByStyle(element);
    }

    private void recordHidden(Element element, String how) {
        String text = element.text().strip();
        Range start = element.sourceRange();
        Range end = element.endSourceRange();
        if (text.isEmpty() || !start.isTracked()) {
            return;
        }
        hidden.add(new HiddenText(start.startPos(), end.isTracked() ? end.endPos() : start.endPos(), text, how));
    }

    private static boolean isInside(Element element, Element ancestor) {
        for (Element e = element; e != null; e = e.parent()) {
            if (e == ancestor) {
                return true;
            }
        }
        return false;
    }

    @SafeVarargs
    private static <T> T firstOf(T... candidates) {
        for (T candidate : candidates) {
            if (candidate != null) {
                return candidate;
            }
        }
        return null;
    }

    private ArticleMetadata metadata(org.jsoup.nodes.Document html) {
        JsonNode ld = jsonLd(html);
        Optional<String> title = firstPresent(
                collector.blocks().stream().filter(b -> b.scope() == Scope.HEADLINE).findFirst().map(b -> b.text().text()),
                meta(html, "meta[property=og:title]"), text(ld, "headline"));
        Optional<String> author = firstPresent(meta(html, "meta[name=author]"),
                meta(html, "meta[property=article:author]"), meta(html, "meta[name=byl]"),
                elementText(html, "[rel=author], [itemprop=author], .byline, .author"), ldAuthor(ld));
        Optional<String> published = firstPresent(meta(html, "meta[property=article:published_time]"),
                meta(html, "meta[name=date]"), meta(html, "meta[name=pubdate]"),
                meta(html, "meta[itemprop=datePublished]"), attr(html, "time[datetime]", "datetime"),
                text(ld, "datePublished")).flatMap(DateText::iso);
        Optional<String> language = Optional.of(html.selectFirst("html")).map(e -> e.attr("lang").trim())
                .filter(s -> !s.isEmpty());
        Optional<String> url = firstPresent(attr(html, "link[rel=canonical]", "href"), meta(html, "meta[property=og:url]"),
                text(ld, "url"));
        return new ArticleMetadata(title, author, published, language, url);
    }

    @SafeVarargs
    private static Optional<String> firstPresent(Optional<String>... options) {
        for (Optional<String> option : options) {
            if (option.isPresent() && !option.get().isBlank()) {
                return Optional.of(option.get().strip());
            }
        }
        return Optional.empty();
    }

    private static Optional<String> meta(org.jsoup.nodes.Document html, String query) {
        return attr(html, query, "content");
    }

    private static Optional<String> attr(org.jsoup.nodes.Document html, String query, String attribute) {
        Element element = html.selectFirst(query);
        return element == null ? Optional.empty() : Optional.of(element.attr(attribute));
    }

    private static Optional<String> elementText(org.jsoup.nodes.Document html, String query) {
        Element element = html.selectFirst(query);
        return element == null ? Optional.empty() : Optional.of(element.text());
    }

    private static JsonNode jsonLd(org.jsoup.nodes.Document html) {
        for (Element script : html.select("script[type=application/ld+json]")) {
            try {
                JsonNode node = Json.MAPPER.readTree(script.data());
                if (node != null && node.isArray() && !node.isEmpty()) {
                    node = node.get(0);
                }
                if (node != null && node.isObject()) {
                    return node;
                }
            } catch (java.io.IOException malformed) {
                // Broken structured data is common and not the article's text: ignore it.
            }
        }
        return null;
    }

    private static Optional<String> text(JsonNode node, String field) {
        return node == null || !node.path(field).isTextual() ? Optional.empty() : Optional.of(node.path(field).asText());
    }

    private static Optional<String> ldAuthor(JsonNode ld) {
        if (ld == null) {
            return Optional.empty();
        }
        JsonNode author = ld.path("author");
        if (author.isArray() && !author.isEmpty()) {
            author = author.get(0);
        }
        return author.isTextual() ? Optional.of(author.asText()) : text(author, "name");
    }
}
