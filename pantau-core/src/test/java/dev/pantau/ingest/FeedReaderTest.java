package dev.pantau.ingest;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class FeedReaderTest {
    private static final Path FEEDS = Path.of("../../shared/data/feeds");

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void rss2() {
        String rss = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Kabar Kota</title>"
                + "<link>https://kabarkota.example/</link><description>d</description>"
                + "<item><title><![CDATA[Banjir surut di <b>tepi</b> kota]]></title><link>https://kabarkota.example/banjir-surut</link>"
                + "<description>&lt;p&gt;Air mulai surut &lt;b&gt;pagi ini&lt;/b&gt;.&lt;/p&gt;</description>"
                + "<pubDate>Tue, 05 Mar 2024 07:30:00 +0700</pubDate></item>"
                + "<item><title>Tanpa tautan</title><description>dilewati</description></item>"
                + "<item><title>Relatif</title><link>/pasar-baru</link></item>"
                + "</channel></rss>";
        List<FeedItem> items = FeedReader.read(utf8(rss), null);
        assertEquals(2, items.size(), "an item without a link is skipped");
        FeedItem a = items.get(0);
        assertEquals("https://kabarkota.example/banjir-surut", a.url());
        assertEquals("Banjir surut di <b>tepi</b> kota", a.title(), "a CDATA title is kept as written");
        assertEquals("2024-03-05T00:30:00Z", a.published());
        assertEquals("Air mulai surut pagi ini.", a.summary(), "the description's markup is removed");
        assertEquals("https://kabarkota.example/pasar-baru", items.get(1).url(), "resolved against the channel link");
        assertNull(items.get(1).published());
    }

    @Test
    void atom() {
        String atom = "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>T</title><id>urn:x</id>"
                + "<updated>2024-03-05T10:00:00Z</updated>"
                + "<entry><title>Kereta tambahan</title><id>urn:1</id><link rel=\"alternate\" href=\"https://kabarkota.example/kereta\"/>"
                + "<updated>2024-03-05T09:00:00Z</updated><published>2024-03-04T21:15:00+07:00</published>"
                + "<summary>Jadwal baru berlaku pekan depan.</summary></entry></feed>";
        List<FeedItem> items = FeedReader.read(utf8(atom), "https://kabarkota.example/atom.xml");
        assertEquals(List.of(new FeedItem("https://kabarkota.example/kereta", "Kereta tambahan", "2024-03-04T14:15:00Z", "Jadwal baru berlaku pekan depan.")), items);
    }

    @Test
    void jsonFeed() {
        String json = "{\"version\":\"https://jsonfeed.org/version/1.1\",\"title\":\"Kabar\",\"home_page_url\":\"https://kabarkota.example/\","
                + "\"items\":[{\"id\":\"1\",\"url\":\"https://kabarkota.example/a\",\"title\":\"Pasar ramai\",\"date_published\":\"2024-03-05T08:00:00+07:00\","
                + "\"content_html\":\"<p>Pedagang <i>senang</i>.</p>\"},{\"id\":\"2\",\"content_text\":\"tanpa url\"},"
                + "{\"id\":\"3\",\"url\":\"b\",\"summary\":\"Ringkas\"}]}";
        List<FeedItem> items = FeedReader.read(utf8(json), null);
        assertEquals(2, items.size());
        assertEquals(new FeedItem("https://kabarkota.example/a", "Pasar ramai", "2024-03-05T08:00:00+07:00", "Pedagang senang."), items.get(0));
        assertEquals("https://kabarkota.example/b", items.get(1).url());
        assertEquals("Ringkas", items.get(1).summary());
    }

    @Test
    void badFeedsAreNamedErrors() {
        assertTrue(assertThrows(IllegalArgumentException.class, () -> FeedReader.read(utf8("<html><body>halo</body></html>"), null))
                .getMessage().startsWith("not an RSS or Atom feed"));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> FeedReader.read(utf8("{\"items\":[]}"), null))
                .getMessage().contains("JSON Feed \"version\""));
        assertTrue(assertThrows(IllegalArgumentException.class, () -> FeedReader.read(utf8("{\"version\":"), null))
                .getMessage().startsWith("malformed JSON Feed"));
        assertEquals("feed is empty", assertThrows(IllegalArgumentException.class, () -> FeedReader.read(new byte[0], null)).getMessage());
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/passwd\">]><rss version=\"2.0\"><channel><title>&x;</title>"
                + "<item><title>&x;</title><link>https://a.example/1</link></item></channel></rss>";
        assertThrows(IllegalArgumentException.class, () -> FeedReader.read(utf8(xxe), null), "a DOCTYPE (external entities) is refused");
    }

    @Test
    void realFeedsFromSharedData() throws IOException {
        assumeTrue(Files.isDirectory(FEEDS), "../shared/data/feeds is not beside the checkout");
        // item counts as SOURCE.md lists them
        assertEquals(20, FeedReader.read(Files.readAllBytes(FEEDS.resolve("id-2016-knightth0r/AntaraNews.xml")), null).size());
        assertEquals(30, FeedReader.read(Files.readAllBytes(FEEDS.resolve("id-2017-vincenthend/terkini.xml")), null).size(), "RSS 0.91");
        assertEquals(150, FeedReader.read(Files.readAllBytes(FEEDS.resolve("en-2026-fast-news-reader/heise.xml")), null).size(), "Atom");
        List<FeedItem> npr = FeedReader.read(Files.readAllBytes(FEEDS.resolve("en-npr-jsonfeed-trafilatura/npr-technology.feed.json")), null);
        assertEquals(25, npr.size());
        for (FeedItem i : npr) {
            assertTrue(i.url().startsWith("https://"), i.url());
            assertTrue(i.title() != null && i.published() != null, i.toString());
        }
        List<FeedItem> antara = FeedReader.read(Files.readAllBytes(FEEDS.resolve("id-2022-antara-jambi/terkini.xml")), null);
        assertTrue(antara.stream().allMatch(i -> i.published() != null && i.title() != null), antara.toString());
    }
}
