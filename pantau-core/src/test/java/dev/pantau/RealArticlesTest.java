package dev.pantau;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pantau.doc.Article;
import dev.pantau.doc.ArticleJson;
import dev.pantau.doc.Doc;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Robustness on real news: the first articles of every Indonesian corpus in ../shared/data
 * (skipped when it is absent) are analysed and every output validates against the schema.
 */
class RealArticlesTest {
    private static final Path ARTICLES = Path.of("../../shared/data/articles/id");
    private static final int PER_FILE = 40;

    @Test
    void everyOutputValidatesAgainstTheSchema() throws IOException {
        assumeTrue(Files.isDirectory(ARTICLES), "../shared/data is not beside the checkout");
        ObjectMapper json = new ObjectMapper();
        int n = 0;
        try (var files = Files.list(ARTICLES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList()) {
                try (BufferedReader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
                    String line;
                    for (int i = 0; i < PER_FILE && (line = r.readLine()) != null; i++) {
                        JsonNode a = json.readTree(line);
                        String text = a.path("text").asText();
                        if (text.isBlank()) continue;
                        Doc d = Seed.ID.analyze(new Article(a.path("id").asText(), null, null, null, null, text));
                        JsonNode out = json.readTree(ArticleJson.write(d, false));
                        assertEquals(java.util.Set.of(), ContractSchema.validate(out), a.path("id").asText());
                        n++;
                    }
                }
            }
        }
        assumeTrue(n > 0, "no articles found");
    }
}
