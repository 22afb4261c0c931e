package dev.pantau.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pantau.Pantau;
import dev.pantau.doc.Article;
import dev.pantau.store.Ingestor;
import dev.pantau.store.PantauStore;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * One server for all the tests of this module, on a free port, over a store ingested from real
 * articles: the bundled Bisnis.com example, and the first Indonesian international-news excerpts of
 * {@code ../shared/data/articles/id} when that directory exists.
 */
final class TestServer {
    static final String TOKEN = "test-token-4f1c9a";
    static final Path SHARED = Path.of(System.getProperty("user.dir")).resolve("../../shared/data/articles/id/pages-intl-id-excerpts.jsonl").normalize();
    private static TestServer instance;

    final Path dir;
    final PantauStore store;
    final PantauServer server;
    final String base;
    final boolean withShared;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private TestServer() throws IOException {
        dir = Files.createTempDirectory("pantau-server-test");
        store = PantauStore.open(dir);
        Pantau pantau = Pantau.builder().build();
        Ingestor in = store.ingestor();
        String seed;
        try (InputStream s = Pantau.class.getResourceAsStream(ApiRoutes.EXAMPLE)) {
            seed = new String(s.readAllBytes(), StandardCharsets.UTF_8);
        }
        in.ingest("seed", new Article("bisnis-kim-putin", "https://bisnis.example/kim-putin", "Bisnis.com",
                "Kim Jong-un bertemu Vladimir Putin", "2023-09-14", seed), pantau::analyze);
        withShared = Files.isRegularFile(SHARED);
        if (withShared) {
            List<String> lines = Files.readAllLines(SHARED, StandardCharsets.UTF_8).subList(0, 8);
            for (String l : lines) {
                JsonNode n = Json.MAPPER.readTree(l);
                in.ingest(n.get("id").asText(), new Article(n.get("id").asText(), n.path("url").asText(null),
                        n.path("outlet").asText(null), n.path("title").asText(null), null, n.get("text").asText()), pantau::analyze);
            }
        }
        in.commit();
        server = PantauServer.create(store, pantau, ServerConfig.defaults().withToken(TOKEN).withAccessLog(false)).start("127.0.0.1", 0);
        base = "http://127.0.0.1:" + server.port();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.close();
            store.close();
        }));
    }

    static synchronized TestServer get() {
        if (instance == null) {
            try {
                instance = new TestServer();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return instance;
    }

    HttpResponse<String> get(String pathAndQuery) {
        return send(HttpRequest.newBuilder(URI.create(base + pathAndQuery)).GET().build());
    }

    HttpResponse<String> post(String path, String contentType, byte[] body, String token) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (token != null) b.header("Authorization", "Bearer " + token);
        return send(b.build());
    }

    HttpResponse<String> send(HttpRequest r) {
        try {
            return http.send(r, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonNode json(HttpResponse<String> r) {
        try {
            return Json.MAPPER.readTree(r.body());
        } catch (IOException e) {
            throw new AssertionError("not JSON (" + r.statusCode() + "): " + r.body(), e);
        }
    }
}
