package dev.copydesk.input;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Markdown through commonmark-java with source spans: the first level-1 heading is the
 * headline, other headings, paragraphs, list items and block quotes become blocks, code blocks
 * and raw HTML are left out, links are kept. A leading YAML front-matter block supplies title,
 * author and date.
 */
final class MarkdownReader {
    private static final Parser PARSER = Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();
    private static final Pattern FRONT_MATTER = Pattern.compile("\\A---[ \\t]*\\r?\\n(.*?)\\r?\\n---[ \\t]*(\\r?\\n|\\z)",
            Pattern.DOTALL);
    private static final Pattern COMMENT = Pattern.compile("<!--(.*?)-->", Pattern.DOTALL);

    private final String source;
    private final int offset;
    private final BlockCollector collector = new BlockCollector();
    private final MappedTextBuilder current = collector.current();
    private final List<SourceComment> comments = new ArrayList<>();
    private boolean headlineTaken;

    private MarkdownReader(String source, int offset) {
        this.source = source;
        this.offset = offset;
    }

    record Result(List<Block> blocks, List<Link> links, ArticleMetadata metadata, List<SourceComment> comments) {
    }

    static Result read(String source) {
        Matcher front = FRONT_MATTER.matcher(source);
        ArticleMetadata metadata = ArticleMetadata.none();
        int bodyStart = 0;
        if (front.find()) {
            metadata = frontMatter(front.group(1));
            bodyStart = front.end();
        }
        MarkdownReader reader = new MarkdownReader(source, bodyStart);
        reader.visitChildren(PARSER.parse(source.substring(bodyStart)), Scope.PARAGRAPH);
        reader.flush(Scope.PARAGRAPH);
        Optional<String> headline = reader.collector.blocks().stream().filter(b -> b.scope() == Scope.HEADLINE).findFirst()
                .map(b -> b.text().text());
        ArticleMetadata withTitle = new ArticleMetadata(headline.or(metadata::title), metadata.author(),
                metadata.published(), metadata.language(), metadata.url());
        return new Result(reader.collector.blocks(), reader.collector.links(), withTitle, List.copyOf(reader.comments));
    }

    private void visitChildren(Node parent, Scope scope) {
        for (Node child = parent.getFirstChild(); child != null; child = child.getNext()) {
            visit(child, scope);
        }
    }

    private void visit(Node node, Scope scope) {
        if (node instanceof HtmlBlock block) {
            collectComments(node, block.getLiteral());
        } else if (node instanceof HtmlInline inline) {
            collectComments(node, inline.getLiteral());
        }
        if (node instanceof FencedCodeBlock || node instanceof IndentedCodeBlock || node instanceof HtmlBlock
                || node instanceof HtmlInline || node instanceof Image) {
            return;
        }
        if (node instanceof Heading heading) {
            Scope headingScope = heading.getLevel() == 1 && !headlineTaken ? Scope.HEADLINE : Scope.HEADING;
            headlineTaken |= headingScope == Scope.HEADLINE;
            leafBlock(heading, headingScope);
        } else if (node instanceof Paragraph) {
            leafBlock(node, scope);
        } else if (node instanceof BlockQuote) {
            visitChildren(node, Scope.QUOTE);
        } else if (node instanceof ListItem) {
            visitChildren(node, scope == Scope.QUOTE ? Scope.QUOTE : Scope.LIST_ITEM);
        } else if (node instanceof Text text) {
            int[] span = span(node);
            SourceAligner.align(text.getLiteral(), source, span[0], span[1], current, SourceAligner.Syntax.MARKDOWN);
        } else if (node instanceof Code code) {
            int[] span = span(node);
            SourceAligner.align(code.getLiteral(), source, span[0], span[1], current, SourceAligner.Syntax.LITERAL);
        } else if (node instanceof SoftLineBreak || node instanceof HardLineBreak) {
            int[] span = lineBreakSpan(node);
            current.appendSpace(span[0], span[1]);
        } else if (node instanceof org.commonmark.node.Link link) {
            int start = current.length();
            visitChildren(node, scope);
            collector.link(start, current.length(), link.getDestination());
        } else {
            visitChildren(node, scope);
        }
    }

    /**
     * Records the comments of a raw-HTML node, at their positions in the file. CommonMark decides
     * what is raw HTML, so "<!--" in a code span or code block is not a comment. Inside a block
     * quote the literal lacks the "> " prefixes the source has: offsets come from the source and
     * the comment text from the literal, paired in order.
     */
    private void collectComments(Node node, String literal) {
        List<SourceSpan> spans = node.getSourceSpans();
        if (spans.isEmpty()) {
            return;
        }
        int[] range = span(node);
        Matcher inSource = COMMENT.matcher(source).region(range[0], range[1]);
        Matcher inLiteral = COMMENT.matcher(literal);
        while (inSource.find()) {
            String text = inLiteral.find() ? inLiteral.group(1) : inSource.group(1);
            comments.add(new SourceComment(inSource.start(), inSource.end(), text));
        }
    }

    private void leafBlock(Node node, Scope scope) {
        flush(scope);
        visitChildren(node, scope);
        flush(scope);
    }

    /**
     * commonmark gives soft line breaks (and hard breaks made of trailing spaces) no source span:
     * map the break to the whitespace and line terminator after the previous inline node.
     */
    private int[] lineBreakSpan(Node node) {
        int from = node.getPrevious() != null ? span(node.getPrevious())[1] : span(node)[0];
        if (!node.getSourceSpans().isEmpty()) {
            from = Math.min(from, span(node)[0]);
        }
        int to = from;
        while (to < source.length() && (source.charAt(to) == ' ' || source.charAt(to) == '\t'
                || source.charAt(to) == '\\')) {
            to++;
        }
        if (to < source.length() && source.charAt(to) == '\r') {
            to++;
        }
        if (to < source.length() && source.charAt(to) == '\n') {
            to++;
        }
        return new int[] {from, to};
    }

    /** Source range of a node, in offsets of the whole file. */
    private int[] span(Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        if (spans.isEmpty()) {
            int at = current.length() == 0 ? offset : current.build().sourceTo();
            return new int[] {at, at};
        }
        SourceSpan first = spans.get(0);
        SourceSpan last = spans.get(spans.size() - 1);
        return new int[] {offset + first.getInputIndex(), offset + last.getInputIndex() + last.getLength()};
    }

    private void flush(Scope scope) {
        collector.flush(scope);
    }

    private static ArticleMetadata frontMatter(String yaml) {
        try {
            JsonNode node = new ObjectMapper(new YAMLFactory()).readTree(yaml);
            if (node == null || !node.isObject()) {
                return ArticleMetadata.none();
            }
            return new ArticleMetadata(field(node, "title"), field(node, "author"),
                    field(node, "date").or(() -> field(node, "published")).flatMap(DateText::iso),
                    field(node, "lang").or(() -> field(node, "language")),
                    field(node, "url").or(() -> field(node, "canonical")));
        } catch (java.io.IOException malformed) {
            // Front matter that is not YAML is left alone; the article text is what we audit.
            return ArticleMetadata.none();
        }
    }

    private static Optional<String> field(JsonNode node, String name) {
        JsonNode value = node.path(name);
        return value.isValueNode() && !value.asText().isBlank() ? Optional.of(value.asText().strip()) : Optional.empty();
    }
}
