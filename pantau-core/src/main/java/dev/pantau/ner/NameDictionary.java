package dev.pantau.ner;

import dev.pantau.doc.Entity;
import dev.pantau.geo.Gazetteer;
import dev.pantau.link.KnowledgeBase;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The names the knowledge base and the gazetteer know, matched case-insensitively over token
 * sequences, as features for the name tagger: for each token, the type of the longest known
 * name covering it ("B-LOCATION", "I-PERSON", "O"), and whether the text has that name's case.
 * Case-insensitive, so lower-cased text (NERP, chat, headlines in capitals) still finds names;
 * the tagger learns how much a match in the wrong case is worth.
 */
public final class NameDictionary {
    private static final int MAX_TOKENS = 6;
    private static volatile NameDictionary bundled;

    private final Map<String, String> types = new HashMap<>();      // lower-cased name -> type(s)
    private final Set<String> exact = new HashSet<>();               // names as written
    private final Set<String> firstWords = new HashSet<>();         // lower-cased

    private NameDictionary() {
    }

    /** The names of the bundled knowledge base and gazetteer. */
    public static NameDictionary bundled() {
        if (bundled == null) {
            synchronized (NameDictionary.class) {
                if (bundled == null) bundled = of(KnowledgeBase.bundled(), Gazetteer.bundled());
            }
        }
        return bundled;
    }

    public static NameDictionary of(KnowledgeBase kb, Gazetteer gazetteer) {
        NameDictionary d = new NameDictionary();
        Map<String, Set<String>> byName = new HashMap<>();
        kb.forEachName((name, entries) -> {
            for (var e : entries) add(byName, d, name, e.type());
        });
        for (String name : gazetteer.names()) add(byName, d, name, Entity.Type.LOCATION);
        byName.forEach((name, t) -> d.types.put(name, String.join("+", t)));
        return d;
    }

    private static void add(Map<String, Set<String>> byName, NameDictionary d, String name, Entity.Type type) {
        String lower = name.toLowerCase(Locale.ROOT);
        if (lower.split(" ").length > MAX_TOKENS) return;
        byName.computeIfAbsent(lower, k -> new TreeSet<>()).add(type.name());
        d.exact.add(name);
        d.firstWords.add(lower.split(" ")[0]);
    }

    /** Per-token features of one sentence: "B-TYPE", "I-TYPE" or "O", and the same with "=" when the case matches. */
    public String[] features(List<String> tokens) {
        String[] out = new String[tokens.size()];
        Arrays.fill(out, "O");
        String[] lower = new String[tokens.size()];
        for (int i = 0; i < lower.length; i++) lower[i] = tokens.get(i).toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < lower.length; ) {
            if (!firstWords.contains(lower[i])) {
                i++;
                continue;
            }
            int found = 0;
            String type = null;
            for (int len = Math.min(MAX_TOKENS, lower.length - i); len >= 1 && found == 0; len--) {
                b.setLength(0);
                for (int k = i; k < i + len; k++) {
                    if (k > i) b.append(' ');
                    b.append(lower[k]);
                }
                type = types.get(b.toString());
                if (type != null) found = len;
            }
            if (found == 0) {
                i++;
                continue;
            }
            String surface = String.join(" ", tokens.subList(i, i + found));
            String mark = exact.contains(surface) ? "=" : "~";
            for (int k = i; k < i + found; k++) out[k] = (k == i ? "B-" : "I-") + type + mark;
            i += found;
        }
        return out;
    }
}
