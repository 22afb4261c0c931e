package dev.pantau.ingest;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SitemapReaderTest {
    @Test
    void newsSitemapGivesTitlesAndDates() {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\" xmlns:news=\"http://www.google.com/schemas/sitemap-news/0.9\">"
                + "<url><loc>https://kabarkota.example/berita/banjir-surut</loc>"
                + "<news:news><news:publication><news:name>Kabar Kota</news:name><news:language>id</news:language></news:publication>"
                + "<news:publication_date>2024-03-05T07:30:00+07:00</news:publication_date><news:title>Banjir surut</news:title></news:news></url>"
                + "<url><loc>https://kabarkota.example/berita/pasar</loc><lastmod>2024-03-04</lastmod></url>"
                + "<url><loc>https://elsewhere.example/not-ours</loc></url>"
                + "</urlset>";
        SitemapReader.Sitemap map = SitemapReader.read(xml.getBytes(StandardCharsets.UTF_8), "https://kabarkota.example/sitemap-news.xml");
        assertEquals(List.of(), map.sitemaps());
        assertEquals(2, map.items().size(), "a URL of another site is not admitted");
        FeedItem a = map.items().get(0);
        assertEquals("https://kabarkota.example/berita/banjir-surut", a.url());
        assertEquals("Banjir surut", a.title());
        assertEquals("2024-03-05T07:30+07:00", a.published());
        assertTrue(map.items().get(1).published().startsWith("2024-03-0"), map.items().get(1).published());
    }

    @Test
    void indexListsItsSitemaps() {
        String xml = "<?xml version=\"1.0\"?><sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">"
                + "<sitemap><loc>https://kabarkota.example/sitemap-2024-03.xml</loc></sitemap>"
                + "<sitemap><loc>https://kabarkota.example/sitemap-2024-02.xml</loc></sitemap></sitemapindex>";
        SitemapReader.Sitemap map = SitemapReader.read(xml.getBytes(StandardCharsets.UTF_8), "https://kabarkota.example/sitemap.xml");
        assertEquals(List.of(), map.items());
        assertEquals(2, map.sitemaps().size());
        assertTrue(map.sitemaps().contains("https://kabarkota.example/sitemap-2024-02.xml"));
    }

    @Test
    void errors() {
        assertThrows(IllegalArgumentException.class, () -> SitemapReader.read("<urlset/>".getBytes(StandardCharsets.UTF_8), "sitemap.xml"));
        assertThrows(IllegalArgumentException.class, () -> SitemapReader.read(new byte[0], "https://a.example/sitemap.xml"));
    }
}
