package dev.copydesk.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
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
}
