package dev.pantau.doc;

/** A sentence: character offsets, and the range of its tokens in {@link Doc#tokens()} (end exclusive). */
public record Sentence(int start, int end, int firstToken, int endToken) {
}
