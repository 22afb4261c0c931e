package dev.pantau;

import dev.pantau.doc.Article;
import dev.pantau.doc.Doc;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** The bundled example article (the seed, Bisnis.com) and one shared Indonesian analyser for tests. */
public final class Seed {
    public static final Pantau ID = Pantau.builder().language("id").build();

    private Seed() {
    }

    public static String text() {
        try (InputStream in = Seed.class.getResourceAsStream("/dev/pantau/examples/bisnis-kim-putin.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Doc analyze(String text) {
        return ID.analyze(Article.ofText(text));
    }

    public static Doc analyze(String text, String published) {
        return ID.analyze(new Article(null, null, null, null, published, text));
    }
}
