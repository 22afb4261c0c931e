package dev.pantau.store;

import org.junit.jupiter.api.Test;

import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ArticleKeysTest {
    @Test
    void canonicalUrlDropsWhatDoesNotNameThePage() {
        String c = "https://news.example.co.id/berita/d-123/judul";
        assertEquals(c, ArticleKeys.canonicalUrl("http://NEWS.Example.co.id/berita/d-123/judul/"));
        assertEquals(c, ArticleKeys.canonicalUrl(" https://news.example.co.id/berita/d-123/judul?utm_source=fb&utm_medium=x#komentar "));
        assertEquals(c + "?page=2", ArticleKeys.canonicalUrl("https://news.example.co.id/berita/d-123/judul?page=2&fbclid=abc"));
        assertNotEquals(c, ArticleKeys.canonicalUrl("https://news.example.co.id/berita/d-124/judul"));
        assertEquals("not a url", ArticleKeys.canonicalUrl("not a url"));
        assertNull(ArticleKeys.canonicalUrl("  "));
    }

    @Test
    void textHashIgnoresWhiteSpaceOnly() {
        assertEquals(ArticleKeys.textHash("Harga beras naik."), ArticleKeys.textHash("  Harga\u00a0beras\n\nnaik. "));
        assertNotEquals(ArticleKeys.textHash("Harga beras naik."), ArticleKeys.textHash("Harga beras turun."));
    }

    @Test
    void longSetHoldsWhatWasAddedAndNothingElse() {
        LongHashSet set = new LongHashSet();
        Random r = new Random(7);
        long[] keys = new long[50_000];
        for (int i = 0; i < keys.length; i++) {
            keys[i] = r.nextLong();
            assertTrue(set.add(keys[i]));
        }
        assertTrue(set.add(0L));
        assertFalse(set.add(0L));
        for (long k : keys) {
            assertTrue(set.contains(k));
            assertFalse(set.add(k));
        }
        assertTrue(set.contains(0L));
        assertFalse(set.contains(r.nextLong()));
    }
}
