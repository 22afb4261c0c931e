package dev.pantau.ner;

import dev.pantau.doc.Entity;
import dev.pantau.doc.Mention;
import dev.pantau.geo.Place;
import dev.pantau.link.KbEntry;
import dev.pantau.ner.MentionDraft.Found;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * In-document coreference: later mentions of a person by one part of the name ("Putin"),
 * nominals ("Pemimpin Korea Utara itu") resolved to the last person of that country, and the
 * grouping of all mentions of one real-world entity into one {@link Entity}.
 */
final class Coreference {
    private final MentionDraft draft;

    Coreference(MentionDraft draft) {
        this.draft = draft;
    }

    /**
     * Later mentions of a person by one part of the name ("Putin", "Kim"). A part that is also a
     * common word ("Satria", knight; "Bayu", wind) counts only when the article writes it
     * capitalised inside a sentence somewhere, where a common word would not be.
     */
    void surnames() {
        shorterNames();
        Map<String, Found> parts = new HashMap<>();
        Map<String, Integer> owners = new HashMap<>();
        java.util.Set<String> commonParts = new java.util.HashSet<>();
        // a title in an alias ("Presiden Jokowi") is no part of the name: "Wakil Presiden" is someone else
        java.util.Set<String> titleWords = new java.util.HashSet<>();
        for (List<String> t : draft.lex.titles()) if (t.size() == 1) titleWords.add(t.get(0));
        for (Found f : List.copyOf(draft.found)) {
            if (f.type() != Entity.Type.PERSON) continue;
            List<String> names = f.kb() != null ? f.kb().names() : List.of(f.name());
            for (String n : names) {
                String[] ps = n.split("\\s+");
                if (ps.length < 2) continue;
                for (String p : ps) {
                    if (p.length() < 3 || !Character.isUpperCase(p.charAt(0)) || titleWords.contains(p.toLowerCase(Locale.ROOT))) continue;
                    if (draft.lex.isCommon(p)) commonParts.add(p);
                    Found prev = parts.putIfAbsent(p, f);
                    if (prev == null || !prev.group().equals(f.group())) owners.merge(p, 1, Integer::sum);
                }
            }
        }
        java.util.Set<String> namedInside = new java.util.HashSet<>();
        for (int i = 0; i < draft.tokens.size(); i++) {
            String w = draft.tokens.get(i).text();
            if (!draft.covered[i] && commonParts.contains(w) && !draft.isSentenceStart(i)) namedInside.add(w);
        }
        for (int i = 0; i < draft.tokens.size(); i++) {
            if (draft.covered[i]) continue;
            String w = draft.tokens.get(i).text();
            Found f = parts.get(w);
            if (commonParts.contains(w) && !namedInside.contains(w)) continue;
            if (f != null && owners.getOrDefault(w, 0) == 1) {
                draft.addTokens(i, i, f.group(), f.name(), f.type(), f.kb(), f.country());
            }
        }
        // a person first found by one name part ("kata Putin") is the person of the full name
        for (int k = 0; k < draft.found.size(); k++) {
            Found f = draft.found.get(k);
            Found full = commonParts.contains(f.name()) && !namedInside.contains(f.name()) ? null : parts.get(f.name());
            if (f.type() == Entity.Type.PERSON && f.kb() == null && full != null && full != f
                    && owners.getOrDefault(f.name(), 0) == 1 && !full.group().equals(f.group())) {
                draft.found.set(k, new Found(f.start(), f.end(), f.kind(), full.group(), full.name(), full.type(), full.kb(), full.country()));
            }
        }
    }

    /**
     * A person named later by part of a full name found before ("Satria Arta" after "Satria Arta
     * Kumbara") is that person, when the full name is the only one whose words it shares.
     */
    private void shorterNames() {
        Map<String, List<String>> wordsOf = new HashMap<>(); // a name's words, split once
        for (int k = 0; k < draft.found.size(); k++) {
            Found f = draft.found.get(k);
            if (f.type() != Entity.Type.PERSON || f.kb() != null) continue;
            List<String> words = wordsOf.computeIfAbsent(f.name(), n -> List.of(n.split("\\s+")));
            if (words.size() < 2) continue;
            Found full = null;
            boolean ambiguous = false;
            for (Found g : draft.found) {
                if (g.type() != Entity.Type.PERSON || g.group().equals(f.group()) || g.start() > f.start()) continue;
                List<String> gw = wordsOf.computeIfAbsent(g.name(), n -> List.of(n.split("\\s+")));
                if (gw.size() <= words.size() || java.util.Collections.indexOfSubList(gw, words) < 0) continue;
                if (full != null && !full.group().equals(g.group())) ambiguous = true;
                full = g;
            }
            if (full != null && !ambiguous) {
                draft.found.set(k, new Found(f.start(), f.end(), f.kind(), full.group(), full.name(), full.type(), full.kb(), full.country()));
            }
        }
    }

