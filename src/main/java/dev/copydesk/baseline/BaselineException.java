package dev.copydesk.baseline;

/** A baseline file that cannot be used; the message is one line, {@code file[:line]: problem}. */
public final class BaselineException extends Exception {
    private static final long serialVersionUID = 1L;

    public BaselineException(String message) {
        super(message, null, false, false);
    }
}
