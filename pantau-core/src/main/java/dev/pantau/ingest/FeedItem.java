package dev.pantau.ingest;

/**
 * One entry of a feed or sitemap: the article's URL and what the feed says of it. Only
 * {@code url} is always set.
 *
 * @param published ISO 8601 instant or date-time (the feed's publication date, else its update date), or null
 * @param summary   the entry's description as plain text (markup removed), or null
 */
public record FeedItem(String url, String title, String published, String summary) {
    public FeedItem {
        if (url == null || url.isBlank()) throw new IllegalArgumentException("feed item without a URL");
    }
}
