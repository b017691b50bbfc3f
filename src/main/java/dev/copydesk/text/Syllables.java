package dev.copydesk.text;

import java.util.Locale;

/**
 * English syllable estimate from spelling: vowel groups, less a silent final "e", at least
 * one per word. A first approximation; a dictionary-backed counter replaces it for the
 * readability work. Stateless.
 */
public final class Syllables {
    private Syllables() {
    }

    public static int count(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        int groups = 0;
        boolean inVowel = false;
        int letters = 0;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (!Character.isLetter(c)) {
                continue;
            }
            letters++;
            boolean vowel = "aeiouy".indexOf(c) >= 0;
            if (vowel && !inVowel) {
                groups++;
            }
            inVowel = vowel;
        }
        if (letters == 0) {
            return w.chars().anyMatch(Character::isDigit) ? 1 : 0;
        }
        if (w.endsWith("e") && !w.endsWith("le") && groups > 1) {
            groups--;
        }
        if ((w.endsWith("es") || w.endsWith("ed")) && groups > 1 && !w.endsWith("ted") && !w.endsWith("ded")
                && !w.endsWith("ses") && !w.endsWith("zes") && !w.endsWith("ces") && !w.endsWith("ges")) {
            groups--;
        }
        return Math.max(1, groups);
    }
}
