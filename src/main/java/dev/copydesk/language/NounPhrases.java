package dev.copydesk.language;

import java.util.Set;

/**
 * Where noun phrases start and end in a tagged sentence: a source before a cue ("the council's
 * chief engineer, Maren Holt"), after it ("said Holt"), an appositive, a relative clause, a
 * sentence's subject.
 */
final class NounPhrases {
    private NounPhrases() {
    }

    static final Set<String> NOUNISH = Set.copyOf(java.util.List.of("NOUN", "PROPN", "NUM"));

    static final int MAX_NP_WORDS = 12;

    /** For a phrase starting at {@code start} inside "X who spoke with Y": the last word of X, or -1. */
    static int relativeClauseHead(TaggedSentence s, int start) {
        for (int k = start - 1; k > 0 && start - k <= 8; k--) {
            if (s.isWord(k, "who", "that") && endsNounPhrase(s, k - 1) && !s.isTag(k - 1, "PRON")) {
                for (int v = k + 1; v < start; v++) {
                    if (s.isTag(v, "VERB", "AUX")) {
                        return k - 1;
                    }
                }
                return -1;
            }
            if (s.isTag(k, "VERB") && (s.lower(k).endsWith("ed") || s.lower(k).endsWith("en") || s.lower(k).endsWith("ing"))
                    && endsNounPhrase(s, k - 1)
                    && !s.isTag(k - 1, "PRON")) {
                return k - 1; // "a news report published Wednesday said"
            }
            if (s.isWord(k, ",", ".", ";", ":") || s.isQuote(k)) {
                return -1;
            }
        }
        return -1;
    }

    /** Whether a verb comes before {@code at} in the sentence: "X and said" then joins a predicate, not two subjects. */
    static boolean predicateBefore(TaggedSentence s, int at) {
        for (int k = ContentSpans.leadingStart(s); k < at; k++) {
            if (s.isTag(k, "VERB", "AUX")) {
                return true;
            }
        }
        return false;
    }

    /** The subject of the sentence's first verb before {@code limit}: the noun phrase right before it. */
    static int[] sentenceSubject(TaggedSentence s, int limit) {
        for (int i = ContentSpans.leadingStart(s) + 1; i < limit; i++) {
            if (s.isTag(i, "VERB", "AUX")) {
                int end = i - 1;
                while (end >= 0 && s.isTag(end, "ADV")) {
                    end--;
                }
                if (endsNounPhrase(s, end)) {
                    return new int[] {leftPhraseStart(s, end), end + 1};
                }
                return null;
            }
        }
        return null;
    }

