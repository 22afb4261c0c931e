package dev.pantau.ingest;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

class ShingleScorerTest {
    @Test
    void tokensAreRunsOfWordCharactersAsInPython() {
        assertEquals(List.of("don", "t", "stop_me", "3", "5", "café", "²"), ShingleScorer.tokens("don't stop_me 3.5 — café ²!"));
        assertEquals(List.of("東京", "x"), ShingleScorer.tokens("東京、x"));
    }

    @Test
    void shortTextsMakeOneShingle() {
        assertEquals(1, ShingleScorer.shingles("two words").size());
        assertEquals(0, ShingleScorer.shingles("  ...  ").size());
        assertEquals(3, ShingleScorer.shingles("a b c d e f").size());
    }

    @Test
    void pageCountsAreNormalised() {
        // truth: a b c d e (2 shingles); predicted: a b c d x (2 shingles), one shared
        double[] c = ShingleScorer.match("a b c d e", "a b c d x");
        assertArrayEquals(new double[] {1 / 3.0, 1 / 3.0, 1 / 3.0}, c, 1e-9);
    }

    @Test
    void anEmptyPredictionCountsForRecallOnly() {
        ShingleScorer s = new ShingleScorer();
        s.add("a b c d e", "a b c d e");
        s.add("f g h i j", "");
        assertEquals(1.0, s.precision(), 1e-9);
        assertEquals(0.5, s.recall(), 1e-9);
        assertEquals(2 * 0.5 / 1.5, s.f1(), 1e-9);
    }
}
