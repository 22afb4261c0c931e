package dev.pantau.ingest;

/**
 * Normalises white space, and nothing else, so offsets stay meaningful: line ends become
 * "\n", a byte-order mark is dropped, runs of spaces and tabs become one space, more than one
 * blank line becomes one, and lines are trimmed.
 */
public final class TextNormalizer {
    private TextNormalizer() {
    }

    public static String normalize(String s) {
        StringBuilder b = new StringBuilder(s.length());
        int newlines = 0;
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\uFEFF') continue;
            if (c == '\r') {
                if (i + 1 < s.length() && s.charAt(i + 1) == '\n') continue;
                c = '\n';
            }
            if (c == '\n') {
                newlines++;
                space = false;
                continue;
            }
            if (c == ' ' || c == '\t' || c == '\u00A0' || c == '\u000B' || c == '\u000C') {
                space = true;
                continue;
            }
            if (b.length() > 0) {
                if (newlines > 0) b.append(newlines > 1 ? "\n\n" : "\n");
                else if (space) b.append(' ');
            }
            newlines = 0;
            space = false;
            b.append(c);
        }
        return b.toString();
    }
}
