package dev.copydesk.language;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Splits a sentence into words the way the tagger's training data (Universal Dependencies
 * English) does: punctuation apart, clitics apart ({@code did n't}, {@code Schumer 's}),
 * abbreviations whole ({@code Mr.}, {@code U.S.}). Offsets are kept exactly; no text is
 * rewritten. Linear in the sentence.
 */
public final class WordTokenizer {
    private static final Set<String> ABBREVIATIONS = Set.of("mr", "mrs", "ms", "dr", "prof", "sen", "rep", "gov", "gen",
            "col", "lt", "sgt", "capt", "st", "jr", "sr", "inc", "corp", "co", "ltd", "vs", "etc", "no", "rev", "hon",
            "pres", "sept", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "oct", "nov", "dec", "u.s", "u.k",
            "e.g", "i.e", "a.m", "p.m", "d.c", "u.n", "e.u");
    private static final String CLOSING = ".,;:!?\"'”’)]}…";
    private static final String OPENING = "\"'“‘([{";

    private WordTokenizer() {
    }

    /** The words of {@code text} within {@code [from, to)}. */
    public static List<Word> words(String text, int from, int to) {
        List<Word> words = new ArrayList<>();
        int i = from;
        while (i < to) {
            while (i < to && isSpace(text.charAt(i))) {
                i++;
            }
            int start = i;
            while (i < to && !isSpace(text.charAt(i))) {
                i++;
            }
            if (i > start) {
                chunk(text, start, i, words);
            }
        }
        return words;
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** One whitespace-free chunk: opening marks, the core, clitics and closing marks. Linear in the chunk. */
    private static void chunk(String text, int start, int end, List<Word> out) {
        while (start < end && (OPENING.indexOf(text.charAt(start)) >= 0 || text.charAt(start) == '$'
                || text.charAt(start) == '—' || text.charAt(start) == '–')) {
            out.add(new Word(text.substring(start, start + 1), start, start + 1));
            start++;
        }
        // Closing marks, collected from the end backwards and added in order at the end.
        List<Word> tail = new ArrayList<>();
        while (end > start && (CLOSING.indexOf(text.charAt(end - 1)) >= 0 || text.charAt(end - 1) == '%'
                || text.charAt(end - 1) == '—' || text.charAt(end - 1) == '–')) {
            char c = text.charAt(end - 1);
            if (c == '.' && keepsPeriod(text, start, end)) {
                break;
            }
            if ((c == '\'' || c == '’') && end - 1 > start && (text.charAt(end - 2) == 's' || text.charAt(end - 2) == 'S')
                    && end - start > 2 && tail.isEmpty() && isPossessivePlural(text, start, end)) {
                // "voters'" : the plural possessive mark is a clitic of its own
                tail.add(new Word(text.substring(end - 1, end), end - 1, end));
                end--;
                break;
            }
            tail.add(new Word(text.substring(end - 1, end), end - 1, end));
            end--;
        }
        // Dashes inside a chunk ("said—and") separate words.
        int from = start;
        for (int dash = indexOfDash(text, from, end); dash > from && dash < end - 1; dash = indexOfDash(text, from, end)) {
            core(text, from, dash, out);
            out.add(new Word(text.substring(dash, dash + 1), dash, dash + 1));
            from = dash + 1;
        }
        if (end > from) {
            core(text, from, end, out);
        }
        for (int i = tail.size() - 1; i >= 0; i--) {
            out.add(tail.get(i));
        }
    }

    private static int indexOfDash(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c == '—' || c == '–') {
                return i;
            }
        }
        return -1;
    }

    private static boolean isPossessivePlural(String text, int start, int end) {
        return Character.isLetter(text.charAt(start)) && text.charAt(end - 2) == 's';
    }

    private static final java.util.regex.Pattern INITIALS = java.util.regex.Pattern.compile("(?:\\p{L}\\.)+\\p{L}");

    private static boolean keepsPeriod(String text, int start, int end) {
        if (end - 1 <= start || end - 1 - start > 12 || text.charAt(end - 2) == '.') {
            return false; // abbreviations are short; a run of full stops is punctuation
        }
        String core = text.substring(start, end - 1).toLowerCase(java.util.Locale.ROOT);
        if (core.isEmpty()) {
            return false;
        }
        if (ABBREVIATIONS.contains(core) || core.length() == 1 && Character.isLetter(core.charAt(0))) {
            return true;
        }
        // U.S. and A.B.C.: letters with periods between them
        return INITIALS.matcher(core).matches();
    }

    /** The core of a chunk, with English clitics split off ("did|n't", "Trump|'s", "we|'re"). */
    private static void core(String text, int start, int end, List<Word> out) {
        String lower = text.substring(start, end).toLowerCase(java.util.Locale.ROOT).replace('’', '\'');
        int cut = -1;
        if (lower.endsWith("n't") && lower.length() > 3) {
            cut = end - 3;
        } else if (lower.length() > 2 && (lower.endsWith("'s") || lower.endsWith("'m") || lower.endsWith("'d"))) {
            cut = end - 2;
        } else if (lower.length() > 3 && (lower.endsWith("'re") || lower.endsWith("'ve") || lower.endsWith("'ll"))) {
            cut = end - 3;
        }
        if (cut > start) {
            out.add(new Word(text.substring(start, cut), start, cut));
            out.add(new Word(text.substring(cut, end), cut, end));
        } else {
            out.add(new Word(text.substring(start, end), start, end));
        }
    }
}