    static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she", "they", "it", "i", "we", "you", "who",
            "which", "one", "someone", "somebody", "some", "many", "others", "most", "all", "both", "everyone",
            "everybody", "nobody", "none", "few", "several", "this", "these", "those", "each", "either", "neither",
            "anyone", "another");

    /** Words of quantity that head a subject: "Nearly half said", "21 percent said", "a majority say". */
    static final Set<String> QUANTITIES = Set.of("half", "percent", "%", "majority", "minority", "third",
            "thirds", "quarter", "plurality", "number", "share", "fraction", "dozen", "dozens", "handful", "rest");

    static boolean endsNounPhrase(TaggedSentence s, int i) {
        if (i < 0) {
            return false;
        }
        if (s.isTag(i, "PRON")) {
            return SUBJECT_PRONOUNS.contains(s.lower(i));
        }
        if (QUANTITIES.contains(s.lower(i))) {
            return true;
        }
        if (s.isWord(i, "'s", "'")) {
            return false;
        }
        return s.isTag(i, "NOUN", "PROPN", "NUM") || s.isTag(i, "ADJ") && determinedWithin(s, i, 3)
                || s.isTag(i, "DET") && s.isWord(i, "some", "many", "others", "most", "all", "both", "few", "several");
    }

    /** "the former HP executive": an adjective the tagger gave a noun's place, with a determiner just before. */
    static boolean determinedWithin(TaggedSentence s, int i, int words) {
        for (int k = i - 1; k >= 0 && i - k <= words; k--) {
            if (s.isTag(k, "DET")) {
                return true;
            }
            if (!s.isTag(k, "ADJ", "PROPN", "NOUN")) {
                return false;
            }
        }
        return false;
    }

    /** Where the noun phrase ending at word {@code end} starts: determiners, adjectives, names, "of" chains. */
    static int leftPhraseStart(TaggedSentence s, int end) {
        if (s.isTag(end, "PRON")) {
            return end;
        }
        int a = end;
        while (a > 0 && end - a < MAX_NP_WORDS) {
            int p = a - 1;
            if (s.isTag(p, "NOUN", "PROPN", "ADJ", "NUM") || s.isWord(p, "'s", "'", "-", "&")) {
                a = p;
            } else if (s.isTag(p, "DET") || s.isWord(p, "his", "her", "their", "its", "our", "my")) {
                a = p;
                if (!(p > 1 && s.isWord(p - 1, "of", "for", "at", "from") && s.isTag(p - 2, "NOUN", "PROPN"))) {
                    break;
                }
            } else if (s.isWord(p, "in", "of", "out") && p > 0 && s.isTag(a, "NUM") && (s.isTag(p - 1, "NUM")
                    || s.isWord(p - 1, "out"))) {
                a = p; // "4 in 10", "four out of 10"
            } else if (s.isWord(p, "than") && p > 0 && s.isWord(p - 1, "more", "fewer", "less")) {
                a = p - 1; // "more than half"
                break;
            } else if (s.isWord(p, "of", "for", "at", "from", "and") && p > 0 && s.isTag(p - 1, "NOUN", "PROPN")
                    && (!s.isWord(p, "and") || s.isTag(a, "PROPN") && s.isTag(p - 1, "PROPN"))) {
                a = p;
            } else {
                break;
            }
        }
        return a;
    }

    /** The noun phrase starting at word {@code from}, with an appositive after a comma; null if none starts there. */
    static int[] rightPhrase(TaggedSentence s, int from) {
        return rightPhrase(s, from, true);
    }

    static int[] rightPhrase(TaggedSentence s, int from, boolean withAppositive) {
        if (from >= s.size()) {
            return null;
        }
        boolean possessive = s.isWord(from, "his", "her", "their", "its", "our", "my", "your")
                && s.isTag(from + 1, "NOUN", "ADJ", "PROPN");
        if (s.isTag(from, "PRON") && !possessive && !s.isWord(from, "that", "it", "this", "what", "which")) {
            return new int[] {from, from + 1};
        }
        int i = from;
        if (s.isTag(i, "DET") || s.isWord(i, "his", "her", "their", "its", "our")) {
            i++;
        }
        int nouns = 0;
        while (i < s.size() && i - from < MAX_NP_WORDS && (s.isTag(i, "NOUN", "PROPN", "ADJ", "NUM")
                || s.isWord(i, "'s", "'", "-", "&") || s.isWord(i, "of", "for", "at", "and", "the", "from", "in", "with")
                && nouns > 0
                && i + 1 < s.size() && s.isTag(i + 1, "NOUN", "PROPN", "DET", "ADJ"))) {
            if (s.isTag(i, "NOUN", "PROPN", "NUM")) {
                nouns++;
            }
            i++;
        }
        if (nouns == 0) {
            return null;
        }
        // ", a spokesman for the group," : an appositive belongs to the source
        if (withAppositive && i + 1 < s.size() && s.isWord(i, ",") && s.isTag(i + 1, "DET") && !s.isWord(i + 1, "that", "this")) {
            int[] appositive = rightPhrase(s, i + 1, false);
            if (appositive != null) {
                i = appositive[1];
            }
        }
        return new int[] {from, i};
    }

    /** "Sterling Pratt, wine director at Schumer's, told": the start of a name and its appositive before the comma. */
    static int appositiveStart(TaggedSentence s, int comma) {
        boolean relative = false;
        for (int c = comma - 1; c > 0 && comma - c <= 2 * MAX_NP_WORDS; c--) {
            // "Dr Smith, who was not involved in the study, said": a relative clause may hold verbs
            relative |= s.isWord(c, "who", "which") && s.isWord(c - 1, ",");
            if (!relative && (s.isTag(c, "AUX") || s.isTag(c, "VERB") && CueLexicon.lemma(s.word(c).text()) != null)) {
                boolean whoAhead = false;
                for (int k = c - 1; k > 0 && c - k <= MAX_NP_WORDS && !whoAhead; k--) {
                    whoAhead = s.isWord(k, "who", "which") && s.isWord(k - 1, ",");
                }
                if (!whoAhead) {
                    return -1;
                }
                relative = true;
            }
            if (s.isWord(c, ",") && endsNounPhrase(s, c - 1)) {
                return leftPhraseStart(s, c - 1);
            }
        }
        return -1;
    }
}
