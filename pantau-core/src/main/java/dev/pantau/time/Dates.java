package dev.pantau.time;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Small helpers for ISO 8601 dates as they appear in inputs and TIMEX3 values. */
public final class Dates {
    private Dates() {
    }

    /** The calendar day of an ISO date or date-time ("2023-09-13", "2023-09-13T08:00:00+07:00"), or null. */
    public static LocalDate parseDay(String iso) {
        if (iso == null || iso.length() < 10) return null;
        try {
            return LocalDate.parse(iso.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** Whether a string is an ISO date or date-time that {@link #parseDay} reads. */
    public static boolean isIsoDate(String s) {
        return parseDay(s) != null && s.matches("\\d{4}-\\d{2}-\\d{2}([T ].*)?");
    }
}
