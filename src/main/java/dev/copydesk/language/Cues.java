package dev.copydesk.language;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The cue words of attribution frames and what each needs: reporting verbs with their source and content, passives with an agent, "according to", "in X's view", a speaker's colon, reporting nouns with an owner. Each returns a candidate, or null. */
final class Cues {
    private Cues() {
    }

    /** Verbs too common in other senses to be cues without a sign of reported content after them. */
    static final Set<String> WEAK = Set.copyOf(java.util.List.of("see", "hold", "put", "find", "record", "count", "list", "rank",
            "measure", "document", "detail", "identify", "determine", "establish", "call", "back", "point", "mean",
            "offer", "order", "view", "regard", "consider", "accept", "credit", "thank", "question", "sense", "figure",
            "bet", "trust", "project", "post", "label", "brand", "term", "dub", "pan", "knock", "add", "read", "repeat",
            "answer", "know", "understand", "recognize", "recognise", "realize", "realise", "imagine", "guess",
            "expect", "feel", "show", "mention", "describe", "signal", "request", "aim", "wish", "prefer", "plan",
            "want", "seek", "refuse", "decline", "hope", "promise", "demand", "support", "oppose", "reject", "welcome",
            "defend", "attack", "favor", "favour", "champion", "tout", "highlight", "underline", "challenge", "correct",
            "dispute", "suggest", "indicate", "reveal", "confirm", "conclude", "estimate", "predict", "forecast",
            "calculate", "summarize", "summarise", "characterize", "characterise", "cite", "quote", "ask", "continue",
            "outline", "demonstrate", "talk", "discuss", "express", "echo", "refer", "reference", "invoke", "portray",
            "rail", "lash", "weigh", "deem", "broadcast", "relay", "convey", "snap", "vent", "preach", "lecture",
            "telegraph", "chant", "focus", "detail", "speak"));

    /** Particles that belong to the cue: "pointed out", "called for", "called on". */
    static final Map<String, Set<String>> PARTICLES = Map.ofEntries(Map.entry("point", Set.of("out", "to")),
            Map.entry("call", Set.of("for", "on")), Map.entry("ask", Set.of("about")), Map.entry("talk", Set.of("about")),
            Map.entry("refer", Set.of("to")), Map.entry("speak", Set.of("about", "of", "out")),
            Map.entry("focus", Set.of("on")), Map.entry("rail", Set.of("against")), Map.entry("lash", Set.of("out")),
            Map.entry("weigh", Set.of("in")), Map.entry("side", Set.of("with")), Map.entry("lay", Set.of("out")),
            Map.entry("vote", Set.of("for", "against")), Map.entry("push", Set.of("for")), Map.entry("press", Set.of("for")),
            Map.entry("go", Set.of("after")), Map.entry("make", Set.of("clear")), Map.entry("sign", Set.of("off")));

    /**
     * Prepositions that link a verb of saying, thinking or taking sides to its topic or target
     * ("spoke about the deficit", "argued against the merger", "called for a recount"), with the
     * verbs each goes with. "about", "against" and "over" go with any cue verb; the others only
     * with these, since "said on Tuesday" and "wrote for the paper" are time and venue, not topic.
     */
    static final Map<String, Set<String>> TOPIC_PREPOSITIONS = Map.of(
            "about", Set.of(), "against", Set.of(), "over",  Set.of(),
            "of", Set.of("speak", "talk", "think", "warn", "boast", "brag", "complain", "approve", "disapprove", "despair",
                    "dream", "hear", "know", "remind", "inform", "convince", "accuse", "tell", "write", "sing"),
            "for", Set.of("call", "push", "press", "argue", "advocate", "vote", "campaign", "plead", "appeal", "lobby",
                    "ask", "pray", "hope", "wish", "root", "apologize", "apologise", "praise", "blame", "criticize",
                    "criticise", "thank", "credit", "fault", "endorse", "fight", "cheer", "clamor", "clamour"),
            "on", Set.of("comment", "focus", "reflect", "elaborate", "insist", "agree", "remark", "report", "speak",
                    "touch", "dwell", "harp", "seize", "pounce", "weigh", "call", "rely", "bet", "expound", "muse",
                    "brief", "testify", "vote", "disagree", "concentrate", "opine"));

    static final Set<String> VENUES = Set.of("twitter", "facebook", "instagram", "television", "tv", "radio", "air",
            "stage", "camera", "record", "phone", "telephone", "podium", "floor", "trail", "show", "program", "programme",
            "broadcast", "podcast", "website", "blog", "page", "behalf", "condition", "basis", "occasion", "way");

