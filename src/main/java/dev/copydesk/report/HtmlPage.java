package dev.copydesk.report;

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
 * Content-Security-Policy that allows that stylesheet (by hash) and nothing else: no scripts,
 * no external resources, no forms.
 */
final class HtmlPage {
    static final String CSS = loadCss();
    static final String CSP = "default-src 'none'; style-src '" + sha256Base64(CSS)
            + "'; img-src data:; base-uri 'none'; form-action 'none'";

    private final Document document;
    private final Element main;

    private HtmlPage(Document document, Element main) {
        this.document = document;
        this.main = main;
    }

    static HtmlPage create(String title, String language) {
        Document doc = new Document("");
        doc.appendChild(new DocumentType("html", "", ""));
        Element html = doc.appendElement("html").attr("lang", language);
        Element head = html.appendElement("head");
        head.appendElement("meta").attr("charset", "utf-8");
        head.appendElement("meta").attr("http-equiv", "Content-Security-Policy").attr("content", CSP);
        head.appendElement("meta").attr("name", "viewport").attr("content", "width=device-width, initial-scale=1");
        head.appendElement("meta").attr("name", "referrer").attr("content", "no-referrer");
        head.appendElement("title").text(title);
        head.appendElement("style").appendChild(new DataNode(CSS));
        Element main = html.appendElement("body").appendElement("main");
        doc.outputSettings().prettyPrint(false).charset(StandardCharsets.UTF_8).escapeMode(Entities.EscapeMode.base);
        return new HtmlPage(doc, main);
    }

    Element main() {
        return main;
    }

    String html() {
        return document.outerHtml() + "\n";
    }

    private static String loadCss() {
        try (InputStream in = HtmlPage.class.getResourceAsStream("report.css")) {
            if (in == null) {
                throw new IllegalStateException("report.css is missing from the build");
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
