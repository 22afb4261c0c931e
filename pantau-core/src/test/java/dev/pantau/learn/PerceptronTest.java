package dev.pantau.learn;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PerceptronTest {
    /** Words with their classes: verbs start with "me"/"ber", nouns do not. */
    private static final String[][] DATA = {
            {"membeli", "VERB"}, {"menjual", "VERB"}, {"bertemu", "VERB"}, {"berlari", "VERB"}, {"menulis", "VERB"},
            {"rumah", "NOUN"}, {"buku", "NOUN"}, {"pasar", "NOUN"}, {"kota", "NOUN"}, {"jalan", "NOUN"}};

    private static Features features(String word) {
        Features f = new Features();
        f.add("bias", "");
        f.add("p2", word.substring(0, 2));
        f.add("p3", word.substring(0, 3));
        f.add("verbal-prefix", String.valueOf(word.startsWith("me") || word.startsWith("ber")));
        return f;
    }

    private static Perceptron train() {
        Perceptron p = Perceptron.forTraining(List.of("NOUN", "VERB"));
        float[] scratch = new float[2];
        for (int it = 0; it < 5; it++) {
            for (String[] d : DATA) {
                Features f = features(d[0]);
                p.update(f, p.classIndex(d[1]), p.predict(f, scratch));
            }
        }
        return p.averaged();
    }

    @Test
    void learnsAffixesThatSeparateTheClassesAndGeneralises() {
        Perceptron p = train();
        float[] scratch = new float[2];
        assertEquals("VERB", p.classes().get(p.predict(features("mengirim"), scratch)));
        assertEquals("VERB", p.classes().get(p.predict(features("bermain"), scratch)));
        for (String[] d : DATA) assertEquals(d[1], p.classes().get(p.predict(features(d[0]), scratch)), d[0]);
        assertEquals("NOUN", p.classes().get(p.predict(features("sekolah"), scratch)));
    }

    @Test
    void trainingIsDeterministicAndTheFileRoundTrips(@TempDir Path dir) throws IOException {
        Path a = dir.resolve("a.model"), b = dir.resolve("b.model");
        ModelFile.write(a, new ModelFile.Header("toy", "test"), train()::write);
        ModelFile.write(b, new ModelFile.Header("toy", "test"), train()::write);
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b), "same data, same bytes");
        Perceptron loaded;
        try (var in = ModelFile.open(Files.newInputStream(a), "toy", "a.model")) {
            loaded = Perceptron.read(in);
        }
        float[] s1 = new float[2], s2 = new float[2];
        train().scores(features("menanam"), s1);
        loaded.scores(features("menanam"), s2);
        assertArrayEquals(s1, s2);
    }

    @Test
    void aModelOfAnotherKindOrVersionIsRefused(@TempDir Path dir) throws IOException {
        Path a = dir.resolve("a.model");
        ModelFile.write(a, new ModelFile.Header("toy", "test"), train()::write);
        IOException e = assertThrows(IOException.class, () -> ModelFile.open(Files.newInputStream(a), "parser", "a.model"));
        assertTrue(e.getMessage().contains("a 'toy' model, expected 'parser'"), e.getMessage());
        Path junk = dir.resolve("junk.model");
        Files.write(junk, new byte[]{1, 2, 3});
        assertThrows(IOException.class, () -> ModelFile.open(Files.newInputStream(junk), "toy", "junk.model"));
    }

    @Test
    void aFoldedModelScoresAsTheDomainAugmentedModelDoesInItsDomain() {
        // two "treebanks" that disagree on "me-" words: VERB in one, NOUN in the other
        Perceptron p = Perceptron.forTraining(List.of("NOUN", "VERB"));
        float[] scratch = new float[2];
        for (int it = 0; it < 10; it++) {
            for (String[] d : DATA) {
                for (String domain : List.of("a", "b")) {
                    Features f = features(d[0]);
                    f.specialise(domain);
                    String gold = domain.equals("b") && d[0].startsWith("me") ? "NOUN" : d[1];
                    p.update(f, p.classIndex(gold), p.predict(f, scratch));
                }
            }
        }
        Perceptron all = p.averaged();
        for (String domain : List.of("a", "b")) {
            Perceptron folded = all.folded(domain, List.of("a", "b"));
            assertTrue(folded.features() < all.features(), "the per-domain copies are folded away");
            Features plain = features("menanam");
            Features special = features("menanam");
            special.specialise(domain);
            float[] s1 = new float[2], s2 = new float[2];
            folded.scores(plain, s1);
            all.scores(special, s2);
            assertArrayEquals(s2, s1, 1e-4f);
        }
        assertEquals("VERB", all.classes().get(all.folded("a", List.of("a", "b")).predict(features("menanam"), scratch)));
        assertEquals("NOUN", all.classes().get(all.folded("b", List.of("a", "b")).predict(features("menanam"), scratch)));
    }
}
