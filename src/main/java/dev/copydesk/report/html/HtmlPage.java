package dev.copydesk.report.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.DocumentType;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;

/**
 * A report page as a Jsoup DOM: UTF-8, the shared stylesheet inlined, and a
 * Content-Security-Policy that allows that stylesheet (by hash) and nothing else: no external
 * resources, no forms, and no script but, on the index, its own (by hash).
 */
final class HtmlPage {
    /** The desk's styles, shared with the web editor, then the report's own. */
    static final String CSS = load("desk.css") + load("report.css");
    static final String CSP = "default-src 'none'; style-src '" + sha256Base64(CSS)
            + "'; img-src data:; base-uri 'none'; form-action 'none'";

    private final Document document;
    private final Element main;

    private HtmlPage(Document document, Element main) {
        this.document = document;
        this.main = main;
    }

    static HtmlPage create(String title, String language) {
        return create(title, language, null);
    }

    /**
     * A page that also runs {@code script}, one of the report's own resources, allowed by its
     * hash alone: no other script, inline or loaded, can run.
     */
    static HtmlPage create(String title, String language, String script) {
        Document doc = new Document("");
        doc.appendChild(new DocumentType("html", "", ""));
        Element html = doc.appendElement("html").attr("lang", language);
        Element head = html.appendElement("head");
        head.appendElement("meta").attr("charset", "utf-8");
        head.appendElement("meta").attr("http-equiv", "Content-Security-Policy").attr("content",
                script == null ? CSP : CSP + "; script-src '" + sha256Base64(script) + "'");
        head.appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
        head.appendElement("meta").attr("name", "referrer").attr("content", "no-referrer");
        head.appendElement("title").text(title);
        head.appendElement("style").appendChild(new DataNode(CSS));
        Element main = html.appendElement("body").appendElement("main");
        doc.outputSettings().prettyPrint(false).charset(StandardCharsets.UTF_8).escapeMode(Entities.EscapeMode.base);
        return new HtmlPage(doc, main);
    }

    /** Adds the page's script at the end of the body, where the elements it uses already exist. */
    void script(String script) {
        main.parent().appendElement("script").appendChild(new DataNode(script));
    }

    Element main() {
        return main;
    }

    String html() {
        return new String(utf8(), StandardCharsets.UTF_8);
    }

    /** The page as the bytes of its file: UTF-8, ending with a line break. */
    byte[] utf8() {
        return HtmlSerializer.utf8(document, '\n');
    }

    static String load(String resource) {
        try (InputStream in = HtmlPage.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the build");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String sha256Base64(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return "sha256-" + Base64.getEncoder().encodeToString(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }
}
