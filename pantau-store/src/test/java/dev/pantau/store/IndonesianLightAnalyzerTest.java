package dev.pantau.store;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.id.IndonesianAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class IndonesianLightAnalyzerTest {
    private final Analyzer analyzer = new IndonesianLightAnalyzer();

    static List<String> terms(Analyzer a, String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = a.tokenStream("body", text)) {
            CharTermAttribute t = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) out.add(t.toString());
            ts.end();
        }
        return out;
    }

    @Test
    void keepsPrefixesThatLuceneStemsAway() throws IOException {
        assertEquals(List.of("bertemu"), terms(analyzer, "Bertemu"));
        // the reason this analyser exists: Lucene's own cuts the word down
        assertEquals(List.of("berte"), terms(new IndonesianAnalyzer(), "bertemu"));
    }

    @Test
    void dropsParticlesWrittenWithAHyphen() throws IOException {
        assertEquals(List.of("jakarta"), terms(analyzer, "Jakarta-nya"));
        assertEquals(List.of("dia", "datang"), terms(analyzer, "Dia pun datang"));
    }

    @Test
    void removesEncliticsOnlyFromWordsThatAreNotRoots() throws IOException {
        assertEquals(List.of("rumah", "pertemuan", "buku"), terms(analyzer, "rumahnya pertemuannya bukunyalah"));
        // roots that merely end like a particle stay whole
        assertEquals(List.of("sekolah", "masalah", "langkah", "hanya", "punya", "adalah"),
                terms(analyzer, "sekolah masalah langkah hanya punya adalah"));
    }

    @Test
    void lowerCasesAndFoldsAccents() throws IOException {
        assertEquals(List.of("kim", "jong", "un", "cafe", "satelit"), terms(analyzer, "KIM Jong-un café Satelit"));
    }
}
