package dev.pantau.text;

import dev.pantau.doc.Token;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rule-based tokenizer for news text. One regular expression, tried left to right, recognises
 * URLs, e-mail addresses, hashtags, outlet domains ("Bisnis.com"), numbers with Indonesian
 * separators ("5,12", "1.350", "13/9/2023", "16.00"), hyphenated words ("Jong-un",
 * "negara-negara"), ellipses and single punctuation marks. A word followed by a period is one
 * token with it when it is a known abbreviation ("Dr.", "dll.") or a single capital (an initial).
 */
public final class Tokenizer {
    private static final Pattern TOKEN = Pattern.compile(
            "(?<url>(?:https?://|www\\.)[^\\s<>\"“”‘’()]+[^\\s<>\"“”‘’().,;:!?])"
            + "|(?<email>[\\p{L}\\p{N}._%+-]+@[\\p{L}\\p{N}-]+(?:\\.[\\p{L}\\p{N}-]+)+)"
            + "|(?<hashtag>[#@][\\p{L}\\p{N}_]+)"
            + "|(?<domain>[\\p{L}\\p{N}]+(?:\\.[\\p{L}\\p{N}]+)*\\.(?i:com|co\\.id|co|id|net|org|tv)(?![\\p{L}\\p{N}]))"
            + "|(?<dotted>(?:\\p{L}\\.){2,})"
            + "|(?<number>\\p{N}+(?:[.,:/]\\p{N}+)*(?:-an\\b)?)"
            + "|(?<word>[\\p{L}\\p{M}][\\p{L}\\p{M}\\p{N}]*(?:[-'’][\\p{L}\\p{M}\\p{N}]+)*)"
            + "|(?<ellipsis>\\.{2,}|…|``|''|--)"
            + "|(?<other>\\S)");

    private final Set<String> abbreviations;

    /** @param abbreviations lower-cased abbreviations without their final period ("dr", "dll") */
    public Tokenizer(Set<String> abbreviations) {
        this.abbreviations = Set.copyOf(abbreviations);
    }

    public List<Token> tokenize(String text) {
        List<Token> out = new ArrayList<>(text.length() / 5 + 4);
        Matcher m = TOKEN.matcher(text);
        int pos = 0;
        while (pos < text.length() && m.find(pos)) {
            int s = m.start(), e = m.end();
            Token.Kind kind;
            if (m.group("url") != null) kind = Token.Kind.URL;
            else if (m.group("email") != null) kind = Token.Kind.EMAIL;
            else if (m.group("hashtag") != null) kind = Token.Kind.HASHTAG;
            else if (m.group("number") != null) kind = Token.Kind.NUMBER;
            else if (m.group("domain") != null || m.group("dotted") != null || m.group("word") != null) {
                kind = Token.Kind.WORD;
                if (m.group("word") != null && e < text.length() && text.charAt(e) == '.' && isAbbreviation(text, s, e)) {
                    e++;
                }
            } else if (m.group("ellipsis") != null) kind = Token.Kind.PUNCT;
            else {
                int cp = text.codePointAt(s);
                e = s + Character.charCount(cp);
                kind = Character.isLetterOrDigit(cp) ? Token.Kind.WORD
                        : isPunctuation(cp) ? Token.Kind.PUNCT : Token.Kind.SYMBOL;
            }
            if (kind == Token.Kind.WORD && e - s > 3 && (text.charAt(e - 2) == '\'' || text.charAt(e - 2) == '’')
                    && (text.charAt(e - 1) == 's' || text.charAt(e - 1) == 'S')) {
                out.add(new Token(s, e - 2, text.substring(s, e - 2), kind)); // English possessive: "Greenspan" + "'s"
                s = e - 2;
            }
            out.add(new Token(s, e, text.substring(s, e), kind));
            pos = e;
        }
        return out;
    }

    private boolean isAbbreviation(String text, int s, int e) {
        String w = text.substring(s, e);
        if (w.length() == 1 && Character.isUpperCase(w.charAt(0))) return true;
        return abbreviations.contains(w.toLowerCase(Locale.ROOT));
    }

    static boolean isPunctuation(int cp) {
        return switch (Character.getType(cp)) {
            case Character.CONNECTOR_PUNCTUATION, Character.DASH_PUNCTUATION, Character.START_PUNCTUATION,
                 Character.END_PUNCTUATION, Character.INITIAL_QUOTE_PUNCTUATION, Character.FINAL_QUOTE_PUNCTUATION,
                 Character.OTHER_PUNCTUATION -> true;
            default -> false;
        };
    }
}
