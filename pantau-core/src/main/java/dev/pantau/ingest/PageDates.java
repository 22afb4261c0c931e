package dev.pantau.ingest;

import dev.pantau.pipeline.LanguagePack;

import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dates web pages write into their markup, URLs and datelines, and normalises them to
 * ISO 8601: a date-time with its offset when the page gives one, else a date. Month names come
 * from the language packs ({@code months.tsv}), so "13 September 2023", "Sep 13, 2023" and
 * "Rabu, 13 Sep 2023 10:00 WIB" all read. Years outside 1990..2100 are refused as noise.
 */
final class PageDates {
    private static final Map<String, Integer> MONTHS = months();
    private static final String MONTH = "(\\p{L}{3,10})\\.?";
    private static final Pattern ISO = Pattern.compile(
            "(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[T ](\\d{1,2}):(\\d{2})(?::(\\d{2})(?:[.,]\\d+)?)?\\s*(Z|[+-]\\d{2}:?\\d{2})?)?");
    private static final Pattern COMPACT = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})(?:T?(\\d{2})(\\d{2})(\\d{2})?)?$");
    private static final Pattern SLASHED = Pattern.compile("(\\d{4})/(\\d{1,2})/(\\d{1,2})");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(?<![\\p{L}\\d])(\\d{1,2})(?:st|nd|rd|th)?\\.?\\s+" + MONTH + ",?\\s+(\\d{4})(?!\\d)");
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile("(?<!\\p{L})" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})(?!\\d)");
    private static final Pattern URL_DATE = Pattern.compile("/((?:19|20)\\d{2})[/-](0?[1-9]|1[0-2])[/-](0?[1-9]|[12]\\d|3[01])(?:/|-|$)");
    private static final Pattern URL_COMPACT = Pattern.compile("[/-]((?:19|20)\\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])[/-]");

    private static final DateTimeFormatter SECONDS_OFFSET = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssXXX", Locale.ROOT);

    private PageDates() {
    }

    /** The ISO form of a date written in markup (meta content, JSON-LD, {@code <time>}), or null. */
    static String normalize(String raw) {
        if (raw == null) return null;
        String s = raw.strip();
        if (s.isEmpty()) return null;
        Matcher m = ISO.matcher(s);
        if (m.find() && m.start() < 12) return iso(m);
        m = COMPACT.matcher(s);
        if (m.find()) return day(m.group(1), m.group(2), m.group(3));
        String rfc = rfc1123(s);
        if (rfc != null) return rfc;
        return inText(s);
    }

    /** The first date written in words or numbers in a short text (a byline, a dateline), or null. */
    static String inText(String s) {
        if (s == null) return null;
        String best = null;
        int at = Integer.MAX_VALUE;
        Matcher m = DAY_MONTH_YEAR.matcher(s);
        while (m.find()) {
            Integer month = MONTHS.get(m.group(2).toLowerCase(Locale.ROOT));
            String d = month == null ? null : day(m.group(3), month.toString(), m.group(1));
            if (d != null) {
                best = d;
                at = m.start();
                break;
            }
        }
        m = MONTH_DAY_YEAR.matcher(s);
        while (m.find() && m.start() < at) {
            Integer month = MONTHS.get(m.group(1).toLowerCase(Locale.ROOT));
            String d = month == null ? null : day(m.group(3), month.toString(), m.group(2));
            if (d != null) {
                best = d;
                at = m.start();
                break;
            }
        }
        m = ISO.matcher(s);
        if (m.find() && m.start() < at) {
            String d = iso(m);
            if (d != null) return d;
        }
        m = SLASHED.matcher(s);
        if (m.find() && m.start() < at) {
            String d = day(m.group(1), m.group(2), m.group(3));
            if (d != null) return d;
        }
        return best;
    }

    /** The date in a URL path ("/2019/11/19/", "/2019-11-19-", "/20191119/"), or null. */
    static String inUrl(String url) {
        if (url == null) return null;
        Matcher m = URL_DATE.matcher(url);
        if (m.find()) return day(m.group(1), m.group(2), m.group(3));
        m = URL_COMPACT.matcher(url);
        if (m.find()) return day(m.group(1), m.group(2), m.group(3));
        return null;
    }

    private static String iso(Matcher m) {
        String d = day(m.group(1), m.group(2), m.group(3));
        if (d == null || m.group(4) == null) return d;
        String time = String.format(Locale.ROOT, "%s-%s-%sT%02d:%s:%s", d.substring(0, 4), d.substring(5, 7), d.substring(8, 10),
                Integer.parseInt(m.group(4)), m.group(5), m.group(6) == null ? "00" : m.group(6));
        String zone = m.group(7);
        if (zone == null) return time;
        if (zone.equals("Z")) return time + "Z";
        return time + (zone.contains(":") ? zone : zone.substring(0, 3) + ":" + zone.substring(3));
    }

    private static String rfc1123(String s) {
        try {
            return ZonedDateTime.parse(s, DateTimeFormatter.RFC_1123_DATE_TIME).format(SECONDS_OFFSET);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /** A valid day "yyyy-MM-dd" from its parts, or null. */
    static String day(String year, String month, String day) {
        try {
            int y = Integer.parseInt(year);
            if (y < 1990 || y > 2100) return null;
            return LocalDate.of(y, Integer.parseInt(month), Integer.parseInt(day)).toString();
        } catch (RuntimeException e) {
            return null;
        }
    }

    private static Map<String, Integer> months() {
        Map<String, Integer> out = new HashMap<>();
        for (String code : LanguagePack.available()) {
            for (String[] row : LanguagePack.forLanguage(code).rows("months.tsv")) {
                if (row.length >= 2) out.putIfAbsent(row[0].toLowerCase(Locale.ROOT), Integer.parseInt(row[1].strip()));
            }
        }
        return out;
    }
}
