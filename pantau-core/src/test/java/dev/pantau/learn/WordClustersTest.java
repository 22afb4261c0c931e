package dev.pantau.learn;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

class WordClustersTest {

    /** Cities follow "di", verbs follow "akan": the contexts alone separate them. */
    private static Path corpus(Path dir) throws IOException {
        List<String> lines = new ArrayList<>();
        String[] cities = {"Jakarta", "Bandung", "Surabaya", "Medan"};
        String[] verbs = {"membeli", "menjual", "membangun", "menulis"};
        int id = 0;
        for (int rep = 0; rep < 6; rep++) {
            for (String c : cities) {
                for (String v : verbs) {
                    lines.add("{\"id\":\"a" + (id++) + "\",\"text\":\"Warga di " + c + " akan " + v + " rumah.\"}");
                }
            }
        }
        lines.add("{\"id\":\"gold-1\",\"text\":\"Kata yang hanya ada di artikel gold.\"}");
        Path f = dir.resolve("news.jsonl");
        Files.write(f, lines);
        return f;
    }

    @Test
    void wordsInTheSameContextsShareAClusterAndTrainingIsDeterministic(@TempDir Path dir) throws IOException {
        Path news = corpus(dir);
        Path a = dir.resolve("a.tsv"), b = dir.resolve("b.tsv");
        WordClusters.Result r = WordClusters.train(List.of(news), Set.of("gold-1"), 6, 5, 20, 10, a);
        WordClusters.train(List.of(news), Set.of("gold-1"), 6, 5, 20, 10, b);
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));
        assertEquals(96, r.articles(), "the gold article is left out");
        WordClusters c = WordClusters.load(Files.newInputStream(a));
        assertEquals(c.cluster("Jakarta"), c.cluster("Medan"));
        assertEquals(c.cluster("membeli"), c.cluster("MENULIS"), "any case");
        assertNotEquals(c.cluster("Jakarta"), c.cluster("membeli"));
        assertEquals(-1, c.cluster("artikel"), "too rare");
    }
}
