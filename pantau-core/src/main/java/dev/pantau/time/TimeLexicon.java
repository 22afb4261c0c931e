package dev.pantau.time;

import dev.pantau.pipeline.LanguagePack;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Month, weekday, number, unit and deictic words of a language pack, and the patterns built from them. */
record TimeLexicon(Map<String, Integer> months, Map<String, Integer> weekdays, Map<String, String> numbers,
                   Map<String, String> units, Map<String, String[]> relatives, List<String> approximators,
                   List<String> zones, Map<String, String[]> partsOfDay, Map<String, String> periods,
                   List<String> setWords, List<String> lawWords, List<String> ageWords,
                   Map<String, String> holidays, List<String> dayOfMonthWords, Map<String, String> anaphora,
                   List<String> yearKinds, List<String> coordinators, List<String> iterativePrefixes) {

    static TimeLexicon of(LanguagePack pack) {
        return new TimeLexicon(intMap(pack.rows("months.tsv")), intMap(pack.rows("weekdays.tsv")),
                map(pack.rows("numbers.tsv")), map(pack.rows("time-units.tsv")), relatives(pack.rows("relative-times.tsv")),
                pack.lines("time-approximators.txt"), pack.lines("time-zones.txt"), partsOfDay(pack.rows("parts-of-day.tsv")),
                map(pack.rows("periods.tsv")), pack.lines("set-words.txt"), pack.lines("law-words.txt"),
                pack.lines("age-words.txt"), map(pack.rows("holidays.tsv")), pack.lines("day-of-month-words.txt"),
                map(pack.rows("time-anaphora.tsv")), pack.lines("year-kinds.txt"), pack.lines("time-coordinators.txt"),
                pack.lines("iterative-prefixes.txt"));
    }

    private static Map<String, String[]> partsOfDay(List<String[]> rows) {
        Map<String, String[]> m = new LinkedHashMap<>();
        for (String[] r : rows) m.put(r[0], new String[]{r[1], r[2]});
        return m;
    }

    /** The full name of each month: the longest name the pack gives it ("September", not "Sep"). */
    List<String> fullMonthNames() {
        Map<Integer, String> best = new LinkedHashMap<>();
        months.forEach((name, m) -> best.merge(m, name, (a, b) -> a.length() >= b.length() ? a : b));
        return List.copyOf(best.values());
    }

    private static Map<String, Integer> intMap(List<String[]> rows) {
        Map<String, Integer> m = new LinkedHashMap<>();
        for (String[] r : rows) m.put(r[0], Integer.parseInt(r[1]));
        return m;
    }

    private static Map<String, String> map(List<String[]> rows) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String[] r : rows) m.put(r[0], r[1]);
        return m;
    }

    private static Map<String, String[]> relatives(List<String[]> rows) {
        Map<String, String[]> m = new LinkedHashMap<>();
        for (String[] r : rows) m.put(r[0], new String[]{r[1], r[2], r.length > 3 && !r[3].isBlank() ? r[3] : null});
        return m;
    }

    /**
     * A regex alternation of the words, any white space between their parts, as a trie: shared
     * beginnings are written once ("s(?:e(?:nin|lasa)|abtu)") and a word that another continues is
     * an optional end, tried longest first as a longest-first alternation would be. The matcher
     * then tests a character or two at each position instead of every word.
     */
    static String alt(Iterable<String> words) {
        Trie root = new Trie();
        for (String w : words) {
            String[] parts = w.strip().split("\\s+");
            if (parts.length == 0 || parts[0].isEmpty()) continue;
            Trie node = root;
            for (int j = 0; j < parts.length; j++) {
                if (j > 0) node = node.child("\\s+");
                for (int k = 0; k < parts[j].length(); ) {
                    int cp = parts[j].codePointAt(k);
                    node = node.child(Pattern.quote(new String(Character.toChars(cp))));
                    k += Character.charCount(cp);
                }
            }
            node.end = true;
        }
        String body = root.render();
        return body.isEmpty() ? "(?!)" : "(?:" + body + ")";
    }

    private static final class Trie {
        final Map<String, Trie> children = new LinkedHashMap<>();
        boolean end;

        Trie child(String atom) {
            return children.computeIfAbsent(atom, k -> new Trie());
        }

        String render() {
            List<String> branches = new ArrayList<>();
            for (Map.Entry<String, Trie> c : children.entrySet()) branches.add(c.getKey() + c.getValue().render());
            if (branches.isEmpty()) return "";
            String inner = branches.size() == 1 ? branches.get(0) : "(?:" + String.join("|", branches) + ")";
            return end ? "(?:" + inner + ")?" : inner;
        }
    }
}
