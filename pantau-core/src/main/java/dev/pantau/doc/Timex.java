package dev.pantau.doc;

/** A temporal expression normalised to a TimeML TIMEX3 value. */
public record Timex(int start, int end, String text, Type type, String value) {
    public enum Type { DATE, TIME, DURATION, SET }
}