    /** Verbs whose object is told or wanted to do something: "urged him to resign", "wants voters to know". */
    static final Set<String> OBJECT_CONTROL = Set.of("want", "urge", "ask", "tell", "encourage", "expect", "order",
            "instruct", "advise", "beg", "challenge", "warn", "remind", "prefer", "wish", "request");

    /** Nouns that report what their owner says, thinks or backs: "Holt's claim that", "her support for". */
    static final Set<String> NOUN_CUES = Set.copyOf(java.util.List.of("claim", "claims", "statement", "statements", "assertion",
            "argument", "suggestion", "belief", "view", "views", "warning", "warnings", "promise", "promises", "pledge",
            "call", "calls", "support", "opposition", "criticism", "criticisms", "attack", "attacks", "endorsement",
            "decision", "plan", "plans", "proposal", "proposals", "vow", "demand", "demands", "insistence", "accusation",
            "accusations", "allegation", "allegations", "concern", "concerns", "fear", "fears", "hope", "hopes", "message",
            "comments", "remarks", "stance", "position", "response", "defense", "defence", "denial", "admission",
            "contention", "prediction", "predictions", "assessment", "conclusion", "threat", "threats", "refusal",
            "commitment", "praise", "questions", "doubts", "complaint", "complaints", "objection", "objections"));

    static final Set<String> NOUN_CUE_LINKS = Set.of("that", "to", "of", "for", "on", "against", "about", "over");

    static final Set<String> POSSESSIVES = Set.of("his", "her", "their", "its", "our", "my");

    static final Set<String> CONTENT_MARKERS = Set.copyOf(java.util.List.of("that", ":", "\"", "“", "‘", "'", "—", "–", "whether",
            "if", "how", "why", "what", "when", "who", "to"));

    static final Set<String> BE = Set.copyOf(java.util.List.of("is", "are", "was", "were", "be", "been", "being", "'s", "'re", "get",
            "got", "gets", "getting"));

