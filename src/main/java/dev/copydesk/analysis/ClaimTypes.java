package dev.copydesk.analysis;

import dev.copydesk.text.GatedPattern;
import dev.copydesk.text.SearchText;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What kind of check-worthy claim a sentence makes: a statistic, a comparison, a cause, a prediction, a claim about a group, or an event. */
final class ClaimTypes {
    private ClaimTypes() {
    }

    static final GatedPattern STATISTIC = GatedPattern.compile("\\d|\\b(?:per cent|percent|million|billion|trillion|"
            + "half|third|quarter|dozens|hundreds|thousands)\\b|[%£$€¥]", Pattern.CASE_INSENSITIVE);

    /** Numbers that date or name rather than count: years, ages (", 21,"), days of the month, "No 10". */
    static final GatedPattern NOT_STATISTICS = GatedPattern.compile("\\b(?:1[5-9]|20)\\d\\d(?:s|/\\d\\d)?\\b|,\\s*\\d{1,3},|"
            + "\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:January|February|March|April|May|June|July|August|September|October|"
            + "November|December)\\b|\\b(?:January|February|March|April|May|June|July|August|September|October|November|"
            + "December)\\s+\\d{1,2}\\b|\\bNo\\.?\\s+\\d+\\b|\\b\\d{1,2}(?:[:.]\\d\\d)?\\s*(?:am|pm|GMT|BST)\\b");

    static final GatedPattern COMPARISON = GatedPattern.compile("\\b(?:the\\s+\\w+est|most|least|biggest|largest|highest|"
            + "lowest|worst|best|first|record|never before|more than|less than|fewer than|higher than|lower than|"
            + "compared with|compared to)\\b", Pattern.CASE_INSENSITIVE);

    static final GatedPattern CAUSAL = GatedPattern.compile("\\b(?:because|due to|caused|causes|led to|leads to|result of|"
            + "as a result|thanks to|blamed|owing to|driven by)\\b", Pattern.CASE_INSENSITIVE);

    static final GatedPattern PREDICTION = GatedPattern.compile("\\b(?:will|expected to|likely to|set to|forecast|"
            + "predicted|could|would)\\b", Pattern.CASE_INSENSITIVE);

    static final GatedPattern GROUP = GatedPattern.compile("\\b(?:many|most|some)\\s+(?:people|experts|analysts|voters|"
            + "observers|residents|critics|economists)\\b|\\bit is (?:widely )?(?:believed|thought|said)\\b",
            Pattern.CASE_INSENSITIVE);

    static final GatedPattern EVENT_VERB = GatedPattern.compile("\\b(?:\\w{3,}ed|has been|have been|had been|met|said|"
            + "agreed|won|lost|made|took|gave|held|led|sold|paid|began|began|struck|fell|rose|cut|hit|set|left|sent|"
            + "told|found|built|spent|went|came|became|signed|voted|launched|killed|died)\\b");

    static final GatedPattern QUESTION = GatedPattern.compile("\\?[\"”’'\\s]*$");

    /** The claim type, or null when the sentence asserts nothing checkable. */
    static String type(String sentence) {
        SearchText s = SearchText.of(sentence); // read by every pattern below: folded and scanned once
        if (QUESTION.find(s)) {
            return null; // a question asserts nothing to check
        }
        // Blanking years and dates can only remove numbers, so a sentence without any skips it.
        if (STATISTIC.find(s) && STATISTIC.find(NOT_STATISTICS.replaceAll(s, " "))) {
            return "statistic";
        }
        if (GROUP.find(s) || SourceNames.VAGUE.find(s)) {
            return "group-belief";
        }
        if (COMPARISON.find(s)) {
            return "comparison";
        }
        if (CAUSAL.find(s)) {
            return "causal";
        }
        if (PREDICTION.find(s)) {
            return "prediction";
        }
        Matcher names = SourceNames.INNER_NAME.matcher(sentence);
        boolean actor = false;
        while (names.find()) {
            if (SourceNames.isName(names.group())) {
                actor = true;
                break;
            }
        }
        return actor && EVENT_VERB.find(s) ? "event" : null;
    }
}
