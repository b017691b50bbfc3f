package dev.copydesk.input;

import com.fasterxml.jackson.core.JsonProcessingException;

/** Jackson's parse errors as a one-line reason a user can read. Stateless. */
public final class JsonMessages {
    private JsonMessages() {
    }

    /** The message without the parser's location notes ("[Source: REDACTED ...]"), on one line. */
    public static String readable(JsonProcessingException e) {
        String message = e.getOriginalMessage() == null ? "" : e.getOriginalMessage().lines().findFirst().orElse("");
        return message.replaceAll("\\s*\\(?[^()\\[]*\\[Source:.*$", "").strip();
    }
}
