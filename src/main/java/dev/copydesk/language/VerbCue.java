package dev.copydesk.language;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A reporting verb's frame, read in four steps: the verb group around the cue word ("has
 * repeatedly said", "spoke about"), the readings where the word is no report at all (a noun or a
 * describing participle), the source (a subject before, a relative pronoun, an appositive, or an
 * inverted "said Holt"), and the content (after the verb, or the quotation before a closing tag).
 */
final class VerbCue {
    private static final String[] ADVERBS_IN_GROUP = {"not", "n't", "also", "repeatedly", "later",
            "previously", "earlier", "again", "recently", "often", "frequently", "publicly", "privately", "never",
            "once", "reportedly", "allegedly", "further", "then", "now", "already", "still", "even", "just"};

    /** The verb group: tokens [from, to), and whether it is a passive ("was told", "is expected"). */
    private record Group(int from, int to, boolean passive) {
    }

    /**
     * Who reports: a source span (or null), whether it is shared with an earlier verb ("said X and
     * added Y"), whether it follows the verb ("said Holt"), and the token just before the group.
     */
    private record Subject(int[] span, boolean shared, boolean inverted, int before) {
    }

    private VerbCue() {
    }

    static Candidate find(TaggedSentence s, int i) {
        String lemma = CueLexicon.lemma(s.word(i).text());
        if (lemma == null || !CueWords.verbish(s, i)) {
            return null;
        }
        Group group = group(s, i, lemma);
        if (notAReport(s, i, group, lemma)) {
            return null;
        }
        boolean weak = CueWords.WEAK.contains(lemma);
        if (group.passive()) {
            return Cues.passiveCue(s, group.from(), group.to(), lemma, weak);
        }
        Subject subject = subject(s, i, group, lemma);
        if (subject == null) {
            return null;
        }
        return subject.inverted() ? invertedFrame(s, group, subject, weak) : frame(s, i, group, subject, lemma, weak);
    }

    private static Group group(TaggedSentence s, int i, String lemma) {
        int from = i;
        boolean passive = false;
        while (from > 0 && (s.isTag(from - 1, "AUX") || s.isWord(from - 1, ADVERBS_IN_GROUP)) && i - from < 4) {
            passive |= CueWords.BE.contains(s.lower(from - 1)) && CueWords.pastParticiple(s.lower(i), lemma);
            from--;
        }
        int to = i + 1;
        Set<String> particles = CueWords.PARTICLES.get(lemma);
        if (particles != null && to < s.size() && particles.contains(s.lower(to))) {
            to++;
        } else if (CueWords.topicPreposition(s, lemma, to)) {
            to++; // "spoke about the deficit": the preposition belongs to the cue, its object is the content
        }
        return new Group(from, to, passive);
    }

    private static boolean notAReport(TaggedSentence s, int i, Group group, String lemma) {
        boolean bare = group.from() == i && i > 0;
        if (bare && s.isTag(i - 1, "ADJ", "DET")) {
            return true; // "this urgent report", "the call": a noun the tagger read as a verb
        }
        boolean reportKind = CueLexicon.kind(lemma) != CueLexicon.Kind.INTENTION && CueLexicon.kind(lemma) != CueLexicon.Kind.STANCE;
        if (bare && CueWords.isGerund(s, i) && NounPhrases.endsNounPhrase(s, i - 1) && !reportKind) {
            return true; // "leaders aiming to ...": a participle describing its noun
        }
        // "A ferry, announced last August, carries 400": a participle describing, not a report
        return bare && s.isWord(i - 1, ",") && !CueWords.isGerund(s, i) && ContentSpans.parenthetical(s, group.to());
    }

