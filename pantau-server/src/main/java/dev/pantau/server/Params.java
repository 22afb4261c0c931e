package dev.pantau.server;

import io.javalin.http.Context;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The query parameters of one request, checked: unknown names, repeated values, over-long or
 * malformed values and out-of-range numbers are {@link Problem}s naming the parameter.
 */
final class Params {
    static final int MAX_VALUE_CHARS = 300;
    static final int MAX_LIMIT = 500;
    private static final Pattern ACTOR = Pattern.compile("[A-Za-z0-9]{1,30}");
    private static final Pattern CAMEO = Pattern.compile("[0-9]{1,4}");
    private static final Pattern ARTICLE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:@+=-]{0,199}");

    private final Map<String, List<String>> values;

    private Params(Map<String, List<String>> values) {
        this.values = values;
    }

    /** The request's parameters, refusing any name not in {@code allowed}. */
    static Params of(Context ctx, Set<String> allowed) {
        Map<String, List<String>> m = ctx.queryParamMap();
        for (Map.Entry<String, List<String>> e : m.entrySet()) {
            if (!allowed.contains(e.getKey())) throw Problem.unknownParameter(e.getKey(), new java.util.TreeSet<>(allowed));
            if (e.getValue().size() > 1) throw Problem.invalidParameter(e.getKey(), e.getKey() + " is given " + e.getValue().size() + " times; give it once");
        }
        return new Params(m);
    }

    /** The value, trimmed, or null when absent or empty. */
    String string(String name) {
        List<String> v = values.get(name);
        if (v == null || v.isEmpty()) return null;
        String s = v.get(0).strip();
        if (s.isEmpty()) return null;
        if (s.length() > MAX_VALUE_CHARS) {
            throw Problem.invalidParameter(name, name + " has " + s.length() + " characters, over the limit of " + MAX_VALUE_CHARS);
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isISOControl(c) || c == '\uFFFD' || Character.isSurrogate(c) && !validSurrogate(s, i)) {
                throw Problem.invalidParameter(name, name + " contains a control character or invalid UTF-8 at position " + i);
            }
        }
        return s;
    }

    int integer(String name, int dflt, int min, int max) {
        String s = string(name);
        if (s == null) return dflt;
        try {
            long v = Long.parseLong(s);
            if (v < min || v > max) throw Problem.invalidParameter(name, name + " must be between " + min + " and " + max + ", not " + v);
            return (int) v;
        } catch (NumberFormatException e) {
            throw Problem.invalidParameter(name, name + " must be a whole number, not '" + printable(s) + "'");
        }
    }

    int limit(int dflt) {
        return integer("limit", dflt, 1, MAX_LIMIT);
    }

    int offset() {
        return integer("offset", 0, 0, dev.pantau.store.StoreQueries.MAX_OFFSET);
    }

    LocalDate date(String name) {
        String s = string(name);
        if (s == null) return null;
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            throw Problem.invalidParameter(name, name + " must be a date like 2023-09-13, not '" + printable(s) + "'");
        }
    }

    /** A CAMEO actor code or its prefix (RUS, RUSGOV, IGOUNO). */
    String actor(String name) {
        String s = string(name);
        if (s != null && !ACTOR.matcher(s).matches()) {
            throw Problem.invalidParameter(name, name + " must be a CAMEO actor code or its start (letters and digits, like RUS or RUSGOV), not '" + printable(s) + "'");
        }
        return s;
    }

    /** A CAMEO event code or its prefix (04, 042). */
    String cameo(String name) {
        String s = string(name);
        if (s != null && !CAMEO.matcher(s).matches()) {
            throw Problem.invalidParameter(name, name + " must be a CAMEO event code or its start (1 to 4 digits, like 04 or 042), not '" + printable(s) + "'");
        }
        return s;
    }

    String oneOf(String name, String dflt, List<String> allowed) {
        String s = string(name);
        if (s == null) return dflt;
        for (String a : allowed) if (a.equalsIgnoreCase(s)) return a; // "person" is PERSON, "Month" is month
        throw Problem.invalidParameter(name, name + " must be one of " + String.join(", ", allowed) + ", not '" + printable(s) + "'");
    }

    static void checkRange(java.time.LocalDate from, java.time.LocalDate to) {
        if (from != null && to != null && from.isAfter(to)) {
            throw Problem.invalidParameter("from", "from (" + from + ") is after to (" + to + ")");
        }
    }

    /** An article id from a path: letters, digits and {@code . _ : @ + = -}, no "..", at most 200 characters. */
    static String articleId(String raw) {
        if (raw == null || !ARTICLE_ID.matcher(raw).matches() || raw.contains("..")) {
            throw Problem.invalidParameter("id", "an article id is 1 to 200 letters, digits and . _ : @ + = - (no '..'), not '"
                    + printable(raw == null ? "" : raw) + "'");
        }
        return raw;
    }

    static long eventId(String raw) {
        try {
            long v = Long.parseLong(raw);
            if (v >= 1) return v;
        } catch (NumberFormatException ignored) {
            // answered below
        }
        throw Problem.invalidParameter("id", "an event id is a positive whole number, not '" + printable(raw == null ? "" : raw) + "'");
    }

    /** A value fit to quote in an error message: control characters escaped, cut at 80 characters. */
    static String printable(String s) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < s.length() && sb.length() < 80; i++) {
            char c = s.charAt(i);
            if (Character.isISOControl(c) || Character.isSurrogate(c)) sb.append(String.format("\\u%04x", (int) c));
            else sb.append(c);
        }
        if (sb.length() >= 80) sb.append('…');
        return sb.toString();
    }

    private static boolean validSurrogate(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }
}
