package dev.copydesk.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.copydesk.audit.DocumentResult;
import dev.copydesk.input.ArticleReader;
import dev.copydesk.input.Document;
import dev.copydesk.input.InputException;
import dev.copydesk.input.InputFormat;
import dev.copydesk.report.JsonReport;
import dev.copydesk.report.RulesJson;
import dev.copydesk.report.html.DeskView;
import dev.copydesk.rule.Rule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.copydesk.rule.Audience;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Copydesk's own API. {@code POST /api/audit} takes an article as JSON and answers the document
 * object of the CLI's JSON report, finding for finding; {@code GET /api/rules} is the catalog as
 * {@code rules --format json} prints it.
 */
final class AuditApi {
    private static final Set<String> FIELDS = Set.of("text", "html", "markdown", "title", "date", "lang", "audience", "rules",
            "path");
    private static final int MAX_PATH = 200;

    private final Desk desk;
    private final AuditPool pool;
    private final ArticleReader reader = new ArticleReader();
    private final Map<String, Rule> rulesById;

    AuditApi(Desk desk, AuditPool pool) {
        this.desk = desk;
        this.pool = pool;
        this.rulesById = desk.catalog().rules().stream().collect(Collectors.toUnmodifiableMap(Rule::id, rule -> rule));
    }

    void audit(Exchange exchange) throws HttpError {
        exchange.json(200, JsonReport.document(run(exchange)));
    }

    /**
     * For the web editor: the document object, and the desk's parts (verdict, fix cards, claims,
     * readability, scores) as HTML made by the same code as the static report's.
     */
    void desk(Exchange exchange) throws HttpError {
        DocumentResult result = run(exchange);
        ObjectNode answer = Exchange.JSON.createObjectNode();
        answer.set("document", JsonReport.document(result));
        ObjectNode html = answer.putObject("html");
        DeskView.fragments(result, rulesById).forEach(html::put);
        exchange.json(200, answer);
    }

    private DocumentResult run(Exchange exchange) throws HttpError {
        JsonNode body = exchange.jsonBody();
        List<String> unknown = new ArrayList<>();
        body.fieldNames().forEachRemaining(name -> {
            if (!FIELDS.contains(name)) {
                unknown.add(name);
            }
        });
        if (!unknown.isEmpty()) {
            throw HttpError.badRequest("unknown field '" + unknown.get(0) + "'; expected text, html or markdown, and "
                    + "optionally title, date, lang, audience, rules, path");
        }
        Desk.Selection selection = selection(body);
        String lang = string(body, "lang").orElse(desk.fallbackLanguage());
        // Reading the article and compiling a chosen rule set are work too: inside the pool's limits.
        return pool.run(() -> desk.auditor(selection).audit(document(body), lang));
    }

    void rules(Exchange exchange) {
        exchange.json(200, RulesJson.of(desk.catalog()));
    }

    /** The article: exactly one of text, html or markdown; a title, date and display path if given. */
    private Document document(JsonNode body) throws HttpError {
        Optional<String> text = string(body, "text");
        Optional<String> html = string(body, "html");
        Optional<String> markdown = string(body, "markdown");
        int given = (text.isPresent() ? 1 : 0) + (html.isPresent() ? 1 : 0) + (markdown.isPresent() ? 1 : 0);
        if (given != 1) {
            throw HttpError.badRequest("give the article as exactly one of 'text', 'html' or 'markdown'");
        }
        Optional<String> title = string(body, "title").filter(t -> !t.isBlank());
        InputFormat format = text.isPresent() ? InputFormat.TEXT : html.isPresent() ? InputFormat.HTML : InputFormat.MARKDOWN;
        String article = text.or(() -> html).or(() -> markdown).orElseThrow();
        if (format == InputFormat.TEXT && title.isPresent()) {
            article = title.get() + "\n\n" + article; // as a JSONL export's title and body are read
        }
        String path = string(body, "path").orElse(format == InputFormat.TEXT ? "article.txt"
                : format == InputFormat.HTML ? "article.html" : "article.md");
        if (path.length() > MAX_PATH || path.isBlank()) {
            throw HttpError.badRequest("'path' is a display name of 1 to " + MAX_PATH + " characters");
        }
        Document document;
        try {
            document = reader.parse(path, format, article.getBytes(StandardCharsets.UTF_8));
        } catch (InputException e) {
            throw HttpError.badRequest(e.getMessage());
        }
        if (title.isPresent() && format != InputFormat.TEXT) {
            document = document.withTitle(title.get());
        }
        Optional<String> date = string(body, "date");
        if (date.isPresent()) {
            try {
                document = document.withPublished(LocalDate.parse(date.get().strip()).toString());
            } catch (DateTimeParseException e) {
                throw HttpError.badRequest("'date' must be a date such as 2026-12-06, not '" + date.get() + "'");
            }
        }
        return document;
    }

    private static Desk.Selection selection(JsonNode body) throws HttpError {
        Optional<Audience> audience = Optional.empty();
        Optional<String> profile = string(body, "audience");
        if (profile.isPresent()) {
            try {
                audience = Optional.of(Audience.valueOf(profile.get().strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw HttpError.badRequest("unknown audience '" + profile.get() + "'; expected general, broadsheet, children "
                        + "or technical");
            }
        }
        JsonNode rules = body.path("rules");
        if (!rules.isMissingNode() && !rules.isObject()) {
            throw HttpError.badRequest("'rules' must be an object such as {\"disable\": [\"clarity\"], \"enable\": []}");
        }
        return new Desk.Selection(names(rules, "enable"), names(rules, "disable"), audience);
    }

    private static List<String> names(JsonNode rules, String key) throws HttpError {
        JsonNode list = rules.path(key);
        if (list.isMissingNode()) {
            return List.of();
        }
        if (!list.isArray()) {
            throw HttpError.badRequest("'rules." + key + "' must be a list of rule ids, packs or categories");
        }
        List<String> names = new ArrayList<>();
        for (JsonNode name : list) {
            if (!name.isTextual()) {
                throw HttpError.badRequest("'rules." + key + "' must hold strings");
            }
            names.add(name.asText());
        }
        return names;
    }

    private static Optional<String> string(JsonNode body, String field) throws HttpError {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isTextual()) {
            throw HttpError.badRequest("'" + field + "' must be a string");
        }
        return Optional.of(value.asText());
    }
}
