package dev.pantau.doc;

/** The leading "OUTLET, PLACE -" or "PLACE, OUTLET -" block of an article. */
public record Dateline(int start, int end, String outlet, String place) {
}
