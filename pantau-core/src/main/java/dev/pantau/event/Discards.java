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
final class Discards {
    static final Discards NONE = new Discards(List.of());

    private final List<List<String>> phrases;

    private Discards(List<List<String>> phrases) {
        this.phrases = phrases;
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
        for (List<String> p : phrases) {
            for (int i = 0; i + p.size() <= upperWords.size(); i++) {
                boolean ok = true;
                for (int k = 0; k < p.size() && ok; k++) {
                    String want = p.get(k), got = upperWords.get(i + k);
                    ok = want.endsWith("_") ? got.equals(want.substring(0, want.length() - 1)) : got.equals(want)
                            || want.length() >= 5 && got.startsWith(want);
                }
                if (ok) return true;
            }
        }
        return false;
    }
}
