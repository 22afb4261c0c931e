package dev.pantau.doc;

/**
 * An article as it arrives for analysis: clean body text plus whatever metadata the input
 * carried. Every field but {@code text} may be null.
 *
 * @param published ISO 8601 date or date-time from the input's metadata
 */
public record Article(String id, String url, String outlet, String title, String published, String text) {
    public Article {
        if (text == null) {
            throw new IllegalArgumentException("article text is null");
        }
    }

    public static Article ofText(String text) {
        return new Article(null, null, null, null, null, text);
    }

    public Article withPublished(String date) {
        return new Article(id, url, outlet, title, date, text);
    }
}
