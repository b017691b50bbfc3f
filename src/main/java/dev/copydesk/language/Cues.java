package dev.copydesk.language;

import java.util.ArrayList;
import java.util.List;

/**
 * The cue words of attribution frames and what each needs: reporting verbs with their source and
 * content, passives with an agent, "according to", "in X's view", a speaker's colon, reporting
 * nouns with an owner. Each returns a candidate, or null.
 */
final class Cues {
    private Cues() {
    }

    /**
     * "In the words of one cabinet minister, ...", "In Holt's view, ...", "In a poll released on
     * Monday, ...": a prepositional cue with its source inside it, at the start of the sentence.
     */
    static Candidate inTheWordsOf(TaggedSentence s, int i) {
        if (i != ContentSpans.leadingStart(s)) {
            return null;
        }
        int cueTo;
        int[] source;
        if (s.isWord(i + 1, "the") && s.isWord(i + 2, "words") && s.isWord(i + 3, "of")) {
            source = NounPhrases.rightPhrase(s, i + 4);
            cueTo = i + 4;
        } else {
            source = NounPhrases.rightPhrase(s, i + 1);
            if (source == null) {
                return null;
            }
            int end = source[1];
            boolean view = end > 0 && s.isWord(end - 1, "view", "opinion", "estimation", "judgment", "judgement");
            boolean possessor = false;
            for (int k = source[0]; k < end; k++) {
                possessor |= s.isWord(k, "'s", "'");
            }
            if (view && possessor) {
                int mark = source[0];
                while (mark < end && !s.isWord(mark, "'s", "'")) {
                    mark++;
                }
                source = new int[] {source[0], mark};
                cueTo = source[1];
            } else if (SourceClassifier.classify(s, source[0], source[1]) == SourceKind.DOCUMENT
                    && !s.isWord(source[1] - 1, "statement", "interview", "speech")) {
                cueTo = i + 1;
            } else {
                return null;
            }
        }
        if (source == null) {
            return null;
        }
        int comma = Math.max(source[1], cueTo);
        while (comma < s.size() && !s.isWord(comma, ",")) {
            comma++;
            if (comma - source[1] > 8) {
                return null;
            }
        }
        List<int[]> content = new ArrayList<>();
        ContentSpans.addIfWords(s, content, comma + 1, ContentSpans.contentEnd(s, comma + 1));
        if (content.isEmpty()) {
            return null;
        }
        // One contiguous cue: "In the words of", or "In" for "In Holt's view" and "In a poll released Monday".
        int cueEnd = s.isWord(i + 1, "the") && s.isWord(i + 2, "words") ? i + 4 : i + 1;
        return new Candidate(i, cueEnd, source[0], source[1], false, content, false, false);
    }

    /**
     * "Holt's claim that the plant is safe", "her support for the bill", "their calls for a
     * recount": a reporting noun, its owner as the source, and what follows the linking word as
     * the content. Without an owner ("the claim that") there is no frame.
     */
    static Candidate nounCue(TaggedSentence s, int i) {
        int link = i + 1;
        if (link >= s.size() || !CueWords.NOUN_CUE_LINKS.contains(s.lower(link)) && !s.isQuote(link) && !s.isWord(link, ":")) {
            return null;
        }
        int[] source;
        int at = i - 1;
        while (at > 0 && s.isTag(at, "ADJ", "ADV") && i - at < 4) {
            at--; // "his repeated calls for", "her longtime support for"
        }
        if (at >= 0 && CueWords.POSSESSIVES.contains(s.lower(at))) {
            source = new int[] {at, at + 1};
        } else if (at > 0 && s.isWord(at, "'s", "’s", "'") && s.isTag(at - 1, "PROPN")) {
            int start = at - 1;
            while (start > 0 && s.isTag(start - 1, "PROPN") && at - start < 4) {
                start--; // "Maren Holt's claim": the name, not a verb the tagger joined to it
            }
            source = new int[] {start, at};
        } else if (at > 0 && s.isWord(at, "'s", "’s", "'") && NounPhrases.endsNounPhrase(s, at - 1)) {
            source = new int[] {NounPhrases.leftPhraseStart(s, at - 1), at};
        } else {
            return null;
        }
        int from = s.isQuote(link) ? link : link + 1;
        if (s.isWord(link, "to") && !(from < s.size() && s.isTag(from, "VERB", "AUX"))) {
            return null; // "her plan to Congress": not "her plan to cut taxes"
        }
        int end = ContentSpans.contentEnd(s, from);
        if (from >= end || !ContentSpans.hasWords(s, from, end)) {
            return null;
        }
        List<int[]> content = new ArrayList<>();
        content.add(new int[] {from, end});
        return new Candidate(i, s.isQuote(link) ? i + 1 : link + 1, source[0], source[1], false, content, false, true);
    }

