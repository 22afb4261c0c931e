package dev.pantau.event;

import dev.pantau.Seed;
import dev.pantau.doc.Doc;
import dev.pantau.doc.Event;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EventCoderTest {

    static List<String> coded(Doc d) {
        return d.events().stream().map(v -> v.source().actor() + " " + v.code() + " " + v.target().actor()).toList();
    }

    @Test
    void codesTheSummitBothWaysWithItsDate() {
        Doc d = Seed.analyze(Seed.text());
        List<String> c = coded(d);
        assertTrue(c.contains("PRKGOV 040 RUSGOV"), c.toString());
        assertTrue(c.contains("RUSGOV 040 PRKGOV"), c.toString());
        Event meet = d.events().get(0);
        assertEquals("2023-09-13", meet.date());
        assertEquals("bertemu", meet.evidence().text());
        assertEquals(1, meet.quadClass());
        assertEquals(1.0, meet.goldstein());
    }

    @Test
    void pastAttackGetsItsOwnYearAndModalAidBecomesIntent() {
        Doc d = Seed.analyze(Seed.text());
        Event attack = d.events().stream().filter(v -> v.root().equals("19")).findFirst().orElseThrow();
        assertEquals("UKR", attack.target().actor());
        assertEquals("2022", attack.date(), "tahun lalu in a 2023 article");
        Event aid = d.events().stream().filter(v -> v.evidence().text().equals("membantu")).findFirst().orElseThrow();
        assertEquals("033", aid.code(), "dapat membantu: an offer of aid");
        assertTrue(aid.hypothetical());
    }

    @Test
    void negatedVerbsAreNoEvents() {
        Doc d = Seed.analyze("Presiden Rusia Vladimir Putin tidak bertemu Presiden Amerika Serikat Joe Biden di Jenewa.", "2021-06-16");
        assertEquals(List.of(), coded(d));
        Doc e = Seed.analyze("Presiden Rusia Vladimir Putin bertemu Presiden Amerika Serikat Joe Biden di Jenewa.", "2021-06-16");
        assertEquals(List.of("RUSGOV 040 USAGOV", "USAGOV 040 RUSGOV"), coded(e));
    }

    @Test
    void eventsAreGeocodedWhereTheSentencePlacesThem() {
        Doc d = Seed.analyze("Menteri Luar Negeri Jepang bertemu Menteri Luar Negeri Indonesia di Surabaya pada Selasa (4/6/2024).", "2024-06-04");
        Event meet = d.events().stream().filter(v -> v.root().equals("04")).findFirst().orElseThrow(() -> new AssertionError(d.events().toString()));
        assertEquals("Surabaya", meet.location().name());
        assertEquals("IDN", meet.location().country());
        assertEquals("Jawa Timur", meet.location().admin1());
        assertTrue(meet.location().lat() != null && meet.location().lat() < -7 && meet.location().lat() > -8, "Surabaya lies near 7.25 S");
        assertEquals("2024-06-04", meet.date());
    }

    @Test
    void aStateAttackingAnotherCountryUsesMilitaryForce() {
        Doc d = Seed.analyze("Militer Israel menyerang Iran pada Jumat dini hari.", "2025-06-13");
        assertTrue(d.events().stream().anyMatch(e -> e.code().equals("190") && e.source().actor().startsWith("ISR")
                && e.target().actor().startsWith("IRN")), d.events().toString());
        assertTrue(EventCoder.interstate("180", "ISRMIL", "IRN"));
        assertTrue(!EventCoder.interstate("180", "IDNCOP", "IDNCVL"), "an assault inside one country stays 180");
        assertTrue(!EventCoder.interstate("180", "SYRREB", "IRQ"), "a rebel group is no state");
        assertTrue(!EventCoder.interstate("181", "ISR", "IRN"), "only the unspecified assault");
    }

    @Test
    void aPlaceAfterAPlaceWordLocatesTheEventAndItsUnnamedTarget() {
        Doc d = Seed.analyze("Pasukan Rusia menyerang sebuah rumah sakit di kota Kharkiv pada Kamis.", "2024-05-10");
        Event e = d.events().stream().filter(v -> v.root().equals("19")).findFirst().orElse(null);
        assertNotNull(e, d.events().toString());
        assertEquals("Kharkiv", e.location().name());
        assertEquals("UKR", e.target().actor().substring(0, 3), "the unnamed hospital is where the attack happened");
    }

    @Test
    void theObjectOfAnOrderDoesWhatItIsOrderedTo() {
        Doc d = Seed.analyze("Perdana Menteri Israel memerintahkan militer Israel untuk menyerang Iran.", "2025-06-13");
        Event attack = d.events().stream().filter(e -> e.root().equals("19")).findFirst().orElse(null);
        assertNotNull(attack, d.events().toString());
        assertEquals("ISRMIL", attack.source().actor(), "the military attacks, not the prime minister");
    }

    @Test
    void aTitleWithItsNameInAnAppositionIsThatPerson() {
        Doc d = Seed.analyze("SINGAPURA, KOMPAS.com -- Perdana Menteri (PM) Singapura Lawrence Wong menyatakan keprihatinan "
                + "mendalam terhadap situasi kemanusiaan di Gaza.", "2025-05-20");
        assertTrue(d.events().stream().anyMatch(e -> e.root().equals("01") && e.source().actor().startsWith("SGP")), d.events().toString());
    }

    @Test
    void missilesFiredAtACityAreAnAttackOnItsCountry() {
        Doc d = Seed.analyze("Rusia meluncurkan rudal balistik ke Kyiv.", "2024-05-10");
        Event e = d.events().stream().filter(v -> v.root().equals("19")).findFirst().orElse(null);
        assertNotNull(e, d.events().toString());
        assertEquals("UKR", e.target().actor().substring(0, 3));
        assertEquals("Kyiv", e.location().name());
    }
}
