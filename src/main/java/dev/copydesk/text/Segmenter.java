package dev.copydesk.text;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sentences and words by ICU {@link BreakIterator}. Sentence breaking uses ICU's standard
 * abbreviation suppressions ({@code @ss=standard}), so "U.S. teams" and "Mr. Rutte" stay in
 * one sentence, and joins the breaks ICU makes after titles and initials it does not know
 * ("Dr. Jones", "J. K. Rowling"). Prototypes are cached per locale and cloned per call, because break iterators
 * are not thread-safe. Thread-safe.
 */
public final class Segmenter {
    private static final Map<String, BreakIterator> SENTENCES = new ConcurrentHashMap<>();
    private static final Map<String, BreakIterator> WORDS = new ConcurrentHashMap<>();

    private final BreakIterator sentencePrototype;
    private final BreakIterator wordPrototype;

    public Segmenter(String language) {
        String lang = language == null || language.isBlank() ? "en" : language.toLowerCase(Locale.ROOT);
        this.sentencePrototype = SENTENCES.computeIfAbsent(lang,
                l -> BreakIterator.getSentenceInstance(new ULocale(l + "@ss=standard")));
        this.wordPrototype = WORDS.computeIfAbsent(lang, l -> BreakIterator.getWordInstance(new ULocale(l)));
    }

    /** Sentences of {@code text}, trimmed of surrounding whitespace; never empty spans. */
    public List<Span> sentences(String text) {
        BreakIterator it = sentencePrototype.clone();
        it.setText(text);
        List<Span> spans = new ArrayList<>();
        int start = it.first();
        for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
            int s = start;
            int e = end;
            while (s < e && Character.isWhitespace(text.charAt(s))) {
                s++;
            }
            while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
                e--;
            }
            if (e > s) {
                Span previous = spans.isEmpty() ? null : spans.get(spans.size() - 1);
                // A break inside a run of non-space characters is in a URL or an address
                // ("example.com/faq?id=3"), not between sentences.
                boolean midToken = previous != null && previous.end() == s && s > 0 && s < text.length()
                        && (Character.isLowerCase(text.charAt(s)) || Character.isDigit(text.charAt(s))) && text.charAt(s - 1) == '?'
                        && s >= 2 && !Character.isWhitespace(text.charAt(s - 2));
                if (previous != null && (midToken || endsWithAbbreviation(text, previous, s))) {
                    s = spans.remove(spans.size() - 1).start();
                }
                spans.add(new Span(s, e));
            }
        }
        return spans;
    }

    /**
     * Titles and initials that ICU's suppression list misses ("Dr. Jones", "J. K. Rowling"):
     * a sentence ending in one of them runs on into the next.
     */
    private static final java.util.Set<String> ABBREVIATIONS = java.util.Set.of("dr", "prof", "gen", "sen", "rep",
            "gov", "lt", "col", "capt", "sgt", "st", "mt", "jr", "sr", "rev", "hon", "no", "vs", "inc", "ltd", "corp",
            "co", "dept", "univ", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
            "mr", "mrs", "ms", "fig", "approx", "est");

    private static boolean endsWithAbbreviation(String text, Span sentence, int next) {
        int end = sentence.end();
        if (end < 2 || text.charAt(end - 1) != '.') {
            return false;
        }
        int start = end - 1;
        while (start > sentence.start() && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        String word = text.substring(start, end - 1);
        boolean initial = word.length() == 1 && Character.isUpperCase(word.charAt(0));
        String lower = word.toLowerCase(Locale.ROOT);
        if (lower.equals("no")) {
            // "No. 10" runs on; "he said no." ends a sentence.
            return Character.isDigit(text.charAt(next));
        }
        return initial || ABBREVIATIONS.contains(lower);
    }

    /**
     * Words and punctuation of {@code text}: ICU word segments with a letter, digit or ideograph
     * status are words; other segments give one token per non-space code point.
     */
    public List<Token> tokens(String text) {
        BreakIterator it = wordPrototype.clone();
        it.setText(text);
        List<Token> tokens = new ArrayList<>();
        int start = it.first();
        for (int end = it.next(); end != BreakIterator.DONE; start = end, end = it.next()) {
            if (it.getRuleStatus() != BreakIterator.WORD_NONE) {
                tokens.add(new Token(start, end, text.substring(start, end), true));
                continue;
            }
            for (int i = start; i < end; i += Character.charCount(text.codePointAt(i))) {
                int cp = text.codePointAt(i);
                if (!Character.isWhitespace(cp) && !Character.isSpaceChar(cp)) {
                    int next = i + Character.charCount(cp);
                    tokens.add(new Token(i, next, text.substring(i, next), false));
                }
            }
        }
        return tokens;
    }
}
