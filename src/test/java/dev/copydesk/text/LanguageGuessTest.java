package dev.copydesk.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LanguageGuessTest {
    @Test
    void guessesByScriptAndFunctionWords() {
        assertEquals(Optional.of("en"), LanguageGuess.of("The council said that the bridge was closed and that the "
                + "works would take a year, with the cost of the repairs to be met from the budget for this year."));
        assertEquals(Optional.of("de"), LanguageGuess.of("Der Rat hat die Brücke geschlossen und die Arbeiten "
                + "dauern ein Jahr, sagte die Bürgermeisterin, und das ist nicht gut für den Handel in der Stadt."));
        assertEquals(Optional.of("ru"), LanguageGuess.of("Совет города закрыл мост на ремонт до следующего года."));
        assertEquals(Optional.of("uk"), LanguageGuess.of("Міська рада закрила міст на ремонт до наступного року."));
        assertEquals(Optional.of("ja"), LanguageGuess.of("市議会は橋を来年まで閉鎖すると発表しました。"));
        assertEquals(Optional.of("zh"), LanguageGuess.of("市议会宣布大桥将关闭至明年。"));
    }

    @Test
    void staysSilentOnShortOrMixedText() {
        assertEquals(Optional.empty(), LanguageGuess.of("Bridge closed"));
        assertEquals(Optional.empty(), LanguageGuess.of(""));
    }

    @Test
    void wordsAreWhatTheRegexSplitGives() {
        // The split the guess used to make, on texts of letters (one outside the BMP), apostrophes
        // and separators, in every order, both ends included.
        java.util.regex.Pattern notWord = java.util.regex.Pattern.compile("[^\\p{L}']+");
        String[] pieces = {"a", "é", "Ω", "'", " ", ".", "-", "7", "\uD835\uDC00", "\u2019", "ß", "\u0301"};
        Random random = new Random(53);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(8);
            for (int k = 0; k < length; k++) {
                text.append(pieces[random.nextInt(pieces.length)]);
            }
            String t = text.toString();
            assertEquals(List.of(notWord.split(t)), LanguageGuess.words(t), () -> "text: \"" + t + "\"");
        }
    }
}
