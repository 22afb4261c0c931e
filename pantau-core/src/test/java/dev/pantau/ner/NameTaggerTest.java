package dev.pantau.ner;

import dev.pantau.Seed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

class NameTaggerTest {
    private static NerSentence s(String text, String tags) {
        return new NerSentence(List.of(text.split(" ")), List.of(tags.split(" ")));
    }

    /** A toy corpus in two "conventions": in "b", universities are places. */
    private static final List<NerSentence> DATA = List.of(
            s("Rektor Universitas Gadjah Mada bertemu Anies Baswedan", "O B-ORGANIZATION I-ORGANIZATION I-ORGANIZATION O B-PERSON I-PERSON"),
            s("Mahasiswa Universitas Indonesia berdemo di Depok", "O B-ORGANIZATION I-ORGANIZATION O O B-LOCATION"),
            s("Rektor Universitas Gadjah Mada bertemu Anies Baswedan", "O B-LOCATION I-LOCATION I-LOCATION O B-PERSON I-PERSON"),
            s("Mahasiswa Universitas Indonesia berdemo di Depok", "O B-LOCATION I-LOCATION O O B-LOCATION"));
    private static final List<String> DOMAINS = List.of("a", "a", "b", "b");

    private static NameTagger.Trained train() {
        List<NerSentence> data = new ArrayList<>();
        List<String> domains = new ArrayList<>();
        for (int k = 0; k < 3; k++) {
            data.addAll(DATA);
            domains.addAll(DOMAINS);
        }
        NameTagger.Context none = new NameTagger.Context(NameDictionary.bundled(), null, Collections.emptySet(), java.util.Map.of());
        return NameTagger.trainAllDomains(data, domains, none, 5, 1, i -> { });
    }

    @Test
    void learnsEachCorpusConventionsAndTheFileRoundTrips(@TempDir Path dir) throws IOException {
        NameTagger.Trained t = train();
        List<String> tokens = List.of("Rektor", "Universitas", "Gadjah", "Mada", "bertemu", "Anies", "Baswedan");
        assertEquals(List.of("O", "B-ORGANIZATION", "I-ORGANIZATION", "I-ORGANIZATION", "O", "B-PERSON", "I-PERSON"), t.in("a").tag(tokens));
        assertEquals("B-LOCATION", t.in("b").tag(tokens).get(1));

        Path a = dir.resolve("a.model"), b = dir.resolve("b.model");
        t.save(a, "test", "a");
        train().save(b, "test", "a");
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b), "same data, same bytes");
        try (InputStream in = Files.newInputStream(a)) {
            NameTagger loaded = NameTagger.load(in, "a.model", t.context(), "b");
            assertEquals(t.in("b").tag(tokens), loaded.tag(tokens));
        }
        try (InputStream in = Files.newInputStream(a)) {
            assertThrows(IllegalArgumentException.class, () -> NameTagger.load(in, "a.model", t.context(), "c"));
        }
    }

    @Test
    void neverOpensAnEntityWithAnInsideTag() {
        NameTagger t = train().in("a");
        List<String> tags = t.tag(List.of("Gadjah", "Mada", "di", "Depok"));
        String previous = "O";
        for (String tag : tags) {
            if (tag.startsWith("I-")) assertEquals(tag.substring(2), previous.substring(2));
            previous = tag;
        }
    }

    @Test
    void theShippedTaggerFindsTheNamesOfTheExample() {
        NameTagger t = NameTagger.bundled(null);
        assertNotNull(t, "lang/id/ner.model ships");
        List<String> tokens = List.of("Presiden", "Rusia", "Vladimir", "Putin", "menyambut", "Kim", "Jong-un", "di", "Kosmodrom", "Vostochny", ".");
        List<String> tags = t.tag(tokens);
        assertEquals("B-PERSON", tags.get(2), tags.toString());
        assertEquals("I-PERSON", tags.get(3), tags.toString());
        assertEquals("B-PERSON", tags.get(5), tags.toString());
        assertEquals("O", tags.get(4));
        assertNotNull(Seed.text());
    }
}
