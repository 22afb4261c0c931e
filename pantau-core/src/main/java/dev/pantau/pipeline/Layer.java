package dev.pantau.pipeline;

/** The layers of a {@link dev.pantau.doc.Doc} that steps need and add. */
public enum Layer {
    TEXT, LANGUAGE, TOKENS, SENTENCES, WORDS, DATELINE, ENTITIES, TIMES, PUBLISHED, QUOTES, ATTRIBUTIONS, EVENTS, TONE
}
