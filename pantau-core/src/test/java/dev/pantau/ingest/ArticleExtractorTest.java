package dev.pantau.ingest;

import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ArticleExtractorTest {
    private static final String P1 = "Pemerintah kota meresmikan jembatan baru di atas sungai pada Senin pagi, setelah pembangunan yang berlangsung dua tahun.";
    private static final String P2 = "Wali kota mengatakan jembatan itu akan memangkas waktu tempuh warga dari desa seberang ke pasar, terutama saat musim hujan.";
    private static final String P3 = "Warga menyambut peresmian dengan pawai kecil, dan pedagang berharap jumlah pembeli di pasar naik dalam beberapa bulan ke depan.";

    private static String page(String head, String article) {
        return "<!doctype html><html lang=\"id-ID\"><head>" + head + "</head><body>"
                + "<header class=\"site-header\"><a href=\"/\">Beranda</a> <a href=\"/kota\">Kota</a></header>"
                + "<nav><ul><li><a href=\"/a\">Politik</a></li><li><a href=\"/b\">Ekonomi</a></li><li><a href=\"/c\">Olahraga</a></li></ul></nav>"
                + "<div class=\"wrap\"><div class=\"main-column\">" + article + "</div>"
                + "<div class=\"sidebar\"><h3>Terpopuler</h3><ul><li><a href=\"/x\">Harga cabai naik lagi menjelang akhir pekan di pasar induk</a></li>"
                + "<li><a href=\"/y\">Jadwal kereta tambahan untuk libur panjang diumumkan hari ini</a></li></ul></div></div>"
                + "<footer><p>Hak cipta dilindungi undang-undang. Dilarang mengutip tanpa izin redaksi.</p></footer></body></html>";
    }

    private static final String BODY = "<article><h1>Jembatan baru diresmikan</h1>"
            + "<div class=\"share-bar\"><a href=\"#\">Bagikan</a> <a href=\"#\">Twitter</a></div>"
            + "<p>" + P1 + "</p><p>" + P2 + "</p><h2>Pasar ramai</h2><p>" + P3 + "</p>"
            + "<ul><li>Panjang jembatan 120 meter dengan dua jalur kendaraan dan trotoar.</li><li>Biaya pembangunan dari anggaran daerah.</li></ul>"
            + "<div class=\"related-articles\"><h3>Berita terkait</h3><ul><li><a href=\"/r1\">Jalan desa diperbaiki menjelang musim hujan tahun ini</a></li></ul></div>"
            + "<div id=\"comments\"><p>Komentar pembaca: semoga jembatannya awet dan dirawat dengan baik oleh dinas terkait.</p></div>"
            + "</article>";

    @Test
    void keepsTheArticleWithHeadingsAndListsAndDropsTheFurniture() {
        ExtractedArticle a = ArticleExtractor.extract(page("<title>Jembatan baru diresmikan | Kabar Kota</title>", BODY), "https://kabarkota.example/berita/jembatan", false);
        String t = a.text();
        assertTrue(t.startsWith(P1), t);
        assertTrue(t.contains(P2) && t.contains(P3), t);
        assertTrue(t.contains("Pasar ramai"), "a heading inside the body stays: " + t);
        assertTrue(t.contains("Panjang jembatan 120 meter") && t.contains("Biaya pembangunan"), "list items stay: " + t);
        for (String furniture : new String[] {"Beranda", "Politik", "Terpopuler", "Harga cabai", "Bagikan", "Berita terkait", "Komentar pembaca", "Hak cipta"}) {
            assertFalse(t.contains(furniture), furniture + " is furniture: " + t);
        }
        assertFalse(t.contains("Jembatan baru diresmikan"), "the title is not repeated in the body");
        assertEquals("id", a.language());
        assertEquals("kabarkota.example", a.outlet(), "the domain when the page names no outlet");
    }

    @Test
    void metadataFromJsonLdFirst() {
        String head = "<title>t</title><meta property=\"og:title\" content=\"Judul OG\"><meta property=\"og:site_name\" content=\"Kabar Kota\">"
                + "<link rel=\"canonical\" href=\"/berita/2024/jembatan\">"
                + "<meta property=\"article:published_time\" content=\"2024-03-04T09:00:00+07:00\">"
                + "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@graph\":[{\"@type\":\"WebSite\",\"name\":\"x\"},"
                + "{\"@type\":\"NewsArticle\",\"headline\":\"Jembatan &amp; jalan baru diresmikan\",\"datePublished\":\"2024-03-05T10:15:00+07:00\","
                + "\"author\":[{\"@type\":\"Person\",\"name\":\"Rina Wulandari\"},{\"@type\":\"Person\",\"name\":\"Bayu Pratama\"}],"
                + "\"publisher\":{\"@type\":\"Organization\",\"name\":\"PT Kabar\"}}]}</script>";
        ExtractedArticle a = ArticleExtractor.extract(page(head, BODY), "https://kabarkota.example/amp/jembatan", false);
        assertEquals("Jembatan & jalan baru diresmikan", a.title(), "entities in JSON-LD strings are decoded");
        assertEquals("Rina Wulandari, Bayu Pratama", a.author());
        assertEquals("2024-03-05T10:15:00+07:00", a.published());
        assertEquals("json-ld", a.publishedFrom());
        assertEquals("Kabar Kota", a.outlet(), "og:site_name names the outlet");
        assertEquals("https://kabarkota.example/berita/2024/jembatan", a.url(), "the canonical URL, resolved");
    }

    @Test
    void theOutletIsCutFromTheTitle() {
        assertEquals("Jembatan baru diresmikan", HtmlMetadata.withoutOutlet("Jembatan baru diresmikan | Kabar Kota", "Kabar Kota", null));
        assertEquals("Jembatan baru diresmikan", HtmlMetadata.withoutOutlet("Jembatan baru diresmikan - KabarKota.example", null, "kabarkota.example"));
        assertEquals("Harga naik - turun lagi", HtmlMetadata.withoutOutlet("Harga naik - turun lagi", "Kabar Kota", "kabarkota.example"), "a dash inside the headline stays");
        ExtractedArticle a = ArticleExtractor.extract(page("<title>Jembatan baru diresmikan | Kabar Kota</title><meta property=\"og:site_name\" content=\"Kabar Kota\">", BODY), null, false);
        assertEquals("Jembatan baru diresmikan", a.title());
    }

    @Test
    void anOutletWrittenAsAUrlBecomesItsDomain() {
        ExtractedArticle a = ArticleExtractor.extract(page("<meta property=\"og:site_name\" content=\"https://www.kabarkota.example\">", BODY), null, false);
        assertEquals("kabarkota.example", a.outlet());
    }

    @Test
    void datesFromMetaTimeUrlAndDateline() {
        ExtractedArticle meta = ArticleExtractor.extract(page("<meta name=\"pubdate\" content=\"20240305\">", BODY), null, false);
        assertEquals("2024-03-05", meta.published());
        assertEquals("meta", meta.publishedFrom());

        String timed = BODY.replace("<h1>", "<time datetime=\"2024-03-06 08:30\">6 Maret</time><h1>");
        ExtractedArticle time = ArticleExtractor.extract(page("", timed), null, false);
        assertEquals("2024-03-06T08:30:00", time.published());
        assertEquals("time", time.publishedFrom());

        ExtractedArticle url = ArticleExtractor.extract(page("", BODY), "https://kabarkota.example/2024/03/07/jembatan-baru", false);
        assertEquals("2024-03-07", url.published());
        assertEquals("url", url.publishedFrom());

        String dated = BODY.replace("<p>" + P1, "<p>SURABAYA, Rabu (8 Mei 2024) - " + P1);
        ExtractedArticle dateline = ArticleExtractor.extract(page("", dated), null, false);
        assertEquals("2024-05-08", dateline.published(), "the Indonesian month name comes from the language pack");
        assertEquals("dateline", dateline.publishedFrom());
    }

    @Test
    void linkListsInsideTheBodyAreDroppedButQuotedPostsStay() {
        String body = "<div class=\"entry-content\"><p>" + P1 + "</p>"
                + "<p><a href=\"/1\">Baca juga: jalan tol baru dibuka untuk umum mulai pekan depan</a></p>"
                + "<p>" + P2 + "</p>"
                + "<blockquote class=\"embedded-post\"><p>Akhirnya bisa ke pasar tanpa memutar jauh <a href=\"/t\">pic.example/abc</a></p>"
                + "— Warga Desa (<a href=\"/u\">@wargadesa</a>) <a href=\"/s\">5 Maret 2024</a></blockquote>"
                + "<p>" + P3 + "</p></div>";
        String t = ArticleExtractor.extract(page("", body), null, false).text();
        assertFalse(t.contains("Baca juga"), t);
        assertTrue(t.contains("Akhirnya bisa ke pasar tanpa memutar jauh"), t);
        assertTrue(t.contains(P3), t);
    }

    @Test
    void timeStampLinesGoButShortSentencesWithADateStay() {
        String body = "<div class=\"entry-content\"><p>" + P3 + "</p><div>Diperbarui: Selasa, 5 Maret 2024 10:00 WIB</div><p>" + P1 + "</p>"
                + "<p>Sidang lanjutan digelar 12 Maret 2024.</p><p>" + P2 + "</p></div>";
        String t = ArticleExtractor.extract(page("", body), null, false).text();
        assertFalse(t.contains("Diperbarui"), t);
        assertTrue(t.contains("Sidang lanjutan digelar 12 Maret 2024."), t);
    }

    @Test
    void aPageOfOneShortLineStillHasItsText() {
        ExtractedArticle a = ArticleExtractor.extract("<html><head><title>Judul</title></head><body><nav>menu</nav><p>Isi berita.</p></body></html>", null, false);
        assertEquals("Isi berita.", a.text());
        assertEquals("Judul", a.title());
        assertNull(a.published());
    }

    @Test
    void bytesAreReadInTheDeclaredCharset() {
        byte[] html = ("<html><head><meta charset=\"windows-1252\"><title>Caf\u00e9</title></head><body><p>" + P1 + " Kopi di caf\u00e9.</p></body></html>")
                .getBytes(java.nio.charset.Charset.forName("windows-1252"));
        ExtractedArticle a = ArticleExtractor.extract(html, null, false);
        assertEquals("Caf\u00e9", a.title());
        assertTrue(a.text().endsWith("Kopi di caf\u00e9."), a.text());
    }

    @Test
    void emptyPagesGiveEmptyTextAndNullIsRefused() {
        assertEquals("", ArticleExtractor.extract("<html><body><script>var x = 1;</script></body></html>", null, false).text());
        assertEquals("", ArticleExtractor.extract("".getBytes(StandardCharsets.UTF_8), null, false).text());
        assertThrows(IllegalArgumentException.class, () -> ArticleExtractor.extract((String) null, null, false));
    }
}
