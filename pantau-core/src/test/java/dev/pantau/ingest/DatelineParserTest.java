package dev.pantau.ingest;

import dev.pantau.doc.Dateline;
import dev.pantau.link.KnowledgeBase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

class DatelineParserTest {
    private final DatelineParser parser = new DatelineParser(KnowledgeBase.bundled());

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            "Bisnis.com, JAKARTA - Pemimpin Korea Utara Kim Jong-un bertemu|Bisnis.com|Jakarta",
            "JAKARTA, KOMPAS.com - Menteri Koordinator Bidang Pembangunan Manusia|Kompas.com|Jakarta",
            "PALANGKA RAYA, KOMPAS.com - Sejumlah warga mendesak pembubaran|Kompas.com|Palangka Raya",
            "JAKARTA, KOMPAS.com- Eks anggota Korps Marinir|Kompas.com|Jakarta",
            "JAKARTA, KOMPAS.com --- Kepolisian Daerah Metro Jaya|Kompas.com|Jakarta",
            "TRIBUNNEWS.COM - Rudal hipersonik antikapal buatan Rusia|Tribunnews.com|NULL",
            "TRIBUNNEWS.COM, JAKARTA -- PT Pertamina (Persero) terus aktif|Tribunnews.com|Jakarta",
            "KOMPAS.com - CEO Nvidia Jensen Huang memprediksi|Kompas.com|NULL",
            "REPUBLIKA.CO.ID, JAKARTA -- Pemerintah menetapkan|Republika.co.id|Jakarta",
            "GAZA, KOMPAS.com - Serangan udara menghantam|Kompas.com|Gaza",
            "JAKARTA (Reuters) - Indonesia's central bank held rates|Reuters|Jakarta",
    })
    void parsesTheDatelinesOfIndonesianOutlets(String text, String outlet, String place) {
        Dateline d = parser.parse(text);
        assertEquals(outlet, d.outlet());
        assertEquals(place, d.place());
        assertEquals(0, d.start());
    }

    @Test
    void aSentenceWithACommaAndADashIsNoDateline() {
        assertNull(parser.parse("Namun, ia menilai kebijakan itu - yang diumumkan kemarin - terlalu cepat."));
        assertNull(parser.parse("Kementerian Keuangan (Kemenkeu) memastikan tidak ada kenaikan iuran."));
    }
}
