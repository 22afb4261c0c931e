package dev.pantau.ingest;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class PageDatesTest {
    @Test
    void markupDates() {
        assertEquals("2021-07-09T14:05:00+07:00", PageDates.normalize("2021-07-09T14:05:00+0700"));
        assertEquals("2021-07-09T14:05:30Z", PageDates.normalize(" 2021-07-09T14:05:30.120Z "));
        assertEquals("2021-07-09", PageDates.normalize("2021-07-09"));
        assertEquals("2021-07-09", PageDates.normalize("20210709"));
        assertEquals("2021-07-09T14:05:00Z", PageDates.normalize("Fri, 9 Jul 2021 14:05:00 GMT"));
        assertEquals("2021-07-09", PageDates.normalize("July 9th, 2021"));
        assertEquals("2021-07-09", PageDates.normalize("Jumat, 9 Juli 2021 14:05 WIB"));
        assertNull(PageDates.normalize("2021-13-40"));
        assertNull(PageDates.normalize("kemarin sore"));
        assertNull(PageDates.normalize("1850-01-01"), "years out of range are noise");
    }

    @Test
    void urlDates() {
        assertEquals("2020-02-29", PageDates.inUrl("https://example.org/news/2020/02/29/leap-day"));
        assertEquals("2020-02-03", PageDates.inUrl("https://example.org/2020-2-3-story"));
        assertEquals("2020-02-03", PageDates.inUrl("https://example.org/read/20200203/story"));
        assertNull(PageDates.inUrl("https://example.org/2019/02/30/no-such-day"));
        assertNull(PageDates.inUrl("https://example.org/story-1234567890"));
    }

    @Test
    void datelineDates() {
        assertEquals("2022-11-01", PageDates.inText("MEDAN, 1 Nov 2022 - Hujan deras"));
        assertEquals("2022-11-01", PageDates.inText("LONDON (Nov. 1, 2022) — Rain"));
        assertNull(PageDates.inText("Tidak ada tanggal di sini"));
    }
}
