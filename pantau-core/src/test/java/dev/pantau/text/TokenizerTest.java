package dev.pantau.text;

import dev.pantau.Seed;
import dev.pantau.doc.Doc;
import dev.pantau.doc.Sentence;
import dev.pantau.doc.Token;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TokenizerTest {
    private final Tokenizer tokenizer = new Tokenizer(Set.of("dr", "dll", "no", "h", "rp"));

    private List<String> texts(String s) {
        return tokenizer.tokenize(s).stream().map(Token::text).toList();
    }

    @Test
    void keepsNumbersDomainsAndHyphenatedWordsWhole() {
        assertEquals(List.of("Bisnis.com", ",", "JAKARTA", "-", "Kim", "Jong-un", "bertemu"),
                texts("Bisnis.com, JAKARTA - Kim Jong-un bertemu"));
        assertEquals(List.of("inflasi", "5,12", "%", "dan", "1.350", "ton", "pukul", "16.00"),
                texts("inflasi 5,12% dan 1.350 ton pukul 16.00"));
        assertEquals(List.of("Rabu", "(", "13/9/2023", ")"), texts("Rabu (13/9/2023)"));
        assertEquals(List.of("negara-negara", "Barat"), texts("negara-negara Barat"));
        assertEquals(List.of("tahun", "1960-an", "``", "Apa", "?", "''", "--"), texts("tahun 1960-an ``Apa?'' --"));
    }

    @Test
    void keepsAbbreviationsInitialsUrlsAndQuotes() {
        assertEquals(List.of("Dr.", "Sutopo", "dan", "H.", "Jusuf", "Kalla", "dll."), texts("Dr. Sutopo dan H. Jusuf Kalla dll."));
        assertEquals(List.of("lihat", "https://www.bisnis.com/a?b=1", "."), texts("lihat https://www.bisnis.com/a?b=1."));
        assertEquals(List.of("“", "Saya", "senang", "bertemu", "Anda", ",", "”", "kata", "Putin"),
                texts("“Saya senang bertemu Anda,” kata Putin"));
        assertEquals(List.of("#pemilu2024", "redaksi@kompas.com"), texts("#pemilu2024 redaksi@kompas.com"));
        assertEquals(List.of("Jum'at", "Greenspan", "'s", "view"), texts("Jum'at Greenspan's view"));
    }

    @Test
    void offsetsPointIntoTheText() {
        String s = "Amerika Serikat (AS) mencurigai pertemuan itu.";
        for (Token t : tokenizer.tokenize(s)) assertEquals(t.text(), s.substring(t.start(), t.end()));
    }

    @Test
    void splitsTheSeedIntoItsLinesAndSentences() {
        Doc d = Seed.analyze(Seed.text());
        List<Sentence> ss = d.sentences();
        assertEquals(12, ss.size(), "the seed has 12 lines, each one sentence");
        assertTrue(d.text(ss.get(2).start(), ss.get(2).end()).startsWith("“Saya senang bertemu Anda,” kata Putin"));
        assertTrue(d.text(ss.get(2).start(), ss.get(2).end()).endsWith("Timur Jauh Rusia."));
    }

    @Test
    void doesNotSplitAfterAbbreviationsOrInsideQuotes() {
        Doc d = Seed.analyze("Menurut Dr. Sutopo, harga naik 5,12 persen. Hal itu disampaikan di Jakarta.\n"
                + "“Kami siap. Kami tidak takut,” kata dia. Warga pun lega.");
        List<String> ss = d.sentences().stream().map(s -> d.text(s.start(), s.end())).toList();
        assertEquals(List.of("Menurut Dr. Sutopo, harga naik 5,12 persen.", "Hal itu disampaikan di Jakarta.",
                "“Kami siap.", "Kami tidak takut,” kata dia.", "Warga pun lega."), ss);
    }
}
