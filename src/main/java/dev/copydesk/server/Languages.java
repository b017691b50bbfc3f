package dev.copydesk.server;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The languages Copydesk answers LanguageTool clients for: English in full (attribution reads
 * English only), and the languages whose readability formulas and Unicode checks it has. Sorted
 * by name, as {@code /v2/languages} lists them.
 */
final class Languages {
    /** @param code the language's short code, which Copydesk audits by */
    record Language(String name, String code, String longCode) {
        boolean auto() {
            return code.equals("auto");
        }
    }

    static final Language AUTO = new Language("Automatic", "auto", "auto");

    static final List<Language> ALL = List.of(
            new Language("Dutch", "nl", "nl"),
            new Language("English", "en", "en"),
            new Language("English (Australian)", "en", "en-AU"),
            new Language("English (Canadian)", "en", "en-CA"),
            new Language("English (GB)", "en", "en-GB"),
            new Language("English (New Zealand)", "en", "en-NZ"),
            new Language("English (South African)", "en", "en-ZA"),
            new Language("English (US)", "en", "en-US"),
            new Language("French", "fr", "fr"),
            new Language("German", "de", "de"),
            new Language("German (Austria)", "de", "de-AT"),
            new Language("German (Germany)", "de", "de-DE"),
            new Language("German (Swiss)", "de", "de-CH"),
            new Language("Italian", "it", "it"),
            new Language("Spanish", "es", "es"));

    private Languages() {
    }

    /** The language a request names ({@code en-GB}, {@code en}, {@code auto}), or null. */
    static Language find(String code) {
        if (code.equals("auto")) {
            return AUTO;
        }
        return ALL.stream().filter(l -> l.longCode().equals(code)).findFirst().orElse(null);
    }

    static String codes() {
        return ALL.stream().map(Language::longCode).collect(Collectors.joining(", "));
    }
}
