package dev.pantau.quote;

import java.util.ArrayList;
import java.util.List;

/**
 * Pairs of quotation marks: “…”, «…», ‘…’ (not apostrophes), straight "…" and straight '…' (opening
 * after a space, closing before one, within a paragraph). A quote still
 * open at a paragraph break that the next paragraph reopens ends at the break, as news writes
 * multi-paragraph quotes. Each pair is {open offset, close offset}.
 */
final class QuoteMarks {
    private QuoteMarks() {
    }

    static List<int[]> find(String text) {
        List<int[]> out = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            char close = switch (c) {
                case '“' -> '”';
                case '«' -> '»';
                case '"' -> '"';
                case '‘' -> isApostrophe(text, i) ? 0 : '’';
                case '\'' -> opensStraightSingle(text, i) ? '\'' : 0;
                default -> 0;
            };
            if (close == 0) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < text.length() && (text.charAt(j) != close || close == '\'' && !closesStraightSingle(text, j))
                    && !(text.charAt(j) == '\n' && reopens(text, j, c))) {
                if (close == '\'' && text.charAt(j) == '\n') break; // a straight single quote stays in its paragraph
                if (close == '’' && text.charAt(j) == '’' && j + 1 < text.length() && Character.isLetter(text.charAt(j + 1))) {
                    j++;
                    continue;
                }
                j++;
            }
            if (j >= text.length() || close == '\'' && text.charAt(j) != '\'') {
                i++;
                continue;
            }
            out.add(new int[]{i, j});
            i = text.charAt(j) == '\n' ? j : j + 1;
        }
        return out;
    }

    /** A straight ' opens a quote after a space or bracket and before a letter: "warga 'ingin jalan baru …'". */
    private static boolean opensStraightSingle(String text, int i) {
        return (i == 0 || Character.isWhitespace(text.charAt(i - 1)) || text.charAt(i - 1) == '(')
                && i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1));
    }

    /** A straight ' closes one after a letter, digit or punctuation and before a space or punctuation ("Jum'at" is a word). */
    private static boolean closesStraightSingle(String text, int j) {
        return !Character.isWhitespace(text.charAt(j - 1))
                && (j + 1 >= text.length() || !Character.isLetterOrDigit(text.charAt(j + 1)));
    }

    private static boolean isApostrophe(String text, int i) {
        return i > 0 && Character.isLetter(text.charAt(i - 1));
    }

    private static boolean reopens(String text, int newline, char open) {
        int k = newline;
        while (k < text.length() && Character.isWhitespace(text.charAt(k))) k++;
        return k < text.length() && text.charAt(k) == open;
    }

    static boolean inside(List<int[]> marks, int offset) {
        for (int[] m : marks) {
            if (offset > m[0] && offset < m[1]) return true;
        }
        return false;
    }

    static boolean anyIn(List<int[]> marks, int from, int to) {
        for (int[] m : marks) {
            if (m[0] >= from && m[0] < to) return true;
        }
        return false;
    }
}
