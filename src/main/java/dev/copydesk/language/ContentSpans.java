package dev.copydesk.language;

import java.util.List;
import java.util.Set;

/**
 * Where the content of a frame starts and ends: past the person spoken to, a time or place, "that"
 * or a colon, up to the sentence end or a sibling cue.
 */
final class ContentSpans {
    private ContentSpans() {
    }

    /** After the cue: past the person spoken to, a time or place, and "that", ":" or a comma. */
    static int skipToContent(TaggedSentence s, int from, String lemma) {
        int i = from;
        if (CueLexicon.takesRecipient(lemma)) {
            int[] recipient = NounPhrases.rightPhrase(s, i);
            if (recipient != null && recipient[1] < s.size() && !s.isTag(recipient[1], "VERB", "AUX")) {
                i = recipient[1];
            } else if (recipient != null && s.isTag(from, "PRON")) {
                i = recipient[1];
            }
        }
        // "in a statement", "on Twitter", "on Sunday", "in an interview with CNN": skipped when a marker follows
        for (int look = i; look < Math.min(s.size(), i + 10); look++) {
            if (s.isWord(look, "that", ":") || s.isQuote(look) && look > i) {
                boolean adjunct = s.isTag(i, "ADP") || s.isWord(i, ",");
                for (int k = i; k < look && adjunct; k++) {
                    adjunct = s.isTag(k, "ADP", "DET", "NOUN", "PROPN", "ADJ", "NUM", "PUNCT", "PRON");
                }
                if (adjunct || look == i) {
                    i = look;
                }
                break;
            }
        }
        while (i < s.size() && (s.isWord(i, "that", ",", ":", "—", "–") && !s.isTag(i, "DET"))) {
            i++;
        }
        return i;
    }

    static final Set<String> TIME_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "today", "yesterday", "tonight", "earlier", "later", "recently", "week", "month", "year",
            "night", "morning", "afternoon", "evening", "weekend", "last", "this", "next", "ago", "again", "too", "also",
            "then", "there", "here", "repeatedly", "publicly", "privately", "once", "twice", "january", "february", "march",
            "april", "may", "june", "july", "august", "september", "october", "november", "december");

    /**
     * "Trump on Friday said", "Police last night said", "the minister earlier this week said": steps
     * back from {@code at} over a short time phrase, to where the subject ends. Unchanged when
     * there is none, or when nothing like a subject comes before it.
     */
    static int skipTimePhrase(TaggedSentence s, int at) {
        int k = at;
        int steps = 0;
        while (k > 0 && steps < 5 && (TIME_WORDS.contains(s.lower(k)) || s.isWord(k, "on", "at", "during", "late", "early")
                || s.isTag(k, "NUM") && steps > 0)) {
            k--;
            steps++;
        }
        boolean timeSeen = steps > 0 && (TIME_WORDS.contains(s.lower(at)));
        return timeSeen && k < at && NounPhrases.endsNounPhrase(s, k) && !TIME_WORDS.contains(s.lower(k)) && !s.isTag(k, "NUM") ? k : at;
    }

    /** Whether only adjuncts follow up to a comma, and the sentence goes on after it. */
    static boolean parenthetical(TaggedSentence s, int from) {
        for (int k = from; k < s.size() - 1; k++) {
            if (s.isWord(k, ",")) {
                return k > from && onlyAdjuncts(s, from, k) && hasWords(s, k + 1, s.size());
            }
        }
        return false;
    }

    /** Whether {@code [from, end)} holds only prepositional adjuncts and times: "in a statement on Thursday". */
    static boolean onlyAdjuncts(TaggedSentence s, int from, int end) {
        int i = from;
        while (i < end) {
            if (s.isTag(i, "ADP") && !s.isWord(i, "that")) {
                int[] np = NounPhrases.rightPhrase(s, i + 1);
                if (np == null) {
                    return false;
                }
                i = np[1];
            } else if (TIME_WORDS.contains(s.lower(i)) || s.isTag(i, "ADV") || s.isTag(i, "PUNCT") && !s.isQuote(i)) {
                i++;
            } else {
                return false;
            }
        }
        return true;
    }

    /** The end of content starting at {@code from}: the sentence end, or a sibling cue (", adding that"). */
    static int contentEnd(TaggedSentence s, int from) {
        int end = s.size();
        for (int i = Math.max(from, 1); i + 1 < s.size(); i++) {
            if ((s.isWord(i, ",") || s.isWord(i, "and")) && CueLexicon.lemma(s.word(i + 1).text()) != null
                    && s.isTag(i + 1, "VERB") && (CueWords.isGerund(s, i + 1) || s.isWord(i, ",") || s.isWord(i - 1, ","))) {
                end = i;
                break;
            }
        }
        while (end > from && (s.isWord(end - 1, ".", "?", "!", ",", ";", "—", "–") && !s.isQuote(end - 1))) {
            end--;
        }
        return end;
    }

    /** The first word of the sentence's own text (after a leading dash or bullet). */
    static int leadingStart(TaggedSentence s) {
        int i = 0;
        while (i < s.size() && s.isWord(i, "—", "–", "-", "•", "*")) {
            i++;
        }
        return i;
    }

    /** Where the content before a tag ends: before the comma or dash that introduces the tag. */
    static int tagStart(TaggedSentence s, int tag) {
        int end = tag;
        while (end > 0 && s.isWord(end - 1, ",", "—", "–")) {
            end--;
        }
        return end;
    }

    static void addIfWords(TaggedSentence s, List<int[]> content, int from, int to) {
        if (from < to && hasWords(s, from, to)) {
            content.add(new int[] {from, to});
        }
    }

    static boolean hasWords(TaggedSentence s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!s.isTag(i, "PUNCT") && !s.isQuote(i)) {
                return true;
            }
        }
        return false;
    }
}
