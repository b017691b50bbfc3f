package dev.copydesk.input;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Full calendar dates as copy and metadata write them: "14 March 2026", "March 14, 2026",
 * "2026-03-14" (also inside "2026-03-14T09:30:00Z"). Dates without a year, and impossible
 * dates, are not dates here. Stateless.
 */
final class DateText {
    private static final String MONTH = "(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
            + "Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?";
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH
            + ",?\\s+((?:19|20)\\d\\d)\\b");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+"
            + "((?:19|20)\\d\\d)\\b");
    private static final Pattern ISO = Pattern.compile("(?<!\\d)((?:19|20)\\d\\d)-(\\d\\d)-(\\d\\d)(?!\\d)");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(Map.entry("jan", 1), Map.entry("feb", 2),
            Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7),
            Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

    private DateText() {
    }

    /** The first full date in {@code value}, as an ISO date. */
    static Optional<String> iso(String value) {
        return first(value).map(LocalDate::toString);
    }

    record Found(LocalDate date, int end) {
    }

    /** A full date starting exactly at {@code from}. */
    static Optional<Found> at(String text, int from) {
        for (Pattern pattern : new Pattern[] {DAY_MONTH_YEAR, MONTH_DAY_YEAR, ISO}) {
            Matcher m = pattern.matcher(text);
            m.region(from, text.length());
            if (m.lookingAt()) {
                Optional<LocalDate> date = toDate(pattern, m);
                if (date.isPresent()) {
                    return Optional.of(new Found(date.get(), m.end()));
                }
            }
        }
        return Optional.empty();
    }

    /** The earliest full date anywhere in {@code text}. */
    static Optional<LocalDate> first(String text) {
        Optional<LocalDate> best = Optional.empty();
        int bestAt = Integer.MAX_VALUE;
        for (Pattern pattern : new Pattern[] {DAY_MONTH_YEAR, MONTH_DAY_YEAR, ISO}) {
            Matcher m = pattern.matcher(text);
            while (m.find() && m.start() < bestAt) {
                Optional<LocalDate> date = toDate(pattern, m);
                if (date.isPresent()) {
                    best = date;
                    bestAt = m.start();
                    break;
                }
            }
        }
        return best;
    }

    private static Optional<LocalDate> toDate(Pattern pattern, Matcher m) {
        try {
            if (pattern == ISO) {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3))));
            }
            boolean dayFirst = pattern == DAY_MONTH_YEAR;
            int month = MONTHS.get(m.group(dayFirst ? 2 : 1).substring(0, 3).toLowerCase(Locale.ROOT));
            int day = Integer.parseInt(m.group(dayFirst ? 1 : 2));
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(3)), month, day));
        } catch (DateTimeException impossible) {
            // "31 February 2026" is a typo, not a date to resolve time references against.
            return Optional.empty();
        }
    }
}
