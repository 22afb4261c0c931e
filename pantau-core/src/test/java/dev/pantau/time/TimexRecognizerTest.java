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

    @Test
    void setsWithACountAgesJoinedByDanAndSchoolYears() {
        Doc d = Seed.analyze("Gubernur dipilih setiap lima tahun, bupati setiap 4 tahun. "
                + "Pelamar berusia paling tinggi 30 tahun (D3) dan 32 tahun (S1). Data tahun ajaran 2022/2023 dipakai.", "2024-03-07");
        assertEquals(List.of("setiap lima tahun=SET:P5Y", "setiap 4 tahun=SET:P4Y", "tahun ajaran 2022/2023=DATE:2022"), values(d));
    }

    @Test
    void durationsCountedFromThePreviousDateAndIterativeUnits() {
        Doc d = Seed.analyze("Pemilu legislatif digelar pada tahun 2029 dan pemilu daerah tiga tahun setelah itu. "
                + "Warga sudah bertahun-tahun menunggu jalan itu.", "2024-03-07");
        assertEquals(List.of("tahun 2029=DATE:2029", "tiga tahun setelah itu=DATE:2032", "bertahun-tahun=DURATION:PXY"), values(d));
    }

    @Test
    void partsOfTheDayWithDeicticWords() {
        Doc d = Seed.analyze("Hujan turun kemarin sore. Tadi pagi jalan masih tergenang, dan semalam listrik padam.", "2024-03-07");
        assertEquals(List.of("kemarin sore=TIME:2024-03-06TAF", "Tadi pagi=TIME:2024-03-07TMO", "semalam=TIME:2024-03-06TNI"), values(d));
    }

    @Test
    void deicticWordsInAQuoteTakeTheDayOfTheSpeechAndAWordAfterADateIsNoNewTime() {
        Doc d = Seed.analyze("Nelayan akan berunjuk rasa di pelabuhan.\n"
                + "\"Besok kami berangkat dari dermaga pukul 07.00 WIB,\" kata Ketua Serikat Nelayan Jaya Wardana, Senin (4/3/2024).\n"
                + "Izin sudah diberikan Jumat (1/3/2024) kemarin.", "2024-03-05");
        assertEquals(List.of("Besok=DATE:2024-03-05", "pukul 07.00 WIB=TIME:2024-03-05T07:00", "Senin (4/3/2024)=DATE:2024-03-04",
                "Jumat (1/3/2024)=DATE:2024-03-01"), values(d));
    }
}
