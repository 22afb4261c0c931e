package dev.pantau.ner;

import dev.pantau.pipeline.LanguagePack;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The word lists the rule-based recogniser reads from a language pack: titles before person
 * names, words that open organisation and place names, function words, and the common
 * (usually lower-case) words learned from unlabeled news by {@code pantau train casing}.
 */
record NameLexicon(List<List<String>> titles, Set<String> orgHeads, Set<String> placeHeads,
                   Set<String> functionWords, Set<String> commonWords, Set<String> speechCuesAfter,
                   Set<String> locatives, Set<String> actorRelations, Map<String, String> domesticHeads,
                   Set<String> orgHeadsFinal, Set<String> auxiliaries, Set<String> demonstratives) {

    static NameLexicon of(LanguagePack pack) {
        List<List<String>> titles = new ArrayList<>();
        for (String t : pack.lines("titles.txt")) {
            titles.add(List.of(t.toLowerCase(Locale.ROOT).split("\\s+")));
        }
        titles.sort((a, b) -> b.size() - a.size());
        Set<String> cues = new HashSet<>();
        for (String[] r : pack.rows("speech-verbs.tsv")) {
            if (r.length > 1 && r[1].equals("after")) cues.add(r[0]);
        }
        Set<String> placeHeads = new HashSet<>();
        Map<String, String> domestic = new HashMap<>();
        for (String l : pack.lines("place-heads.txt")) {
            String[] p = l.split("\\s*\t\\s*");
            placeHeads.add(p[0]);
            if (p.length > 1) domestic.put(p[0], p[1]);
        }
        Set<String> orgHeads = new HashSet<>();
        for (String l : pack.lines("org-heads.txt")) {
            String[] p = l.split("\\s*\t\\s*");
            orgHeads.add(p[0]);
            if (p.length > 1) domestic.put(p[0], p[1]);
        }
        return new NameLexicon(List.copyOf(titles), Set.copyOf(orgHeads),
                Set.copyOf(placeHeads), lower(pack.lines("function-words.txt")),
                pack.commonWords(), Set.copyOf(cues),
                lower(pack.lines("locatives.txt")), lower(pack.lines("actor-relations.txt")), Map.copyOf(domestic),
                Set.copyOf(pack.lines("org-heads-final.txt")), lower(pack.lines("auxiliaries.txt")),
                lower(pack.lines("demonstratives.txt")));
    }

    private static Set<String> lower(List<String> words) {
        Set<String> out = new HashSet<>();
        for (String w : words) out.add(w.toLowerCase(Locale.ROOT));
        return Set.copyOf(out);
    }

    /** The country a place or organisation head word implies ("Kecamatan", "Polda" → IDN), or null. */
    String domesticCountry(String head) {
        return domesticHeads.get(head);
    }

    boolean isCommon(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return commonWords.contains(w) || functionWords.contains(w);
    }
}
