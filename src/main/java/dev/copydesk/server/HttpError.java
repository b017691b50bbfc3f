package dev.copydesk.server;

/**
 * A request that gets an error status: a bad request (400), no token (401), a body too large
 * (413), a full queue (429), an audit over the time limit (503). The message is one line for the
 * client, never article text. {@code retryAfterSeconds} is sent as {@code Retry-After} when
 * positive.
 */
final class HttpError extends Exception {
    private static final long serialVersionUID = 1L;
    private final int status;
    private final int retryAfterSeconds;

    HttpError(int status, String message) {
        this(status, message, 0);
    }

    HttpError(int status, String message, int retryAfterSeconds) {
        super(message, null, false, false);
        this.status = status;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    static HttpError badRequest(String message) {
        return new HttpError(400, message);
    }

    int status() {
        return status;
    }

    int retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
