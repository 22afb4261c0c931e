package dev.pantau.pipeline;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * Everything language-specific, as data: word lists and tables under
 * {@code /dev/pantau/lang/<code>/} on the class path. Steps ask the pack for a file and compile
 * it once into whatever structure they need ({@link #compiled}); the pack keeps that result, so
 * a pack is loaded once per language and shared by every thread.
 *
 * <p>Files are UTF-8; lines starting with {@code #} are comments; TSV files have a header line.
 */
public final class LanguagePack {
    private static final Map<String, LanguagePack> PACKS = new ConcurrentHashMap<>();

    private final String code;
    private final Map<String, Object> compiled = new ConcurrentHashMap<>();

    private LanguagePack(String code) {
        this.code = code;
    }

    /** The pack for an ISO 639-1 code; fails when the project ships none for it. */
    public static LanguagePack forLanguage(String code) {
        if (!isAvailable(code)) {
            throw new AnalysisException("no language pack for '" + code + "' (available: " + String.join(", ", available()) + ")");
        }
        return PACKS.computeIfAbsent(code, LanguagePack::new);
    }

    public static boolean isAvailable(String code) {
        return code != null && code.matches("[a-z]{2}")
                && LanguagePack.class.getResource(dir(code) + "pack.tsv") != null;
    }

    public static List<String> available() {
        return List.of("id", "en");
    }

    private static String dir(String code) {
        return "/dev/pantau/lang/" + code + "/";
    }

    public String code() {
        return code;
    }

    /** Non-blank, non-comment lines of a pack file, trimmed; empty when the pack has no such file. */
    public List<String> lines(String file) {
        return readLines(dir(code) + file, false);
    }

    /** Rows of a TSV pack file without its header; empty when the pack has no such file. */
    public List<String[]> rows(String file) {
        List<String[]> out = new ArrayList<>();
        for (String line : readLines(dir(code) + file, true)) {
            out.add(line.split("\t", -1));
        }
        return out.isEmpty() ? out : out.subList(1, out.size());
    }

    /**
     * The pack's common words: written in lower case in most of their occurrences in news
     * ({@code common-words.txt}, made by {@code pantau train casing}), loaded once for every step
     * that tells names from ordinary words.
     */
    public java.util.Set<String> commonWords() {
        return compiled("common-words", p -> java.util.Set.copyOf(p.lines("common-words.txt")));
    }

    /** The structure {@code builder} makes from this pack, built once and then shared. */
    @SuppressWarnings("unchecked")
    public <T> T compiled(String key, Function<LanguagePack, T> builder) {
        Object v = compiled.get(key);
        if (v == null) {
            v = builder.apply(this);
            Object prev = compiled.putIfAbsent(key, v);
            if (prev != null) v = prev;
        }
        return (T) v;
    }

    /** Lines of a class-path resource; comments and blank lines dropped; tabs kept when {@code keepTabs}. */
    public static List<String> readLines(String resource, boolean keepTabs) {
        InputStream in = LanguagePack.class.getResourceAsStream(resource);
        if (in == null) return List.of();
        List<String> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) continue;
                out.add(keepTabs ? stripEnd(line) : line.strip());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource " + resource, e);
        }
        return out;
    }

    /** Rows of a TSV stream without comments, blank lines and its header line. */
    public static List<String[]> tsvRows(InputStream in, String name) {
        List<String[]> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            boolean header = true;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) continue;
                if (header) {
                    header = false;
                    continue;
                }
                out.add(stripEnd(line).split("\t", -1));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + name, e);
        }
        return out;
    }

    private static String stripEnd(String s) {
        int e = s.length();
        while (e > 0 && (s.charAt(e - 1) == '\r' || s.charAt(e - 1) == ' ')) e--;
        return s.substring(0, e);
    }

    @Override
    public String toString() {
        return "LanguagePack[" + code + "]";
    }
}
