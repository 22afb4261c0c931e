package dev.pantau.event;

import dev.pantau.Seed;
import dev.pantau.doc.Doc;
import dev.pantau.doc.Event;
import dev.pantau.pipeline.LanguagePack;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The Indonesian verb dictionary: well formed, CAMEO codes only, and coding its own example sentences. */
class IndonesianVerbsTest {
    private static final boolean SHOW_MISSES = Boolean.getBoolean("examples.misses");

    @Test
    void dictionaryReadsCleanlyAndUsesOnlyCameoCodes() {
        IndonesianVerbs id = IndonesianVerbs.forPack(LanguagePack.forLanguage("id"));
        VerbPatterns v = id.verbs();
        assertTrue(v.problems().isEmpty(), v.problems().toString());
        assertTrue(v.verbCount() > 1000, "verbs: " + v.verbCount());
        CameoCodebook codebook = CameoCodebook.bundled();
        List<String> unknown = new ArrayList<>();
        for (String w : v.verbWords()) {
            for (VerbPatterns.Verb verb : v.verbs(w)) {
                check(codebook, verb.code(), w, unknown);
                for (VerbPatterns.VerbPattern p : verb.patterns()) check(codebook, p.code(), w + " pattern line " + p.line(), unknown);
            }
        }
        assertEquals(List.of(), unknown);
    }

    private static void check(CameoCodebook codebook, VerbPatterns.Code c, String where, List<String> unknown) {
        if (c == null) return;
        for (String code : new String[]{c.forward(), c.backward()}) {
            if (code != null && codebook.get(code) == null) unknown.add(where + ": " + code);
        }
    }

    @Test
    void passiveFindsTheActiveVerbAndSwapsTheSides() {
        Doc d = Seed.analyze("Kedutaan Besar Amerika Serikat di Baghdad diserang oleh milisi Irak pada Minggu.", "2024-05-05");
        Event e = d.events().stream().filter(v -> v.root().equals("18") || v.root().equals("19")).findFirst().orElse(null);
        assertNotNull(e, d.events().toString());
        assertEquals("IRQ", e.source().actor().substring(0, 3));
        assertEquals("USA", e.target().actor().substring(0, 3));
        assertEquals("diserang", e.evidence().text());
    }

    @Test
    void aThreatOfAnActIsTheThreatWithTheActsTarget() {
        Doc d = Seed.analyze("Presiden Filipina mengancam akan mengusir duta besar China dari Manila.", "2024-05-05");
        List<String> roots = d.events().stream().map(Event::root).toList();
        assertEquals(List.of("13"), roots, d.events().toString());
        Event e = d.events().get(0);
        assertEquals("PHL", e.source().actor().substring(0, 3));
        assertEquals("CHN", e.target().actor().substring(0, 3));
    }

    @Test
    void forceAndAidNeedPeopleOrAPlaceNotAThing() {
        Doc d = Seed.analyze("Polisi meminta warga menjaga jarak selama antre.", "2024-05-05");
        assertTrue(d.events().stream().noneMatch(e -> e.root().equals("07")), d.events().toString());
        Doc occupied = Seed.analyze("Israel menduduki Dataran Tinggi Golan sejak 1967.", "2024-05-05");
        assertTrue(occupied.events().stream().anyMatch(e -> e.root().equals("19")), occupied.events().toString());
    }

    @Test
    void anActOnOneselfIsNoEventUnlessAPatternSaysSo() {
        Doc d = Seed.analyze("Menteri Luar Negeri Jepang memaksa dirinya hadir di Jakarta.", "2024-05-05");
        assertTrue(d.events().isEmpty(), d.events().toString());
        Doc offer = Seed.analyze("Turki menawarkan diri sebagai mediator antara Rusia dan Ukraina.", "2024-05-05");
        assertTrue(offer.events().stream().anyMatch(e -> e.code().equals("039")), offer.events().toString());
    }

    @Test
    void anAccusationIsAgainstTheSubjectOfWhatItClaims() {
        for (String sentence : List.of("Pemerintah Thailand menuding bahwa Kamboja telah melanggar perjanjian damai.",
                "Pemerintah China menuding Filipina memprovokasi di Laut China Selatan.")) {
            Doc d = Seed.analyze(sentence, "2024-05-05");
            List<String> events = d.events().stream().map(e -> e.root() + " " + e.source().actor().substring(0, 3) + " "
                    + (e.target().actor() == null ? "-" : e.target().actor().substring(0, 3))).toList();
            assertEquals(1, events.size(), sentence + " " + events);
            assertTrue(events.get(0).startsWith("11 ") && !events.get(0).endsWith(events.get(0).substring(3, 6)), sentence + " " + events);
        }
    }

    @Test
    void anAppealThatSomethingBeDoneIsAnEvent() {
        Doc d = Seed.analyze("Pemerintah Indonesia mendesak agar Israel menghentikan operasi militer di Gaza.", "2024-05-05");
        assertTrue(d.events().stream().anyMatch(e -> e.root().equals("02") || e.root().equals("10")), d.events().toString());
        Doc passive = Seed.analyze("Menteri Keuangan Jepang meminta agar suku bunga segera diturunkan.", "2024-05-05");
        assertTrue(passive.events().stream().anyMatch(e -> e.root().equals("02") && e.source().actor().startsWith("JPN")),
                passive.events().toString());
    }

    @Test
    void anActAskedAboutIsNoEvent() {
        Doc d = Seed.analyze("Pemerintah Jepang akan memutuskan pekan depan apakah akan menjatuhkan sanksi kepada Rusia.", "2024-05-05");
        assertTrue(d.events().stream().noneMatch(e -> e.root().equals("16")), d.events().toString());
        Doc asked = Seed.analyze("Menteri itu ditanya apakah Amerika Serikat akan menyerang Iran.", "2024-05-05");
        assertTrue(asked.events().stream().noneMatch(e -> e.root().equals("18") || e.root().equals("19")), asked.events().toString());
    }

    /**
     * The example sentences written with the dictionary (sentence, code, source, target; "-" for
     * no event): the share coded with exactly their code, and the share of no-event lines left
     * without events.
     */
    @Test
    void codesItsExampleSentences() throws IOException {
        // -Dexamples.misses=true prints each example not coded with its code
        List<String[]> rows = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(Objects.requireNonNull(
                getClass().getResourceAsStream("/dev/pantau/event/id-verb-examples.tsv")), StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) if (!line.isBlank() && !line.startsWith("#")) rows.add(line.split("\t"));
        }
        int events = 0, exact = 0, quiet = 0, clean = 0;
        for (String[] row : rows) {
            List<String> codes = Seed.analyze(row[0], "2024-05-01").events().stream().map(Event::code).toList();
            if (row[1].equals("-")) {
                quiet++;
                if (codes.isEmpty()) clean++;
            } else {
                events++;
                if (codes.contains(row[1])) exact++;
                else if (SHOW_MISSES) System.out.println("miss\t" + row[1] + "\t" + codes + "\t" + row[0]);
            }
        }
        double accuracy = (double) exact / events, quietShare = (double) clean / quiet;
        System.out.printf("id-verb-examples: %d/%d coded exactly (%.3f), %d/%d no-event lines clean%n", exact, events, accuracy, clean, quiet);
        assertTrue(events >= 300 && quiet >= 50, "examples: " + events + " events, " + quiet + " without");
        assertTrue(accuracy >= 0.75, "exact code on " + accuracy + " of the examples");
        assertTrue(quietShare >= 0.95, "no event on " + quietShare + " of the no-event lines");
    }
}
