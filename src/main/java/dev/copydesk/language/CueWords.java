package dev.copydesk.language;

import java.util.Map;
import java.util.Set;

/**
 * The words of cues and the tests a cue must pass: doubtful verbs and what marks their content,
 * particles and topic prepositions, reporting nouns, verbs of wanting and taking sides.
 */
final class CueWords {
    private CueWords() {
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
        if (s.isTag(i, "VERB")) {
            return true;
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
