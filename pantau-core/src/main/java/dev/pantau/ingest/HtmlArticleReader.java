package dev.pantau.ingest;

import dev.pantau.doc.Article;

/**
 * HTML input of {@code pantau analyze}: the page's article as {@link ArticleExtractor} finds it
 * (body without page furniture; title, canonical URL, outlet and publication date from the
 * metadata), as an {@link Article}. Language is left to the pipeline's own identification.
 */
public final class HtmlArticleReader {
    private HtmlArticleReader() {
    }

    public static Article read(String html, String fallbackUrl) {
        return ArticleExtractor.extract(html, fallbackUrl, false).toArticle();
    }

    /** Reads raw bytes in the charset the page declares (BOM or meta charset), UTF-8 when it declares none. */
    public static Article read(byte[] html, String fallbackUrl) {
        return ArticleExtractor.extract(html, fallbackUrl, false).toArticle();
    }
}
