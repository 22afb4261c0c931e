package dev.pantau.quote;

import dev.pantau.Seed;
import static dev.pantau.Seed.ID;
import dev.pantau.doc.Attribution;
import dev.pantau.doc.Doc;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class AttributionExtractorTest {

    @Test
    void findsTheSeedsThreeSources() {
        Doc d = Seed.analyze(Seed.text());
        List<String> sources = d.attributions().stream().map(Attribution::source).toList();
        assertEquals(List.of("Channel News Asia", "TV Rusia", "kantor berita pemerintah Rusia"), sources);
        Attribution first = d.attributions().get(0);
        assertEquals("Dilansir dari Channel News Asia", first.text());
        assertEquals(first.text(), d.text(first.start(), first.end()));
    }

    @Test
    void citationsOfOtherOutletsInTrainingArticles() {
        Doc d = Seed.analyze("\"Awalnya dari percikan las dari situ ada kali 10 ledakan,\" ujar Junando, sopir Jaklingko, dikutip dari Kompas.com, Rabu (11/6/2025). "
                + "Dilansir dari Homes and Gardens, senyawa ini mengganggu penerimaan sensorik nyamuk.");
        assertEquals(List.of("Kompas.com", "Homes and Gardens"), d.attributions().stream().map(Attribution::source).toList());
    }

    @Test
    void channelsOfStatementsAndTheOutletsOwnReporting() {
        Doc d = ID.analyze(new dev.pantau.doc.Article(null, null, "Kompas.com", null, "2025-06-11",
                "Menteri Hukum Supratman Andi Agtas memastikan status itu. \"Sudah tidak lagi,\" kata Supratman dalam keterangan tertulis, Rabu. "
                + "Diberitakan sebelumnya, ia sempat viral di media sosial."));
        List<String> sources = d.attributions().stream().map(Attribution::source).toList();
        assertEquals(List.of("Supratman Andi Agtas", "Kompas.com"), sources);
    }
}
