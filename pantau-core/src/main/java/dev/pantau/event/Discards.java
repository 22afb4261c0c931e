package dev.pantau.event;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * PETRARCH discard phrases: a sentence that contains one ("BASEBALL", "YEARS LATER") is not
 * coded. A leading {@code +} marks a story-level discard; one sentence is its own story here.
 * Words match whole words, as actor names do (a trailing underscore changes nothing).
 */
public final class Discards {
    static final Discards NONE = new Discards(List.of());

    /** Phrases by their first word. */
    private final java.util.Map<String, List<List<String>>> byFirst = new java.util.HashMap<>();

    private Discards(List<List<String>> phrases) {
        for (List<String> p : phrases) byFirst.computeIfAbsent(p.get(0), k -> new ArrayList<>()).add(p);
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
            for (String w : line.toUpperCase(Locale.ROOT).split("[\\s_]+")) if (!w.isEmpty()) words.add(w);
            if (!words.isEmpty()) out.add(List.copyOf(words));
        }
        return new Discards(out);
    }

    boolean matches(List<String> upperWords) {
        for (int i = 0; i < upperWords.size(); i++) {
            for (List<String> p : byFirst.getOrDefault(upperWords.get(i), List.of())) {
                if (i + p.size() <= upperWords.size() && upperWords.subList(i, i + p.size()).equals(p)) return true;
            }
        }
        return false;
    }
}
