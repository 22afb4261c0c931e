package dev.pantau.pipeline;

import dev.pantau.Pantau;
import dev.pantau.doc.Article;
import dev.pantau.doc.Doc;
import dev.pantau.text.TokenizerStep;
import dev.pantau.tone.ToneScorer;
import dev.pantau.quote.QuoteExtractor;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PipelineTest {

    @Test
    void refusesAStepWhoseNeedsNoEarlierStepAdds() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new Pipeline(List.of(new TokenizerStep(), new QuoteExtractor())));
        assertTrue(e.getMessage().contains("'quotes' needs layer"), e.getMessage());
    }

    @Test
    void aSmallerPipelineRunsOnlyItsSteps() {
        Pantau p = Pantau.builder().language("id").pipeline(new Pipeline(List.of(new TokenizerStep(), new ToneScorer()))).build();
        Doc d = p.analyze(Article.ofText("Warga senang dan puas."));
        assertEquals(5, d.tokens().size());
        assertEquals(List.of(), d.entities());
        assertTrue(d.tone().words() == 4);
    }

    @Test
    void detectsLanguageAndRefusesEmptyAndOversizedText() {
        assertEquals("id", Pantau.analyze("Presiden Joko Widodo meresmikan jalan tol baru di Jawa Tengah pada hari Senin.").language());
        assertEquals("en", Pantau.analyze("The president opened a new toll road in Central Java on Monday, officials said.").language());
        assertThrows(AnalysisException.class, () -> Pantau.analyze("   \n "));
        Pantau small = Pantau.builder().limits(new Limits(10, Duration.ofSeconds(5))).build();
        AnalysisException e = assertThrows(AnalysisException.class, () -> small.analyze(Article.ofText("Teks ini lebih dari sepuluh huruf.")));
        assertTrue(e.getMessage().contains("over the limit of 10"), e.getMessage());
    }

    @Test
    void aStepThatOverrunsTheTimeLimitStopsTheDocument() {
        Step slow = new Step() {
            public String name() { return "slow"; }
            public Set<Layer> needs() { return Set.of(); }
            public Set<Layer> adds() { return Set.of(); }
            public Doc apply(Doc doc, LanguagePack pack) {
                try { Thread.sleep(200); } catch (InterruptedException e) { Thread.currentThread().interrupt(); }
                return doc;
            }
        };
        Pantau p = Pantau.builder().language("id").limits(new Limits(1000, Duration.ofMillis(50)))
                .pipeline(new Pipeline(List.of(slow, new TokenizerStep()))).build();
        AnalysisException e = assertThrows(AnalysisException.class, () -> p.analyze(Article.ofText("Warga senang.")));
        assertTrue(e.getMessage().contains("time limit exceeded before step 'tokenize'"), e.getMessage());
    }

    @Test
    void unknownLanguagesAreRefusedByName() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Pantau.builder().language("xx"));
        assertTrue(e.getMessage().contains("no language pack for 'xx'"));
    }
}
