package dev.pantau.learn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/** Unlabeled articles in JSON Lines ({@code id}, {@code text}) as the trainers read them, in file order. */
public final class Corpus {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Corpus() {
    }

    /** How many articles were read and how many were left out. */
    public record Counts(int articles, int excluded) {
    }

    /** Passes the text of every article whose id is not excluded (the development gold set) to {@code text}. */
    public static Counts forEachText(List<Path> jsonl, Set<String> excludeIds, Consumer<String> text) throws IOException {
        int articles = 0, excluded = 0;
        for (Path p : jsonl) {
            try (BufferedReader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
                String line;
                while ((line = r.readLine()) != null) {
                    if (line.isBlank()) continue;
                    JsonNode n = JSON.readTree(line);
                    if (excludeIds.contains(n.path("id").asText())) {
                        excluded++;
                        continue;
                    }
                    articles++;
                    text.accept(n.path("text").asText(""));
                }
            }
        }
        return new Counts(articles, excluded);
    }
}
