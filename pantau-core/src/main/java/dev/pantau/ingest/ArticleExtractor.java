package dev.pantau.ingest;

import dev.pantau.lang.LanguageIdentifier;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * HTML page → article: metadata first (JSON-LD, meta tags, markup, URL), then the page is cleaned
 * of furniture ({@link BoilerplateCleaner}), the body container found and its blocks classified
 * ({@link BodyExtractor}, {@link BlockFilter}); when no date is in the markup, the dateline at the
 * head of the text may give one. {@code ArticleExtractor.extract(html, url)} is the whole API.
 */
public final class ArticleExtractor {
    private static final int DATELINE_CHARS = 200;
    private static volatile LanguageIdentifier identifier;

    private ArticleExtractor() {
    }

    /** Extracts from markup already decoded; {@code url} (may be null) resolves relative links and gives a fallback URL. */
    public static ExtractedArticle extract(String html, String url) {
        if (html == null) throw new IllegalArgumentException("html is null");
        return extract(Jsoup.parse(html, url == null ? "" : url), url, true);
    }

    /** Extracts from raw bytes in the charset the page declares (BOM or meta charset), UTF-8 when it declares none. */
    public static ExtractedArticle extract(byte[] html, String url) {
        return extract(html, url, true);
    }

    /** As {@link #extract(byte[], String)}, with language identification from the text optional (it loads a model). */
    public static ExtractedArticle extract(byte[] html, String url, boolean identifyLanguage) {
        if (html == null) throw new IllegalArgumentException("html is null");
        try {
            return extract(Jsoup.parse(new ByteArrayInputStream(html), null, url == null ? "" : url), url, identifyLanguage);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read HTML from memory", e);
        }
    }

    /** As {@link #extract(String, String)}, with language identification from the text optional (it loads a model). */
    public static ExtractedArticle extract(String html, String url, boolean identifyLanguage) {
        if (html == null) throw new IllegalArgumentException("html is null");
        return extract(Jsoup.parse(html, url == null ? "" : url), url, identifyLanguage);
    }

    static ExtractedArticle extract(Document d, String url, boolean identifyLanguage) {
        HtmlMetadata m = HtmlMetadata.read(d, url);
        BoilerplateCleaner.clean(d);
        String text = BodyExtractor.extract(d, m.title);
        if (m.published == null) {
            // last resort: a date written at the head of the body ("JAKARTA, 5 Maret 2024 -")
            String head = text.length() > DATELINE_CHARS ? text.substring(0, DATELINE_CHARS) : text;
            String dateline = PageDates.inText(head);
            if (dateline != null) {
                m.published = dateline;
                m.publishedFrom = "dateline";
            }
        }
        String language = m.language;
        if (language == null && identifyLanguage && !text.isBlank()) language = identifier().identify(text);
        return new ExtractedArticle(m.url, m.title, m.author, m.published, m.publishedFrom, m.outlet, language, text);
    }

    private static LanguageIdentifier identifier() {
        LanguageIdentifier id = identifier;
        if (id == null) {
            synchronized (ArticleExtractor.class) {
                if (identifier == null) identifier = new LanguageIdentifier();
                id = identifier;
            }
        }
        return id;
    }
}
