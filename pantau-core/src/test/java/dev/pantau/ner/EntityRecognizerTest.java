package dev.pantau.ner;

import dev.pantau.Seed;
import dev.pantau.doc.Doc;
import dev.pantau.doc.Entity;
import dev.pantau.doc.Mention;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class EntityRecognizerTest {

    static Entity named(Doc d, String name) {
        return d.entities().stream().filter(e -> e.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no entity " + name + " in " + d.entities().stream().map(Entity::name).toList()));
    }

    static boolean mentioned(Entity e, String text) {
        return e.mentions().stream().anyMatch(m -> m.text().equals(text));
    }

    @Test
    void linksTheSeedsLeadersToTheirCountriesAndRoles() {
        Doc d = Seed.analyze(Seed.text());
        Entity kim = named(d, "Kim Jong-un");
        assertEquals(Entity.Type.PERSON, kim.type());
        assertEquals("PRK", kim.country());
        assertEquals("PRKGOV", kim.actor());
        assertTrue(mentioned(kim, "Kim"), "the short name is the same person");
        assertTrue(kim.mentions().stream().anyMatch(m -> m.kind() == Mention.Kind.NOMINAL && m.text().equals("Pemimpin Korea Utara itu")));
        Entity putin = named(d, "Vladimir Putin");
        assertEquals("RUS", putin.country());
        assertEquals("RUSGOV", putin.actor());
        assertTrue(mentioned(putin, "Putin"));
        assertEquals(1, d.entities().stream().filter(e -> e.name().contains("Putin")).count(), "one Putin, not two");
    }

    @Test
    void countriesShortFormsAndCapitalsAsGovernment() {
        Doc d = Seed.analyze(Seed.text());
        Entity usa = named(d, "Amerika Serikat");
        assertEquals("USA", usa.actor());
        assertTrue(mentioned(usa, "AS"));
        assertTrue(mentioned(usa, "Washington"), "Washington watching the summit is the US government");
        assertTrue(mentioned(named(d, "Rusia"), "Moskow"));
    }

    @Test
    void acronymsTitlesAndOrganisationHeads() {
        Doc d = Seed.analyze("JAKARTA, KOMPAS.com - Komisi Pemilihan Umum (KPU) resmi mencabut keputusan itu. "
                + "Ketua KPU menyampaikan hal itu kepada Menteri Dalam Negeri. Keputusan KPU berlaku hari ini, kata Hakim Agung Suharto.");
        Entity kpu = named(d, "Komisi Pemilihan Umum");
        assertEquals(Entity.Type.ORGANIZATION, kpu.type());
        assertEquals(4, kpu.mentions().size(), "the acronym and its two later uses join the full name");
        Entity outlet = named(d, "Kompas.com");
        assertEquals(Entity.Type.ORGANIZATION, outlet.type());
        assertNotNull(named(d, "Jakarta"));
        assertEquals(Entity.Type.PERSON, named(d, "Suharto").type());
    }

    @Test
    void countriesAreNamedInTheArticlesLanguage() {
        Doc en = dev.pantau.Pantau.builder().language("en").build().analyze(dev.pantau.doc.Article.ofText(
                "Russia and North Korea signed a pact, officials in Moscow said."));
        Entity russia = named(en, "Russia");
        assertEquals("RUS", russia.country());
        assertEquals("North Korea", named(en, "North Korea").name());
    }

    @Test
    void aTitleInAnAliasIsNoEchoAndAShorterNameIsTheFullOne() {
        Doc d = Seed.analyze("Presiden Jokowi membuka rapat itu. Wakil Presiden Ma'ruf Amin hadir bersama Satria Arta Kumbara. "
                + "Setelah itu Satria Arta berbicara. Keinginan Satria untuk pulang sudah lama.", "2022-03-01");
        for (Entity e : d.entities()) {
            if (e.kb() != null && e.kb().equals("Q6406")) {
                assertTrue(e.mentions().stream().noneMatch(m -> m.start() > 30 && m.text().equals("Presiden")),
                        "the Presiden of Wakil Presiden is not Jokowi: " + e.mentions());
            }
        }
        Entity satria = named(d, "Satria Arta Kumbara");
        assertEquals(3, satria.mentions().size(), satria.mentions().toString());
    }
}
