package dev.pantau.ner;

import dev.pantau.doc.Entity;
import dev.pantau.doc.Token;
import dev.pantau.geo.Place;
import dev.pantau.link.KbEntry;
import dev.pantau.ner.MentionDraft.Found;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Names nobody listed: capitalised runs typed by what opens them (an organisation or place head
 * word), by a title before them ("Presiden …") or a speech cue ("kata …"), by a part that recurs
 * alone (a person's surname); acronyms defined in brackets ("Komisi Pemilihan Umum (KPU)").
 */
final class NameRules {
    private final MentionDraft draft;
    private NameTagger tagger;              // null: no tagger
    private NerCorpus.Span[] tagged;        // by first token, the names the tagger found in tagged sentences
    private boolean[] sentenceTagged;       // by sentence index: already run through the tagger

    NameRules(MentionDraft draft) {
        this.draft = draft;
    }

    void capitalisedRuns() {
        for (int i = 0; i < draft.tokens.size(); i++) {
            if (draft.covered[i] || !draft.isNameToken(i) || draft.tokens.get(i).text().length() < 2) continue;
            int j = i;
            while (j + 1 < draft.tokens.size() && !draft.covered[j + 1] && draft.isNameToken(j + 1)
                    && draft.sameLine(j, j + 1)) j++;
            int s = i;
            while (s <= j && draft.lex.functionWords().contains(draft.tokens.get(s).text().toLowerCase(Locale.ROOT))) s++;
            if (s <= j && draft.isSentenceStart(s) && draft.lex.isCommon(draft.tokens.get(s).text()) && draft.titleAt(s, j) == 0
                    && !draft.lex.orgHeads().contains(draft.tokens.get(s).text()) && !draft.lex.placeHeads().contains(draft.tokens.get(s).text())) s++;
            // "Menteri Dalam Negeri Tito Karnavian": a title and the common words of the office are no name
            boolean titled = false;
            for (int n; s <= j && (n = draft.titleAt(s, j)) > 0; ) {
                s += n;
                titled = true;
                while (s < j && draft.lex.isCommon(draft.tokens.get(s).text())) s++;
            }
            // "Kapolres Kuansing AKBP Angga F Herlambang": the name follows the last title
            for (int k = j; k > s; k--) {
                int n = draft.titleAt(k, j);
                if (n > 0 && k + n <= j) {
                    s = k + n;
                    titled = true;
                    break;
                }
            }
            if (titled) s = leadingPlaces(s, j);
            if (s <= j && !(titled && draft.lex.isCommon(draft.tokens.get(s).text()) && s == j)) classify(s, j, titled);
            i = j;
        }
    }

    /** Takes the places that open a titled name ("Bogor" in "Wali Kota Bogor Bima Arya"); returns where the name starts. */
    int leadingPlaces(int s, int e) {
        for (int k = e - 1; k >= s; k--) {
            String surface = draft.text.substring(draft.tokens.get(s).start(), draft.tokens.get(k).end());
            Place p = draft.gazetteer.lookup(surface);
            if (p != null) {
                draft.addTokens(s, k, "place:" + p.name() + "/" + p.country(), surface, Entity.Type.LOCATION, null, p.country());
                return k + 1;
            }
        }
        return s;
    }

    void classify(int s, int e, boolean titled) {
        String first = draft.tokens.get(s).text();
        String surface = draft.text.substring(draft.tokens.get(s).start(), draft.tokens.get(e).end());
        boolean allCommon = true;
        for (int k = s; k <= e; k++) {
            if (!draft.lex.isCommon(draft.tokens.get(k).text())) allCommon = false;
        }
        Entity.Type type = null;
        if (draft.lex.orgHeads().contains(first) && (e > s || !draft.lex.isCommon(first))) type = Entity.Type.ORGANIZATION;
        else if (e > s && containsHead(s, e, draft.lex.placeHeads())) type = Entity.Type.LOCATION;
        else if (e > s && draft.lex.orgHeadsFinal().contains(draft.tokens.get(e).text())) type = Entity.Type.ORGANIZATION;
        else if (isAcronym(draft.tokens.get(s).text()) && (titled || afterTitle(s) || afterSpeechCue(s))) type = Entity.Type.ORGANIZATION;
        else if (e > s && draft.lex.placeHeads().contains(first)) type = Entity.Type.LOCATION;
        else if (!allCommon && (titled || afterTitle(s) || afterSpeechCue(s))) type = Entity.Type.PERSON;
        if (type == null && !allCommon && looksLikePersonName(s, e)) type = Entity.Type.PERSON;
        if (type == null && !allCommon) type = taggedType(s, e);
        Found acronym = acronymAfter(e);
        if (type == null && acronym == null) {
            Found known = draft.acronyms.get(surface);
            if (known != null) {
                draft.addTokens(s, e, known.group(), known.name(), known.type(), known.kb(), known.country());
            }
            return;
        }
        if (type == null) type = Entity.Type.ORGANIZATION;
        Found f = draft.addTokens(s, e, "name:" + surface, surface, type, null, country(s, e, type, surface));
        if (acronym != null) defineAcronym(e, f);
    }

    /**
     * Lets a capitalised run the rules cannot type take the type the trained tagger
     * ({@link NameTagger}) gives exactly that run. A sentence is tagged only when one of its runs
     * needs it, so articles whose names the knowledge base and the rules settle cost no tagging.
     */
    void useTagger(NameTagger tagger) {
        this.tagger = tagger;
        this.tagged = new NerCorpus.Span[draft.tokens.size()];
        this.sentenceTagged = new boolean[draft.doc.sentences().size()];
    }

    private void tagSentenceOf(int token) {
        int si = draft.doc.sentenceAt(draft.tokens.get(token).start());
        if (si < 0 || sentenceTagged[si]) return;
        sentenceTagged[si] = true;
        dev.pantau.doc.Sentence sentence = draft.doc.sentences().get(si);
        List<String> words = new ArrayList<>(sentence.endToken() - sentence.firstToken());
        for (int i = sentence.firstToken(); i < sentence.endToken(); i++) words.add(draft.tokens.get(i).text());
        for (NerCorpus.Span span : NerCorpus.spans(tagger.tag(words))) {
            tagged[sentence.firstToken() + span.start()] = new NerCorpus.Span(sentence.firstToken() + span.start(),
                    sentence.firstToken() + span.end(), span.type());
        }
    }

    /**
     * The type the tagger gives exactly tokens s..e, or null (also when no tagger ran). A lone
     * word is weak evidence: the tagger alone makes it a place or an organisation ("Gojek",
     * "Kemayoran") but not a person, and never an acronym nobody defined ("BBM", "KTP").
     */
    private Entity.Type taggedType(int s, int e) {
        if (tagger == null) return null;
        tagSentenceOf(s);
        NerCorpus.Span span = tagged[s];
        if (span == null || span.end() != e + 1) return null;
        Entity.Type type = Entity.Type.valueOf(span.type());
        if (s == e && (type == Entity.Type.PERSON || draft.tokens.get(s).text().chars().noneMatch(Character::isLowerCase))) return null;
        return type;
    }

    /** The country of a name the knowledge base does not know, from its type and what surrounds it. */
    private String country(int s, int e, Entity.Type type, String surface) {
        String first = draft.tokens.get(s).text();
        if (type == Entity.Type.LOCATION) {
            Place p = draft.gazetteer.lookup(surface);
            return p != null ? p.country() : draft.lex.domesticCountry(first);
        }
        if (type == Entity.Type.PERSON) return countryOfTitle(s);
        // "Kementerian Luar Negeri Rusia": a country named right after the body; else its head word's country
        Found next = e + 1 < draft.tokens.size() ? draft.foundCovering(draft.tokens.get(e + 1).start()) : null;
        return next != null && next.kb() != null && next.kb().kind() == KbEntry.Kind.COUNTRY
                ? next.country() : draft.lex.domesticCountry(first);
    }

    /**
     * "Elon Musk … Musk": a run of two to four capitalised words one of whose words recurs on
     * its own in the article is a person's name, as news names a person in full once and
     * then by one name. Acronyms, common words and known places never count.
     */
    boolean looksLikePersonName(int s, int e) {
        if (e == s || e - s > 3) return false;
        for (int k = s; k <= e; k++) {
            String w = draft.tokens.get(k).text();
            if (draft.lex.isCommon(w) || draft.lex.orgHeads().contains(w) || draft.lex.placeHeads().contains(w)
                    || draft.lex.orgHeadsFinal().contains(w)) return false;
        }
        String last = draft.tokens.get(e).text();
        if (last.length() < 2 || isAcronym(last) || draft.lex.isCommon(last) || draft.gazetteer.lookup(last) != null) return false;
        for (int k = s; k <= e; k++) if (isAcronym(draft.tokens.get(k).text()) || draft.tokens.get(k).text().equals("&")) return false;
        // one part of the name occurs more often than another: it also stands alone ("Musk", "Arton")
        int least = Integer.MAX_VALUE, most = 0;
        for (int k = s; k <= e; k++) {
            String w = draft.tokens.get(k).text();
            if (w.length() < 3) continue;
            int c = draft.tokenCounts().getOrDefault(w, 0);
            least = Math.min(least, c);
            most = Math.max(most, c);
        }
        return most > least;
    }

    boolean containsHead(int s, int e, Set<String> heads) {
        for (int k = s; k <= e; k++) if (heads.contains(draft.tokens.get(k).text())) return true;
        return false;
    }

    static boolean isAcronym(String w) {
        return w.length() >= 2 && w.chars().filter(Character::isUpperCase).count() >= 2
                && Character.isUpperCase(w.charAt(0)) && w.chars().allMatch(Character::isLetterOrDigit);
    }

    /** "Presiden Rusia Vladimir Putin", "Ketua KPU Afifuddin": the country of what stands between title and name. */
    String countryOfTitle(int s) {
        for (int k = s - 1; k >= 0 && k >= s - 4; k--) {
            Found f = draft.foundCovering(draft.tokens.get(k).start());
            if (f != null) return f.country();
            if (draft.titleAt(k, k) == 0 && !draft.tokens.get(k).startsUpper()) return null;
        }
        return null;
    }

    /** "Komisi Pemilihan Umum (KPU)": returns a placeholder when an acronym in brackets follows. */
    Found acronymAfter(int e) {
        if (e + 3 >= draft.tokens.size()) return null;
        if (!draft.tokens.get(e + 1).text().equals("(") || !draft.tokens.get(e + 3).text().equals(")")) return null;
        String a = draft.tokens.get(e + 2).text();
        return a.length() >= 2 && a.length() <= 8 && Character.isUpperCase(a.charAt(0))
                && a.chars().filter(Character::isUpperCase).count() >= 2 ? new Found(0, 0, null, null, null, null, null, null) : null;
    }

    void defineAcronym(int e, Found of) {
        Token a = draft.tokens.get(e + 2);
        if (draft.covered[e + 2]) return;
        draft.acronyms.put(a.text(), of);
        draft.addTokens(e + 2, e + 2, of.group(), of.name(), of.type(), of.kb(), of.country());
    }

    boolean afterTitle(int s) {
        int k = s - 1;
        // skip a country or organisation named between title and name: "Presiden Rusia Vladimir Putin"
        while (k >= 0 && draft.covered[k]) k--;
        for (List<String> title : draft.lex.titles()) {
            int n = title.size();
            if (k - n + 1 < 0) continue;
            boolean ok = true;
            for (int t = 0; t < n && ok; t++) {
                ok = draft.tokens.get(k - n + 1 + t).text().toLowerCase(Locale.ROOT).equals(title.get(t));
            }
            if (ok) return true;
        }
        return false;
    }

    boolean afterSpeechCue(int s) {
        return s > 0 && draft.lex.speechCuesAfter().contains(draft.tokens.get(s - 1).text().toLowerCase(Locale.ROOT));
    }
}
