package dev.copydesk.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.copydesk.audit.DocumentResult;
import dev.copydesk.finding.Finding;
import dev.copydesk.input.ArticleReader;
import dev.copydesk.input.Document;
import dev.copydesk.input.InputException;
import dev.copydesk.input.InputFormat;
import dev.copydesk.rule.Category;
import dev.copydesk.rule.RuleSelector;
import dev.copydesk.rule.Severity;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * LanguageTool's HTTP API ({@code /v2/check}, {@code /v2/languages}), so that the clients that
 * let a user name a LanguageTool server (the browser extension, LTeX, the Obsidian, LibreOffice
 * and VS Code plugins) show Copydesk's findings. Rules are Copydesk's ids ({@code tone.hyperbole});
 * categories its five, in capitals ({@code TONE}). {@code level=default} gives errors and
 * warnings, {@code picky} adds info. Unknown rule ids in a request are ignored, as LanguageTool
 * ignores them, since clients send their own ({@code WHITESPACE_RULE}). Errors are plain text
 * starting with "Error: ", as LanguageTool writes them.
 */
final class LanguageToolApi {
    private final Desk desk;
    private final AuditPool pool;
    private final String version;
    private final ArticleReader reader = new ArticleReader();

    LanguageToolApi(Desk desk, AuditPool pool, String version) {
        this.desk = desk;
        this.pool = pool;
        this.version = version;
    }

    void languages(Exchange exchange) {
        ArrayNode list = Exchange.JSON.createArrayNode();
        for (Languages.Language language : Languages.ALL) {
            list.addObject().put("name", language.name()).put("code", language.code()).put("longCode", language.longCode());
        }
        exchange.json(200, list);
    }

    void check(Exchange exchange) throws HttpError {
        Map<String, String> p = exchange.parameters();
        AnnotatedText text = text(p);
        String code = p.get("language");
        if (code == null || code.isBlank()) {
            throw HttpError.badRequest("Missing 'language' parameter, e.g. 'language=en-US' for American English or "
                    + "'language=fr' for French");
        }
        Languages.Language requested = Languages.find(code.strip());
        if (requested == null) {
            throw HttpError.badRequest("'" + code + "' is not a language code known to Copydesk. Supported language codes "
                    + "are: " + Languages.codes());
        }
        String level = p.getOrDefault("level", "default");
        if (!level.equals("default") && !level.equals("picky")) {
            throw HttpError.badRequest("If 'level' is set, it must be set to 'default' or 'picky'");
        }
        Desk.Selection selection = selection(p);
        String fallback = requested.auto() ? desk.fallbackLanguage() : requested.code();
        // Reading the text and compiling a chosen rule set are work too: inside the pool's limits.
        DocumentResult result = pool.run(() -> desk.auditor(selection).audit(document(text.plain()), fallback));
        Severity least = level.equals("picky") ? Severity.INFO : Severity.WARNING;
        exchange.json(200, LanguageToolMatches.response(result, text, least, requested, version, desk.catalog()));
    }

    private static AnnotatedText text(Map<String, String> p) throws HttpError {
        String text = p.get("text");
        String data = p.get("data");
        if (text != null && data != null) {
            throw HttpError.badRequest("Set only 'text' or 'data' parameter, not both");
        }
        if (text == null && data == null) {
            throw HttpError.badRequest("Missing 'text' or 'data' parameter");
        }
        return text != null ? AnnotatedText.plain(text) : AnnotatedText.fromData(data);
    }

    /** The article as a plain-text file would be read: its first line is the headline. */
    private Document document(String plain) throws HttpError {
        try {
            return reader.parse("check.txt", InputFormat.TEXT, plain.getBytes(StandardCharsets.UTF_8));
        } catch (InputException e) {
            throw HttpError.badRequest(e.getMessage());
        }
    }

    /** The rules a request turns on and off, as LanguageTool's parameters say it, in Copydesk's selectors. */
    private Desk.Selection selection(Map<String, String> p) throws HttpError {
        List<String> enabled = new ArrayList<>(known(list(p.get("enabledRules"))));
        enabled.addAll(known(categories(p.get("enabledCategories"))));
        List<String> disabled = new ArrayList<>(known(list(p.get("disabledRules"))));
        disabled.addAll(known(categories(p.get("disabledCategories"))));
        boolean only = "true".equals(p.get("enabledOnly")) || "yes".equals(p.get("enabledOnly"));
        if (only) {
            if (!list(p.get("disabledRules")).isEmpty() || !list(p.get("disabledCategories")).isEmpty()) {
                throw HttpError.badRequest("You cannot specify disabled rules or categories using enabledOnly=true");
            }
            if (list(p.get("enabledRules")).isEmpty() && list(p.get("enabledCategories")).isEmpty()) {
                throw HttpError.badRequest("You must specify enabled rules or categories when using enabledOnly=true");
            }
            disabled = List.of(RuleSelector.ALL);
        }
        return new Desk.Selection(enabled, disabled, java.util.Optional.empty());
    }

    private static List<String> list(String value) {
        return value == null || value.isBlank() ? List.of()
                : Arrays.stream(value.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static List<String> categories(String value) {
        return list(value).stream().map(c -> c.toLowerCase(Locale.ROOT)).toList();
    }

    /** The names Copydesk knows (rule ids, packs, categories); LanguageTool's own rule ids are ignored, as LT ignores unknown ones. */
    private List<String> known(List<String> names) {
        return names.stream().filter(name -> {
            try {
                return new RuleSelector(name).problem(desk.catalog()).isEmpty();
            } catch (IllegalArgumentException e) {
                return false;
            }
        }).toList();
    }

    /** LanguageTool's category id for a Copydesk category: its key in capitals. */
    static String categoryId(Category category) {
        return category.key().toUpperCase(Locale.ROOT);
    }

    static boolean shown(Finding finding, Severity least) {
        return finding.severity().atLeast(least);
    }
}