    /** "Holt: 'We will reopen in May.'" and "TAPPER: Do you think ...": a name and a colon opening the sentence. */
    static Candidate colonTag(TaggedSentence s, int i) {
        int start = ContentSpans.leadingStart(s);
        if (i == start || i - start > 6) {
            return null;
        }
        for (int k = start; k < i; k++) {
            if (!s.isTag(k, "PROPN", "NOUN", "DET", "ADJ", "PUNCT") || s.isWord(k, ",")) {
                return null;
            }
        }
        if (!NounPhrases.endsNounPhrase(s, i - 1) || !s.isTag(i - 1, "PROPN")) {
            return null; // "The result: ..." introduces, it does not attribute
        }
        List<int[]> content = new ArrayList<>();
        ContentSpans.addIfWords(s, content, i + 1, ContentSpans.contentEnd(s, i + 1));
        if (content.isEmpty()) {
            return null;
        }
        return new Candidate(i, i + 1, start, i, false, content, false, false);
    }

    static Candidate according(TaggedSentence s, int i) {
        int[] source = NounPhrases.rightPhrase(s, i + 2);
        if (source == null) {
            return null;
        }
        List<int[]> content = new ArrayList<>();
        int end = ContentSpans.contentEnd(s, 0);
        if (i > 0 && s.isWord(i - 1, ",", "—", "–", "(")) {
            ContentSpans.addIfWords(s, content, ContentSpans.leadingStart(s), i - 1);
        } else if (i > 0) {
            ContentSpans.addIfWords(s, content, ContentSpans.leadingStart(s), i);
        }
        if (content.isEmpty()) {
            int from = source[1];
            while (from < s.size() && s.isWord(from, ",", ":", "—", "–")) {
                from++;
            }
            ContentSpans.addIfWords(s, content, from, end);
        }
        if (content.isEmpty()) {
            return null;
        }
        return new Candidate(i, i + 2, source[0], source[1], false, content, i > 0, false);
    }

    static Candidate passiveCue(TaggedSentence s, int cueFrom, int cueTo, String lemma, boolean weak) {
        int from = cueTo;
        int[] agent = null;
        if (s.isWord(from, "by")) {
            agent = NounPhrases.rightPhrase(s, from + 1);
            if (agent != null) {
                from = agent[1];
            }
        }
        if (CueLexicon.kind(lemma) == CueLexicon.Kind.STANCE || lemma.equals("tell") || lemma.equals("ask")) {
            return null; // "was criticized", "was told": the subject is the target, not the source
        }
        int start = ContentSpans.skipToContent(s, from, lemma);
        int end = ContentSpans.contentEnd(s, start);
        if (start >= end || !ContentSpans.hasWords(s, start, end) || weak && !CueWords.markedContent(s, cueTo, start) && agent == null) {
            return null;
        }
        List<int[]> content = new ArrayList<>();
        content.add(new int[] {start, end});
        return new Candidate(cueFrom, cueTo, agent == null ? -1 : agent[0], agent == null ? -1 : agent[1], false, content,
                false, weak);
    }
}
