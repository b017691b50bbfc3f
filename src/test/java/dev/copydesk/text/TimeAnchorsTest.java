package dev.copydesk.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TimeAnchorsTest {
    private static final LocalDate DATE = LocalDate.of(2026, 3, 14);

    @Test
    void resolvesAgainstTheArticleDate() {
        assertEquals(Optional.of("2026-03-13"), TimeAnchors.resolve("yesterday", DATE));
        assertEquals(Optional.of("December 2025"), TimeAnchors.resolve("last December", DATE));
        assertEquals(Optional.of("March 2026"), TimeAnchors.resolve("this March", DATE));
        assertEquals(Optional.of("April 2026"), TimeAnchors.resolve("next April", DATE));
        assertEquals(Optional.of("2025"), TimeAnchors.resolve("last year", DATE));
        assertEquals(Optional.of("2026-02"), TimeAnchors.resolve("last month", DATE));
        assertEquals(Optional.of("2026-03-09"), TimeAnchors.resolve("last Monday", DATE));
        assertEquals(Optional.of("2025-11-14 to 2026-03-14"), TimeAnchors.resolve("over the past four months", DATE));
        assertEquals(Optional.of("some time before 2026-03-14"), TimeAnchors.resolve("in recent weeks", DATE));
        assertEquals(Optional.empty(), TimeAnchors.resolve("on 14 December 2025", DATE));
    }
}
