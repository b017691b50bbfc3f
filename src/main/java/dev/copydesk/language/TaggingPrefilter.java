package dev.copydesk.language;

import dev.copydesk.text.Span;
import java.util.List;
import java.util.Set;

/**
 * Which sentences can hold a frame, judged on their words before any tagging: tagging is the
 * language layer's main cost, and most sentences report nothing.
 */
public final class TaggingPrefilter {
    private TaggingPrefilter() {
    }

    /**
     * The words of a sentence that can hold a frame, or null when it cannot and needs no tagging.
     * A "sentence" of thousands of characters is a table, a list or junk: only its start is read,
     * which bounds every scan of the finder (each is at most quadratic in a sentence's words).
     */
    static List<Word> wordsToTag(Passage passage, Span sentence) {
        int end = Math.min(sentence.end(), sentence.start() + AttributionFinder.MAX_SENTENCE_CHARS);
        List<Word> words = WordTokenizer.words(passage.text(), sentence.start(), end);
        if (words.size() > AttributionFinder.MAX_SENTENCE_WORDS) {
            words = words.subList(0, AttributionFinder.MAX_SENTENCE_WORDS);
        }
        boolean afterQuotation = passage.quotationClosingBefore(sentence.start()) != null;
        return hasCueWord(words, afterQuotation) && !quotedThroughout(passage, words) ? words : null;
    }

    /**
     * Whether every cue word of the sentence sits inside a quotation, where reports are the
     * speaker's and make no frame: such a sentence needs no tagging. A cue right after a closing
     * quotation mark ("...," said Holt) is outside, whatever the quotation finder paired.
     */
    static boolean quotedThroughout(Passage passage, List<Word> words) {
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
    static boolean insideQuotation(Passage passage, List<Word> words, int i) {
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

    /** A word that can be a person's name or pronoun right before a verb: "Clinton", "she"; not "The". */
    static boolean namedSubject(Word w) {
        return w.is("he") || w.is("she") || w.is("they") || w.is("we") || w.is("i")
                || Character.isUpperCase(w.text().codePointAt(0)) && w.text().length() > 1
                && !Character.isUpperCase(w.text().codePointAt(w.text().length() - 1)) && !AttributionFinder.SENTENCE_STARTERS.contains(w.text());
    }

    /**
     * Whether the sentence can hold a frame, judged on its words before any tagging: a sure cue
     * word ("said", "believes", "according"), or a doubtful one ("shows", "see", "puts") with what
     * a frame of it needs nearby: "that", a colon or quotation mark, a particle ("called for"), or
     * a document or data word just before it ("the report puts"). Tagging is the language layer's
     * main cost, and most sentences with only a doubtful verb report nothing.
     */
    static boolean hasCueWord(List<Word> words, boolean afterQuotation) {
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
            if (CueWords.NOUN_CUES.contains(w.lower()) && i > 0 && i + 1 < words.size()
                    && (CueWords.POSSESSIVES.contains(words.get(i - 1).lower()) || words.get(i - 1).lower().endsWith("s"))
                    && CueWords.NOUN_CUE_LINKS.contains(words.get(i + 1).lower())) {
                return true;
            }
            if (lemma == null) {
                continue;
            }
            if (!CueWords.WEAK.contains(lemma) || afterQuotation && i <= 6) {
                return true; // a doubtful verb opening a sentence after a quotation is its tag: "Holt added."
            }
            for (int k = i + 1; k < Math.min(words.size(), i + 6); k++) {
                String next = words.get(k).lower();
                boolean linked = CueWords.PARTICLES.getOrDefault(lemma, Set.of()).contains(next) || CueWords.TOPIC_PREPOSITIONS.containsKey(next)
                        && (CueWords.TOPIC_PREPOSITIONS.get(next).isEmpty() || CueWords.TOPIC_PREPOSITIONS.get(next).contains(lemma));
                if (CueWords.CONTENT_MARKERS.contains(next) || linked && k == i + 1 || next.equals(",") && words.get(0).is("as")) {
                    return true;
                }
            }
            for (int k = Math.max(0, i - 4); k < i; k++) {
                if (SourceClassifier.DOCUMENT_HEADS.contains(words.get(k).lower()) || words.get(k).isQuote()) {
                    return true; // "the report puts ...", and a closing tag: "'...,' he added."
                }
            }
            if (i > 0 && namedSubject(words.get(i - 1)) && CueWords.clausal(lemma)) {
                return true; // "Clinton suggested the Democrats debate", "Trump described the country as ...": a person's verb
            }
        }
        return false;
    }
}
