package dev.pantau.cli;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** pantau watch against a small news site served on loopback: robots.txt, conditional GET, state, the SSRF guard. */
class WatchCommandTest {
    @TempDir
    Path dir;
    private HttpServer server;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private String base;

    private static final String PAGE = "<html><head><title>%s</title></head><body><article><h1>%s</h1>"
            + "<p>%s Wali kota meresmikan jembatan baru di tepi sungai pada Senin pagi, disaksikan ratusan warga.</p>"
            + "<p>Jembatan itu menghubungkan dua kecamatan yang selama ini terpisah oleh sungai besar.</p></article></body></html>";

    @BeforeEach
    void serve() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        base = "http://127.0.0.1:" + server.getAddress().getPort();
        server.createContext("/", ex -> {
            String path = ex.getRequestURI().getPath();
            requests.add(path + " UA=" + ex.getRequestHeaders().getFirst("User-Agent") + " INM=" + ex.getRequestHeaders().getFirst("If-None-Match"));
            switch (path) {
                case "/robots.txt" -> send(ex, 200, "User-agent: *\nDisallow: /tertutup/\n", null);
                case "/rss.xml" -> {
                    if ("\"v1\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                        send(ex, 304, "", "\"v1\"");
                        return;
                    }
                    send(ex, 200, "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Kabar Kota</title><link>" + base + "/</link>"
                            + item("/berita/satu", "Jembatan diresmikan") + item("/berita/dua", "Sungai dibersihkan")
                            + item("/tertutup/tiga", "Halaman tertutup") + "</channel></rss>", "\"v1\"");
                }
                case "/sitemap.xml" -> send(ex, 200, "<?xml version=\"1.0\"?><urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
                        + "<url><loc>" + base + "/berita/empat</loc><lastmod>2024-06-04</lastmod></url></urlset>", null);
                case "/berita/satu", "/berita/dua", "/tertutup/tiga", "/berita/empat" -> send(ex, 200, String.format(PAGE, path, path, path), null);
                default -> send(ex, 404, "not found", null);
            }
        });
        server.start();
    }

    private String item(String path, String title) {
        return "<item><title>" + title + "</title><link>" + base + path + "</link><pubDate>Mon, 03 Jun 2024 08:00:00 +0700</pubDate></item>";
    }

    private static void send(HttpExchange ex, int status, String body, String etag) throws IOException {
        byte[] b = body.getBytes(StandardCharsets.UTF_8);
        if (etag != null) ex.getResponseHeaders().add("ETag", etag);
        ex.getResponseHeaders().add("Content-Type", status == 200 && body.startsWith("<?xml") ? "application/rss+xml" : "text/html; charset=utf-8");
        ex.sendResponseHeaders(status, status == 304 ? -1 : b.length);
        if (status != 304) ex.getResponseBody().write(b);
        ex.close();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void ingestsNewArticlesObeysRobotsAndAsksConditionallyTheSecondTime() throws IOException {
        Path feeds = Files.writeString(dir.resolve("feeds.txt"), "# our test site\n" + base + "/rss.xml\n");
        Path store = dir.resolve("store");
        int rc = Main.run("watch", "--feeds", feeds.toString(), "--store", store.toString(), "--once", "--allow-private", "--host-interval", "PT0S");
        assertEquals(1, rc, "the page robots.txt disallows is a failure of its own: " + requests);
        assertTrue(requests.stream().anyMatch(r -> r.startsWith("/berita/satu UA=Pantau/")), requests.toString());
        assertTrue(requests.stream().anyMatch(r -> r.startsWith("/berita/dua")), requests.toString());
        assertFalse(requests.stream().anyMatch(r -> r.startsWith("/tertutup/")), "robots.txt disallows it: " + requests);
        String state = Files.readString(store.resolve(WatchCommand.STATE_FILE));
        assertTrue(state.contains("\\\"v1\\\""), state);

        requests.clear();
        rc = Main.run("watch", "--feeds", feeds.toString(), "--store", store.toString(), "--once", "--allow-private", "--host-interval", "PT0S");
        assertEquals(0, rc);
        assertTrue(requests.stream().anyMatch(r -> r.startsWith("/rss.xml") && r.endsWith("INM=\"v1\"")), requests.toString());
        assertFalse(requests.stream().anyMatch(r -> r.startsWith("/berita/")), "nothing new: " + requests);
    }

    @Test
    void refusesLoopbackFeedsUnlessAllowed() throws IOException {
        Path feeds = Files.writeString(dir.resolve("feeds.txt"), base + "/rss.xml\n");
        int rc = Main.run("watch", "--feeds", feeds.toString(), "--store", dir.resolve("store").toString(), "--once");
        assertEquals(0, rc, "a refused feed is reported, not a failed article");
        assertTrue(requests.isEmpty(), "no request may reach a loopback address: " + requests);
    }

    @Test
    void readsSitemapsToo() throws IOException {
        Path feeds = Files.writeString(dir.resolve("feeds.txt"), base + "/sitemap.xml\n");
        int rc = Main.run("watch", "--feeds", feeds.toString(), "--store", dir.resolve("store").toString(), "--once", "--allow-private", "--host-interval", "PT0S");
        assertEquals(0, rc, requests.toString());
        assertTrue(requests.stream().anyMatch(r -> r.startsWith("/berita/empat")), requests.toString());
    }
}
