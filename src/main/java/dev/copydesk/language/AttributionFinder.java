package dev.copydesk.language;

import dev.copydesk.text.GatedPattern;
import dev.copydesk.text.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
    private static final GatedPattern FULL_NAME = GatedPattern.compile(
            "(?<![\\p{L}'’.-])(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\\.?\\s+)?([A-Z][a-z]+(?:-[A-Z][a-z]+)?(?:\\s+[A-Z]\\.)?"
            + "\\s+(?:(?:de|van|von|al|bin|Mc|Mac)\\s+)?[A-Z][a-zA-Z'’-]+)");

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
            String[] parts = dev.copydesk.text.Words.splitOnWhitespace(name);
            String surname = parts[parts.length - 1];
            if (parts.length > 1) {
                fullNames.putIfAbsent(surname, name);
                lastPerson = name;
            } else {
                lastPerson = fullNames.getOrDefault(surname, name);
            }
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

    /** The few characters before a name that make it a place or a team: "flew to", "lost to". */
    private static final java.util.regex.Pattern AFTER_PLACE_WORD = java.util.regex.Pattern.compile(
            ".*\\b(?:in|to|from|at|near|of|for|against|beat|play)\\s+$");

    /** A capitalised run that names an institution or a place, not a person. */
    private static final java.util.regex.Pattern INSTITUTION = java.util.regex.Pattern.compile(
            ".*\\b(?:Party|Ministry|Department|Council|Office|Committee|House|Senate|Court|News|Times|Post|Street|Road|"
            + "University|Bank|Group|Union)$");

    static void notePeople(String text, Span sentence, Mentions mentions) {
        // The sentence alone, as a region with opaque bounds would give it: tried only at capitals.
        String s = text.substring(sentence.start(), sentence.end());
        GatedPattern.Finder m = FULL_NAME.finder(s);
        while (m.find()) {
            String name = dev.copydesk.text.Words.collapseWhitespace(m.group(1));
            String first = name.split(" ")[0];
            String before = s.substring(Math.max(0, m.start() - 6), m.start()).toLowerCase(java.util.Locale.ROOT);
            if (AFTER_PLACE_WORD.matcher(before).matches()) {
                continue; // "flew to Hong Kong", "lost to Manchester United": places and teams, not people
            }
            if (!SENTENCE_STARTERS.contains(first) && !INSTITUTION.matcher(name).matches()) {
                mentions.seePerson(name);
            }
        }
    }

    static final Set<String> SENTENCE_STARTERS = Set.copyOf(java.util.List.of("The", "A", "An", "In", "On", "At", "But", "And", "If",
            "When", "While", "This", "That", "These", "Those", "It", "He", "She", "They", "We", "For", "As", "After",
            "Before", "Last", "Next", "New", "North", "South", "East", "West", "United", "Former", "President", "Senator",
            "Secretary", "Governor", "Mr", "Mrs", "Ms", "Dr", "According", "Meanwhile", "However"));

    private static List<Attribution> sentence(int block, Passage passage, Span sentence, Mentions mentions) {
        List<Word> words = TaggingPrefilter.wordsToTag(passage, sentence);
        if (words == null) {
            return List.of();
        }
        TaggedSentence s = TaggedSentence.of(words);
        List<Candidate> candidates = candidates(passage, words, s);
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
                int[] subject = NounPhrases.sentenceSubject(s, c.cueFrom());
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

    /** Every cue in the sentence with the frame it could head, before overlapping ones are chosen between. */
    private static List<Candidate> candidates(Passage passage, List<Word> words, TaggedSentence s) {
        List<Candidate> candidates = new ArrayList<>();
        for (int i = 0; i < s.size(); i++) {
            if (TaggingPrefilter.insideQuotation(passage, words, i) && !s.isQuote(i)) {
                continue; // a report inside a quotation is the speaker's, nested in the quotation
            }
            Candidate c;
            if (s.isWord(i, "according") && s.isWord(i + 1, "to")) {
                c = Cues.according(s, i);
            } else if (s.isWord(i, "in")) {
                c = Cues.inTheWordsOf(s, i);
            } else if (s.isWord(i, ":")) {
                c = Cues.colonTag(s, i);
            } else if (CueWords.NOUN_CUES.contains(s.lower(i)) && s.isTag(i, "NOUN")) {
                c = Cues.nounCue(s, i);
            } else {
                c = VerbCue.find(s, i);
            }
            if (c != null) {
                candidates.add(c);
            }
        }
        return candidates;
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
        if (first != ContentSpans.leadingStart(s)) {
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

    static Attribution frame(int block, TaggedSentence s, Candidate c, int sourceFrom, int sourceTo,
            Mentions mentions) {
        Optional<Span> source = Optional.empty();
        SourceKind kind = SourceKind.UNRESOLVED;
        String name = "";
        if (sourceFrom >= 0) {
            source = Optional.of(new Span(s.word(sourceFrom).start(), s.word(sourceTo - 1).end()));
            int from = sourceFrom;
            int to = sourceTo;
            if (to - from == 1 && CueWords.RELATIVE.contains(s.lower(from)) && from > 0) {
                // "Trump, who said": the relative pronoun stands for the phrase before it
                int end = s.isWord(from - 1, ",") ? from - 2 : from - 1;
                if (end >= 0 && NounPhrases.endsNounPhrase(s, end)) {
                    to = end + 1;
                    from = NounPhrases.leftPhraseStart(s, end);
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
