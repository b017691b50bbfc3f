package dev.copydesk.text;

import java.util.Locale;

/**
 * Numbers with one decimal, as reports and messages write them: exactly what
 * {@code String.format(Locale.ROOT, "%.1f", value)} writes. They are formatted in {@link Locale#US},
 * whose digits, point and minus sign are the root locale's, because {@link java.util.Formatter}
 * looks those up for any other locale, building its decimal symbols anew at every call: that was
 * a third of the time an HTML report spent on its readability table.
 */
public final class Decimals {
    private Decimals() {
    }

    /** "82" for a whole number, else as {@link #oneDecimal}: "82.5". */
    public static String compact(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : oneDecimal(value);
    }

    /** "12.3", "-0.5", "NaN": rounded half up, as {@code %.1f} rounds. */
    public static String oneDecimal(double value) {
        return String.format(Locale.US, "%.1f", value);
    }
}