    /** "Pemimpin Korea Utara itu": a title, a country and a demonstrative refer back to that country's person. */
    void nominals() {
        for (int i = 0; i + 2 < draft.tokens.size(); i++) {
            String w = draft.tokens.get(i).text().toLowerCase(Locale.ROOT);
            if (draft.covered[i]) continue;
            boolean title = false;
            for (List<String> t : draft.lex.titles()) {
                if (t.size() == 1 && t.get(0).equals(w)) title = true;
            }
            if (!title) continue;
            int c = i + 1;
            Found country = draft.foundAt(draft.tokens.get(c).start());
            if (country == null || country.kb() == null || country.kb().kind() != KbEntry.Kind.COUNTRY) continue;
            int after = c;
            while (after + 1 < draft.tokens.size() && draft.tokens.get(after + 1).end() <= country.end()) after++;
            if (after + 1 >= draft.tokens.size()) continue;
            String dem = draft.tokens.get(after + 1).text();
            if (!draft.lex.demonstratives().contains(dem)) continue;
            Found person = latestPerson(country.country(), draft.tokens.get(i).start());
            if (person == null) continue;
            draft.found.add(new Found(draft.tokens.get(i).start(), draft.tokens.get(after + 1).end(), Mention.Kind.NOMINAL,
                    person.group(), person.name(), person.type(), person.kb(), person.country()));
        }
    }

    Found latestPerson(String country, int before) {
        Found best = null;
        for (Found f : draft.found) {
            if (f.type() == Entity.Type.PERSON && country.equals(f.country()) && f.start() < before
                    && (best == null || f.start() > best.start())) best = f;
        }
        return best;
    }

    /**
     * The country the article is about: the country its names belong to most often (counting
     * every mention with a country), else where its dateline places it ("PALANGKA RAYA,
     * KOMPAS.com"). A person, organisation or place the knowledge base and the gazetteer do not
     * know is most likely of that country. Null when the article gives no clue.
     */
    String homeCountry() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Found f : draft.found) if (f.country() != null) counts.merge(f.country(), 1, Integer::sum);
        String best = null;
        for (Map.Entry<String, Integer> c : counts.entrySet()) if (best == null || c.getValue() > counts.get(best)) best = c.getKey();
        if (best != null || draft.doc.dateline() == null || draft.doc.dateline().place() == null) return best;
        String place = draft.doc.dateline().place();
        KbEntry e = draft.bestKb(place);
        if (e != null && e.country() != null) return e.country();
        String metonym = draft.kb.metonymCountry(place);
        if (metonym != null) return metonym;
        Place p = draft.gazetteer.lookup(place);
        return p == null ? null : p.country();
    }

    List<Entity> entities() {
        draft.found.sort(Comparator.comparingInt(Found::start).thenComparingInt(f -> -f.end()));
        Map<String, List<Found>> groups = new LinkedHashMap<>();
        int lastEnd = -1;
        for (Found f : draft.found) {
            if (f.start() < lastEnd) continue; // nested in an earlier mention
            lastEnd = f.end();
            groups.computeIfAbsent(f.group(), k -> new ArrayList<>()).add(f);
        }
        List<Entity> out = new ArrayList<>();
        String home = homeCountry();
        int n = 1;
        for (List<Found> g : groups.values()) {
            Found head = g.get(0);
            String name = head.name();
            if (head.kb() == null) {
                for (Found f : g) {
                    if (f.kind() == Mention.Kind.NAME && f.end() - f.start() > name.length()) name = draft.text.substring(f.start(), f.end());
                }
            }
            List<Mention> mentions = new ArrayList<>();
            for (Found f : g) mentions.add(new Mention(f.start(), f.end(), draft.text.substring(f.start(), f.end()), f.kind()));
            KbEntry e = head.kb();
            // countries are named in the article's language: "Rusia" in Indonesian, "Russia" in English
            if (e != null && e.kind() == KbEntry.Kind.COUNTRY && "en".equals(draft.doc.language())
                    && draft.kb.englishName(e.country()) != null) {
                name = draft.kb.englishName(e.country());
            }
            String country = head.country();
            if (country == null && e == null) country = home;
            out.add(new Entity("E" + n++, name, head.type(), e != null ? e.wikidata() : null,
                    country, e != null ? e.actor() : null, mentions));
        }
        return out;
    }
}
