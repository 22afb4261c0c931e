package dev.pantau.syntax;

/**
 * One syntactic word of a CoNLL-U sentence (the ten columns; "_" is kept as written).
 *
 * @param id   1-based index in the sentence
 * @param head index of the head word, 0 for the root, -1 when unknown
 */
public record UdWord(int id, String form, String lemma, String upos, String xpos, String feats,
                     int head, String deprel, String deps, String misc) {

    /** Whether MISC says no space follows the word ("SpaceAfter=No"). */
    public boolean noSpaceAfter() {
        return misc != null && misc.contains("SpaceAfter=No");
    }
}
