package dev.pantau.ner;

import dev.pantau.doc.Dateline;
import dev.pantau.doc.Entity;
import dev.pantau.doc.Token;
import dev.pantau.geo.Place;
import dev.pantau.link.KbEntry;

import java.util.Locale;

/**
 * Names the knowledge base and the gazetteer know: the dateline's outlet and place, the longest
 * KB or gazetteer match at each token, capitals standing for their governments, and the places
 * no other rule claimed.
 */
final class KnownNameMatcher {
    private final MentionDraft draft;

    KnownNameMatcher(MentionDraft draft) {
        this.draft = draft;
    }
    private static final int MAX_NAME_TOKENS = 8;

    void dateline() {
        Dateline d = draft.doc.dateline();
        if (d == null) return;
        if (d.outlet() != null) {
            int s = draft.text.toLowerCase(Locale.ROOT).indexOf(d.outlet().toLowerCase(Locale.ROOT), d.start());
            if (s >= 0 && s < d.end()) {
                KbEntry e = draft.bestKb(d.outlet());
                draft.add(s, s + d.outlet().length(), e != null ? e.key() : "org:" + d.outlet(),
                        e != null ? e.name() : d.outlet(), Entity.Type.ORGANIZATION, e, e != null ? e.country() : null);
            }
        }
        if (d.place() != null) {
            int s = draft.text.toLowerCase(Locale.ROOT).indexOf(d.place().toLowerCase(Locale.ROOT), d.start());
            if (s >= 0 && s < d.end()) {
                KbEntry e = draft.bestKb(d.place());
                String country = e != null ? e.country() : draft.kb.metonymCountry(d.place());
                draft.add(s, s + d.place().length(), e != null ? e.key() : "place:" + d.place(),
                        e != null ? e.name() : d.place(), Entity.Type.LOCATION, e, country);
            }
        }
    }

    void knowledgeBase() {
        for (int i = 0; i < draft.tokens.size(); i++) {
            if (draft.covered[i] || !draft.tokens.get(i).isWord()) continue;
            String w = draft.tokens.get(i).text();
            if (!draft.kb.startsAName(w) && !draft.gazetteer.startsAName(w)) continue;
            for (int j = Math.min(draft.tokens.size(), i + MAX_NAME_TOKENS) - 1; j >= i; j--) {
                if (!draft.tokens.get(j).isWord() && j > i && !draft.tokens.get(j).text().equals(".")) continue;
                String surface = draft.text.substring(draft.tokens.get(i).start(), draft.tokens.get(j).end());
                if (surface.indexOf('\n') >= 0) continue;
                KbEntry e = draft.bestKb(surface);
                String metonym = e == null ? draft.kb.metonymCountry(surface) : null;
                Place place = e == null && metonym == null && (j > i || !insideName(i))
                        && !draft.lex.functionWords().contains(surface.toLowerCase(Locale.ROOT)) ? draft.gazetteer.lookup(surface) : null;
                if (e == null && metonym == null && place == null) continue;
                if (e != null) {
                    draft.addTokens(i, j, e.key(), e.name(), e.type(), e, e.country());
                } else if (place != null) {
                    draft.addTokens(i, j, "place:" + place.name() + "/" + place.country(), surface, Entity.Type.LOCATION, null, place.country());
                } else if (usedForGovernment(i, j)) {
                    KbEntry c = draft.kb.country(metonym);
                    draft.addTokens(i, j, c.key(), c.name(), c.type(), c, metonym);
                } else {
                    draft.addTokens(i, j, "place:" + surface, surface, Entity.Type.LOCATION, null, metonym);
                }
                i = j;
                break;
            }
        }
    }

    /**
     * Whether a capitalised word stands inside a longer name ("PT Bumi Asri Pasaman",
     * "Desa Beringin Teluk"): then it is left to the name rules, not taken as a place alone.
     */
    boolean insideName(int i) {
        return i > 0 && !draft.covered[i - 1] && draft.isNameToken(i - 1) && draft.sameLine(i - 1, i) && !draft.isSentenceStart(i - 1)
                || i + 1 < draft.tokens.size() && !draft.covered[i + 1] && draft.isNameToken(i + 1) && draft.sameLine(i, i + 1);
    }

    /** The places no other rule claimed ("Menteng", "Los Angeles"). */
    void remainingPlaces() {
        for (int i = 0; i < draft.tokens.size(); i++) {
            if (draft.covered[i] || !draft.isNameToken(i) || !draft.gazetteer.startsAName(draft.tokens.get(i).text())) continue;
            for (int j = Math.min(draft.tokens.size(), i + draft.gazetteer.maxTokens()) - 1; j >= i; j--) {
                if (!draft.isNameToken(j)) continue;
                String surface = draft.text.substring(draft.tokens.get(i).start(), draft.tokens.get(j).end());
                if (surface.indexOf('\n') >= 0 || draft.lex.functionWords().contains(surface.toLowerCase(Locale.ROOT))) continue;
                Place place = draft.gazetteer.lookup(surface);
                if (place == null) continue;
                draft.addTokens(i, j, "place:" + place.name() + "/" + place.country(), surface, Entity.Type.LOCATION, null, place.country());
                i = j;
                break;
            }
        }
    }

    /**
     * A capital or seat names its government when it acts: as a subject before a verb or
     * modal ("Moskow dapat membantu", "Kremlin mengatakan") or after a word that relates
     * actors ("oleh Washington", "dengan Moskow"); otherwise it is the city ("di Jakarta").
     */
    boolean usedForGovernment(int first, int last) {
        if (first > 0) {
            String prev = draft.tokens.get(first - 1).text().toLowerCase(Locale.ROOT);
            if (draft.lex.locatives().contains(prev)) return false;
            if (draft.lex.actorRelations().contains(prev)) return true;
        }
        if (last + 1 >= draft.tokens.size()) return false;
        Token next = draft.tokens.get(last + 1);
        return next.isWord() && !next.startsUpper() && !draft.lex.functionWords().contains(next.text())
                || draft.lex.auxiliaries().contains(next.text());
    }
}
