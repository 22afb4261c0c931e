package dev.pantau.quote;

import java.util.ArrayList;
import java.util.List;

/**
 * Pairs of quotation marks: “…”, «…», ‘…’ (not apostrophes) and straight "…". A quote still
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
                default -> 0;
            };
            if (close == 0) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < text.length() && text.charAt(j) != close && !(text.charAt(j) == '\n' && reopens(text, j, c))) {
                if (close == '’' && text.charAt(j) == '’' && j + 1 < text.length() && Character.isLetter(text.charAt(j + 1))) {
                    j++;
                    continue;
                }
                j++;
            }
            if (j >= text.length()) {
                i++;
                continue;
            }
            out.add(new int[]{i, j});
            i = text.charAt(j) == '\n' ? j : j + 1;
        }
        return out;
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
