package dev.pantau.time;

import dev.pantau.Seed;
import dev.pantau.doc.Doc;
import dev.pantau.doc.Timex;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TimexRecognizerTest {

    private static List<String> values(Doc d) {
        return d.times().stream().map(t -> t.text() + "=" + t.type() + ":" + t.value()).toList();
    }

    @Test
    void normalisesTheSeedsTimesAndAnchorsTahunLaluOnItsDate() {
        Doc d = Seed.analyze(Seed.text());
        assertEquals(List.of("Rabu (13/9/2023)=DATE:2023-09-13", "dua jam=DURATION:PT2H", "sekitar 40 detik=DURATION:PT40S",
                "tahun lalu=DATE:2022", "sekitar dua jam=DURATION:PT2H"), values(d));
        assertEquals("2023-09-13", d.published(), "the first explicit date stands in for the missing publication date");
    }

    @Test
    void readsClockTimesWithZonesAndNamedMonths() {
        Doc d = Seed.analyze("Insiden ini terjadi pada Sabtu (19/7/2025). Peristiwa melanda Kecamatan Barumun, sejak sekitar pukul 13.30 WIB. "
                + "Sidang digelar 5 Agustus 2025 dan putusan dibacakan pada September 2025.");
        assertEquals(List.of("Sabtu (19/7/2025)=DATE:2025-07-19", "pukul 13.30 WIB=TIME:2025-07-19T13:30",
                "5 Agustus 2025=DATE:2025-08-05", "September 2025=DATE:2025-09"), values(d));
    }

    @Test
    void resolvesDeicticWordsAndBareWeekdaysAgainstThePublicationDate() {
        Doc d = Seed.analyze("Presiden tiba kemarin dan bertemu menteri pada Senin. Dua hari lalu ia berada di Bali; "
                + "pekan depan ia ke Tokyo. Bulan lalu harga naik selama tiga tahun terakhir.", "2025-07-31");
        assertEquals(List.of("kemarin=DATE:2025-07-30", "Senin=DATE:2025-07-28", "Dua hari lalu=DATE:2025-07-29",
                "pekan depan=DATE:2025-W32", "Bulan lalu=DATE:2025-06", "tiga tahun=DURATION:P3Y"), values(d));
        assertEquals("2025-07-31", d.published(), "metadata wins over dates in the text");
    }

    @Test
    void leavesRelativeTimesUnresolvedWithoutAnyAnchor() {
        Doc d = Seed.analyze("Harga minyak naik tahun lalu.");
        Timex t = d.times().get(0);
        assertEquals("XXXX", t.value());
        assertEquals(null, d.published());
    }

    @Test
    void lawNumbersAndAgesAreNoDurations() {
        Doc d = Seed.analyze("Sesuai Undang-Undang Nomor 13 Tahun 2003, anak berusia 5 tahun dan peserta dengan usia maksimal 35 tahun "
                + "menunggu selama dua tahun.", "2025-07-31");
        assertEquals(List.of("dua tahun=DURATION:P2Y"), values(d));
    }

    @Test
    void fixedDateHolidaysAndBareDaysOfTheMonthTakeTheAnchorsYearAndMonth() {
        Doc d = Seed.analyze("Upacara Hari Pahlawan berlangsung khidmat. Pendaftaran ditutup tanggal 9 dan hasil diumumkan "
                + "tanggal 20 Oktober 2025.", "2025-10-04");
        assertEquals(List.of("Hari Pahlawan=DATE:2025-11-10", "tanggal 9=DATE:2025-10-09",
                "20 Oktober 2025=DATE:2025-10-20"), values(d));
    }
}
