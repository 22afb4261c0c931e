package dev.pantau.link;

import dev.pantau.pipeline.LanguagePack;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class AgentsTest {
    @Test
    void readsThePetrarchFormatWithSubstitutionsAndPlurals() {
        Agents a = Agents.parse(List.of("# comment", "!PERSON! = MAN, WOMAN", "CATTLE!PERSON! [~AGR]",
                "DEFENSE_MINISTER [~GOVMIL] # a comment", "MOUSE {MICE} [~CVL]"), "test");
        assertEquals("AGR", a.code("cattleman"));
        assertEquals("AGR", a.code("CATTLEWOMAN"));
        assertEquals("GOVMIL", a.code("defense minister"));
        assertEquals("CVL", a.code("mice"));
        assertNull(a.code("minister"));
        Agents bad = Agents.parse(List.of("POLICE ~COP", "ARMY [~MIL]"), "x.txt");
        assertEquals("MIL", bad.code("army"), "a bad line does not take the good ones down");
        assertEquals(1, bad.skipped().size());
        assertTrue(bad.skipped().get(0).startsWith("x.txt:1:"), bad.skipped().get(0));
        assertThrows(IllegalArgumentException.class, () -> Agents.parse(List.of("!X!MAN [~CVL]"), "y.txt"));
    }

    @Test
    void aSpaceInsideTheCodeBracketIsRead() {
        // PETR.Validate.agents.txt: "POLICE {} [ ~COP]"
        Agents a = Agents.parse(List.of("POLICE {} [ ~COP] # JON 2/8/95"), "test");
        assertEquals("COP", a.code("police"));
        assertEquals(List.of(), a.skipped());
    }

    @Test
    void theIndonesianAgentsGiveRoleCodesLongestPhraseFirst() {
        Agents a = Agents.forPack(LanguagePack.forLanguage("id"));
        assertTrue(a.size() > 500, "hundreds of role words");
        assertEquals(List.of(), a.skipped());
        assertEquals("GOV", a.code("presiden"));
        assertEquals("COP", a.code("Polisi"));
        assertEquals("MIL", a.code("tentara"));
        Agents.Match m = a.longestAt(List.of("Menteri", "Pertahanan", "Rusia"), 0);
        assertEquals(2, m.words());
        assertEquals("GOVMIL", m.code());
    }

    @Test
    void readsPhoenixEnglishAgentsUnchanged() throws IOException {
        Path phoenix = Path.of("../../shared/data/cameo/petrarch2/dictionaries/Phoenix.agents.txt");
        if (!Files.exists(phoenix)) phoenix = Path.of("../shared/data/cameo/petrarch2/dictionaries/Phoenix.agents.txt");
        Assumptions.assumeTrue(Files.exists(phoenix), "../shared/data absent");
        Agents a = Agents.read(phoenix);
        assertTrue(a.size() > 1000, "size " + a.size());
        assertTrue(a.skipped().size() < 10, a.skipped().toString());
        assertEquals("AGR", a.code("farmer"));
    }
}
