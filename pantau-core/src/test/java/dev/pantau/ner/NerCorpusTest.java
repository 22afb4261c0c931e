package dev.pantau.ner;

import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class NerCorpusTest {
    private static List<NerSentence> read(String text, NerCorpus.Format format) throws IOException {
        return NerCorpus.read(new BufferedReader(new StringReader(text)), format, "test");
    }

    @Test
    void readsBothLayoutsAndMapsTheTagSets() throws IOException {
        List<NerSentence> conll = read("-DOCSTART- -X- O\n\nPresiden NOUN O\nJoko PROPN B-PER\nWidodo PROPN I-PER\n"
                + "ke ADP O\nBandung PROPN B-LOC\n\nKPK PROPN B-ORG\n", NerCorpus.Format.CONLL);
        assertEquals(2, conll.size());
        assertEquals(List.of("O", "B-PERSON", "I-PERSON", "O", "B-LOCATION"), conll.get(0).tags());
        assertEquals(List.of("B-ORGANIZATION"), conll.get(1).tags());

        List<NerSentence> nerp = read("pecel\tB-FNB\nlele\tI-FNB\ndi\tO\nsurabaya\tB-PLC\nbuatan\tO\nindofood\tB-IND\n",
                NerCorpus.Format.INDONLU);
        assertEquals(List.of("O", "O", "O", "B-LOCATION", "O", "B-ORGANIZATION"), nerp.get(0).tags(),
                "food and events are not entities; brands and companies are organisations");
    }

    @Test
    void aBadTagIsReportedWithItsLine() {
        IOException e = assertThrows(IOException.class, () -> read("Jakarta\tB-LOC\nitu\tX-LOC\n", NerCorpus.Format.INDONLU));
        assertTrue(e.getMessage().contains("test:2"), e.getMessage());
    }

    @Test
    void spansAreReadAsConllevalReadsThem() {
        assertEquals(List.of(new NerCorpus.Span(0, 2, "PERSON"), new NerCorpus.Span(3, 4, "LOCATION"), new NerCorpus.Span(4, 5, "PERSON")),
                NerCorpus.spans(List.of("B-PERSON", "I-PERSON", "O", "I-LOCATION", "I-PERSON")));
    }

    @Test
    void theEvaluatorCountsExactSpansAndTypes() {
        NerEvaluator ev = new NerEvaluator();
        ev.add(List.of("B-PERSON", "I-PERSON", "O", "B-LOCATION"), List.of("B-PERSON", "O", "O", "B-LOCATION"));
        ev.add(List.of("B-ORGANIZATION", "O"), List.of("B-ORGANIZATION", "B-PERSON"));
        NerEvaluator.Score s = ev.overall();
        assertEquals(3, s.gold());
        assertEquals(4, s.system());
        assertEquals(2, s.correct());
        assertEquals(50.0, s.p(), 1e-9);
        assertEquals(100.0 * 2 / 3, s.r(), 1e-9);
        assertEquals(0.0, ev.perType().get("PERSON").f1(), 1e-9);
        assertEquals(100.0, ev.perType().get("LOCATION").f1(), 1e-9);
    }
}
