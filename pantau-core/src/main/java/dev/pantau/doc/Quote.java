package dev.pantau.doc;

/**
 * A quote: direct (between quotation marks) or reported speech.
 *
 * @param speaker entity id, or null when the text never names who said it
 * @param cue     the speech verb or cue phrase, or null
 */
public record Quote(int start, int end, String text, boolean direct, String speaker, TextSpan cue) {
}
