package dev.pantau.ner;

import java.util.List;

/**
 * One sentence of a named-entity corpus: its tokens and their BIO tags over Pantau's entity
 * types ({@code B-PERSON}, {@code I-ORGANIZATION}, {@code O} …).
 */
public record NerSentence(List<String> tokens, List<String> tags) {
    public NerSentence {
        if (tokens.size() != tags.size()) throw new IllegalArgumentException("one tag per token");
        tokens = List.copyOf(tokens);
        tags = List.copyOf(tags);
    }
}
