package dev.pantau.geo;

import dev.pantau.Seed;
import dev.pantau.doc.Doc;
import dev.pantau.doc.Entity;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GazetteerTest {
    private final Gazetteer gazetteer = Gazetteer.bundled();

    @Test
    void citiesRegionsAndIndonesianUnits() {
        Place la = gazetteer.lookup("Los Angeles");
        assertEquals("USA", la.country());
        assertEquals("California", la.admin1());
        assertTrue(la.lat() > 33 && la.lat() < 35);
        assertEquals("USA", gazetteer.lookup("Florida").country(), "the US state outweighs the Uruguayan department");
        assertEquals("RUS", gazetteer.lookup("Amur").country());
        assertEquals("IDN", gazetteer.lookup("Kabupaten Bogor").country());
        assertEquals("IDN", gazetteer.lookup("Jakarta Pusat").country());
    }

    @Test
    void commonWordsAndNameBuildingWordsAreNoPlaces() {
        assertNull(gazetteer.lookup("Barat"), "builds Jawa Barat, Nusa Tenggara Barat …");
        assertNull(gazetteer.lookup("Batu"), "'batu' is a common word");
    }

    @Test
    void placesInTextButNotInsideLongerNames() {
        Doc d = Seed.analyze("Demo digelar di Los Angeles dan Houston, sementara PT Bumi Asri Pasaman membantah. "
                + "Warga Desa Beringin Teluk berkumpul di Menteng.");
        List<String> places = d.entities().stream().filter(e -> e.type() == Entity.Type.LOCATION).map(Entity::name).toList();
        assertEquals(List.of("Los Angeles", "Houston", "Desa Beringin Teluk", "Menteng"), places);
        assertEquals("IDN", d.entities().stream().filter(e -> e.name().equals("Desa Beringin Teluk")).findFirst().orElseThrow().country());
    }
}
