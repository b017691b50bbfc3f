package dev.copydesk.language;

import dev.copydesk.text.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds attribution frames in English text: for every cue (a reporting verb group, "according
 * to"), its source (the subject before the cue, an inverted subject after it, "according to"'s
 * object, or the agent of a passive) and its content (the clause after the cue, or what comes
 * before a closing tag, or both around a tag in the middle).
 *
 * <p>Frames are found per sentence in two steps. First every cue makes a candidate on its own.
 * Then candidates are chosen so that each word has at most one role: closing tags first (", he
 * said."), then cues left to right; a cue inside a chosen frame's content is a nested report and
 * is dropped, as the attribution literature annotates only the outermost one. A participle after
 * a comma (", adding that") is a frame of its own that shares the source before it.
 *
 * <p>Pronouns and surnames resolve, for {@link Attribution#sourceName()} and the kind, to the
 * nearest fitting earlier mention in the article. Only sentences with a cue word are tagged.
 */
public final class AttributionFinder {
    /** Verbs too common in other senses to be cues without a sign of reported content after them. */
    private static final Set<String> WEAK = Set.copyOf(java.util.List.of("see", "hold", "put", "find", "record", "count", "list", "rank",
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
    private static final Map<String, Set<String>> PARTICLES = Map.ofEntries(Map.entry("point", Set.of("out", "to")),
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
    private static final Map<String, Set<String>> TOPIC_PREPOSITIONS = Map.of(
            "about", Set.of(), "against", Set.of(), "over",  Set.of(),
            "of", Set.of("speak", "talk", "think", "warn", "boast", "brag", "complain", "approve", "disapprove", "despair",
                    "dream", "hear", "know", "remind", "inform", "convince", "accuse", "tell", "write", "sing"),
            "for", Set.of("call", "push", "press", "argue", "advocate", "vote", "campaign", "plead", "appeal", "lobby",
                    "ask", "pray", "hope", "wish", "root", "apologize", "apologise", "praise", "blame", "criticize",
                    "criticise", "thank", "credit", "fault", "endorse", "fight", "cheer", "clamor", "clamour"),
            "on", Set.of("comment", "focus", "reflect", "elaborate", "insist", "agree", "remark", "report", "speak",
                    "touch", "dwell", "harp", "seize", "pounce", "weigh", "call", "rely", "bet", "expound", "muse",
                    "brief", "testify", "vote", "disagree", "concentrate", "opine"));
    private static final Set<String> VENUES = Set.of("twitter", "facebook", "instagram", "television", "tv", "radio", "air",
            "stage", "camera", "record", "phone", "telephone", "podium", "floor", "trail", "show", "program", "programme",
            "broadcast", "podcast", "website", "blog", "page", "behalf", "condition", "basis", "occasion", "way");
    /** Verbs whose object is told or wanted to do something: "urged him to resign", "wants voters to know". */
    private static final Set<String> OBJECT_CONTROL = Set.of("want", "urge", "ask", "tell", "encourage", "expect", "order",
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
    private static final Set<String> NOUN_CUE_LINKS = Set.of("that", "to", "of", "for", "on", "against", "about", "over");
    private static final Set<String> POSSESSIVES = Set.of("his", "her", "their", "its", "our", "my");
    private static final Set<String> CONTENT_MARKERS = Set.copyOf(java.util.List.of("that", ":", "\"", "“", "‘", "'", "—", "–", "whether",
            "if", "how", "why", "what", "when", "who", "to"));
    private static final Set<String> BE = Set.copyOf(java.util.List.of("is", "are", "was", "were", "be", "been", "being", "'s", "'re", "get",
            "got", "gets", "getting"));
    private static final Set<String> RELATIVE = Set.copyOf(java.util.List.of("who", "which", "that"));
    private static final Set<String> NOUNISH = Set.copyOf(java.util.List.of("NOUN", "PROPN", "NUM"));
    private static final Pattern FULL_NAME = Pattern.compile(
            "(?<![\\p{L}'’.-])(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\\.?\\s+)?([A-Z][a-z]+(?:-[A-Z][a-z]+)?(?:\\s+[A-Z]\\.)?"
            + "\\s+(?:(?:de|van|von|al|bin|Mc|Mac)\\s+)?[A-Z][a-zA-Z'’-]+)");
    private static final int MAX_NP_WORDS = 12;
    static final int MAX_SENTENCE_CHARS = 3_000;
    static final int MAX_SENTENCE_WORDS = 300;

    /** Running knowledge of the article, for pronouns and surnames. */
    private static final class Mentions {
        String lastPerson;
        SourceKind lastThing;
        String lastThingName;
        String lastGroup;
        final Map<String, String> fullNames = new HashMap<>();

        void seePerson(String name) {
            String[] parts = name.split("\\s+");
            String surname = parts[parts.length - 1];
            if (parts.length > 1) {
                fullNames.putIfAbsent(surname, name);
                lastPerson = name;
            } else {
                lastPerson = fullNames.getOrDefault(surname, name);
            }
        }
    }

    /**
     * A cue found in a sentence, before frames are chosen; word indices of the sentence. A closing
     * tag may attribute a quotation that began sentences earlier ("'A. B,' Holt said." or "Holt
     * said." right after it): the frame then reaches back to where the quotation opens.
     */
    private record Candidate(int cueFrom, int cueTo, int sourceFrom, int sourceTo, boolean sharesSource,
            List<int[]> content, boolean closingTag, boolean weak) {
        /** A tag alone ("Holt said."), whose content is the quotation just before the sentence. */
        boolean tagOnly() {
            return closingTag && content.isEmpty();
        }

        Candidate truncatedAt(int boundary) {
            List<int[]> kept = new ArrayList<>();
            for (int[] c : content) {
                if (c[0] < boundary) {
                    kept.add(new int[] {c[0], Math.min(c[1], boundary)});
                }
            }
            return new Candidate(cueFrom, cueTo, sourceFrom, sourceTo, sharesSource, kept, closingTag && !kept.isEmpty(), weak);
        }

        boolean contentHas(int i) {
            for (int[] c : content) {
                if (i >= c[0] && i < c[1]) {
                    return true;
                }
            }
            return false;
        }
    }

    private AttributionFinder() {
    }

    /** The frames of each passage, in order; one list per passage. */
    public static List<List<Attribution>> find(List<Passage> passages) {
        Mentions mentions = new Mentions();
        List<List<Attribution>> all = new ArrayList<>();
        for (int p = 0; p < passages.size(); p++) {
            Passage passage = passages.get(p);
            List<Attribution> frames = new ArrayList<>();
            if (!passage.headline()) {
                for (Span sentence : passage.sentences()) {
                    frames.addAll(sentence(p, passage, sentence, mentions));
                    notePeople(passage.text(), sentence, mentions);
                }
            } else {
                passage.sentences().forEach(s -> notePeople(passage.text(), s, mentions));
            }
            all.add(List.copyOf(frames));
        }
        return all;
    }

    private static void notePeople(String text, Span sentence, Mentions mentions) {
        Matcher m = FULL_NAME.matcher(text).region(sentence.start(), sentence.end());
        while (m.find()) {
            String name = m.group(1).replaceAll("\\s+", " ");
            String first = name.split(" ")[0];
            String before = text.substring(Math.max(sentence.start(), m.start() - 6), m.start()).toLowerCase(java.util.Locale.ROOT);
            if (before.matches(".*\\b(?:in|to|from|at|near|of|for|against|beat|play)\\s+$")) {
                continue; // "flew to Hong Kong", "lost to Manchester United": places and teams, not people
            }
            if (!SENTENCE_STARTERS.contains(first) && !name.matches(".*\\b(?:Party|Ministry|Department|Council|Office|"
                    + "Committee|House|Senate|Court|News|Times|Post|Street|Road|University|Bank|Group|Union)$")) {
                mentions.seePerson(name);
            }
        }
    }

    private static final Set<String> SENTENCE_STARTERS = Set.copyOf(java.util.List.of("The", "A", "An", "In", "On", "At", "But", "And", "If",
            "When", "While", "This", "That", "These", "Those", "It", "He", "She", "They", "We", "For", "As", "After",
            "Before", "Last", "Next", "New", "North", "South", "East", "West", "United", "Former", "President", "Senator",
            "Secretary", "Governor", "Mr", "Mrs", "Ms", "Dr", "According", "Meanwhile", "However"));

    /**
     * The words of a sentence that can hold a frame, or null when it cannot and needs no tagging.
     * A "sentence" of thousands of characters is a table, a list or junk: only its start is read,
     * which bounds every scan of the finder (each is at most quadratic in a sentence's words).
     */
    private static List<Word> wordsToTag(Passage passage, Span sentence) {
        int end = Math.min(sentence.end(), sentence.start() + MAX_SENTENCE_CHARS);
        List<Word> words = WordTokenizer.words(passage.text(), sentence.start(), end);
        if (words.size() > MAX_SENTENCE_WORDS) {
            words = words.subList(0, MAX_SENTENCE_WORDS);
        }
        boolean afterQuotation = passage.quotationClosingBefore(sentence.start()) != null;
        return hasCueWord(words, afterQuotation) && !quotedThroughout(passage, words) ? words : null;
    }

    private static List<Attribution> sentence(int block, Passage passage, Span sentence, Mentions mentions) {
        List<Word> words = wordsToTag(passage, sentence);
        if (words == null) {
            return List.of();
        }
        TaggedSentence s = TaggedSentence.of(words);
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            if (insideQuotation(passage, words, i) && !s.isQuote(i)) {
                continue; // a report inside a quotation is the speaker's, nested in the quotation
            }
            Candidate c;
            if (s.isWord(i, "according") && s.isWord(i + 1, "to")) {
                c = according(s, i);
            } else if (s.isWord(i, "in")) {
                c = inTheWordsOf(s, i);
            } else if (s.isWord(i, ":")) {
                c = colonTag(s, i);
            } else if (NOUN_CUES.contains(s.lower(i)) && s.isTag(i, "NOUN")) {
                c = nounCue(s, i);
            } else {
                c = verbCue(s, i);
            }
            if (c != null) {
                candidates.add(c);
            }
        }
        List<Candidate> chosen = choose(s, candidates);
        List<Attribution> frames = new ArrayList<>();
        Candidate previous = null;
        for (Candidate c : chosen) {
            int sourceFrom = c.sourceFrom();
            int sourceTo = c.sourceTo();
            if (c.sharesSource() && previous != null && previous.sourceFrom() >= 0) {
                sourceFrom = previous.sourceFrom();
                sourceTo = previous.sourceTo();
            } else if (c.sharesSource()) {
                // ", saying ..." after a clause that is no report: the sentence's subject speaks
                int[] subject = sentenceSubject(s, c.cueFrom());
                if (subject == null) {
                    continue;
                }
                sourceFrom = subject[0];
                sourceTo = subject[1];
            }
            Span opened = c.closingTag() ? openedEarlier(passage, sentence, s, c) : null;
            if (c.tagOnly() && opened == null) {
                continue;
            }
            Attribution frame = frame(block, s, c, sourceFrom, sourceTo, mentions);
            if (opened != null) {
                List<Span> content = new ArrayList<>(frame.content());
                content.add(0, opened);
                frame = new Attribution(frame.block(), frame.source(), frame.kind(), frame.sourceName(), frame.cue(),
                        frame.cueKind(), content);
            }
            frames.add(frame);
            previous = c.sharesSource() && previous != null ? previous : c;
        }
        return frames;
    }

    /**
     * For a closing tag, the part of its quotation in earlier sentences: from where the quotation
     * opens to the sentence's start ("'A. B,' Holt said." attributes A too), or the whole quotation
     * just before a tag alone ("'A?' Holt asked." split after the question mark). Null if none.
     */
    private static Span openedEarlier(Passage passage, Span sentence, TaggedSentence s, Candidate c) {
        if (c.tagOnly()) {
            return passage.quotationClosingBefore(sentence.start());
        }
        int first = c.content().stream().mapToInt(r -> r[0]).min().orElse(s.size());
        if (first != leadingStart(s)) {
            return null;
        }
        Span q = passage.quotationAround(s.word(first).start());
        if (q == null || q.start() >= sentence.start()) {
            return null;
        }
        int end = sentence.start();
        while (end > q.start() && Character.isWhitespace(passage.text().charAt(end - 1))) {
            end--;
        }
        return new Span(q.start(), end);
    }

    /** For a phrase starting at {@code start} inside "X who spoke with Y": the last word of X, or -1. */
    private static int relativeClauseHead(TaggedSentence s, int start) {
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
    private static boolean predicateBefore(TaggedSentence s, int at) {
        for (int k = leadingStart(s); k < at; k++) {
            if (s.isTag(k, "VERB", "AUX")) {
                return true;
            }
        }
        return false;
    }

    /** The subject of the sentence's first verb before {@code limit}: the noun phrase right before it. */
    private static int[] sentenceSubject(TaggedSentence s, int limit) {
        for (int i = leadingStart(s) + 1; i < limit; i++) {
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

    /**
     * Whether every cue word of the sentence sits inside a quotation, where reports are the
     * speaker's and make no frame: such a sentence needs no tagging. A cue right after a closing
     * quotation mark ("...," said Holt) is outside, whatever the quotation finder paired.
     */
    private static boolean quotedThroughout(Passage passage, List<Word> words) {
        boolean anyCue = false;
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            if (CueLexicon.lemma(w.text()) == null && !w.is("according")) {
                continue;
            }
            anyCue = true;
            if (!insideQuotation(passage, words, i)) {
                return false;
            }
        }
        return anyCue;
    }

    /** Whether word {@code i} is inside a quotation, and not the tag right after one closes ("...," said Holt). */
    private static boolean insideQuotation(Passage passage, List<Word> words, int i) {
        boolean afterQuote = i > 0 && words.get(i - 1).isQuote() || i > 1 && words.get(i - 1).is(",")
                && words.get(i - 2).isQuote();
        return !afterQuote && passage.inQuotation(words.get(i).start());
    }

    /** How many of a passage's sentences hold a cue word, and so are tagged (for the benchmark). */
    public static int sentencesToTag(Passage passage) {
        int count = 0;
        for (Span sentence : passage.sentences()) {
            count += wordsToTag(passage, sentence) != null ? 1 : 0;
        }
        return count;
    }

    /**
     * Whether the sentence can hold a frame, judged on its words before any tagging: a sure cue
     * word ("said", "believes", "according"), or a doubtful one ("shows", "see", "puts") with what
     * a frame of it needs nearby: "that", a colon or quotation mark, a particle ("called for"), or
     * a document or data word just before it ("the report puts"). Tagging is the language layer's
     * main cost, and most sentences with only a doubtful verb report nothing.
     */
    private static boolean hasCueWord(List<Word> words, boolean afterQuotation) {
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            String lemma = CueLexicon.lemma(w.text());
            if (w.is("according")) {
                return true;
            }
            if (w.is(":") && i > 0 && i <= 6 && Character.isUpperCase(words.get(0).text().codePointAt(0))) {
                return true;
            }
            if (w.is("in") && i <= 1) {
                for (int k = i + 1; k < Math.min(words.size(), i + 6); k++) {
                    String next = words.get(k).lower();
                    if (next.equals("words") || next.equals("view") || SourceClassifier.DOCUMENT_HEADS.contains(next)) {
                        return true;
                    }
                }
            }
            if (NOUN_CUES.contains(w.lower()) && i > 0 && i + 1 < words.size()
                    && (POSSESSIVES.contains(words.get(i - 1).lower()) || words.get(i - 1).lower().endsWith("s"))
                    && NOUN_CUE_LINKS.contains(words.get(i + 1).lower())) {
                return true;
            }
            if (lemma == null) {
                continue;
            }
            if (!WEAK.contains(lemma) || afterQuotation && i <= 6) {
                return true; // a doubtful verb opening a sentence after a quotation is its tag: "Holt added."
            }
            for (int k = i + 1; k < Math.min(words.size(), i + 6); k++) {
                String next = words.get(k).lower();
                boolean linked = PARTICLES.getOrDefault(lemma, Set.of()).contains(next) || TOPIC_PREPOSITIONS.containsKey(next)
                        && (TOPIC_PREPOSITIONS.get(next).isEmpty() || TOPIC_PREPOSITIONS.get(next).contains(lemma));
                if (CONTENT_MARKERS.contains(next) || linked && k == i + 1 || next.equals(",") && words.get(0).is("as")) {
                    return true;
                }
            }
            for (int k = Math.max(0, i - 4); k < i; k++) {
                if (SourceClassifier.DOCUMENT_HEADS.contains(words.get(k).lower()) || words.get(k).isQuote()) {
                    return true; // "the report puts ...", and a closing tag: "'...,' he added."
                }
            }
        }
        return false;
    }

    /** Closing tags first, then left to right; a cue inside chosen content is nested and dropped. */
    private static List<Candidate> choose(TaggedSentence s, List<Candidate> candidates) {
        java.util.function.IntUnaryOperator clauseBoundary = at -> {
            // ", while X said", "; X said", ", but X said": the comma or semicolon before a new clause's subject
            int k = at - 1;
            if (k >= 0 && s.isWord(k, "while", "but", "and", "whereas", "although", "though", "as", "yet", "so")) {
                k--;
            }
            return k > 0 && s.isWord(k, ",", ";") ? k : -1;
        };
        return choose(candidates, clauseBoundary);
    }

    private static List<Candidate> choose(List<Candidate> candidates, java.util.function.IntUnaryOperator clauseBoundaries) {
        List<Candidate> order = new ArrayList<>(candidates);
        // Sure cues before doubtful ones, so a doubtful verb ("shows", "calls") cannot swallow a real report.
        order.sort(Comparator.comparing(Candidate::weak).thenComparing((Candidate c) -> !c.closingTag())
                .thenComparingInt(Candidate::cueFrom));
        List<Candidate> chosen = new ArrayList<>();
        for (Candidate c : order) {
            boolean nested = false;
            for (int k = 0; k < chosen.size(); k++) {
                Candidate other = chosen.get(k);
                int boundary = c.sourceFrom() >= 0 && !c.sharesSource() ? clauseBoundaries.applyAsInt(c.sourceFrom()) : -1;
                if (boundary >= 0 && other.cueFrom() < boundary && other.contentHas(c.cueFrom())
                        && other.contentHas(boundary)) {
                    other = other.truncatedAt(boundary); // ", while nine in 10 said ...": two reports, side by side
                    chosen.set(k, other);
                }
                boolean cueInside = other.contentHas(c.cueFrom());
                boolean sourceInside = c.sourceFrom() >= 0 && other.contentHas(c.sourceFrom());
                boolean swallowsOther = c.contentHas(other.cueFrom());
                boolean sameCue = other.cueFrom() < c.cueTo() && c.cueFrom() < other.cueTo();
                if (cueInside || sourceInside && !c.sharesSource() || swallowsOther || sameCue) {
                    nested = true;
                    break;
                }
            }
            if (!nested) {
                chosen.add(c);
            }
        }
        chosen.removeIf(c -> c.content().isEmpty() && !c.tagOnly()); // "Officials said; critics said ...": nothing left to attribute
        chosen.sort(Comparator.comparingInt(Candidate::cueFrom));
        return chosen;
    }

    // ---- cues -------------------------------------------------------------------------------

    /**
     * "In the words of one cabinet minister, ...", "In Holt's view, ...", "In a poll released on
     * Monday, ...": a prepositional cue with its source inside it, at the start of the sentence.
     */
    private static Candidate inTheWordsOf(TaggedSentence s, int i) {
        if (i != leadingStart(s)) {
            return null;
        }
        int cueTo;
        int[] source;
        if (s.isWord(i + 1, "the") && s.isWord(i + 2, "words") && s.isWord(i + 3, "of")) {
            source = rightPhrase(s, i + 4);
            cueTo = i + 4;
        } else {
            source = rightPhrase(s, i + 1);
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
        addIfWords(s, content, comma + 1, contentEnd(s, comma + 1));
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
    private static Candidate nounCue(TaggedSentence s, int i) {
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
        } else if (at > 0 && s.isWord(at, "'s", "’s", "'") && endsNounPhrase(s, at - 1)) {
            source = new int[] {leftPhraseStart(s, at - 1), at};
        } else {
            return null;
        }
        int from = s.isQuote(link) ? link : link + 1;
        if (s.isWord(link, "to") && !(from < s.size() && s.isTag(from, "VERB", "AUX"))) {
            return null; // "her plan to Congress": not "her plan to cut taxes"
        }
        int end = contentEnd(s, from);
        if (from >= end || !hasWords(s, from, end)) {
            return null;
        }
        List<int[]> content = new ArrayList<>();
        content.add(new int[] {from, end});
        return new Candidate(i, s.isQuote(link) ? i + 1 : link + 1, source[0], source[1], false, content, false, true);
    }

    /** "Holt: 'We will reopen in May.'" and "TAPPER: Do you think ...": a name and a colon opening the sentence. */
    private static Candidate colonTag(TaggedSentence s, int i) {
        int start = leadingStart(s);
        if (i == start || i - start > 6) {
            return null;
        }
        for (int k = start; k < i; k++) {
            if (!s.isTag(k, "PROPN", "NOUN", "DET", "ADJ", "PUNCT") || s.isWord(k, ",")) {
                return null;
            }
        }
        if (!endsNounPhrase(s, i - 1) || !s.isTag(i - 1, "PROPN")) {
            return null; // "The result: ..." introduces, it does not attribute
        }
        List<int[]> content = new ArrayList<>();
        addIfWords(s, content, i + 1, contentEnd(s, i + 1));
        if (content.isEmpty()) {
            return null;
        }
        return new Candidate(i, i + 1, start, i, false, content, false, false);
    }

    private static Candidate according(TaggedSentence s, int i) {
        int[] source = rightPhrase(s, i + 2);
        if (source == null) {
            return null;
        }
        List<int[]> content = new ArrayList<>();
        int end = contentEnd(s, 0);
        if (i > 0 && s.isWord(i - 1, ",", "—", "–", "(")) {
            addIfWords(s, content, leadingStart(s), i - 1);
        } else if (i > 0) {
            addIfWords(s, content, leadingStart(s), i);
        }
        if (content.isEmpty()) {
            int from = source[1];
            while (from < s.size() && s.isWord(from, ",", ":", "—", "–")) {
                from++;
            }
            addIfWords(s, content, from, end);
        }
        if (content.isEmpty()) {
            return null;
        }
        return new Candidate(i, i + 2, source[0], source[1], false, content, i > 0, false);
    }

    private static Candidate verbCue(TaggedSentence s, int i) {
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
        if (isGerund(s, i) && cueFrom == i && i > 0 && endsNounPhrase(s, i - 1) && !reportKind) {
            return null; // "leaders aiming to ...": a participle describing its noun
        }
        if (i > 0 && s.isWord(i - 1, ",") && cueFrom == i && !isGerund(s, i) && parenthetical(s, cueTo)) {
            return null; // "A ferry, announced last August, carries 400": a participle describing, not a report
        }
        if (passive) {
            return passiveCue(s, cueFrom, cueTo, lemma, weak);
        }
        // The source: a subject before the cue, a relative pronoun, an appositive, or after it.
        int[] source = null;
        boolean sharesSource = false;
        int before = skipTimePhrase(s, cueFrom - 1);
        if (before > 0 && s.isWord(before, ")")) {
            // "Sen. Chuck Grassley (R-Iowa) told": the parenthesis belongs to the name before it
            int open = before;
            while (open > 0 && !s.isWord(open, "(") && before - open < 24) {
                open--;
            }
            if (s.isWord(open, "(") && open > 0 && endsNounPhrase(s, open - 1)) {
                before = open - 1;
            }
        }
        if (before >= 0 && RELATIVE.contains(s.lower(before)) && s.isTag(before, "PRON", "DET", "SCONJ")
                && before > 0 && (s.isWord(before - 1, ",") || s.isTag(before - 1, "NOUN", "PROPN"))) {
            source = new int[] {before, before + 1};
        } else if (before >= 0 && endsNounPhrase(s, before) && !TIME_WORDS.contains(s.lower(before))
                && !(s.isWord(before, "time", "times", "day", "days") && !s.isTag(before, "PROPN"))) {
            // "that time said" is no source; "The Times said" and "Day said" (a surname) are
            source = new int[] {leftPhraseStart(s, before), before + 1};
            int relative = relativeClauseHead(s, source[0]);
            if (relative < 0 && source[0] > 2 && s.isTag(source[0] - 1, "ADP") && s.isTag(source[0] - 2, "ADJ")
                    && endsNounPhrase(s, source[0] - 3)) {
                relative = source[0] - 3; // "sources familiar with the deal said", "people close to him say"
            }
            if (relative >= 0) {
                source = new int[] {leftPhraseStart(s, relative), relative + 1}; // "officials who spoke with X said"
            }
        } else if (before >= 0 && s.isWord(before, ",") && isGerund(s, i)) {
            sharesSource = true; // ", adding that ..."
        } else if (before >= 0 && s.isWord(before, "and", "but", "then", "or") && predicateBefore(s, before)) {
            sharesSource = true; // "said X and added Y", "was quick to embrace him and said"
        } else if (before >= 0 && s.isWord(before, ",")) {
            int start = appositiveStart(s, before);
            if (start >= 0) {
                source = new int[] {start, before};
            }
        }
        boolean inverted = false;
        boolean speech = CueLexicon.kind(lemma) == CueLexicon.Kind.SPEECH;
        if (source == null && !sharesSource && speech && (before < 0 || s.isWord(before, ",") || s.isQuote(before)
                || s.isWord(before, "—", "–", ":"))) {
            source = rightPhrase(s, cueTo);
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
            addIfWords(s, content, leadingStart(s), tagStart(s, cueFrom));
            if (source[1] < s.size() && s.isWord(source[1], ",")) {
                addIfWords(s, content, source[1] + 1, contentEnd(s, source[1] + 1));
            }
            closing = true;
        } else {
            int from = skipToContent(s, cueTo, lemma);
            int end = contentEnd(s, from);
            if (from < s.size() && isGerund(s, from) && CueLexicon.lemma(s.word(from).text()) != null) {
                from = end; // "..., Spicer said, adding ...": the content is before the tag; the participle is a frame of its own
            }
            if (onlyAdjuncts(s, from, end)) {
                from = end; // "said in a statement.", "said on Thursday.": the content is before the tag
            }
            if (from < end && hasWords(s, from, end)) {
                boolean particle = cueTo > i + 1 && (PARTICLES.containsKey(lemma) || TOPIC_PREPOSITIONS.containsKey(s.lower(cueTo - 1)))
                        || objectControl(s, lemma, from) || asTheyReported(s, source, cueTo)
                        || takesSide(s, lemma, source, from);
                weak &= !asTheyReported(s, source, cueTo); // "As the Post reported, ...": the report holds the whole sentence
                if (weak && !particle && !markedContent(s, cueTo, from) && !documentSubject(s, source)
                        && !(clausal(lemma) && clause(s, from, end)) && !namingComplement(s, lemma, from, end)) {
                    return null;
                }
                content.add(new int[] {from, end});
                int subjectStart = sharesSource || source == null ? cueFrom : source[0];
                if (subjectStart > 0 && (s.isWord(subjectStart - 1, ",") || s.isQuote(subjectStart - 1))
                        && s.isQuote(leadingStart(s))) {
                    addIfWords(s, content, leadingStart(s), tagStart(s, subjectStart));
                }
            } else if (!sharesSource) {
                int subjectStart = source[0];
                if (subjectStart > 0 && (s.isWord(subjectStart - 1, ",", "—", "–") || s.isQuote(subjectStart - 1))) {
                    addIfWords(s, content, leadingStart(s), tagStart(s, subjectStart));
                    closing = true;
                } else if (subjectStart == leadingStart(s) && speech) {
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

    private static Candidate passiveCue(TaggedSentence s, int cueFrom, int cueTo, String lemma, boolean weak) {
        int from = cueTo;
        int[] agent = null;
        if (s.isWord(from, "by")) {
            agent = rightPhrase(s, from + 1);
            if (agent != null) {
                from = agent[1];
            }
        }
        if (CueLexicon.kind(lemma) == CueLexicon.Kind.STANCE || lemma.equals("tell") || lemma.equals("ask")) {
            return null; // "was criticized", "was told": the subject is the target, not the source
        }
        int start = skipToContent(s, from, lemma);
        int end = contentEnd(s, start);
        if (start >= end || !hasWords(s, start, end) || weak && !markedContent(s, cueTo, start) && agent == null) {
            return null;
        }
        List<int[]> content = new ArrayList<>();
        content.add(new int[] {start, end});
        return new Candidate(cueFrom, cueTo, agent == null ? -1 : agent[0], agent == null ? -1 : agent[1], false, content,
                false, weak);
    }

    private static boolean pastParticiple(String form, String lemma) {
        return form.endsWith("ed") || form.endsWith("en") || form.equals("told") || form.equals("said") || form.equals("found")
                || form.equals("thought") || form.equals("held") || form.equals("felt") || form.equals("understood")
                || form.equals("meant") || form.equals("sought") || form.equals("put") || !form.equals(lemma)
                && !form.endsWith("s") && !form.endsWith("ing");
    }

    /** Whether word {@code i} works as a verb here: tagged so, or a cue form right after a subject ("critics suspect"). */
    private static boolean verbish(TaggedSentence s, int i) {
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

    private static boolean isGerund(TaggedSentence s, int i) {
        return s.lower(i).endsWith("ing");
    }

    /** Whether the word at {@code at} links cue verb {@code lemma} to a topic: "about the deficit", not "on Tuesday". */
    private static boolean topicPreposition(TaggedSentence s, String lemma, int at) {
        if (at >= s.size()) {
            return false;
        }
        Set<String> verbs = TOPIC_PREPOSITIONS.get(s.lower(at));
        if (verbs == null || !verbs.isEmpty() && !verbs.contains(lemma)) {
            return false;
        }
        int[] object = rightPhrase(s, at + 1, false);
        boolean clause = at + 1 < s.size() && (s.isTag(at + 1, "VERB") && isGerund(s, at + 1)
                || s.isWord(at + 1, "what", "how", "why", "whether", "who", "the", "his", "her", "their", "its"));
        if (object == null) {
            return clause;
        }
        for (int k = object[0]; k < object[1]; k++) {
            if (TIME_WORDS.contains(s.lower(k)) || VENUES.contains(s.lower(k)) || s.isTag(k, "NUM") && k == object[0]) {
                return false; // "on Tuesday", "on Twitter", "over 20 years"
            }
        }
        return true;
    }

    /** "urged him to resign", "wants voters to know": a verb of wanting or telling, its object, then "to" and a verb. */
    private static boolean objectControl(TaggedSentence s, String lemma, int from) {
        if (!OBJECT_CONTROL.contains(lemma) || from >= s.size()) {
            return false;
        }
        int[] object = rightPhrase(s, from, false);
        return object != null && object[1] + 1 < s.size() && s.isWord(object[1], "to") && s.isTag(object[1] + 1, "VERB", "NOUN", "AUX");
    }

    /**
     * "Heitkamp opposes the measure", "they backed Sanders": a verb of taking sides with a named
     * or pronoun subject and a noun phrase after it. "The bridge supports the road" has no such subject.
     */
    private static boolean takesSide(TaggedSentence s, String lemma, int[] source, int from) {
        if (CueLexicon.kind(lemma) != CueLexicon.Kind.STANCE || source == null || from >= s.size()) {
            return false;
        }
        int head = source[1] - 1;
        boolean person = s.isTag(head, "PROPN") || SUBJECT_PRONOUNS.contains(s.lower(head)) && !s.isWord(head, "it", "which", "that");
        return person && rightPhrase(s, from, false) != null;
    }

    /** "As the Post reported, the deal is off": the report is the main clause after the comma. */
    private static boolean asTheyReported(TaggedSentence s, int[] source, int cueTo) {
        return source != null && source[0] == leadingStart(s) + 1 && s.isWord(source[0] - 1, "as")
                && cueTo < s.size() && s.isWord(cueTo, ",");
    }

    /** A cue that could mean something else needs a sign that content follows: "that", a colon, a quotation. */
    private static boolean markedContent(TaggedSentence s, int cueTo, int contentFrom) {
        for (int i = cueTo; i <= Math.min(contentFrom, s.size() - 1); i++) {
            if (CONTENT_MARKERS.contains(s.lower(i)) || s.isQuote(i)) {
                return true;
            }
        }
        return false;
    }

    /** Kinds whose verbs take a clause as their content: "polls show Trump is trailing". */
    private static boolean clausal(String lemma) {
        CueLexicon.Kind kind = CueLexicon.kind(lemma);
        return kind == CueLexicon.Kind.SPEECH || kind == CueLexicon.Kind.THOUGHT || kind == CueLexicon.Kind.EVIDENCE;
    }

    /** A subject and a finite verb early in the content: a reported clause. */
    private static boolean clause(TaggedSentence s, int from, int end) {
        for (int i = from + 1; i < Math.min(end, from + 8); i++) {
            if (s.isTag(i, "VERB", "AUX") && endsNounPhrase(s, i - 1) && !s.lower(i).endsWith("ing")) {
                return true;
            }
        }
        return false;
    }

    /** "called it shameful", "described the field as all very good": verbs of naming with an object and a description. */
    private static boolean namingComplement(TaggedSentence s, String lemma, int from, int end) {
        if (!Set.of("call", "describe", "label", "brand", "term", "dub", "characterize", "characterise").contains(lemma)) {
            return false;
        }
        int[] object = s.isWord(from, "it", "them", "him", "her", "himself", "herself", "themselves", "this", "that")
                ? new int[] {from, from + 1} : rightPhrase(s, from);
        int next = object == null ? from : object[1];
        return next < end && (s.isWord(next, "as", "a", "an", "the") || s.isTag(next, "ADJ") || s.isQuote(next));
    }

    private static boolean documentSubject(TaggedSentence s, int[] source) {
        return source != null && SourceClassifier.classify(s, source[0], source[1]) == SourceKind.DOCUMENT;
    }

    // ---- phrases ----------------------------------------------------------------------------

    private static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she", "they", "it", "i", "we", "you", "who",
            "which", "one", "someone", "somebody", "some", "many", "others", "most", "all", "both", "everyone",
            "everybody", "nobody", "none", "few", "several", "this", "these", "those", "each", "either", "neither",
            "anyone", "another");
    /** Words of quantity that head a subject: "Nearly half said", "21 percent said", "a majority say". */
    private static final Set<String> QUANTITIES = Set.of("half", "percent", "%", "majority", "minority", "third",
            "thirds", "quarter", "plurality", "number", "share", "fraction", "dozen", "dozens", "handful", "rest");

    private static boolean endsNounPhrase(TaggedSentence s, int i) {
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
    private static boolean determinedWithin(TaggedSentence s, int i, int words) {
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
    private static int leftPhraseStart(TaggedSentence s, int end) {
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
    private static int[] rightPhrase(TaggedSentence s, int from) {
        return rightPhrase(s, from, true);
    }

    private static int[] rightPhrase(TaggedSentence s, int from, boolean withAppositive) {
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
    private static int appositiveStart(TaggedSentence s, int comma) {
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

    // ---- content ----------------------------------------------------------------------------

    /** After the cue: past the person spoken to, a time or place, and "that", ":" or a comma. */
    private static int skipToContent(TaggedSentence s, int from, String lemma) {
        int i = from;
        if (CueLexicon.takesRecipient(lemma)) {
            int[] recipient = rightPhrase(s, i);
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

    private static final Set<String> TIME_WORDS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday",
            "saturday", "sunday", "today", "yesterday", "tonight", "earlier", "later", "recently", "week", "month", "year",
            "night", "morning", "afternoon", "evening", "weekend", "last", "this", "next", "ago", "again", "too", "also",
            "then", "there", "here", "repeatedly", "publicly", "privately", "once", "twice", "january", "february", "march",
            "april", "may", "june", "july", "august", "september", "october", "november", "december");

    /**
     * "Trump on Friday said", "Police last night said", "the minister earlier this week said": steps
     * back from {@code at} over a short time phrase, to where the subject ends. Unchanged when
     * there is none, or when nothing like a subject comes before it.
     */
    private static int skipTimePhrase(TaggedSentence s, int at) {
        int k = at;
        int steps = 0;
        while (k > 0 && steps < 5 && (TIME_WORDS.contains(s.lower(k)) || s.isWord(k, "on", "at", "during", "late", "early")
                || s.isTag(k, "NUM") && steps > 0)) {
            k--;
            steps++;
        }
        boolean timeSeen = steps > 0 && (TIME_WORDS.contains(s.lower(at)));
        return timeSeen && k < at && endsNounPhrase(s, k) && !TIME_WORDS.contains(s.lower(k)) && !s.isTag(k, "NUM") ? k : at;
    }

    /** Whether only adjuncts follow up to a comma, and the sentence goes on after it. */
    private static boolean parenthetical(TaggedSentence s, int from) {
        for (int k = from; k < s.size() - 1; k++) {
            if (s.isWord(k, ",")) {
                return k > from && onlyAdjuncts(s, from, k) && hasWords(s, k + 1, s.size());
            }
        }
        return false;
    }

    /** Whether {@code [from, end)} holds only prepositional adjuncts and times: "in a statement on Thursday". */
    private static boolean onlyAdjuncts(TaggedSentence s, int from, int end) {
        int i = from;
        while (i < end) {
            if (s.isTag(i, "ADP") && !s.isWord(i, "that")) {
                int[] np = rightPhrase(s, i + 1);
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
    private static int contentEnd(TaggedSentence s, int from) {
        int end = s.size();
        for (int i = Math.max(from, 1); i + 1 < s.size(); i++) {
            if ((s.isWord(i, ",") || s.isWord(i, "and")) && CueLexicon.lemma(s.word(i + 1).text()) != null
                    && s.isTag(i + 1, "VERB") && (isGerund(s, i + 1) || s.isWord(i, ",") || s.isWord(i - 1, ","))) {
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
    private static int leadingStart(TaggedSentence s) {
        int i = 0;
        while (i < s.size() && s.isWord(i, "—", "–", "-", "•", "*")) {
            i++;
        }
        return i;
    }

    /** Where the content before a tag ends: before the comma or dash that introduces the tag. */
    private static int tagStart(TaggedSentence s, int tag) {
        int end = tag;
        while (end > 0 && s.isWord(end - 1, ",", "—", "–")) {
            end--;
        }
        return end;
    }

    private static void addIfWords(TaggedSentence s, List<int[]> content, int from, int to) {
        if (from < to && hasWords(s, from, to)) {
            content.add(new int[] {from, to});
        }
    }

    private static boolean hasWords(TaggedSentence s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!s.isTag(i, "PUNCT") && !s.isQuote(i)) {
                return true;
            }
        }
        return false;
    }

    // ---- frames -----------------------------------------------------------------------------

    private static Attribution frame(int block, TaggedSentence s, Candidate c, int sourceFrom, int sourceTo,
            Mentions mentions) {
        Optional<Span> source = Optional.empty();
        SourceKind kind = SourceKind.UNRESOLVED;
        String name = "";
        if (sourceFrom >= 0) {
            source = Optional.of(new Span(s.word(sourceFrom).start(), s.word(sourceTo - 1).end()));
            int from = sourceFrom;
            int to = sourceTo;
            if (to - from == 1 && RELATIVE.contains(s.lower(from)) && from > 0) {
                // "Trump, who said": the relative pronoun stands for the phrase before it
                int end = s.isWord(from - 1, ",") ? from - 2 : from - 1;
                if (end >= 0 && endsNounPhrase(s, end)) {
                    to = end + 1;
                    from = leftPhraseStart(s, end);
                }
            }
            kind = SourceClassifier.classify(s, from, to);
            name = phrase(s, from, to);
            if (kind == SourceKind.UNRESOLVED) {
                String pronoun = s.lower(from);
                if ((pronoun.equals("he") || pronoun.equals("she") || pronoun.equals("him") || pronoun.equals("her"))
                        && mentions.lastPerson != null) {
                    kind = SourceKind.PERSON;
                    name = mentions.lastPerson;
                } else if ((pronoun.equals("it") || pronoun.equals("which")) && mentions.lastThing != null) {
                    kind = mentions.lastThing;
                    name = mentions.lastThingName;
                } else if (pronoun.equals("they") && mentions.lastThing != null) {
                    kind = mentions.lastThing;
                    name = mentions.lastThingName;
                }
            } else if (kind == SourceKind.PERSON) {
                String proper = properName(s, from, to);
                if (!proper.isEmpty()) {
                    mentions.seePerson(proper);
                    name = mentions.lastPerson;
                }
            } else if (kind == SourceKind.ORGANISATION || kind == SourceKind.DOCUMENT || kind == SourceKind.ROLE) {
                mentions.lastThing = kind;
                mentions.lastThingName = name;
            }
        }
        Span cue = new Span(s.word(c.cueFrom()).start(), s.word(c.cueTo() - 1).end());
        CueLexicon.Kind cueKind = CueLexicon.Kind.SPEECH; // "according to"
        for (int i = c.cueFrom(); i < c.cueTo(); i++) {
            String lemma = CueLexicon.lemma(s.word(i).text());
            if (lemma != null && !s.isTag(i, "AUX")) {
                cueKind = CueLexicon.kind(lemma);
            }
        }
        List<Span> content = new ArrayList<>();
        for (int[] range : c.content()) {
            content.add(new Span(s.word(range[0]).start(), s.word(range[1] - 1).end()));
        }
        content.sort(Comparator.comparingInt(Span::start));
        return new Attribution(block, source, kind, name, cue, cueKind, content);
    }

    private static String phrase(TaggedSentence s, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (b.length() > 0 && !s.isWord(i, "'s", "'", ",")) {
                b.append(' ');
            }
            b.append(s.word(i).text());
        }
        return b.toString();
    }

    private static String properName(TaggedSentence s, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int i = from; i < to; i++) {
            if (s.isTag(i, "PROPN") && !s.isWord(i, "Mr.", "Mrs.", "Ms.", "Dr.", "Mr", "Ms", "Mrs", "Dr")) {
                if (b.length() > 0) {
                    b.append(' ');
                }
                b.append(s.word(i).text());
            } else if (b.length() > 0) {
                break;
            }
        }
        return b.toString();
    }
}
