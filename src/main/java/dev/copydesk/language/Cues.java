package dev.copydesk.language;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

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

    static Candidate verbCue(TaggedSentence s, int i) {
        String lemma = CueLexicon.lemma(s.word(i).text());
        if (lemma == null || !CueWords.verbish(s, i)) {
            return null;
        }
        int cueFrom = i;
        boolean passive = false;
        while (cueFrom > 0 && (s.isTag(cueFrom - 1, "AUX") || s.isWord(cueFrom - 1, "not", "n't", "also", "repeatedly",
                "later", "previously", "earlier", "again", "recently", "often", "frequently", "publicly", "privately",
                "never", "once", "reportedly", "allegedly", "further", "then", "now", "already", "still", "even", "just"))
                && i - cueFrom < 4) {
            passive |= CueWords.BE.contains(s.lower(cueFrom - 1)) && CueWords.pastParticiple(s.lower(i), lemma);
            cueFrom--;
        }
        int cueTo = i + 1;
        Set<String> particles = CueWords.PARTICLES.get(lemma);
        if (particles != null && cueTo < s.size() && particles.contains(s.lower(cueTo))) {
            cueTo++;
        } else if (CueWords.topicPreposition(s, lemma, cueTo)) {
            cueTo++; // "spoke about the deficit": the preposition belongs to the cue, its object is the content
        }
        boolean weak = CueWords.WEAK.contains(lemma);
        if (cueFrom == i && i > 0 && s.isTag(i - 1, "ADJ", "DET")) {
            return null; // "this urgent report", "the call": a noun the tagger read as a verb
        }
        boolean reportKind = CueLexicon.kind(lemma) != CueLexicon.Kind.INTENTION && CueLexicon.kind(lemma) != CueLexicon.Kind.STANCE;
        if (CueWords.isGerund(s, i) && cueFrom == i && i > 0 && NounPhrases.endsNounPhrase(s, i - 1) && !reportKind) {
            return null; // "leaders aiming to ...": a participle describing its noun
        }
        if (i > 0 && s.isWord(i - 1, ",") && cueFrom == i && !CueWords.isGerund(s, i) && ContentSpans.parenthetical(s, cueTo)) {
            return null; // "A ferry, announced last August, carries 400": a participle describing, not a report
        }
        if (passive) {
            return passiveCue(s, cueFrom, cueTo, lemma, weak);
        }
        // The source: a subject before the cue, a relative pronoun, an appositive, or after it.
        int[] source = null;
        boolean sharesSource = false;
        int before = ContentSpans.skipTimePhrase(s, cueFrom - 1);
        if (before > 0 && s.isWord(before, ")")) {
            // "Sen. Chuck Grassley (R-Iowa) told": the parenthesis belongs to the name before it
            int open = before;
            while (open > 0 && !s.isWord(open, "(") && before - open < 24) {
                open--;
            }
            if (s.isWord(open, "(") && open > 0 && NounPhrases.endsNounPhrase(s, open - 1)) {
                before = open - 1;
            }
        }
        if (before >= 0 && CueWords.RELATIVE.contains(s.lower(before)) && s.isTag(before, "PRON", "DET", "SCONJ")
                && before > 0 && (s.isWord(before - 1, ",") || s.isTag(before - 1, "NOUN", "PROPN"))) {
            source = new int[] {before, before + 1};
        } else if (before >= 0 && NounPhrases.endsNounPhrase(s, before) && !ContentSpans.TIME_WORDS.contains(s.lower(before))
                && !(s.isWord(before, "time", "times", "day", "days") && !s.isTag(before, "PROPN"))) {
            // "that time said" is no source; "The Times said" and "Day said" (a surname) are
            source = new int[] {NounPhrases.leftPhraseStart(s, before), before + 1};
            int relative = NounPhrases.relativeClauseHead(s, source[0]);
            if (relative < 0 && source[0] > 2 && s.isTag(source[0] - 1, "ADP") && s.isTag(source[0] - 2, "ADJ")
                    && NounPhrases.endsNounPhrase(s, source[0] - 3)) {
                relative = source[0] - 3; // "sources familiar with the deal said", "people close to him say"
            }
            if (relative >= 0) {
                source = new int[] {NounPhrases.leftPhraseStart(s, relative), relative + 1}; // "officials who spoke with X said"
            }
        } else if (before >= 0 && s.isWord(before, ",") && CueWords.isGerund(s, i)) {
            sharesSource = true; // ", adding that ..."
        } else if (before >= 0 && s.isWord(before, "and", "but", "then", "or") && NounPhrases.predicateBefore(s, before)) {
            sharesSource = true; // "said X and added Y", "was quick to embrace him and said"
        } else if (before >= 0 && s.isWord(before, ",")) {
            int start = NounPhrases.appositiveStart(s, before);
            if (start >= 0) {
                source = new int[] {start, before};
            }
        }
        boolean inverted = false;
        boolean speech = CueLexicon.kind(lemma) == CueLexicon.Kind.SPEECH;
        if (source == null && !sharesSource && speech && (before < 0 || s.isWord(before, ",") || s.isQuote(before)
                || s.isWord(before, "—", "–", ":"))) {
            source = NounPhrases.rightPhrase(s, cueTo);
            // "..., said Trump." or "..., said Trump, adding": not "..., said the days are gone"
            if (source != null && source[1] < s.size() && (s.isTag(source[1], "VERB", "AUX")
                    || s.isWord(source[1], "that", "when", "if", "to"))) {
                source = null;
            }
            inverted = source != null;
        }
        if (source == null && !sharesSource) {
            return null;
        }
        if (sharesSource && !CueWords.isGerund(s, i) && !s.isWord(before, "and", "but", "then", "or")) {
            return null;
        }
        List<int[]> content = new ArrayList<>();
        boolean closing = false;
        if (inverted) {
            // "'We will win,' said Trump." and "'A,' said Trump, 'B.'"
            ContentSpans.addIfWords(s, content, ContentSpans.leadingStart(s), ContentSpans.tagStart(s, cueFrom));
            if (source[1] < s.size() && s.isWord(source[1], ",")) {
                ContentSpans.addIfWords(s, content, source[1] + 1, ContentSpans.contentEnd(s, source[1] + 1));
            }
            closing = true;
        } else {
            int from = ContentSpans.skipToContent(s, cueTo, lemma);
            int end = ContentSpans.contentEnd(s, from);
            if (from < s.size() && CueWords.isGerund(s, from) && CueLexicon.lemma(s.word(from).text()) != null) {
                from = end; // "..., Spicer said, adding ...": the content is before the tag; the participle is a frame of its own
            }
            if (ContentSpans.onlyAdjuncts(s, from, end)) {
                from = end; // "said in a statement.", "said on Thursday.": the content is before the tag
            }
            if (from < end && ContentSpans.hasWords(s, from, end)) {
                boolean particle = cueTo > i + 1 && (CueWords.PARTICLES.containsKey(lemma) || CueWords.TOPIC_PREPOSITIONS.containsKey(s.lower(cueTo - 1)))
                        || CueWords.objectControl(s, lemma, from) || CueWords.asTheyReported(s, source, cueTo)
                        || CueWords.takesSide(s, lemma, source, from);
                weak &= !CueWords.asTheyReported(s, source, cueTo); // "As the Post reported, ...": the report holds the whole sentence
                boolean parentheticalTag = source != null && source[0] > 0 && s.isWord(source[0] - 1, ",")
                        && cueTo < s.size() && s.isWord(cueTo, ","); // "Voters, Clinton suggested, do not ..."
                if (weak && !particle && !parentheticalTag && !CueWords.markedContent(s, cueTo, from) && !CueWords.documentSubject(s, source)
                        && !(CueWords.clausal(lemma) && CueWords.clause(s, from, end)) && !CueWords.namingComplement(s, lemma, from, end)) {
                    return null;
                }
                content.add(new int[] {from, end});
                int subjectStart = sharesSource || source == null ? cueFrom : source[0];
                if (subjectStart > 0 && (s.isWord(subjectStart - 1, ",") || s.isQuote(subjectStart - 1))
                        && s.isQuote(ContentSpans.leadingStart(s))) {
                    ContentSpans.addIfWords(s, content, ContentSpans.leadingStart(s), ContentSpans.tagStart(s, subjectStart));
                }
            } else if (!sharesSource) {
                int subjectStart = source[0];
                if (subjectStart > 0 && (s.isWord(subjectStart - 1, ",", "—", "–") || s.isQuote(subjectStart - 1))) {
                    ContentSpans.addIfWords(s, content, ContentSpans.leadingStart(s), ContentSpans.tagStart(s, subjectStart));
                    closing = true;
                } else if (subjectStart == ContentSpans.leadingStart(s) && speech) {
                    closing = true; // "Holt said." alone: a tag for the quotation before it, if there is one
                }
            }
        }
        if (content.isEmpty() && !closing) {
            return null;
        }
        return new Candidate(cueFrom, cueTo, source == null ? -1 : source[0], source == null ? -1 : source[1], sharesSource,
                content, closing, weak);
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
