package dev.copydesk.report.html;

import java.nio.charset.StandardCharsets;
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
    private final Utf8Builder out;
    /** The text being escaped, as characters. */
    private char[] chars = new char[1024];
    /** What Jsoup writes for each attribute key, "" for none: a page repeats a few keys hundreds of times. */
    private final java.util.Map<String, String> validKeys = new java.util.HashMap<>();

    private HtmlSerializer(Document.OutputSettings settings, Utf8Builder out) {
        this.settings = settings;
        this.out = out;
    }

    /**
     * What {@code document.outerHtml()} gives, for a document with the report pages' output
     * settings, as its file holds it: an unpaired surrogate in a data node reads as '?'.
     */
    static String html(Document document) {
        byte[] utf8 = utf8(document, '\n');
        return new String(utf8, 0, utf8.length - 1, StandardCharsets.UTF_8);
    }

    /**
     * The bytes {@code (document.outerHtml() + end).getBytes(UTF_8)} gives: a page's file. An
     * unpaired surrogate is written as '?', as that encoding writes it; this writes escaped ones
     * only, but a data node (a page's own style or script) is written as it is.
     */
    static byte[] utf8(Document document, char end) {
        Document.OutputSettings settings = document.outputSettings();
        if (settings.prettyPrint() || settings.outline() || settings.syntax() != Document.OutputSettings.Syntax.html
                || settings.escapeMode() != Entities.EscapeMode.base || !"UTF-8".equals(settings.charset().name())) {
            return (document.outerHtml() + end).getBytes(StandardCharsets.UTF_8); // settings this does not write
        }
        Utf8Builder out = new Utf8Builder(64 * 1024);
        HtmlSerializer serializer = new HtmlSerializer(settings, out);
        for (Node child : document.childNodes()) {
            serializer.node(child);
        }
        return out.append(end).toByteArray();
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
        int children = element.childNodeSize(); // by index: childNodes() wraps the list anew at each call
        if (children == 0) {
            if (element.tag().isEmpty()) {
                out.append('>'); // a void element
            } else {
                out.append("></").append(name).append('>');
            }
            return;
        }
        out.append('>');
        for (int i = 0; i < children; i++) {
            node(element.childNode(i));
        }
        out.append("</").append(name).append('>');
    }

    /**
     * Jsoup writes an element's raw keys, and its attribute iterator trims them; keys here come
     * from {@link Element#attr}, which trims them on the way in, so the two are the same.
     */
    private void attribute(Attribute attribute) {
        String key = validKeys.computeIfAbsent(attribute.getKey(), HtmlSerializer::validKey);
        if (key.isEmpty()) {
            return; // no valid key: Jsoup leaves the attribute out
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

    private static String validKey(String key) {
        String valid = Attribute.getValidKey(key, Document.OutputSettings.Syntax.html);
        return valid == null ? "" : valid;
    }

    /**
     * Escapes as Jsoup does, straight into the page's bytes ({@link Utf8Builder#appendText}); the
     * characters Jsoup writes through its own escaping (controls, unpaired surrogates) go through
     * it here too. The text is read as an array, copied out at once: on JDK 17 reading a UTF-16
     * string by {@code charAt} checks its coding and the index at every character.
     */
    private void escape(String text, boolean inAttribute) {
        int n = text.length();
        if (n > chars.length) {
            chars = new char[Math.max(n, 2 * chars.length)];
        }
        text.getChars(0, n, chars, 0);
        int i = 0;
        while ((i = out.appendText(chars, i, n, inAttribute)) < n) {
            int pairEnd = pairEnd(text, i);
            if (pairEnd > 0) {
                out.append(chars, i, pairEnd - i); // a pair Jsoup writes as it is
                i = pairEnd;
                continue;
            }
            int end = Character.isHighSurrogate(chars[i]) && i + 1 < n && Character.isLowSurrogate(chars[i + 1]) ? i + 2 : i + 1;
            out.append(Entities.escape(text.substring(i, end), settings));
            i = end;
        }
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
