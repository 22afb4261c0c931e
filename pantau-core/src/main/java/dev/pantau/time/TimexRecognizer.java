package dev.pantau.time;

import dev.pantau.doc.Doc;
import dev.pantau.doc.Timex;
import dev.pantau.pipeline.LanguagePack;
import dev.pantau.pipeline.Layer;
import dev.pantau.pipeline.Step;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises temporal expressions and normalises them to TIMEX3 values, anchored on the
 * document date: explicit dates ("Rabu (13/9/2023)", "13 September 2023"), clock times
 * ("pukul 16.00 WIB"), durations ("dua jam", "sekitar 40 detik"), deictic dates ("tahun lalu",
 * "kemarin", "dua hari lalu") and bare weekdays. Also fills {@code published} when the input
 * had none, from the first complete explicit date. The patterns are built from language-pack
 * word lists, so the same code serves every language whose dates read day-month-year.
 */
public final class TimexRecognizer implements Step {

    @Override
    public String name() {
        return "times";
    }

    @Override
    public Set<Layer> needs() {
        return Set.of(Layer.TOKENS);
    }

    @Override
    public Set<Layer> adds() {
        return Set.of(Layer.TIMES, Layer.PUBLISHED);
    }

    @Override
    public Doc apply(Doc doc, LanguagePack pack) {
        Patterns p = pack.compiled("timex", Patterns::new);
        String text = doc.text();
        String lower = lowerSameLength(text);
        List<Found> explicit = new ArrayList<>();
        Map<String, List<Integer>> words = Patterns.words(lower);
        collectExplicit(p, lower, words, explicit);
        LocalDate anchor = Dates.parseDay(doc.published());
        String published = doc.published();
        if (anchor == null) {
            for (Found f : explicit) {
                if (f.day != null) {
                    anchor = f.day;
                    published = f.day.toString();
                    break;
                }
            }
        }
        List<Found> all = new ArrayList<>(explicit);
        collectRelative(p, text, lower, words, anchor, all);
        all.sort(Comparator.comparingInt((Found f) -> f.start).thenComparingInt(f -> -f.end));
        List<Timex> out = new ArrayList<>();
        int lastEnd = -1;
        for (Found f : all) {
            if (f.start < lastEnd) continue;
            lastEnd = f.end;
            out.add(new Timex(f.start, f.end, text.substring(f.start, f.end), f.type, f.value));
        }
        return doc.withTimes(out).withPublished(published);
    }

    private static final class Found {
        final int start, end;
        final Timex.Type type;
        final String value;
        final LocalDate day;

        Found(int start, int end, Timex.Type type, String value, LocalDate day) {
            this.start = start;
            this.end = end;
            this.type = type;
            this.value = value;
            this.day = day;
        }
    }

    private static void collectExplicit(Patterns p, String text, Map<String, List<Integer>> words, List<Found> out) {
        Scan scan = p.scan(p.weekdayNumeric, text, words);
        Matcher m = scan.m;
        while (scan.find()) {
            LocalDate d = date(m.group("y"), m.group("m"), m.group("d"));
            if (d != null) out.add(new Found(m.start(), m.end(), Timex.Type.DATE, d + p.partOfDay(m.group("pod")), d));
        }
        scan = p.scan(p.dayMonthYear, text, words);
        m = scan.m;
        while (scan.find()) {
            if (overlaps(out, m.start(), m.end())) continue;
            Integer month = p.lex.months().get(m.group("mon").toLowerCase(Locale.ROOT));
            LocalDate d = date(m.group("y"), String.valueOf(month), m.group("d"));
            if (d != null) out.add(new Found(m.start(), m.end(), Timex.Type.DATE, d + p.partOfDay(m.group("pod")), d));
        }
        scan = p.scan(p.period, text, words);
        m = scan.m;
        while (scan.find()) {
            if (overlaps(out, m.start(), m.end())) continue;
            String letter = p.lex.periods().get(m.group("p").toLowerCase(Locale.ROOT));
            int n = roman(m.group("n"));
            if (letter == null || n < 1 || n > (letter.equals("Q") ? 4 : 2)) continue;
            out.add(new Found(m.start(), m.end(), Timex.Type.DATE, m.group("y") + "-" + letter + n, null));
        }
        scan = p.scan(p.monthYear, text, words);
        m = scan.m;
        while (scan.find()) {
            if (overlaps(out, m.start(), m.end())) continue;
            int month = p.lex.months().get(m.group("mon").toLowerCase(Locale.ROOT));
            out.add(new Found(m.start(), m.end(), Timex.Type.DATE, String.format("%s-%02d", m.group("y"), month), null));
        }
        // "tahun ajaran 2019/2020": a school or fiscal year, valued by its first year
        scan = p.scan(p.yearKind, text, words);
        m = scan.m;
        while (scan.find()) {
            if (overlaps(out, m.start(), m.end())) continue;
            out.add(new Found(m.start(), m.end(), Timex.Type.DATE, m.group("y"), null));
        }
        for (Pattern years : new Pattern[]{p.year, p.bareYear}) {
            m = years.matcher(text);
            while (m.find()) {
                if (overlaps(out, m.start(), m.end()) || p.inLawName(text, m.start("y"))) continue; // text is lower-case here
                out.add(new Found(m.start(), m.end(), Timex.Type.DATE, m.group("y"), null));
            }
        }
    }

