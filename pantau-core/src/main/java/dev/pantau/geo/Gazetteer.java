package dev.pantau.geo;

import dev.pantau.pipeline.LanguagePack;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.HashSet;

/**
 * Offline gazetteer of place names: cities (GeoNames cities with 15,000+ people, filtered),
 * first-level regions of every country and Indonesia's provinces, regencies, cities and
 * districts, compiled by {@code pantau train places} into {@code /dev/pantau/geo/places.tsv}.
 * A name shared by several places resolves to the most populous.
 */
public final class Gazetteer {
    public static final String RESOURCE = "/dev/pantau/geo/places.tsv";
    private static volatile Gazetteer bundled;

    private final Map<String, Place> byName;
    private final int maxTokens;

    private final Set<String> firstWords;

    private Gazetteer(Map<String, Place> byName) {
        this.byName = Map.copyOf(byName);
        int max = 1;
        Set<String> first = new HashSet<>();
        for (String n : byName.keySet()) {
            String[] words = n.split(" ");
            max = Math.max(max, words.length);
            first.add(words[0]);
        }
        this.maxTokens = max;
        this.firstWords = Set.copyOf(first);
    }

    /** Whether some place name starts with this word: a cheap test before building candidates. */
    public boolean startsAName(String firstWord) {
        return firstWords.contains(firstWord);
    }

    public static Gazetteer bundled() {
        if (bundled == null) {
            synchronized (Gazetteer.class) {
                if (bundled == null) bundled = load(LanguagePack.readLines(RESOURCE, true));
            }
        }
        return bundled;
    }

    static Gazetteer load(List<String> lines) {
        Map<String, Place> m = new HashMap<>();
        for (int i = 1; i < lines.size(); i++) {
            String[] c = lines.get(i).split("\t", -1);
            Place p = new Place(c[0], c[1], c[2], empty(c[3]), num(c[4]), num(c[5]),
                    c[6].isEmpty() ? null : Long.valueOf(c[6]), c[7].isEmpty() ? 0 : Long.parseLong(c[7]));
            m.merge(p.name(), p, (a, b) -> a.population() >= b.population() ? a : b);
        }
        return new Gazetteer(m);
    }

    /** The place a name denotes exactly (case-sensitive), or null. */
    public Place lookup(String name) {
        return byName.get(name);
    }

    /** Every place name. */
    public Set<String> names() {
        return byName.keySet();
    }

    /** The most tokens a place name has. */
    public int maxTokens() {
        return maxTokens;
    }

    public int size() {
        return byName.size();
    }

    private static String empty(String s) {
        return s.isEmpty() ? null : s;
    }

    private static Double num(String s) {
        return s.isEmpty() ? null : Double.valueOf(s);
    }
}
