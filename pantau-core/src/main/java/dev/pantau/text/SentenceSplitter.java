package dev.pantau.text;

import dev.pantau.doc.Sentence;
import dev.pantau.doc.Token;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a token stream into sentences. A sentence ends at a line break, or after a final
 * mark (. ! ? …), possibly followed by closing quotes or brackets, when the next token opens a
 * sentence (a capital, a digit or an opening quote). Abbreviations never end a sentence because
 * the tokenizer has already joined them with their period.
 */
public final class SentenceSplitter {

    public List<Sentence> split(String text, List<Token> tokens) {
        List<Sentence> out = new ArrayList<>();
        int first = 0;
        for (int i = 0; i < tokens.size(); i++) {
            boolean last = i == tokens.size() - 1;
            if (last || endsSentence(text, tokens, i)) {
                int end = i;
                // closing quotes and brackets belong to the sentence they close
                while (!last && end + 1 < tokens.size() && isCloser(tokens.get(end + 1).text())
                        && !hasLineBreak(text, tokens.get(end).end(), tokens.get(end + 1).start())) {
                    end++;
                }
                out.add(new Sentence(tokens.get(first).start(), tokens.get(end).end(), first, end + 1));
                first = end + 1;
                i = end;
            }
        }
        return out;
    }

    private static boolean endsSentence(String text, List<Token> tokens, int i) {
        Token t = tokens.get(i);
        Token next = tokens.get(i + 1);
        if (hasLineBreak(text, t.end(), next.start())) return true;
        if (!isFinal(t.text())) return false;
        int j = i + 1;
        while (j < tokens.size() && isCloser(tokens.get(j).text())) j++;
        if (j >= tokens.size()) return true;
        Token n = tokens.get(j);
        if (n.start() == tokens.get(j - 1).end() && j == i + 1) return false; // "3.5", "Kompas.com" already joined; "x.y" typo
        char c = n.text().charAt(0);
        return Character.isUpperCase(c) || Character.isDigit(c) || isOpener(n.text());
    }

    private static boolean isFinal(String t) {
        return t.equals(".") || t.equals("!") || t.equals("?") || t.equals("…") || t.startsWith("..");
    }

    static boolean isCloser(String t) {
        return t.equals("”") || t.equals("\"") || t.equals("’") || t.equals("'") || t.equals(")") || t.equals("»") || t.equals("]");
    }

    private static boolean isOpener(String t) {
        return t.equals("“") || t.equals("\"") || t.equals("‘") || t.equals("«") || t.equals("(") || t.equals("'");
    }

    private static boolean hasLineBreak(String text, int from, int to) {
        for (int k = from; k < to; k++) {
            if (text.charAt(k) == '\n') return true;
        }
        return false;
    }
}
