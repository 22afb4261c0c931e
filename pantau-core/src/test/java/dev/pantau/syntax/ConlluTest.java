package dev.pantau.syntax;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class ConlluTest {
    static final Path GSD_TEST = Path.of("../../shared/data/ud/gsd/id_gsd-ud-test.conllu");

    private static final String SAMPLE = String.join("\n",
            "# sent_id = s1",
            "# text = Saya membaca bukunya.",
            "1\tSaya\tsaya\tPRON\t_\tPronType=Prs\t2\tnsubj\t_\t_",
            "2\tmembaca\tbaca\tVERB\t_\tVoice=Act\t0\troot\t_\t_",
            "3-4\tbukunya\t_\t_\t_\t_\t_\t_\t_\tSpaceAfter=No",
            "3\tbuku\tbuku\tNOUN\t_\t_\t2\tobj\t_\t_",
            "4\tnya\tdia\tPRON\t_\t_\t3\tnmod:poss\t_\t_",
            "5\t.\t.\tPUNCT\t_\t_\t2\tpunct\t_\t_",
            "",
            "# sent_id = s2",
            "1\tIa\tia\tPRON\t_\t_\t2\tnsubj\t_\t_",
            "2\tpergi\tpergi\tVERB\t_\t_\t0\troot\t_\tSpaceAfter=No",
            "2.1\tke\t_\t_\t_\t_\t_\t_\t2:orphan\t_",
            "3\t.\t.\tPUNCT\t_\t_\t2\tpunct\t_\t_",
            "", "");

    private static List<UdSentence> read(String text) {
        return Conllu.read(new StringReader(text), "gold.conllu");
    }

    private static String write(List<UdSentence> sentences) {
        StringWriter out = new StringWriter();
        Conllu.write(sentences, out);
        return out.toString();
    }

    @Test
    void readsCommentsWordsAndMultiwordsAndSkipsEmptyNodes() {
        List<UdSentence> s = read(SAMPLE);
        assertEquals(2, s.size());
        UdSentence first = s.get(0);
        assertEquals("s1", first.comment("sent_id"));
        assertEquals(5, first.words().size());
        assertEquals(new UdMultiword(3, 4, "bukunya", "SpaceAfter=No"), first.multiwords().get(0));
        assertEquals(new UdWord(4, "nya", "dia", "PRON", "_", "_", 3, "nmod:poss", "_", "_"), first.words().get(3));
        assertEquals(List.of("Ia", "pergi", "."), s.get(1).words().stream().map(UdWord::form).toList(),
                "the empty node 2.1 is not a word");
    }

    @Test
    void writesBackWhatItRead() {
        String withoutEmptyNode = SAMPLE.replace("2.1\tke\t_\t_\t_\t_\t_\t_\t2:orphan\t_\n", "");
        assertEquals(withoutEmptyNode, write(read(SAMPLE)));
    }

    @Test
    void toleratesCrlfAndAMissingFinalBlankLine() {
        String crlf = SAMPLE.strip().replace("\n", "\r\n");
        assertEquals(read(SAMPLE), read(crlf));
    }

    @Test
    void unknownHeadIsKeptAsUnderscore() {
        String line = "1\tYa\tya\tINTJ\t_\t_\t_\t_\t_\t_\n\n";
        UdSentence s = read(line).get(0);
        assertEquals(-1, s.words().get(0).head());
        assertEquals(line, write(List.of(s)));
    }

    @Test
    void malformedLinesNameSourceLineAndProblem() {
        String shortLine = "# sent_id = x\n1\tSaya\tsaya\n";
        assertEquals("gold.conllu:2: expected 10 tab-separated columns, found 3",
                assertThrows(IllegalArgumentException.class, () -> read(shortLine)).getMessage());
        String badId = "1\tSaya\tsaya\tPRON\t_\t_\t0\troot\t_\t_\nx\tSaya\tsaya\tPRON\t_\t_\t1\tdep\t_\t_\n";
        assertEquals("gold.conllu:2: invalid word id 'x'",
                assertThrows(IllegalArgumentException.class, () -> read(badId)).getMessage());
        String gap = "1\tSaya\tsaya\tPRON\t_\t_\t0\troot\t_\t_\n3\tSaya\tsaya\tPRON\t_\t_\t1\tdep\t_\t_\n";
        assertEquals("gold.conllu:2: expected word id 2, found 3",
                assertThrows(IllegalArgumentException.class, () -> read(gap)).getMessage());
        String badHead = "1\tSaya\tsaya\tPRON\t_\t_\tdua\troot\t_\t_\n";
        assertEquals("gold.conllu:1: invalid HEAD 'dua'",
                assertThrows(IllegalArgumentException.class, () -> read(badHead)).getMessage());
        String longMwt = "1-3\tbukunya\t_\t_\t_\t_\t_\t_\t_\t_\n1\tbuku\tbuku\tNOUN\t_\t_\t0\troot\t_\t_\n\n";
        assertEquals("gold.conllu:1: multi-word token 1-3 ends after the sentence's last word 1",
                assertThrows(IllegalArgumentException.class, () -> read(longMwt)).getMessage());
    }

    @Test
    void textFromTokensAndSpaceAfter() {
        List<UdSentence> s = read(SAMPLE);
        assertEquals("Saya membaca bukunya.", Conllu.text(s.get(0)), "the multi-word token, not buku + nya");
        assertEquals(s.get(0).comment("text"), Conllu.text(s.get(0)));
        assertEquals("Ia pergi.", Conllu.text(s.get(1)));
    }

    @Test
    void realTreebankRoundTripsByteForByte() throws IOException {
        assumeTrue(Files.isRegularFile(GSD_TEST), "../shared/data/ud is not beside the checkout");
        List<UdSentence> sentences = Conllu.read(GSD_TEST);
        assertEquals(Files.readString(GSD_TEST, StandardCharsets.UTF_8), write(sentences));
        for (UdSentence s : sentences) {
            assertEquals(s.comment("text"), Conllu.text(s), s.comment("sent_id"));
        }
    }
}
