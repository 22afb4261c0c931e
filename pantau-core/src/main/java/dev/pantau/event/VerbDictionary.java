package dev.pantau.event;

import dev.pantau.pipeline.LanguagePack;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A language pack's CAMEO verbs and modality words, keyed by lower-case token sequences. */
record VerbDictionary(Map<String, Entry> verbs, int maxTokens, Map<String, String> modality) {

    /** One dictionary verb: its code and whether it is coded both ways. */
    record Entry(String phrase, String code, boolean reciprocal) {
    }

    static VerbDictionary of(LanguagePack pack) {
        Map<String, Entry> verbs = new HashMap<>();
        int max = 1;
        for (String[] r : pack.rows("cameo-verbs.tsv")) {
            verbs.put(r[0], new Entry(r[0], r[1], r.length > 2 && r[2].equals("yes")));
            max = Math.max(max, r[0].split(" ").length);
        }
        Map<String, String> modality = new HashMap<>();
        for (String[] r : pack.rows("modality.tsv")) modality.put(r[0], r[1]);
        return new VerbDictionary(Map.copyOf(verbs), max, Map.copyOf(modality));
    }

    /** The entry for the words, also with a clitic "-nya" removed from the last word. */
    Entry lookup(List<String> words) {
        String phrase = String.join(" ", words);
        Entry e = verbs.get(phrase);
        if (e == null && phrase.endsWith("nya") && phrase.length() > 5) e = verbs.get(phrase.substring(0, phrase.length() - 3));
        return e;
    }
}
