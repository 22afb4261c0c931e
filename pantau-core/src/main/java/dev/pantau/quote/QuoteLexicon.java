package dev.pantau.quote;

import dev.pantau.pipeline.LanguagePack;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Speech cues and attribution cues of a language pack. */
record QuoteLexicon(Set<String> cuesAfter, Set<String> cuesBefore, Set<String> complementizers,
                    Set<String> accordingTo, List<AttributionCue> attributionCues, Set<String> titleWords,
                    Set<String> pronouns, Set<String> addresseePrepositions, Set<String> demonstratives,
                    Set<String> resumptives, Set<String> agentPrepositions) {

    /**
     * One attribution cue: the phrase to find, where the source starts inside it (-1: after it),
     * and where the source is.
     */
    record AttributionCue(String phrase, int sourceOffset, Source source) {
        enum Source { FOLLOWS, ORGANIZATION, SPEAKER, OUTLET }
    }

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
        List<AttributionCue> attr = new java.util.ArrayList<>();
        for (String[] r : pack.rows("attribution-cues.tsv")) {
            String cue = r[0].toLowerCase(Locale.ROOT);
            int bar = cue.indexOf('|');
            AttributionCue.Source source = r.length > 1 ? AttributionCue.Source.valueOf(r[1].toUpperCase(Locale.ROOT)) : AttributionCue.Source.FOLLOWS;
            attr.add(new AttributionCue(cue.replace("|", ""), bar, source));
        }
        attr.sort((a, b) -> b.phrase().length() - a.phrase().length());
        return new QuoteLexicon(Set.copyOf(after), Set.copyOf(before), Set.copyOf(pack.lines("complementizers.txt")),
                Set.copyOf(pack.lines("according-to.txt")), List.copyOf(attr), titleWords(pack),
                Set.copyOf(pack.lines("pronouns.txt")), Set.copyOf(pack.lines("addressee-prepositions.txt")),
                Set.copyOf(pack.lines("demonstratives.txt")), Set.copyOf(pack.lines("resumptive-cues.txt")),
                Set.copyOf(pack.lines("agent-prepositions.txt")));
    }
}
