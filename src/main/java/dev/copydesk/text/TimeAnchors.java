package dev.copydesk.text;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves English relative time references against an article's date: "last December" in an
 * article of 14 March 2026 is December 2025; "over the past four months" is mid-November 2025 to
 * 14 March 2026. Returns a reader-facing description. Stateless.
 */
public final class TimeAnchors {
    private static final Pattern DAY = Pattern.compile("(?i)\\b(yesterday|today|tomorrow)\\b");
    private static final Pattern UNIT = Pattern.compile("(?i)\\b(last|this|next|past|coming)\\s+(week|month|year|weekend)\\b");
    private static final Pattern MONTH = Pattern.compile("(?i)\\b(last|this|next|past|coming)\\s+(january|february|march|"
            + "april|may|june|july|august|september|october|november|december)\\b");
    private static final Pattern WEEKDAY = Pattern.compile("(?i)\\b(last|this|next|past|coming)\\s+(monday|tuesday|"
            + "wednesday|thursday|friday|saturday|sunday)\\b");
    private static final Pattern SPAN = Pattern.compile("(?i)\\b(?:over|in|during)\\s+the\\s+(past|last|next|coming)\\s+"
            + "(\\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|few|several)\\s+(day|week|month|year)s\\b");
    private static final Pattern RECENT = Pattern.compile("(?i)\\b(?:in\\s+recent|in\\s+the\\s+coming)\\s+(day|week|month|year)s\\b");
    private static final String[] NUMBERS = {"zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
        "ten", "eleven", "twelve"};

    private TimeAnchors() {
    }

    /** What {@code phrase} means for an article dated {@code date}, or empty if it is not a relative reference. */
    public static Optional<String> resolve(String phrase, LocalDate date) {
        Matcher m = DAY.matcher(phrase);
        if (m.find()) {
            int shift = switch (m.group(1).toLowerCase(Locale.ROOT)) {
                case "yesterday" -> -1;
                case "tomorrow" -> 1;
                default -> 0;
            };
            return Optional.of(date.plusDays(shift).toString());
        }
        m = MONTH.matcher(phrase);
        if (m.find()) {
            Month month = Month.valueOf(m.group(2).toUpperCase(Locale.ROOT));
            String which = m.group(1).toLowerCase(Locale.ROOT);
            int year = date.getYear();
            if ((which.equals("last") || which.equals("past")) && month.getValue() >= date.getMonthValue()) {
                year--;
            } else if ((which.equals("next") || which.equals("coming")) && month.getValue() <= date.getMonthValue()) {
                year++;
            }
            return Optional.of(month.getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " " + year);
        }
        m = WEEKDAY.matcher(phrase);
        if (m.find()) {
            DayOfWeek day = DayOfWeek.valueOf(m.group(2).toUpperCase(Locale.ROOT));
            String which = m.group(1).toLowerCase(Locale.ROOT);
            LocalDate resolved = which.equals("last") || which.equals("past")
                    ? date.with(TemporalAdjusters.previous(day)) : which.equals("this")
                    ? date.with(TemporalAdjusters.nextOrSame(day)) : date.with(TemporalAdjusters.next(day));
            return Optional.of(resolved.toString());
        }
        m = UNIT.matcher(phrase);
        if (m.find()) {
            String which = m.group(1).toLowerCase(Locale.ROOT);
            int shift = which.equals("last") || which.equals("past") ? -1 : which.equals("this") ? 0 : 1;
            return Optional.of(switch (m.group(2).toLowerCase(Locale.ROOT)) {
                case "year" -> Integer.toString(date.getYear() + shift);
                case "month" -> date.plusMonths(shift).toString().substring(0, 7);
                default -> "the week of " + date.plusWeeks(shift).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            });
        }
        m = SPAN.matcher(phrase);
        if (m.find()) {
            String count = m.group(2).toLowerCase(Locale.ROOT);
            boolean vague = count.equals("few") || count.equals("several");
            int n = vague ? 3 : count.matches("\\d+") ? Integer.parseInt(count) : java.util.Arrays.asList(NUMBERS).indexOf(count);
            LocalDate other = shift(date, m.group(3), m.group(1).matches("(?i)past|last") ? -n : n);
            String range = other.isBefore(date) ? other + " to " + date : date + " to " + other;
            return Optional.of((vague ? "roughly " : "") + range);
        }
        m = RECENT.matcher(phrase);
        if (m.find()) {
            boolean future = phrase.toLowerCase(Locale.ROOT).contains("coming");
            return Optional.of((future ? "some time after " : "some time before ") + date);
        }
        return Optional.empty();
    }

    private static LocalDate shift(LocalDate date, String unit, int n) {
        return switch (unit.toLowerCase(Locale.ROOT)) {
            case "day" -> date.plusDays(n);
            case "week" -> date.plusWeeks(n);
            case "month" -> date.plusMonths(n);
            default -> date.plusYears(n);
        };
    }
}
