package dev.copydesk.input;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The date and byline that copy carries in its first lines when no metadata does: a dateline
 * ("KYIV, 14 March 2026 –", "LONDON, March 14, 2026 (Reuters) —"), a date line ("Published
 * 14 March 2026", "2026-03-14") or a byline ("By Ana Ruiz"). Only the first few blocks after the
 * headline are read, because a date further down is something the story reports, not when it
 * was written. A dateline without a year ("LONDON, March 14 –") gives no date: guessing the
 * year would resolve every relative time reference wrongly when the guess is wrong.
 */
final class TopOfStory {
    /** How many blocks after the headline may still be the story's furniture. */
    private static final int BLOCKS_READ = 3;
    /** A block this short with no closing full stop is a line of furniture, not a sentence. */
    private static final int MAX_LINE_LENGTH = 100;

    /** A place in capitals and a comma: "KYIV, ". */
    private static final Pattern DATELINE_PLACE = Pattern.compile("^\\p{Lu}[\\p{Lu} .'’-]{1,40},\\s*");
    /** The region or country that may follow the place: "Maine, ". */
    private static final Pattern DATELINE_REGION = Pattern.compile("\\p{Lu}[\\p{L} .]{1,30},\\s*");
    /** What ends a dateline: a dash or colon, after an optional agency in brackets. */
    private static final Pattern DATELINE_END = Pattern.compile("^\\s*(?:\\([^()]{1,30}\\)\\s*)?[-–—:]");
    /** Lines that announce a date, and may end with a full stop: "Published 14 March 2026." */
    private static final Pattern LINE_LEAD = Pattern.compile("^(?:Published|Updated|Posted|Dated|First published)\\b",
            Pattern.CASE_INSENSITIVE);
    // "By Tuesday, 40 people had died" and "By March" are sentences, not bylines.
    private static final Pattern BYLINE = Pattern.compile("^By\\s+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|"
            + "Sunday|January|February|March|April|May|June|July|August|September|October|November|December|The|Then|"
            + "Now|Last|Next|Early|Late|Mid|Midnight|Noon|Christmas|Easter)\\b)(\\p{Lu}[\\p{L}.'’-]*(?:\\s+(?:van|von|de|del|da|al|bin)?"
            + "\\s*\\p{Lu}[\\p{L}.'’-]*){0,3}(?:\\s+and\\s+\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,3})?)"
            // The name ends the line or a separator follows it: "By Friday the talks had failed" is a sentence.
            + "\\s*(?:$|[,|·•–—-]|\\d)");

    private TopOfStory() {
    }

    /** The publication date (ISO) a dateline or date line at the top of the story gives, if any. */
    static Optional<String> date(List<Block> blocks) {
        for (String text : topLines(blocks)) {
            Optional<LocalDate> date = Optional.empty();
            Matcher place = DATELINE_PLACE.matcher(text);
            if (place.find()) {
                date = datelineDate(text, place.end());
                Matcher region = DATELINE_REGION.matcher(text).region(place.end(), text.length());
                if (date.isEmpty() && region.lookingAt()) {
                    date = datelineDate(text, region.end());
                }
            }
            if (date.isEmpty() && isFurniture(text)) {
                date = DateText.first(text);
            }
            if (date.isPresent()) {
                return Optional.of(date.get().toString());
            }
        }
        return Optional.empty();
    }

    /** A full date at {@code from} that a dash or colon closes, as a dateline's does. */
    private static Optional<LocalDate> datelineDate(String text, int from) {
        return DateText.at(text, from).filter(d -> DATELINE_END.matcher(text.substring(d.end())).find())
                .map(DateText.Found::date);
    }

    /** The byline ("By Ana Ruiz and Tom Holt") on a line of its own at the top of the story, if any. */
    static Optional<String> byline(List<Block> blocks) {
        for (String text : topLines(blocks)) {
            Matcher m = BYLINE.matcher(text);
            if (isFurniture(text) && m.find()) {
                return Optional.of(m.group(1).strip());
            }
        }
        return Optional.empty();
    }

    private static List<String> topLines(List<Block> blocks) {
        return blocks.stream().filter(b -> b.scope() != Scope.HEADLINE).limit(BLOCKS_READ)
                .map(b -> b.text().text().strip()).toList();
    }

    /**
     * A short line that is not a sentence of the story: "By Ana Ruiz, 14 March 2026",
     * "Published: 2026-03-14". A short line ending in a full stop is a sentence, unless it
     * announces a date.
     */
    private static boolean isFurniture(String text) {
        return text.length() <= MAX_LINE_LENGTH && (LINE_LEAD.matcher(text).find() || !text.endsWith("."));
    }
}
