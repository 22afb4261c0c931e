package dev.pantau.doc;

/** A stretch of the document text: UTF-16 offsets into {@link Doc#text()}, end exclusive. */
public record TextSpan(int start, int end, String text) {
    public TextSpan {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    public static TextSpan of(String docText, int start, int end) {
        return new TextSpan(start, end, docText.substring(start, end));
    }
}