    static final Set<String> RELATIVE = Set.copyOf(java.util.List.of("who", "which", "that"));

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
        if (link >= s.size() || !NOUN_CUE_LINKS.contains(s.lower(link)) && !s.isQuote(link) && !s.isWord(link, ":")) {
            return null;
        }
        int[] source;
        int at = i - 1;
        while (at > 0 && s.isTag(at, "ADJ", "ADV") && i - at < 4) {
            at--; // "his repeated calls for", "her longtime support for"
        }
        if (at >= 0 && POSSESSIVES.contains(s.lower(at))) {
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
        if (lemma == null || !verbish(s, i)) {
            return null;
        }
        int cueFrom = i;
        boolean passive = false;
        while (cueFrom > 0 && (s.isTag(cueFrom - 1, "AUX") || s.isWord(cueFrom - 1, "not", "n't", "also", "repeatedly",
                "later", "previously", "earlier", "again", "recently", "often", "frequently", "publicly", "privately",
                "never", "once", "reportedly", "allegedly", "further", "then", "now", "already", "still", "even", "just"))
                && i - cueFrom < 4) {
            passive |= BE.contains(s.lower(cueFrom - 1)) && pastParticiple(s.lower(i), lemma);
            cueFrom--;
        }
        int cueTo = i + 1;
        Set<String> particles = PARTICLES.get(lemma);
        if (particles != null && cueTo < s.size() && particles.contains(s.lower(cueTo))) {
            cueTo++;
        } else if (topicPreposition(s, lemma, cueTo)) {
            cueTo++; // "spoke about the deficit": the preposition belongs to the cue, its object is the content
        }
        boolean weak = WEAK.contains(lemma);
        if (cueFrom == i && i > 0 && s.isTag(i - 1, "ADJ", "DET")) {
            return null; // "this urgent report", "the call": a noun the tagger read as a verb
        }
        boolean reportKind = CueLexicon.kind(lemma) != CueLexicon.Kind.INTENTION && CueLexicon.kind(lemma) != CueLexicon.Kind.STANCE;
        if (isGerund(s, i) && cueFrom == i && i > 0 && NounPhrases.endsNounPhrase(s, i - 1) && !reportKind) {
            return null; // "leaders aiming to ...": a participle describing its noun
        }
        if (i > 0 && s.isWord(i - 1, ",") && cueFrom == i && !isGerund(s, i) && ContentSpans.parenthetical(s, cueTo)) {
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
        if (before >= 0 && RELATIVE.contains(s.lower(before)) && s.isTag(before, "PRON", "DET", "SCONJ")
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
        } else if (before >= 0 && s.isWord(before, ",") && isGerund(s, i)) {
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
        if (sharesSource && !isGerund(s, i) && !s.isWord(before, "and", "but", "then", "or")) {
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
            if (from < s.size() && isGerund(s, from) && CueLexicon.lemma(s.word(from).text()) != null) {
                from = end; // "..., Spicer said, adding ...": the content is before the tag; the participle is a frame of its own
            }
            if (ContentSpans.onlyAdjuncts(s, from, end)) {
                from = end; // "said in a statement.", "said on Thursday.": the content is before the tag
            }
            if (from < end && ContentSpans.hasWords(s, from, end)) {
                boolean particle = cueTo > i + 1 && (PARTICLES.containsKey(lemma) || TOPIC_PREPOSITIONS.containsKey(s.lower(cueTo - 1)))
                        || objectControl(s, lemma, from) || asTheyReported(s, source, cueTo)
                        || takesSide(s, lemma, source, from);
                weak &= !asTheyReported(s, source, cueTo); // "As the Post reported, ...": the report holds the whole sentence
                boolean parentheticalTag = source != null && source[0] > 0 && s.isWord(source[0] - 1, ",")
                        && cueTo < s.size() && s.isWord(cueTo, ","); // "Voters, Clinton suggested, do not ..."
                if (weak && !particle && !parentheticalTag && !markedContent(s, cueTo, from) && !documentSubject(s, source)
                        && !(clausal(lemma) && clause(s, from, end)) && !namingComplement(s, lemma, from, end)) {
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
        if (start >= end || !ContentSpans.hasWords(s, start, end) || weak && !markedContent(s, cueTo, start) && agent == null) {
            return null;
        }
        List<int[]> content = new ArrayList<>();
        content.add(new int[] {start, end});
        return new Candidate(cueFrom, cueTo, agent == null ? -1 : agent[0], agent == null ? -1 : agent[1], false, content,
                false, weak);
    }

    static boolean pastParticiple(String form, String lemma) {
        return form.endsWith("ed") || form.endsWith("en") || form.equals("told") || form.equals("said") || form.equals("found")
                || form.equals("thought") || form.equals("held") || form.equals("felt") || form.equals("understood")
                || form.equals("meant") || form.equals("sought") || form.equals("put") || !form.equals(lemma)
                && !form.endsWith("s") && !form.endsWith("ing");
    }

    /** Whether word {@code i} works as a verb here: tagged so, or a cue form right after a subject ("critics suspect"). */
    static boolean verbish(TaggedSentence s, int i) {
        if (i > 0 && Character.isUpperCase(s.word(i).text().codePointAt(0)) && !s.isQuote(i - 1)) {
            return false; // "the United States": a capitalised word inside a sentence is a name
        }
        if (s.isTag(i, "VERB") || s.isWord(i, "said") && !s.isTag(i - 1, "DET")) {
            return true; // "said" is a verb wherever the tagger puts it ("the admiral said."), but "the said contract"
        }
        if (!s.isTag(i, "NOUN", "ADJ", "ADV") || i == 0) {
            return false;
        }
        boolean afterSubject = s.isTag(i - 1, "NOUN", "PROPN", "PRON") && !s.isWord(i - 1, "the", "a", "an", "his", "her",
                "their", "its");
        boolean beforeObject = i + 1 < s.size() && (s.isTag(i + 1, "DET", "PRON", "SCONJ", "NUM", "ADJ")
                || s.isWord(i + 1, "that", ",", ":") || s.isQuote(i + 1));
        return afterSubject && beforeObject && !s.isTag(i - 1, "DET");
    }

    static boolean isGerund(TaggedSentence s, int i) {
        return s.lower(i).endsWith("ing");
    }

    /** Whether the word at {@code at} links cue verb {@code lemma} to a topic: "about the deficit", not "on Tuesday". */
    static boolean topicPreposition(TaggedSentence s, String lemma, int at) {
        if (at >= s.size()) {
            return false;
        }
        Set<String> verbs = TOPIC_PREPOSITIONS.get(s.lower(at));
        if (verbs == null || !verbs.isEmpty() && !verbs.contains(lemma)) {
            return false;
        }
        int[] object = NounPhrases.rightPhrase(s, at + 1, false);
        boolean clause = at + 1 < s.size() && (s.isTag(at + 1, "VERB") && isGerund(s, at + 1)
                || s.isWord(at + 1, "what", "how", "why", "whether", "who", "the", "his", "her", "their", "its"));
        if (object == null) {
            return clause;
        }
        for (int k = object[0]; k < object[1]; k++) {
            if (ContentSpans.TIME_WORDS.contains(s.lower(k)) || VENUES.contains(s.lower(k)) || s.isTag(k, "NUM") && k == object[0]) {
                return false; // "on Tuesday", "on Twitter", "over 20 years"
            }
        }
        return true;
    }

    /** "urged him to resign", "wants voters to know": a verb of wanting or telling, its object, then "to" and a verb. */
    static boolean objectControl(TaggedSentence s, String lemma, int from) {
        if (!OBJECT_CONTROL.contains(lemma) || from >= s.size()) {
            return false;
        }
        int[] object = NounPhrases.rightPhrase(s, from, false);
        return object != null && object[1] + 1 < s.size() && s.isWord(object[1], "to") && s.isTag(object[1] + 1, "VERB", "NOUN", "AUX");
    }

    /**
     * "Heitkamp opposes the measure", "they backed Sanders": a verb of taking sides with a named
     * or pronoun subject and a noun phrase after it. "The bridge supports the road" has no such subject.
     */
    static boolean takesSide(TaggedSentence s, String lemma, int[] source, int from) {
        if (CueLexicon.kind(lemma) != CueLexicon.Kind.STANCE || source == null || from >= s.size()) {
            return false;
        }
        int head = source[1] - 1;
        boolean person = s.isTag(head, "PROPN") || NounPhrases.SUBJECT_PRONOUNS.contains(s.lower(head)) && !s.isWord(head, "it", "which", "that");
        return person && NounPhrases.rightPhrase(s, from, false) != null;
    }

    /** "As the Post reported, the deal is off": the report is the main clause after the comma. */
    static boolean asTheyReported(TaggedSentence s, int[] source, int cueTo) {
        return source != null && source[0] == ContentSpans.leadingStart(s) + 1 && s.isWord(source[0] - 1, "as")
                && cueTo < s.size() && s.isWord(cueTo, ",");
    }

    /** A cue that could mean something else needs a sign that content follows: "that", a colon, a quotation. */
    static boolean markedContent(TaggedSentence s, int cueTo, int contentFrom) {
        for (int i = cueTo; i <= Math.min(contentFrom, s.size() - 1); i++) {
            if (CONTENT_MARKERS.contains(s.lower(i)) || s.isQuote(i)) {
                return true;
            }
        }
        return false;
    }

    /** Kinds whose verbs take a clause as their content: "polls show Trump is trailing". */
    static boolean clausal(String lemma) {
        CueLexicon.Kind kind = CueLexicon.kind(lemma);
        return kind == CueLexicon.Kind.SPEECH || kind == CueLexicon.Kind.THOUGHT || kind == CueLexicon.Kind.EVIDENCE;
    }

    /** A subject and a finite verb early in the content: a reported clause. */
    static boolean clause(TaggedSentence s, int from, int end) {
        for (int i = from + 1; i < Math.min(end, from + 8); i++) {
            int before = i - 1;
            if (before > from && s.isTag(before, "ADV")) {
                before--; // "the Democrats instead debate"
            }
            if (s.isTag(i, "VERB", "AUX") && NounPhrases.endsNounPhrase(s, before) && !s.lower(i).endsWith("ing")) {
                return true;
            }
        }
        return false;
    }

    /** "called it shameful", "described the field as all very good": verbs of naming with an object and a description. */
    static boolean namingComplement(TaggedSentence s, String lemma, int from, int end) {
        if (!Set.of("call", "describe", "label", "brand", "term", "dub", "characterize", "characterise").contains(lemma)) {
            return false;
        }
        int[] object = s.isWord(from, "it", "them", "him", "her", "himself", "herself", "themselves", "this", "that")
                ? new int[] {from, from + 1} : NounPhrases.rightPhrase(s, from);
        int next = object == null ? from : object[1];
        return next < end && (s.isWord(next, "as", "a", "an", "the") || s.isTag(next, "ADJ") || s.isQuote(next));
    }

    static boolean documentSubject(TaggedSentence s, int[] source) {
        return source != null && SourceClassifier.classify(s, source[0], source[1]) == SourceKind.DOCUMENT;
    }
}