    private static int roman(String s) {
        return switch (s.toUpperCase(Locale.ROOT)) {
            case "I", "1" -> 1;
            case "II", "2" -> 2;
            case "III", "3" -> 3;
            case "IV", "4" -> 4;
            default -> 0;
        };
    }

    private static void collectRelative(Patterns p, String text, String lower, Map<String, List<Integer>> words, LocalDate anchor, List<Found> out) {
        Scan scan = p.scan(p.weekdayShortNumeric, lower, words);
        Matcher m = scan.m;
        while (scan.find()) {
            if (overlaps(out, m.start(), m.end())) continue;
            LocalDate d = anchor == null ? null : date(String.valueOf(anchor.getYear()), m.group("m"), m.group("d"));
            out.add(new Found(m.start(), m.end(), Timex.Type.DATE, d != null ? d.toString() : "XXXX-XX-XX", d));
        }
        scan = p.scan(p.dayMonth, lower, words);
        m = scan.m;
        while (scan.find()) {
            if (overlaps(out, m.start(), m.end())) continue;
            Integer month = p.lex.months().get(m.group("mon").toLowerCase(Locale.ROOT));
            LocalDate d = anchor == null ? null : date(String.valueOf(anchor.getYear()), String.valueOf(month), m.group("d"));
            out.add(new Found(m.start(), m.end(), Timex.Type.DATE, d != null ? d.toString() : String.format("XXXX-%02d-%02d", month, Integer.parseInt(m.group("d"))), d));
        }
        // fixed-date holidays ("Hari Pahlawan" → 11-10) in the anchor's year
        scan = p.scan(p.holiday, lower, words);
        m = scan.m;
        while (scan.find()) {
            if (overlaps(out, m.start(), m.end()) || !Character.isUpperCase(text.charAt(m.start()))) continue;
            String monthDay = p.lex.holidays().get(m.group().replaceAll("\\s+", " "));
            if (monthDay == null) continue;
            LocalDate d = anchor == null ? null : date(String.valueOf(anchor.getYear()), monthDay.substring(0, 2), monthDay.substring(3));
            out.add(new Found(m.start(), m.end(), Timex.Type.DATE, d != null ? d.toString() : "XXXX-" + monthDay, d));
        }
        // "tanggal 9": a day of the anchor's month
        scan = p.scan(p.dayOfMonth, lower, words);
        m = scan.m;
        while (scan.find()) {
            if (overlaps(out, m.start(), m.end())) continue;
            LocalDate d = anchor == null ? null : date(String.valueOf(anchor.getYear()), String.valueOf(anchor.getMonthValue()), m.group("d"));
            if (d == null) continue;
            out.add(new Found(m.start(), m.end(), Timex.Type.DATE, d.toString(), d));
        }
        scan = p.scan(p.monthAlone, lower, words);
        m = scan.m;
        while (scan.find()) {
            if (overlaps(out, m.start(), m.end()) || !Character.isUpperCase(text.charAt(m.start("mon")))) continue;
            int month = p.lex.months().get(m.group("mon").toLowerCase(Locale.ROOT));
            String value = String.format("XXXX-%02d", month);
            if (anchor != null) {
                int year = anchor.getYear();
                if (m.group("past") != null && month >= anchor.getMonthValue()) year--;
                value = String.format("%d-%02d", year, month);
            }
            out.add(new Found(m.start(), m.end(), Timex.Type.DATE, value, null));
        }
        scan = p.scan(p.clock, lower, words);
        m = scan.m;
        while (scan.find()) {
            if (overlaps(out, m.start(), m.end())) continue;
            if (m.group("min") == null && m.group("pod") == null && m.group("zone") == null) continue;
            int h = Integer.parseInt(m.group("h")), min = m.group("min") == null ? 0 : Integer.parseInt(m.group("min"));
            String[] pod = m.group("pod") == null ? null : p.lex.partsOfDay().get(m.group("pod").toLowerCase(Locale.ROOT));
            if (pod != null && h < 12) h += Integer.parseInt(pod[1]);
            if (h > 24 || min > 59) continue;
            String day = anchor == null ? "XXXX-XX-XX" : anchor.toString();
            out.add(new Found(m.start(), m.end(), Timex.Type.TIME, String.format("%sT%02d:%02d", day, h, min), null));
        }
        scan = p.scan(p.set, lower, words);
        m = scan.m;
        while (scan.find()) {
            if (overlaps(out, m.start(), m.end())) continue;
            String value;
            if (m.group("wd") != null) value = "XXXX-WXX-" + p.lex.weekdays().get(m.group("wd").toLowerCase(Locale.ROOT));
            else {
                String n = m.group("n") == null ? "1" : p.numberValue(m.group("n")); // "setiap 2 tahun": every two years
                if (n == null) continue;
                value = durationValue(n, p.lex.units().get(m.group("u").toLowerCase(Locale.ROOT)));
            }
            out.add(new Found(m.start(), m.end(), Timex.Type.SET, value, null));
        }
        scan = p.scan(p.agoN, lower, words);
        m = scan.m;
        while (scan.find()) {
            if (overlaps(out, m.start(), m.end())) continue;
            Double n = p.number(m.group("n"));
            String unit = p.lex.units().get(m.group("u").toLowerCase(Locale.ROOT));
            if (n == null || unit == null) continue;
            out.add(new Found(m.start(), m.end(), Timex.Type.DATE, shift(speechDay(text, m.start(), out, anchor), unit, -n.intValue()), null));
        }
        scan = p.scan(p.relative, lower, words);
        m = scan.m;
        while (scan.find()) {
            if (overlaps(out, m.start(), m.end())) continue;
            String[] r = p.lex.relatives().get(m.group("rel").toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
            if (r == null || r[0].equals("D") && rightAfterADay(text, out, m.start())) continue; // "Jumat (1/3/2024) kemarin"
            String value = shift(speechDay(text, m.start(), out, anchor), r[0], Integer.parseInt(r[1]));
            int end = m.end("rel");
            if (r[2] != null) value += "T" + r[2]; // "tadi pagi"
            else if (r[0].equals("D") && m.group("pod") != null) { // "kemarin sore"
                value += p.partOfDay(m.group("pod"));
                end = m.end();
            }
            out.add(new Found(m.start(), end, value.contains("T") ? Timex.Type.TIME : Timex.Type.DATE, value, null));
        }
        // "bertahun-tahun": for years, no number given
        scan = p.scan(p.iterative, lower, words);
        m = scan.m;
        while (scan.find()) {
            if (overlaps(out, m.start(), m.end())) continue;
            out.add(new Found(m.start(), m.end(), Timex.Type.DURATION, durationValue("X", p.lex.units().get(m.group("u"))), null));
        }
        // "tiga tahun setelah itu": counted from the date mentioned just before, at its year or month
        scan = p.scan(p.anaphoric, lower, words);
        m = scan.m;
        while (scan.find()) {
            if (overlaps(out, m.start(), m.end())) continue;
            Double n = p.number(m.group("n"));
            String unit = p.lex.units().get(m.group("u").toLowerCase(Locale.ROOT));
            String sign = p.lex.anaphora().get(m.group("link").replaceAll("\\s+", " "));
            String before = previousDate(out, m.start());
            if (n == null || unit == null || sign == null || before == null || n != Math.rint(n)) continue;
            int k = n.intValue() * Integer.parseInt(sign);
            String value = null;
            if (unit.equals("Y")) value = String.valueOf(Integer.parseInt(before.substring(0, 4)) + k);
            else if (unit.equals("M") && before.length() >= 7) value = LocalDate.parse(before.substring(0, 7) + "-01").plusMonths(k).toString().substring(0, 7);
            else if (unit.equals("D") && before.length() >= 10) value = LocalDate.parse(before.substring(0, 10)).plusDays(k).toString();
            if (value != null) out.add(new Found(m.start(), m.end(), Timex.Type.DATE, value, null));
        }
        scan = p.scan(p.duration, lower, words);
        m = scan.m;
        int lastAgeEnd = -1;
        while (scan.find()) {
            if (overlaps(out, m.start(), m.end())) continue;
            // "Nomor 13 Tahun 2003" numbers a law; "berusia 5 tahun" is an age, and so is a measure
            // joined to one ("berusia paling tinggi 30 tahun (D3) dan 32 tahun (S1)"): none is a time
            if (p.inLawName(lower, m.end())) continue;
            if (p.isAge(lower, m.start()) || lastAgeEnd >= 0 && m.start() - lastAgeEnd < 40
                    && p.joinedToAge.matcher(lower.substring(lastAgeEnd, m.start())).find()) {
                lastAgeEnd = m.end();
                continue;
            }
            String unit = p.lex.units().get(m.group("u").toLowerCase(Locale.ROOT));
            String n = m.group("n") == null ? "1" : p.numberValue(m.group("n"));
            if (unit == null || n == null) continue;
            out.add(new Found(m.start(), m.end(), Timex.Type.DURATION, durationValue(n, unit), null));
        }
        scan = p.scan(p.weekday, lower, words);
        m = scan.m;
        while (scan.find()) {
            if (overlaps(out, m.start(), m.end())) continue;
            if (!Character.isUpperCase(text.charAt(m.start("wd")))) continue;
            int dow = p.lex.weekdays().get(m.group("wd").toLowerCase(Locale.ROOT));
            String value = "XXXX-XX-XX";
            if (anchor != null) {
                boolean future = m.group("fut") != null;
                LocalDate d = future ? anchor.with(TemporalAdjusters.next(DayOfWeek.of(dow)))
                        : anchor.with(TemporalAdjusters.previousOrSame(DayOfWeek.of(dow)));
                value = d.toString();
            }
            out.add(new Found(m.start("wd"), m.end(), Timex.Type.DATE, value + p.partOfDay(m.group("pod")), null));
        }
    }

    /** Whether only white space stands between a date of a full day and {@code offset}. */
    private static boolean rightAfterADay(String text, List<Found> found, int offset) {
        for (Found f : found) {
            if (f.day != null && f.end <= offset && text.substring(f.end, offset).isBlank()) return true;
        }
        return false;
    }

    /** The value of the last date found before {@code offset} that has a year, or null. */
    private static String previousDate(List<Found> found, int offset) {
        Found best = null;
        for (Found f : found) {
            if (f.end <= offset && f.type == Timex.Type.DATE && f.value.matches("\\d{4}.*") && (best == null || f.start > best.start)) best = f;
        }
        return best == null ? null : best.value;
    }

    /**
     * The day deictic words inside a direct quote are anchored on: the date of the speech when the
     * quote's attribution gives one ("\u201c… besok …,\u201d kata X, Senin (4/3/2024)."), else the anchor.
     */
    private static LocalDate speechDay(String text, int at, List<Found> found, LocalDate anchor) {
        int paraStart = text.lastIndexOf('\n', at) + 1;
        int paraEnd = text.indexOf('\n', at);
        if (paraEnd < 0) paraEnd = text.length();
        int straight = 0, open = -1, close = -1;
        for (int i = paraStart; i < at; i++) {
            char c = text.charAt(i);
            if (c == '"') straight++;
            if (c == '\u201c') open = i;
            if (c == '\u201d') close = i;
        }
        boolean inside = straight % 2 == 1 || open > close;
        if (!inside) return anchor;
        int end = -1;
        for (int i = at; i < paraEnd && end < 0; i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\u201d') end = i;
        }
        if (end < 0) return anchor;
        int sentenceEnd = text.indexOf(". ", end);
        int limit = Math.min(paraEnd, sentenceEnd < 0 ? paraEnd : sentenceEnd + 1);
        for (Found f : found) {
            if (f.day != null && f.start > end && f.start < limit) return f.day;
        }
        return anchor;
    }

    /**
     * Lower case char by char, so every offset stays the same (String.toLowerCase may change the
     * length); the patterns are written in lower case and need no case-insensitive matching.
     */
    static String lowerSameLength(String text) {
        char[] c = text.toCharArray();
        for (int i = 0; i < c.length; i++) c[i] = Character.toLowerCase(c[i]);
        return new String(c);
    }

    static String durationValue(String n, String unit) {
        if ((unit.equals("DE") || unit.equals("CE")) && !n.equals("X")) {
            double years = Double.parseDouble(n) * (unit.equals("DE") ? 10 : 100);
            return "P" + (years == Math.rint(years) ? String.valueOf((long) years) : String.valueOf(years)) + "Y";
        }
        if (unit.equals("DE") || unit.equals("CE")) return "PXY";
        return switch (unit) {
            case "H" -> "PT" + n + "H";
            case "MIN" -> "PT" + n + "M";
            case "S" -> "PT" + n + "S";
            default -> "P" + n + unit;
        };
    }

    /** The anchor moved by {@code n} units, at the granularity of the unit ("2022", "2023-08", "2023-W36"). */
    static String shift(LocalDate anchor, String unit, int n) {
        if (anchor == null) {
            return switch (unit) {
                case "Y" -> "XXXX";
                case "M" -> "XXXX-XX";
                case "W" -> "XXXX-WXX";
                default -> "XXXX-XX-XX";
            };
        }
        return switch (unit) {
            case "Y" -> String.valueOf(anchor.getYear() + n);
            case "M" -> anchor.plusMonths(n).toString().substring(0, 7);
            case "W" -> {
                LocalDate d = anchor.plusWeeks(n);
                yield String.format("%d-W%02d", d.get(IsoFields.WEEK_BASED_YEAR), d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            }
            case "H", "MIN", "S" -> anchor.toString();
            default -> anchor.plusDays(n).toString();
        };
    }

    private static boolean overlaps(List<Found> found, int s, int e) {
        for (Found f : found) {
            if (f.start < e && s < f.end) return true;
        }
        return false;
    }

    private static LocalDate date(String y, String m, String d) {
        try {
            int year = Integer.parseInt(y);
            if (year < 100) year += 2000;
            return LocalDate.of(year, Integer.parseInt(m), Integer.parseInt(d));
        } catch (NumberFormatException | DateTimeException e) {
            return null;
        }
    }

    /** The compiled patterns of one language pack. */
    /** Matches of a pattern over windows of a text (or the whole text), in order: {@code find()} as {@link Matcher#find()}. */
    private static final class Scan {
        final Matcher m;
        private final int[] windows; // start, end pairs; null for the whole text
        private int at = -2;

        Scan(Matcher m, int[] windows) {
            this.m = m;
            this.windows = windows;
        }

        boolean find() {
            if (windows == null) return m.find();
            while (true) {
                if (at >= 0 && m.find()) return true;
                at += 2;
                if (at >= windows.length) return false;
                m.region(windows[at], windows[at + 1]);
            }
        }
    }

    private static final class Patterns {
        final TimeLexicon lex;
        final Pattern weekdayNumeric, weekdayShortNumeric, dayMonthYear, dayMonth, monthYear, year, bareYear, clock, agoN,
                relative, duration, weekday, monthAlone, period, set, lawName, age, holiday, dayOfMonth, yearKind, iterative,
                anaphoric, joinedToAge;

        /** For each pattern, words one of which every match contains ("/" and "-" stand for those characters, "0" for any digit). */
        private final Map<Pattern, Set<String>> triggers = new java.util.IdentityHashMap<>();

        Patterns(LanguagePack pack) {
            lex = TimeLexicon.of(pack);
            String wd = TimeLexicon.alt(lex.weekdays().keySet());
            String mon = TimeLexicon.alt(lex.months().keySet());
            String num = "(?:\\d+(?:[.,]\\d+)?|" + TimeLexicon.alt(lex.numbers().keySet()) + ")";
            String unit = TimeLexicon.alt(lex.units().keySet());
            String approx = lex.approximators().isEmpty() ? "(?!)" : TimeLexicon.alt(lex.approximators());
            List<String> zones = new ArrayList<>();
            for (String z : lex.zones()) zones.add(z.split("\\s+")[0].toLowerCase(Locale.ROOT));
            String zone = zones.isEmpty() ? "(?!)" : TimeLexicon.alt(zones);
            String pod = "(?:\\s+(?<pod>" + (lex.partsOfDay().isEmpty() ? "(?!)" : TimeLexicon.alt(lex.partsOfDay().keySet())) + ")\\b)?";
            String setw = lex.setWords().isEmpty() ? "(?!)" : TimeLexicon.alt(lex.setWords());
            int f = 0; // matched against lower-cased text
            weekdayNumeric = Pattern.compile("(?:\\b" + wd + "\\s*,?\\s*)?\\(\\s*(?<d>\\d{1,2})/(?<m>\\d{1,2})/(?<y>\\d{4}|\\d{2})\\s*\\)" + pod, f);
            weekdayShortNumeric = Pattern.compile("\\b" + wd + "\\s*,?\\s*\\(\\s*(?<d>\\d{1,2})/(?<m>\\d{1,2})\\s*\\)", f);
            dayMonthYear = Pattern.compile("(?:\\b" + wd + ",?\\s+)?\\b(?<d>\\d{1,2})\\s+(?<mon>" + mon + ")\\.?\\s+(?<y>\\d{4})\\b" + pod, f);
            dayMonth = Pattern.compile("\\b(?<d>\\d{1,2})\\s+(?<mon>" + mon + ")\\b(?!\\s*\\d)", f);
            monthYear = Pattern.compile("\\b(?<mon>" + mon + ")\\s+(?<y>(?:19|20)\\d{2})\\b", f);
            year = Pattern.compile("\\b(?:tahun|year|in|sejak|since)\\s+(?<y>(?:19|20)\\d{2})\\b(?!\\s*[-–/])", f);
            clock = Pattern.compile("\\b(?:pukul|jam|at)\\s+(?<h>\\d{1,2})(?:[.:](?<min>\\d{2}))?(?:\\s+(?<zone>" + zone + ")\\b)?" + pod + "(?![.,:]?\\d)", f);
            bareYear = Pattern.compile("(?<![\\p{L}\\p{N}.,/-])(?<y>(?:19|20)\\d{2})(?![\\p{L}\\p{N}]|[.,/-]\\d)", f);
            monthAlone = Pattern.compile("\\b(?:bulan\\s+)?(?<mon>" + TimeLexicon.alt(lex.fullMonthNames()) + ")\\b(?<past>\\s+(?:lalu|kemarin|silam))?(?!\\s*\\d)", f);
            period = Pattern.compile("\\b(?<p>" + (lex.periods().isEmpty() ? "(?!)" : TimeLexicon.alt(lex.periods().keySet())) + ")\\s+(?<n>iv|i{1,3}|[1-4])\\s+(?<y>(?:19|20)\\d{2})\\b", f);
            set = Pattern.compile("\\b" + setw + "\\s+(?:(?<wd>" + wd + ")|(?:(?<n>" + num + ")\\s+)?(?<u>" + unit + "))\\b", f);
            holiday = Pattern.compile(lex.holidays().isEmpty() ? "(?!)"
                    : "\\b" + TimeLexicon.alt(lex.holidays().keySet()).replace(" ", "\\s+") + "\\b", f);
            dayOfMonth = Pattern.compile("\\b(?:" + (lex.dayOfMonthWords().isEmpty() ? "(?!)" : TimeLexicon.alt(lex.dayOfMonthWords()))
                    + ")\\s+(?<d>[1-9]|[12]\\d|3[01])\\b(?![.,:/]?\\d)(?!\\s+(?:" + mon + ")\\b)", f);
            age = Pattern.compile("(?:^|\\s)(?:" + (lex.ageWords().isEmpty() ? "(?!)" : TimeLexicon.alt(lex.ageWords()))
                    + ")(?:\\s+\\S+){0,2}\\s+$", f); // "berusia paling tinggi 30 tahun"
            lawName = Pattern.compile("(?:" + (lex.lawWords().isEmpty() ? "(?!)" : TimeLexicon.alt(lex.lawWords())) + ")\\s*\\d+[A-Za-z]?\\s+(?:tahun|thn\\.?|/)\\s*$", f);
            agoN = Pattern.compile("\\b(?<n>" + num + ")\\s+(?<u>" + unit + ")\\s+(?:yang\\s+)?(?:lalu|silam|ago)\\b", f);
            relative = Pattern.compile("\\b(?<rel>" + TimeLexicon.alt(lex.relatives().keySet()) + ")\\b" + pod, f);
            yearKind = Pattern.compile(lex.yearKinds().isEmpty() ? "(?!)"
                    : "\\b" + TimeLexicon.alt(lex.yearKinds()) + "\\s+(?<y>(?:19|20)\\d{2})(?:\\s*/\\s*(?:19|20)?\\d{2}\\b)?", f);
            iterative = Pattern.compile(lex.iterativePrefixes().isEmpty() ? "(?!)"
                    : "\\b" + TimeLexicon.alt(lex.iterativePrefixes()) + "(?<u>" + unit + ")-\\k<u>\\b", f);
            anaphoric = Pattern.compile(lex.anaphora().isEmpty() ? "(?!)"
                    : "\\b(?<n>" + num + ")\\s+(?<u>" + unit + ")\\s+(?<link>" + TimeLexicon.alt(lex.anaphora().keySet()) + ")\\b", f);
            joinedToAge = Pattern.compile("^\\s*(?:\\([^)]{0,20}\\))?\\s*(?:[,–-]|" + (lex.coordinators().isEmpty() ? "(?!)" : TimeLexicon.alt(lex.coordinators())) + ")\\s*$", f);
            duration = Pattern.compile("\\b(?:" + approx + "\\s+)?(?<n>" + num + ")\\s+(?<u>" + unit + ")\\b", f);
            weekday = Pattern.compile("(?<wd>\\b" + wd + ")\\b" + pod + "(?<fut>\\s+(?:depan|mendatang|next))?", f);
            Set<String> weekdays = firstWords(lex.weekdays().keySet()), months = firstWords(lex.months().keySet());
            Set<String> units = firstWords(lex.units().keySet());
            triggers.put(weekdayNumeric, Set.of("/"));
            triggers.put(weekdayShortNumeric, weekdays);
            triggers.put(weekday, weekdays);
            triggers.put(dayMonthYear, months);
            triggers.put(dayMonth, months);
            triggers.put(monthYear, months);
            triggers.put(monthAlone, firstWords(lex.fullMonthNames()));
            triggers.put(year, Set.of("tahun", "year", "in", "sejak", "since"));
            triggers.put(clock, Set.of("pukul", "jam", "at"));
            triggers.put(bareYear, Set.of("0"));
            triggers.put(period, firstWords(lex.periods().keySet()));
            triggers.put(set, firstWords(lex.setWords()));
            triggers.put(holiday, firstWords(lex.holidays().keySet()));
            triggers.put(dayOfMonth, firstWords(lex.dayOfMonthWords()));
            triggers.put(agoN, Set.of("lalu", "silam", "ago"));
            triggers.put(relative, firstWords(lex.relatives().keySet()));
            triggers.put(yearKind, firstWords(lex.yearKinds()));
            triggers.put(iterative, Set.of("-"));
            triggers.put(anaphoric, units);
            triggers.put(duration, units);
        }

        /** The first run of letters of each key ("hari-hari" → "hari", "tahun baru" → "tahun"). */
        private static Set<String> firstWords(Iterable<String> keys) {
            Set<String> out = new java.util.HashSet<>();
            for (String k : keys) {
                java.util.regex.Matcher m = LETTERS.matcher(k.toLowerCase(Locale.ROOT));
                if (m.find()) out.add(m.group());
            }
            return out;
        }

        private static final Pattern LETTERS = Pattern.compile("\\p{L}+");

        /**
         * Where each run of letters of a lower-cased text starts; "/", "-" and "0" stand for those
         * characters and any digit.
         */
        static Map<String, List<Integer>> words(String lower) {
            Map<String, List<Integer>> out = new java.util.HashMap<>();
            int n = lower.length();
            for (int i = 0; i < n; ) {
                char c = lower.charAt(i);
                if (Character.isLetter(c)) {
                    int j = i + 1;
                    while (j < n && Character.isLetter(lower.charAt(j))) j++;
                    out.computeIfAbsent(lower.substring(i, j), k -> new ArrayList<>()).add(i);
                    i = j;
                    continue;
                }
                String mark = c == '/' ? "/" : c == '-' ? "-" : c >= '0' && c <= '9' ? "0" : null;
                if (mark != null) out.computeIfAbsent(mark, k -> new ArrayList<>()).add(i);
                i++;
            }
            return out;
        }

        /** How far around a trigger word a match may reach: longer than any time expression. */
        private static final int REACH = 80;

        /**
         * The matches of the pattern in the text, looked for only around the words one of which
         * every match contains (a month, a weekday, a unit …): within {@link #REACH} characters of
         * each, merged, with the text around visible to boundaries and look-arounds. The same
         * matches as a scan of the whole text at a fraction of the cost; none when no trigger word
         * occurs; a pattern keyed on a character ("/", a digit) scans the whole text when it occurs.
         */
        Scan scan(Pattern pattern, String text, Map<String, List<Integer>> words) {
            Matcher m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
            Set<String> need = triggers.get(pattern);
            if (need == null) return new Scan(m, null);
            List<int[]> spans = new ArrayList<>();
            for (String w : need) {
                List<Integer> at = words.get(w);
                if (at == null) continue;
                if (w.length() == 1 && !Character.isLetter(w.charAt(0))) return new Scan(m, null);
                for (int a : at) spans.add(new int[]{Math.max(0, a - REACH), Math.min(text.length(), a + w.length() + REACH)});
            }
            spans.sort(java.util.Comparator.comparingInt(x -> x[0]));
            List<Integer> merged = new ArrayList<>();
            for (int[] sp : spans) {
                int last = merged.size() - 1;
                if (last > 0 && sp[0] <= merged.get(last)) merged.set(last, Math.max(merged.get(last), sp[1]));
                else {
                    merged.add(sp[0]);
                    merged.add(sp[1]);
                }
            }
            int[] windows = new int[merged.size()];
            for (int i = 0; i < windows.length; i++) windows[i] = merged.get(i);
            return new Scan(m, windows);
        }

        /** "TMO" for a part of the day ("pagi"), "" for none. */
        String partOfDay(String word) {
            if (word == null) return "";
            String[] pd = lex.partsOfDay().get(word.toLowerCase(Locale.ROOT));
            return pd == null ? "" : "T" + pd[0];
        }

        /** Whether a duration at {@code at} (lower-case text) is an age: "berusia 5 tahun", "usia maksimal 35 tahun". */
        boolean isAge(String lower, int at) {
            return age.matcher(lower.substring(Math.max(0, at - 30), at)).find();
        }

        /** Whether a year at {@code at} is part of a law's name: "Nomor 4 Tahun 2025". */
        boolean inLawName(String text, int at) {
            return lawName.matcher(text.substring(Math.max(0, at - 30), at)).find();
        }

        /** The numeric value of a number word or digits, or null for vague words ("beberapa"). */
        Double number(String s) {
            String v = numberValue(s);
            return v == null || v.equals("X") ? null : Double.valueOf(v);
        }

        String numberValue(String s) {
            String w = s.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            if (Character.isDigit(w.charAt(0))) {
                String n = w.replace(',', '.');
                return n.endsWith(".0") ? n.substring(0, n.length() - 2) : n;
            }
            return lex.numbers().get(w);
        }
    }
}
