package dev.pantau.doc;

/** One place in the text where an entity is referred to. */
public record Mention(int start, int end, String text, Kind kind) {
    public enum Kind { NAME, NOMINAL, PRONOUN }
}
