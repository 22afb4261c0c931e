package dev.pantau.link;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class KnowledgeBaseTest {
    private final KnowledgeBase kb = KnowledgeBase.bundled();

    @Test
    void everyUnMemberIsACountryWithItsIndonesianName() {
        assertEquals("RUS", kb.country("RUS").actor());
        assertEquals("Rusia", kb.country("RUS").name());
        assertEquals("Korea Utara", kb.country("PRK").name());
        assertTrue(kb.country("USA").names().contains("AS"));
        assertEquals("RUS", kb.metonymCountry("Moskow"));
        assertEquals("USA", kb.metonymCountry("Gedung Putih"));
        long countries = List.of("IDN", "MYS", "SGP", "THA", "PHL", "VNM", "MMR", "KHM", "LAO", "BRN", "TLS", "UKR", "ISR", "PSE", "IRN", "SDN")
                .stream().filter(c -> kb.country(c) != null).count();
        assertEquals(16, countries);
    }

    @Test
    void rolesAreBoundByDate() {
        KbEntry jokowi2019 = kb.best(kb.lookup("Joko Widodo"), LocalDate.of(2019, 5, 1));
        assertEquals("IDNGOV", jokowi2019.actor());
        assertEquals("Q6406", jokowi2019.wikidata());
        KbEntry jokowi2025 = kb.best(kb.lookup("Joko Widodo"), LocalDate.of(2025, 5, 1));
        assertEquals("IDN", jokowi2025.actor(), "a former president keeps his country but not the government code");
        assertNull(jokowi2025.role());
        assertEquals("IDNGOV", kb.best(kb.lookup("Prabowo Subianto"), LocalDate.of(2025, 5, 1)).actor());
    }

    @Test
    void userFilesAddEntriesAndBadFilesAreRefusedWithTheirLine(@TempDir Path dir) throws IOException {
        Path people = dir.resolve("my-people.tsv");
        Files.writeString(people, "# my analysts' people\nname\taliases\tcountry\tactor\trole\tstart\tend\twikidata\n"
                + "Budi Santoso\tPak Budi\tIDN\tIDNGOV\tminister\t2024-10-21\t\t\n");
        KnowledgeBase mine = KnowledgeBase.withUserFiles(List.of(people));
        assertEquals("IDNGOV", mine.best(mine.lookup("Pak Budi"), LocalDate.of(2025, 1, 1)).actor());
        assertEquals("RUS", mine.country("RUS").actor(), "the bundled KB is still there");

        Path bad = dir.resolve("bad.tsv");
        Files.writeString(bad, "name\taliases\tcountry\tactor\trole\tstart\tend\twikidata\nBudi\tB\tIDN\n");
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> KnowledgeBase.withUserFiles(List.of(bad)));
        assertTrue(e.getMessage().contains("row 2 has 3 columns, expected 8"), e.getMessage());
        Path badDate = dir.resolve("bad-date.tsv");
        Files.writeString(badDate, "name\taliases\tcountry\tactor\trole\tstart\tend\twikidata\nBudi\t\tIDN\tIDNGOV\tminister\t21/10/2024\t\t\n");
        e = assertThrows(IllegalArgumentException.class, () -> KnowledgeBase.withUserFiles(List.of(badDate)));
        assertTrue(e.getMessage().contains("bad date '21/10/2024'"), e.getMessage());
        Path unknown = dir.resolve("x.tsv");
        Files.writeString(unknown, "foo\tbar\n");
        e = assertThrows(IllegalArgumentException.class, () -> KnowledgeBase.withUserFiles(List.of(unknown)));
        assertTrue(e.getMessage().contains("unknown knowledge-base header"), e.getMessage());
    }
}
