package dev.pantau.quote;

import dev.pantau.pipeline.LanguagePack;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Speech cues and attribution cues of a language pack. */
record QuoteLexicon(Set<String> cuesAfter, Set<String> cuesBefore, Set<String> complementizers,
                    Set<String> accordingTo, List<String> attributionCues, Set<String> titleWords,
                    Set<String> pronouns) {

    private static Set<String> titleWords(LanguagePack pack) {
        Set<String> out = new HashSet<>();
        for (String t : pack.lines("titles.txt")) out.addAll(List.of(t.toLowerCase(Locale.ROOT).split("\\s+")));
        return Set.copyOf(out);
    }

    static QuoteLexicon of(LanguagePack pack) {
        Set<String> after = new HashSet<>(), before = new HashSet<>();
        for (String[] r : pack.rows("speech-verbs.tsv")) {
            (r[1].equals("after") ? after : before).add(r[0].toLowerCase(Locale.ROOT));
        }
        List<String> attr = new java.util.ArrayList<>();
        for (String[] r : pack.rows("attribution-cues.tsv")) attr.add(r[0].toLowerCase(Locale.ROOT));
        attr.sort((a, b) -> b.length() - a.length());
        return new QuoteLexicon(Set.copyOf(after), Set.copyOf(before), Set.copyOf(pack.lines("complementizers.txt")),
                Set.copyOf(pack.lines("according-to.txt")), List.copyOf(attr), titleWords(pack),
                Set.copyOf(pack.lines("pronouns.txt")));
    }
}
