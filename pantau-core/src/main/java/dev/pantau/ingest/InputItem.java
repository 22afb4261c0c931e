package dev.pantau.ingest;

import dev.pantau.doc.Article;

/**
 * One unit of input: an article read from a named place ("a.txt", "feed.jsonl:12", "-"), or
 * the reason it could not be read. Exactly one of {@code article} and {@code error} is set.
 */
public record InputItem(String name, Article article, String error) {
    public static InputItem ok(String name, Article a) {
        return new InputItem(name, a, null);
    }

    public static InputItem failed(String name, String error) {
        return new InputItem(name, null, error);
    }

    public boolean failed() {
        return error != null;
    }
}
