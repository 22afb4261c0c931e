package dev.pantau.doc;

/**
 * A syntactic word in the Universal Dependencies sense: a token, or a part of one ("berdirinya"
 * is "berdiri" + "nya"), with its UPOS tag, lemma and dependency head.
 *
 * @param start  offset of the word in the document text (for a clitic, inside its token)
 * @param token  index of the token it belongs to in {@link Doc#tokens()}
 * @param head   index of the head word in {@link Doc#words()}, or -1 for the root of its sentence
 *               (or when no parser ran)
 * @param deprel the UD relation to the head, or null when no parser ran
 */
public record Word(int start, int end, String form, int token, String upos, String lemma, int head, String deprel) {
}
