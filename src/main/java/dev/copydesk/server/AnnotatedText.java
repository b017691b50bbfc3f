package dev.copydesk.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.Map;
import java.util.TreeMap;

/**
 * A text as LanguageTool's clients send it: plain ({@code text=}) or annotated ({@code data=},
 * a list of text and markup parts, markup optionally read as something else, such as a paragraph
 * break for {@code <p>}). Copydesk audits {@link #plain()}; positions go back to the client in
 * {@link #original()} coordinates (markup counted), mapped the way LanguageTool maps them, so a
 * client that sends markup gets offsets into the document it holds.
 */
final class AnnotatedText {
    private final String plain;
    private final String original;
    /** Plain position after each part → the original position there and, for interpreted markup, its length. */
    private final TreeMap<Integer, int[]> ends;

    private AnnotatedText(String plain, String original, TreeMap<Integer, int[]> ends) {
        this.plain = plain;
        this.original = original;
        this.ends = ends;
    }

    static AnnotatedText plain(String text) {
        TreeMap<Integer, int[]> ends = new TreeMap<>();
        ends.put(text.length(), new int[] {text.length(), 0});
        return new AnnotatedText(text, text, ends);
    }

    /** Reads {@code data}: {@code {"text": "..."}} or {@code {"annotation": [{"text"}|{"markup", "interpretAs"?}]}}. */
    static AnnotatedText fromData(String data) throws HttpError {
        JsonNode root;
        try {
            root = Exchange.JSON.readTree(data);
        } catch (IOException e) {
            throw HttpError.badRequest("Could not parse JSON from 'data' parameter");
        }
        if (root == null || !root.isObject()) {
            throw HttpError.badRequest("Could not parse JSON from 'data' parameter");
        }
        boolean hasText = root.has("text");
        boolean hasAnnotation = root.has("annotation");
        if (hasText == hasAnnotation) {
            throw HttpError.badRequest(hasText ? "'data' key in JSON requires either 'text' or 'annotation' key, not both"
                    : "'data' key in JSON requires 'text' or 'annotation' key");
        }
        if (hasText) {
            return plain(root.get("text").asText());
        }
        StringBuilder plain = new StringBuilder();
        StringBuilder original = new StringBuilder();
        TreeMap<Integer, int[]> ends = new TreeMap<>();
        for (JsonNode part : root.get("annotation")) {
            if (part.has("text") && (part.has("markup") || part.has("interpretAs"))) {
                throw HttpError.badRequest("Only either 'text' or 'markup' are supported in an object in 'annotation' list, "
                        + "not both");
            }
            if (part.has("text")) {
                String text = part.get("text").asText();
                plain.append(text);
                original.append(text);
                ends.put(plain.length(), new int[] {original.length(), 0});
            } else if (part.has("markup")) {
                String markup = part.get("markup").asText();
                original.append(markup);
                if (part.has("interpretAs")) {
                    plain.append(part.get("interpretAs").asText());
                    ends.putIfAbsent(plain.length(), new int[] {original.length(), markup.length()});
                }
            } else {
                throw HttpError.badRequest("Only 'text' and 'markup' are supported in 'annotation' list");
            }
        }
        ends.putIfAbsent(plain.length(), new int[] {original.length(), 0});
        return new AnnotatedText(plain.toString(), original.toString(), ends);
    }

    String plain() {
        return plain;
    }

    String original() {
        return original;
    }

    /**
     * The original span {@code [offset, end)} of plain span {@code [from, to)}, {@code to > from}.
     * Inside a text part positions map one to one; a span that starts in interpreted markup starts
     * at that markup.
     */
    int[] originalSpan(int from, int to) {
        int start = originalPosition(from, false);
        int end = originalPosition(to - 1, true) + 1;
        return new int[] {start, Math.max(start + 1, end)};
    }

    private int originalPosition(int plainPosition, boolean isTo) {
        Map.Entry<Integer, int[]> next = ends.higherEntry(plainPosition);
        if (next == null) {
            return original.length();
        }
        int distance = next.getKey() - plainPosition;
        if (!isTo && next.getValue()[1] > 0) {
            distance = next.getValue()[1];
        }
        return Math.max(0, next.getValue()[0] - distance);
    }
}
