package dev.pantau.ingest;

import dev.pantau.doc.Article;

/**
 * What {@link ArticleExtractor} reads from one HTML page: the article's body text and its
 * metadata. Every field but {@code text} may be null; {@code text} is "" when the page holds no
 * article text.
 *
 * @param url           the canonical URL (link rel=canonical, og:url), else the page's own URL
 * @param published     ISO 8601 date-time (with offset when the page gives one) or date
 * @param publishedFrom where the date was found: json-ld, meta, time, url or dateline
 * @param outlet        the publisher's name (og:site_name, JSON-LD publisher), else the URL's domain
 * @param language      ISO 639 code the page declares (html lang, og:locale), else one identified from the text
 */
public record ExtractedArticle(String url, String title, String author, String published, String publishedFrom,
                               String outlet, String language, String text) {
    public ExtractedArticle {
        if (text == null) throw new IllegalArgumentException("extracted text is null");
    }

    /** The article as analysis takes it (published as a day or date-time, as found). */
    public Article toArticle() {
        return new Article(null, url, outlet, title, published, TextNormalizer.normalize(text));
    }
}
