package dev.copydesk.report.html;

import java.util.List;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

/**
 * Writes a report's DOM as Jsoup writes it with the pages' output settings (HTML syntax, no
 * pretty printing, the base entities, UTF-8), byte for byte, in one pass over one builder.
 * Jsoup's own printer looks up the charset and its encoder for every text node and reads every
 * character as a code point through a wrapper; a report has thousands of small text nodes, and
 * that was half the time of writing it.
 * <p>
 * Article text reaches a page only as text nodes and attribute values, and both are escaped here
 * as Jsoup escapes them: {@code &}, {@code <}, {@code >} and the no-break space always, {@code "}
 * in attributes. Characters this does not write itself (control characters, unpaired
 * surrogates) go through {@link Entities#escape}, one at a time. So do the nodes this does not
 * know (comments, other namespaces): Jsoup writes those whole. {@code HtmlSerializerTest}
 * compares the two on random trees.
 */
final class HtmlSerializer {
    private final Document.OutputSettings settings;
    private final StringBuilder out;

    private HtmlSerializer(Document.OutputSettings settings, StringBuilder out) {
        this.settings = settings;
        this.out = out;
    }

    /** What {@code document.outerHtml()} gives, for a document with the report pages' output settings. */
    static String html(Document document) {
        Document.OutputSettings settings = document.outputSettings();
        if (settings.prettyPrint() || settings.outline() || settings.syntax() != Document.OutputSettings.Syntax.html
                || settings.escapeMode() != Entities.EscapeMode.base || !"UTF-8".equals(settings.charset().name())) {
            return document.outerHtml(); // settings this does not write
        }
        StringBuilder out = new StringBuilder(64 * 1024);
        HtmlSerializer serializer = new HtmlSerializer(settings, out);
        for (Node child : document.childNodes()) {
            serializer.node(child);
        }
        return out.toString();
    }

    private void node(Node node) {
        if (node.getClass() == TextNode.class) {
            escape(((TextNode) node).getWholeText(), false);
        } else if (node.getClass() == DataNode.class) {
            out.append(((DataNode) node).getWholeData());
        } else if (node.getClass() == Element.class && Parser.NamespaceHtml.equals(((Element) node).tag().namespace())) {
            element((Element) node);
        } else {
            out.append(node.outerHtml());
        }
    }

    private void element(Element element) {
        String name = element.tagName();
        out.append('<').append(name);
        if (element.attributesSize() > 0) {
            for (Attribute attribute : element.attributes()) {
                attribute(attribute);
            }
        }
        List<Node> children = element.childNodes();
        if (children.isEmpty()) {
            if (element.tag().isEmpty()) {
                out.append('>'); // a void element
            } else {
                out.append("></").append(name).append('>');
            }
            return;
        }
        out.append('>');
        for (Node child : children) {
            node(child);
        }
        out.append("</").append(name).append('>');
    }

    /**
     * Jsoup writes an element's raw keys, and its attribute iterator trims them; keys here come
     * from {@link Element#attr}, which trims them on the way in, so the two are the same.
     */
    private void attribute(Attribute attribute) {
        String key = Attribute.getValidKey(attribute.getKey(), Document.OutputSettings.Syntax.html);
        if (key == null) {
            return;
        }
        out.append(' ').append(key);
        String value = attribute.getValue();
        boolean collapsed = !attribute.hasDeclaredValue()
                || (value.isEmpty() || value.equalsIgnoreCase(key)) && Attribute.isBooleanAttribute(key);
        if (!collapsed) {
            out.append("=\"");
            escape(value, true);
            out.append('"');
        }
    }

    private void escape(String text, boolean inAttribute) {
        int copied = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            String replacement;
            if (c == '&') {
                replacement = "&amp;";
            } else if (c == '<') {
                replacement = "&lt;";
            } else if (c == '>') {
                replacement = "&gt;";
            } else if (c == '"' && inAttribute) {
                replacement = "&quot;";
            } else if (c == '\u00a0') {
                replacement = "&nbsp;";
            } else if (c < 0x20 && c != '\t' && c != '\n' && c != '\r' || Character.isSurrogate(c)) {
                int pairEnd = pairEnd(text, i);
                if (pairEnd > 0) {
                    i = pairEnd - 1; // a pair Jsoup writes as it is
                    continue;
                }
                int end = Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))
                        ? i + 2 : i + 1;
                out.append(text, copied, i).append(Entities.escape(text.substring(i, end), settings));
                copied = end;
                i = end - 1;
                continue;
            } else {
                continue;
            }
            out.append(text, copied, i).append(replacement);
            copied = i + 1;
        }
        out.append(text, copied, text.length());
    }

    /**
     * The end of the surrogate pair at {@code i} when Jsoup writes it unchanged, else 0. Jsoup
     * asks whether UTF-8 can encode the code point's low sixteen bits, so a code point such as
     * U+1D800, whose low bits fall among the surrogates, becomes a numeric reference.
     */
    private static int pairEnd(String text, int i) {
        if (!Character.isHighSurrogate(text.charAt(i)) || i + 1 >= text.length()
                || !Character.isLowSurrogate(text.charAt(i + 1))) {
            return 0;
        }
        return Character.isSurrogate((char) text.codePointAt(i)) ? 0 : i + 2;
    }
}
