package dev.copydesk.server;

import dev.copydesk.report.html.DeskView;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The web editor's files, read once from the jar: the page, its script, its stylesheet and the
 * one it shares with the HTML report, and
 * the API's OpenAPI description. The page's Content-Security-Policy allows only these, from this
 * server, so article text shown in it can never load or run anything.
 */
final class EditorPage {
    /** As strict as the reports': own script and style only, requests only to this server, no frames, no forms elsewhere. */
    static final String POLICY = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; "
            + "img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

    /** Path → content type and bytes. */
    record Asset(String contentType, byte[] bytes) {
    }

    private static final Map<String, Asset> ASSETS = Map.of(
            "/", asset("editor.html", "text/html; charset=utf-8"),
            "/editor.js", asset("editor.js", "text/javascript; charset=utf-8"),
            "/editor.css", asset("editor.css", "text/css; charset=utf-8"),
            "/desk.css", new Asset("text/css; charset=utf-8", DeskView.STYLESHEET.getBytes(StandardCharsets.UTF_8)),
            "/api/openapi.json", asset("openapi.json", "application/json"));

    private EditorPage() {
    }

    static Asset find(String path) {
        return ASSETS.get(path);
    }

    private static Asset asset(String name, String contentType) {
        try (InputStream in = EditorPage.class.getResourceAsStream("editor/" + name)) {
            if (in == null) {
                throw new IllegalStateException("the jar lacks the editor's " + name);
            }
            return new Asset(contentType, in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
