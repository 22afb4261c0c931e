package dev.pantau.store;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class EventMergerTest {
    private static final LocalDate PUBLISHED = LocalDate.parse("2023-09-14");

    @Test
    void filesAnEventUnderItsOwnDayOrTheBestDayItsPeriodAllows() {
        assertEquals(LocalDate.parse("2023-09-13"), EventMerger.eventDay("2023-09-13", PUBLISHED));
        assertEquals(PUBLISHED, EventMerger.eventDay("2023-09", PUBLISHED));        // published inside the month
        assertEquals(LocalDate.parse("2022-01-01"), EventMerger.eventDay("2022", PUBLISHED)); // "tahun lalu"
        assertEquals(LocalDate.parse("2023-08-01"), EventMerger.eventDay("2023-08", PUBLISHED));
        assertEquals(PUBLISHED, EventMerger.eventDay(null, PUBLISHED));
        assertEquals(PUBLISHED, EventMerger.eventDay("XXXX-XX-XX", PUBLISHED));
        assertEquals(PUBLISHED, EventMerger.eventDay("2023-W37", PUBLISHED));
        assertNull(EventMerger.eventDay(null, null));
    }

    @Test
    void readsTheDayOfADateTime() {
        assertEquals(LocalDate.parse("2023-09-13"), EventMerger.day("2023-09-13T10:15:00+07:00"));
        assertNull(EventMerger.day("13/9/2023"));
        assertNull(EventMerger.day(null));
    }
}
