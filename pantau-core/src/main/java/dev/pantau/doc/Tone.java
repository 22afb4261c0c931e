package dev.pantau.doc;

/** GDELT-style document tone: positive% - negative% of the words, with both parts. */
public record Tone(double tone, double positive, double negative, double polarity, int words) {
}
