package dev.pantau.ner;

import dev.pantau.pipeline.LanguagePack;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The word lists the rule-based recogniser reads from a language pack: titles before person
 * names, words that open organisation and place names, function words, and the common
 * (usually lower-case) words learned from unlabeled news by {@code pantau train casing}.
 */
record NameLexicon(List<List<String>> titles, Set<String> orgHeads, Set<String> placeHeads,
                   Set<String> functionWords, Set<String> commonWords, Set<String> speechCuesAfter,
                   Set<String> locatives) {

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
        return new NameLexicon(List.copyOf(titles), Set.copyOf(pack.lines("org-heads.txt")),
                Set.copyOf(pack.lines("place-heads.txt")), lower(pack.lines("function-words.txt")),
                lower(pack.lines("common-words.txt")), Set.copyOf(cues),
                lower(pack.lines("locatives.txt")));
    }

    private static Set<String> lower(List<String> words) {
        Set<String> out = new HashSet<>();
        for (String w : words) out.add(w.toLowerCase(Locale.ROOT));
        return Set.copyOf(out);
    }

    boolean isCommon(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return commonWords.contains(w) || functionWords.contains(w);
    }
}
