package dev.pantau.event;

import dev.pantau.pipeline.LanguagePack;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A language pack's CAMEO verbs and modality words, keyed by lower-case token sequences. */
record VerbDictionary(Map<String, Entry> verbs, int maxTokens, Map<String, String> modality,
                      java.util.Set<String> locationPrepositions, List<String> enclitics) {

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
        return new VerbDictionary(Map.copyOf(verbs), max, Map.copyOf(modality),
                java.util.Set.copyOf(pack.lines("location-prepositions.txt")), List.copyOf(pack.lines("enclitics.txt")));
    }

    /** The entry for the words, also with an enclitic of the pack removed from the last word ("menyambutnya"). */
    Entry lookup(List<String> words) {
        String phrase = String.join(" ", words);
        Entry e = verbs.get(phrase);
        for (int i = 0; e == null && i < enclitics.size(); i++) {
            String clitic = enclitics.get(i);
            if (phrase.endsWith(clitic) && phrase.length() > clitic.length() + 2) {
                e = verbs.get(phrase.substring(0, phrase.length() - clitic.length()));
            }
        }
        return e;
    }
}
