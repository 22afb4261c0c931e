package dev.pantau.syntax;

import java.util.List;

/**
 * One CoNLL-U sentence: its comments (sent_id, text …), its words and its multi-word tokens.
 */
public record UdSentence(List<String> comments, List<UdWord> words, List<UdMultiword> multiwords) {
    public UdSentence {
        comments = List.copyOf(comments);
        words = List.copyOf(words);
        multiwords = List.copyOf(multiwords);
    }

    /** The value of a "# key = value" comment, or null. */
    public String comment(String key) {
        for (String c : comments) {
            String s = c.startsWith("#") ? c.substring(1).strip() : c.strip();
            if (s.startsWith(key) && s.substring(key.length()).stripLeading().startsWith("=")) {
                return s.substring(s.indexOf('=') + 1).strip();
            }
        }
        return null;
    }
}
