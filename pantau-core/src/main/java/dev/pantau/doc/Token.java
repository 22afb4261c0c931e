package dev.pantau.doc;

/**
 * One token: offsets into the document text, its surface form, and the word class the
 * tokenizer recognised ({@link Kind}). Later layers (POS, lemma, dependencies) are added by
 * the syntax step without changing the offsets.
 */
public record Token(int start, int end, String text, Kind kind) {
    public enum Kind { WORD, NUMBER, PUNCT, SYMBOL, URL, EMAIL, HASHTAG }

    public boolean isWord() {
        return kind == Kind.WORD;
    }

    public boolean startsUpper() {
        return !text.isEmpty() && Character.isUpperCase(text.charAt(0));
    }
}