    /** The source of an active verb, or null when the verb has none it can name. */
    private static Subject subject(TaggedSentence s, int i, Group group, String lemma) {
        int[] source = null;
        boolean shared = false;
        int before = beforeParenthesis(s, ContentSpans.skipTimePhrase(s, group.from() - 1));
        if (before >= 0 && CueWords.RELATIVE.contains(s.lower(before)) && s.isTag(before, "PRON", "DET", "SCONJ")
                && before > 0 && (s.isWord(before - 1, ",") || s.isTag(before - 1, "NOUN", "PROPN"))) {
            source = new int[] {before, before + 1};
        } else if (before >= 0 && NounPhrases.endsNounPhrase(s, before) && !ContentSpans.TIME_WORDS.contains(s.lower(before))
                && !(s.isWord(before, "time", "times", "day", "days") && !s.isTag(before, "PROPN"))) {
            // "that time said" is no source; "The Times said" and "Day said" (a surname) are
            source = nounPhraseSource(s, before);
        } else if (before >= 0 && s.isWord(before, ",") && CueWords.isGerund(s, i)) {
            shared = true; // ", adding that ..."
        } else if (before >= 0 && s.isWord(before, "and", "but", "then", "or") && NounPhrases.predicateBefore(s, before)) {
            shared = true; // "said X and added Y", "was quick to embrace him and said"
        } else if (before >= 0 && s.isWord(before, ",")) {
            int start = NounPhrases.appositiveStart(s, before);
            if (start >= 0) {
                source = new int[] {start, before};
            }
        }
        boolean speech = CueLexicon.kind(lemma) == CueLexicon.Kind.SPEECH;
        if (source == null && !shared && speech && (before < 0 || s.isWord(before, ",") || s.isQuote(before)
                || s.isWord(before, "—", "–", ":"))) {
            source = NounPhrases.rightPhrase(s, group.to());
            // "..., said Trump." or "..., said Trump, adding": not "..., said the days are gone"
            if (source != null && source[1] < s.size() && (s.isTag(source[1], "VERB", "AUX")
                    || s.isWord(source[1], "that", "when", "if", "to"))) {
                source = null;
            }
            return source == null ? null : new Subject(source, false, true, before);
        }
        if (source == null && !shared) {
            return null;
        }
        if (shared && !CueWords.isGerund(s, i) && !s.isWord(before, "and", "but", "then", "or")) {
            return null;
        }
        return new Subject(source, shared, false, before);
    }

    /** "Sen. Chuck Grassley (R-Iowa) told": the parenthesis belongs to the name before it. */
    private static int beforeParenthesis(TaggedSentence s, int before) {
        if (before <= 0 || !s.isWord(before, ")")) {
            return before;
        }
        int open = before;
        while (open > 0 && !s.isWord(open, "(") && before - open < 24) {
            open--;
        }
        return s.isWord(open, "(") && open > 0 && NounPhrases.endsNounPhrase(s, open - 1) ? open - 1 : before;
    }

    private static int[] nounPhraseSource(TaggedSentence s, int before) {
        int[] source = {NounPhrases.leftPhraseStart(s, before), before + 1};
        int relative = NounPhrases.relativeClauseHead(s, source[0]);
        if (relative < 0 && source[0] > 2 && s.isTag(source[0] - 1, "ADP") && s.isTag(source[0] - 2, "ADJ")
                && NounPhrases.endsNounPhrase(s, source[0] - 3)) {
            relative = source[0] - 3; // "sources familiar with the deal said", "people close to him say"
        }
        if (relative >= 0) {
            source = new int[] {NounPhrases.leftPhraseStart(s, relative), relative + 1}; // "officials who spoke with X said"
        }
        return source;
    }

    /** "'We will win,' said Trump." and "'A,' said Trump, 'B.'": the quotation around the tag. */
    private static Candidate invertedFrame(TaggedSentence s, Group group, Subject subject, boolean weak) {
        int[] source = subject.span();
        List<int[]> content = new ArrayList<>();
        ContentSpans.addIfWords(s, content, ContentSpans.leadingStart(s), ContentSpans.tagStart(s, group.from()));
        if (source[1] < s.size() && s.isWord(source[1], ",")) {
            ContentSpans.addIfWords(s, content, source[1] + 1, ContentSpans.contentEnd(s, source[1] + 1));
        }
        return candidate(group, subject, content, true, weak);
    }

