package dev.pantau.event;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * PETRARCH discard phrases: a sentence that contains one ("BASEBALL", "YEARS LATER") is not
 * coded. A leading {@code +} marks a story-level discard; one sentence is its own story here.
 * Words compare like actor names: a trailing underscore is exact, otherwise a stem.
 */
public final class Discards {
    static final Discards NONE = new Discards(List.of());

    private final List<List<String>> phrases;
    /** Phrases by their first word (without its trailing underscore), and stems (5+ letters) by their first five letters. */
    private final java.util.Map<String, List<List<String>>> byFirst = new java.util.HashMap<>();
    private final java.util.Map<String, List<List<String>>> stems = new java.util.HashMap<>();

    private Discards(List<List<String>> phrases) {
        this.phrases = phrases;
        for (List<String> p : phrases) {
            String first = p.get(0);
            if (first.endsWith("_")) first = first.substring(0, first.length() - 1);
            else if (first.length() >= 5) {
                stems.computeIfAbsent(first.substring(0, 5), k -> new ArrayList<>()).add(p);
                continue;
            }
            byFirst.computeIfAbsent(first, k -> new ArrayList<>()).add(p);
        }
    }

    static Discards read(Path file) throws IOException {
        List<List<String>> out = new ArrayList<>();
        for (String raw : DictionaryFiles.lines(file)) {
            String line = raw;
            int hash = line.indexOf('#');
            if (hash >= 0) line = line.substring(0, hash);
            line = line.strip();
            if (line.isEmpty() || line.startsWith("<!--")) continue;
            if (line.startsWith("+")) line = line.substring(1);
            List<String> words = new ArrayList<>();
            for (String w : line.toUpperCase(Locale.ROOT).split("\\s+")) if (!w.isEmpty()) words.add(w);
            if (!words.isEmpty()) out.add(List.copyOf(words));
        }
        return new Discards(List.copyOf(out));
    }

    boolean matches(List<String> upperWords) {
        for (int i = 0; i < upperWords.size(); i++) {
            for (List<String> p : byFirst.getOrDefault(upperWords.get(i), List.of())) if (at(p, upperWords, i)) return true;
            String w = upperWords.get(i);
            if (w.length() >= 5) for (List<String> p : stems.getOrDefault(w.substring(0, 5), List.of())) if (at(p, upperWords, i)) return true;
        }
        return false;
    }

    private static boolean at(List<String> p, List<String> words, int i) {
        if (i + p.size() > words.size()) return false;
        for (int k = 0; k < p.size(); k++) {
            String want = p.get(k), got = words.get(i + k);
            boolean ok = want.endsWith("_") ? got.equals(want.substring(0, want.length() - 1))
                    : got.equals(want) || want.length() >= 5 && got.startsWith(want);
            if (!ok) return false;
        }
        return true;
    }
}
