package dev.pantau.tone;

import dev.pantau.Seed;
import dev.pantau.doc.Tone;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ToneScorerTest {

    @Test
    void toneIsPositiveMinusNegativePercentOfWords() {
        Tone t = Seed.analyze(Seed.text()).tone();
        assertTrue(t.words() > 250);
        assertEquals(t.positive() - t.negative(), t.tone(), 0.011);
        assertEquals(t.positive() + t.negative(), t.polarity(), 0.011);
    }

    @Test
    void praiseReadsWarmerThanViolence() {
        Tone good = Seed.analyze("Pelayanan rumah sakit itu sangat bagus, ramah dan nyaman. Warga puas dan senang.").tone();
        Tone bad = Seed.analyze("Pelayanan rumah sakit itu buruk, kotor dan mengecewakan. Warga kecewa dan marah.").tone();
        assertTrue(good.tone() > 0, "positive text: " + good);
        assertTrue(bad.tone() < 0, "negative text: " + bad);
    }

    @Test
    void englishHasItsOwnLexicon() {
        dev.pantau.Pantau en = dev.pantau.Pantau.builder().language("en").build();
        Tone bad = en.analyze(dev.pantau.doc.Article.ofText("The attack killed twelve people and wounded dozens, officials said.")).tone();
        Tone good = en.analyze(dev.pantau.doc.Article.ofText("The two leaders praised the agreement and welcomed the progress.")).tone();
        assertTrue(bad.tone() < 0, bad.toString());
        assertTrue(good.tone() > 0, good.toString());
    }
}
