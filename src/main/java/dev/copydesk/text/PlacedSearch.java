package dev.copydesk.text;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;

/**
 * Every match of an RE2J pattern in a text, the same as RE2J's own {@code find} loop gives, with
 * less of the text passed through its NFA. With {@link LeadingLiterals}, each search starts at a
 * place where a match can begin, and after a match at the next such place. With
 * {@link Barriers} as well, each search runs on the text cut at the next barrier, which no match
 * spans, and one that finds nothing goes on from the next place after the cut. Each search starts
 * at or after where RE2J's own loop would start it and stops no later, so this never does more
 * work than that loop (RE2J's linear bound holds). Immutable and thread-safe.
 */
public final class PlacedSearch {
    /** Receives each match as its offsets. */
    @FunctionalInterface
    public interface Found {
        void match(int start, int end);
    }

    private final Pattern pattern;
    private final LeadingLiterals starts;
    private final Barriers barriers;

    /**
     * @param caseInsensitive whether the pattern was compiled to fold case
     */
    public PlacedSearch(Pattern pattern, boolean caseInsensitive) {
        this(pattern, LeadingLiterals.of(pattern.pattern(), caseInsensitive));
    }

    private PlacedSearch(Pattern pattern, LeadingLiterals starts) {
        this(pattern, starts, starts == null ? null : Barriers.of(pattern.pattern()));
    }

    /** With the places and barriers read from the pattern already ({@link RegexReading#search}). */
    PlacedSearch(Pattern pattern, LeadingLiterals starts, Barriers barriers) {
        this.pattern = pattern;
        this.starts = starts;
        this.barriers = starts == null ? null : barriers;
    }

    /** Where the pattern's matches can begin, or null when that is anywhere. */
    public LeadingLiterals starts() {
        return starts;
    }

    public void forEach(String text, Found found) {
        forEach(SearchText.of(text), found);
    }

    /** {@link #forEach(String, Found)} on a text its gate has read too. */
    public void forEach(SearchText shared, Found found) {
        String text = shared.text();
        if (starts == null) {
            Matcher m = pattern.matcher(text);
            while (m.find()) {
                found.match(m.start(), m.end());
            }
            return;
        }
        // Every match begins with one of the literals, so none is empty, and each search goes on
        // from the last match's end, as RE2J's own loop would, or from the next literal after it.
        LeadingLiterals.Scan places = starts.scan(shared);
        int from = places.next(0);
        if (barriers == null) {
            Matcher m = from < 0 ? null : pattern.matcher(text);
            for (; from >= 0 && m.find(from); from = places.next(m.end())) {
                found.match(m.start(), m.end());
            }
            return;
        }
        int cut = -1;
        while (from >= 0) {
            if (from > cut) {
                cut = barriers.next(text, from);
            }
            Matcher m = pattern.matcher(cut == text.length() ? text : new CutText(text, cut));
            if (m.find(from)) {
                found.match(m.start(), m.end());
                from = places.next(m.end());
            } else {
                from = places.next(cut + 1);
            }
        }
    }
}
