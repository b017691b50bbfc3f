package dev.copydesk.input;

/**
 * A problem with the user's input (missing, empty, binary, undecodable, too large). Its
 * message is one line meant for the user; it never carries a stack trace to the console.
 */
public final class InputException extends Exception {
    private static final long serialVersionUID = 1L;

    public InputException(String oneLineReason) {
        super(oneLineReason, null, false, false);
    }
}