    /** A subject before the verb: the content after it, or the quotation before a closing tag. */
    private static Candidate frame(TaggedSentence s, int i, Group group, Subject subject, String lemma, boolean weak) {
        int[] source = subject.span();
        int cueTo = group.to();
        List<int[]> content = new ArrayList<>();
        boolean closing = false;
        int from = ContentSpans.skipToContent(s, cueTo, lemma);
        int end = ContentSpans.contentEnd(s, from);
        if (from < s.size() && CueWords.isGerund(s, from) && CueLexicon.lemma(s.word(from).text()) != null) {
            from = end; // "..., Spicer said, adding ...": the content is before the tag; the participle is a frame of its own
        }
        if (ContentSpans.onlyAdjuncts(s, from, end)) {
            from = end; // "said in a statement.", "said on Thursday.": the content is before the tag
        }
        if (from < end && ContentSpans.hasWords(s, from, end)) {
            boolean asReported = CueWords.asTheyReported(s, source, cueTo);
            weak &= !asReported; // "As the Post reported, ...": the report holds the whole sentence
            if (weak && !strongEnough(s, i, group, source, lemma, from, end, asReported)) {
                return null;
            }
            content.add(new int[] {from, end});
            int subjectStart = subject.shared() || source == null ? group.from() : source[0];
            if (subjectStart > 0 && (s.isWord(subjectStart - 1, ",") || s.isQuote(subjectStart - 1))
                    && s.isQuote(ContentSpans.leadingStart(s))) {
                ContentSpans.addIfWords(s, content, ContentSpans.leadingStart(s), ContentSpans.tagStart(s, subjectStart));
            }
        } else if (!subject.shared()) {
            int subjectStart = source[0];
            if (subjectStart > 0 && (s.isWord(subjectStart - 1, ",", "—", "–") || s.isQuote(subjectStart - 1))) {
                ContentSpans.addIfWords(s, content, ContentSpans.leadingStart(s), ContentSpans.tagStart(s, subjectStart));
                closing = true;
            } else if (subjectStart == ContentSpans.leadingStart(s) && CueLexicon.kind(lemma) == CueLexicon.Kind.SPEECH) {
                closing = true; // "Holt said." alone: a tag for the quotation before it, if there is one
            }
        }
        if (content.isEmpty() && !closing) {
            return null;
        }
        return candidate(group, subject, content, closing, weak);
    }

    /**
     * Whether a weak verb ("think", "note") still frames a report here: a particle or topic, a
     * controlled object, "as X reported", a side taken, a tag between commas, marked content, a
     * document as subject, a clause, or a naming complement.
     */
    private static boolean strongEnough(TaggedSentence s, int i, Group group, int[] source, String lemma, int from, int end,
            boolean asReported) {
        int cueTo = group.to();
        boolean particle = cueTo > i + 1 && (CueWords.PARTICLES.containsKey(lemma) || CueWords.TOPIC_PREPOSITIONS.containsKey(s.lower(cueTo - 1)))
                || CueWords.objectControl(s, lemma, from) || asReported || CueWords.takesSide(s, lemma, source, from);
        boolean parentheticalTag = source != null && source[0] > 0 && s.isWord(source[0] - 1, ",")
                && cueTo < s.size() && s.isWord(cueTo, ","); // "Voters, Clinton suggested, do not ..."
        return particle || parentheticalTag || CueWords.markedContent(s, cueTo, from) || CueWords.documentSubject(s, source)
                || CueWords.clausal(lemma) && CueWords.clause(s, from, end) || CueWords.namingComplement(s, lemma, from, end);
    }

    private static Candidate candidate(Group group, Subject subject, List<int[]> content, boolean closing, boolean weak) {
        int[] source = subject.span();
        return new Candidate(group.from(), group.to(), source == null ? -1 : source[0], source == null ? -1 : source[1],
                subject.shared(), content, closing, weak);
    }
}
