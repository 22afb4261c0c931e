package dev.pantau.doc;

/** An in-text citation of where information comes from ("Dilansir dari Channel News Asia"). */
public record Attribution(int start, int end, String text, String source, String entity) {
}
