package dev.pantau.ner;

import dev.pantau.doc.Dateline;
import dev.pantau.doc.Doc;
import dev.pantau.doc.Entity;
import dev.pantau.doc.Mention;
import dev.pantau.doc.Token;
import dev.pantau.geo.Gazetteer;
import dev.pantau.geo.Place;
import dev.pantau.link.KbEntry;
import dev.pantau.link.KnowledgeBase;
import dev.pantau.pipeline.LanguagePack;
import dev.pantau.pipeline.Layer;
import dev.pantau.pipeline.Step;
import dev.pantau.time.Dates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Rule-based entity recognition and linking, a first version to be replaced by a trained
 * tagger: longest knowledge-base or gazetteer match; capitalised runs typed by what opens them (an
 * organisation or place head word), by a title before them ("Presiden ...") or by a speech cue
 * ("kata ..."); acronyms defined in brackets; surnames of persons already found; nominals
 * "Pemimpin Korea Utara itu" resolved to the person of that country; the dateline's outlet and
 * place. Mentions of one real-world entity are grouped into one {@link Entity}.
 */
public final class EntityRecognizer implements Step {
    private static final int MAX_NAME_TOKENS = 8;

    private final KnowledgeBase kb;
    private final Gazetteer gazetteer;

    public EntityRecognizer(KnowledgeBase kb, Gazetteer gazetteer) {
        this.kb = kb;
        this.gazetteer = gazetteer;
    }

    @Override
    public String name() {
        return "entities";
    }

    @Override
    public Set<Layer> needs() {
        return Set.of(Layer.TOKENS, Layer.SENTENCES, Layer.DATELINE, Layer.PUBLISHED);
    }

    @Override
    public Set<Layer> adds() {
        return Set.of(Layer.ENTITIES);
    }

    @Override
    public Doc apply(Doc doc, LanguagePack pack) {
        NameLexicon lex = pack.compiled("names", NameLexicon::of);
        Run run = new Run(doc, lex, Dates.parseDay(doc.published()));
        run.dateline();
        run.knowledgeBase();
        run.capitalisedRuns();
        run.remainingPlaces();
        run.surnames();
        run.nominals();
        return doc.withEntities(run.entities());
    }

    /** A found mention, before grouping. */
    private record Found(int start, int end, Mention.Kind kind, String group, String name,
                         Entity.Type type, KbEntry kb, String country) {
    }

    /** The state of recognising one document. */
    private final class Run {
        final Doc doc;
        final String text;
        final List<Token> tokens;
        final NameLexicon lex;
        final LocalDate day;
        final boolean[] covered;
        final List<Found> found = new ArrayList<>();
        final Map<String, Found> acronyms = new HashMap<>();
        Map<String, Integer> counts;

        Run(Doc doc, NameLexicon lex, LocalDate day) {
            this.doc = doc;
            this.text = doc.text();
            this.tokens = doc.tokens();
            this.lex = lex;
            this.day = day;
            this.covered = new boolean[tokens.size()];
        }

        void dateline() {
            Dateline d = doc.dateline();
            if (d == null) return;
            if (d.outlet() != null) {
                int s = text.toLowerCase(Locale.ROOT).indexOf(d.outlet().toLowerCase(Locale.ROOT), d.start());
                if (s >= 0 && s < d.end()) {
                    KbEntry e = bestKb(d.outlet());
                    add(s, s + d.outlet().length(), e != null ? e.key() : "org:" + d.outlet(),
                            e != null ? e.name() : d.outlet(), Entity.Type.ORGANIZATION, e, e != null ? e.country() : null);
                }
            }
            if (d.place() != null) {
                int s = text.toLowerCase(Locale.ROOT).indexOf(d.place().toLowerCase(Locale.ROOT), d.start());
                if (s >= 0 && s < d.end()) {
                    KbEntry e = bestKb(d.place());
                    String country = e != null ? e.country() : kb.metonymCountry(d.place());
                    add(s, s + d.place().length(), e != null ? e.key() : "place:" + d.place(),
                            e != null ? e.name() : d.place(), Entity.Type.LOCATION, e, country);
                }
            }
        }

        KbEntry bestKb(String surface) {
            List<KbEntry> l = kb.lookup(surface);
            return l.isEmpty() ? null : kb.best(l, day);
        }

        void knowledgeBase() {
            for (int i = 0; i < tokens.size(); i++) {
                if (covered[i] || !tokens.get(i).isWord()) continue;
                String w = tokens.get(i).text();
                if (!kb.startsAName(w) && !gazetteer.startsAName(w)) continue;
                for (int j = Math.min(tokens.size(), i + MAX_NAME_TOKENS) - 1; j >= i; j--) {
                    if (!tokens.get(j).isWord() && j > i && !tokens.get(j).text().equals(".")) continue;
                    String surface = text.substring(tokens.get(i).start(), tokens.get(j).end());
                    if (surface.indexOf('\n') >= 0) continue;
                    KbEntry e = bestKb(surface);
                    String metonym = e == null ? kb.metonymCountry(surface) : null;
                    Place place = e == null && metonym == null && (j > i || !insideName(i))
                            && !lex.functionWords().contains(surface.toLowerCase(Locale.ROOT)) ? gazetteer.lookup(surface) : null;
                    if (e == null && metonym == null && place == null) continue;
                    if (e != null) {
                        addTokens(i, j, e.key(), e.name(), e.type(), e, e.country());
                    } else if (place != null) {
                        addTokens(i, j, "place:" + place.name() + "/" + place.country(), surface, Entity.Type.LOCATION, null, place.country());
                    } else if (usedForGovernment(i, j)) {
                        KbEntry c = kb.country(metonym);
                        addTokens(i, j, c.key(), c.name(), c.type(), c, metonym);
                    } else {
                        addTokens(i, j, "place:" + surface, surface, Entity.Type.LOCATION, null, metonym);
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
            return i > 0 && !covered[i - 1] && isNameToken(i - 1) && sameLine(i - 1, i) && !isSentenceStart(i - 1)
                    || i + 1 < tokens.size() && !covered[i + 1] && isNameToken(i + 1) && sameLine(i, i + 1);
        }

        /** The places no other rule claimed ("Menteng", "Los Angeles"). */
        void remainingPlaces() {
            for (int i = 0; i < tokens.size(); i++) {
                if (covered[i] || !isNameToken(i) || !gazetteer.startsAName(tokens.get(i).text())) continue;
                for (int j = Math.min(tokens.size(), i + gazetteer.maxTokens()) - 1; j >= i; j--) {
                    if (!isNameToken(j)) continue;
                    String surface = text.substring(tokens.get(i).start(), tokens.get(j).end());
                    if (surface.indexOf('\n') >= 0 || lex.functionWords().contains(surface.toLowerCase(Locale.ROOT))) continue;
                    Place place = gazetteer.lookup(surface);
                    if (place == null) continue;
                    addTokens(i, j, "place:" + place.name() + "/" + place.country(), surface, Entity.Type.LOCATION, null, place.country());
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
                String prev = tokens.get(first - 1).text().toLowerCase(Locale.ROOT);
                if (lex.locatives().contains(prev)) return false;
                if (lex.actorRelations().contains(prev)) return true;
            }
            if (last + 1 >= tokens.size()) return false;
            Token next = tokens.get(last + 1);
            return next.isWord() && !next.startsUpper() && !lex.functionWords().contains(next.text())
                    || next.text().equals("akan") || next.text().equals("telah") || next.text().equals("dapat")
                    || next.text().equals("tidak") || next.text().equals("juga") || next.text().equals("sudah");
        }

        void capitalisedRuns() {
            for (int i = 0; i < tokens.size(); i++) {
                if (covered[i] || !isNameToken(i) || tokens.get(i).text().length() < 2) continue;
                int j = i;
                while (j + 1 < tokens.size() && !covered[j + 1] && isNameToken(j + 1)
                        && sameLine(j, j + 1)) j++;
                int s = i;
                while (s <= j && lex.functionWords().contains(tokens.get(s).text().toLowerCase(Locale.ROOT))) s++;
                if (s <= j && isSentenceStart(s) && lex.isCommon(tokens.get(s).text()) && titleAt(s, j) == 0
                        && !lex.orgHeads().contains(tokens.get(s).text()) && !lex.placeHeads().contains(tokens.get(s).text())) s++;
                // "Menteri Dalam Negeri Tito Karnavian": a title and the common words of the office are no name
                boolean titled = false;
                for (int n; s <= j && (n = titleAt(s, j)) > 0; ) {
                    s += n;
                    titled = true;
                    while (s < j && lex.isCommon(tokens.get(s).text())) s++;
                }
                // "Kapolres Kuansing AKBP Angga F Herlambang": the name follows the last title
                for (int k = j; k > s; k--) {
                    int n = titleAt(k, j);
                    if (n > 0 && k + n <= j) {
                        s = k + n;
                        titled = true;
                        break;
                    }
                }
                if (titled) s = leadingPlaces(s, j);
                if (s <= j && !(titled && lex.isCommon(tokens.get(s).text()) && s == j)) classify(s, j, titled);
                i = j;
            }
        }

        boolean isNameToken(int i) {
            Token t = tokens.get(i);
            return t.isWord() && t.startsUpper() || t.isWord() && t.text().equals("&");
        }

        boolean sameLine(int a, int b) {
            return text.substring(tokens.get(a).end(), tokens.get(b).start()).indexOf('\n') < 0;
        }

        boolean isSentenceStart(int i) {
            if (i == 0) return true;
            Token prev = tokens.get(i - 1);
            String p = prev.text();
            return p.equals(".") || p.equals("!") || p.equals("?") || p.equals("“") || p.equals("\"")
                    || p.equals("-") || p.equals("–") || p.equals("—") || !sameLine(i - 1, i);
        }

        /** Takes the places that open a titled name ("Bogor" in "Wali Kota Bogor Bima Arya"); returns where the name starts. */
        int leadingPlaces(int s, int e) {
            for (int k = e - 1; k >= s; k--) {
                String surface = text.substring(tokens.get(s).start(), tokens.get(k).end());
                Place p = gazetteer.lookup(surface);
                if (p != null) {
                    addTokens(s, k, "place:" + p.name() + "/" + p.country(), surface, Entity.Type.LOCATION, null, p.country());
                    return k + 1;
                }
            }
            return s;
        }

        /** Number of tokens of the longest title starting at token {@code s} (not past {@code e}), or 0. */
        int titleAt(int s, int e) {
            for (List<String> title : lex.titles()) {
                int n = title.size();
                if (s + n - 1 > e) continue;
                boolean ok = true;
                for (int t = 0; t < n && ok; t++) ok = tokens.get(s + t).text().toLowerCase(Locale.ROOT).equals(title.get(t));
                if (ok) return n;
            }
            return 0;
        }

        void classify(int s, int e, boolean titled) {
            String first = tokens.get(s).text();
            String surface = text.substring(tokens.get(s).start(), tokens.get(e).end());
            boolean allCommon = true;
            for (int k = s; k <= e; k++) {
                if (!lex.isCommon(tokens.get(k).text())) allCommon = false;
            }
            Entity.Type type = null;
            if (lex.orgHeads().contains(first) && (e > s || !lex.isCommon(first))) type = Entity.Type.ORGANIZATION;
            else if (e > s && containsHead(s, e, lex.placeHeads())) type = Entity.Type.LOCATION;
            else if (isAcronym(tokens.get(s).text()) && (titled || afterTitle(s) || afterSpeechCue(s))) type = Entity.Type.ORGANIZATION;
            else if (e > s && lex.placeHeads().contains(first)) type = Entity.Type.LOCATION;
            else if (!allCommon && (titled || afterTitle(s) || afterSpeechCue(s))) type = Entity.Type.PERSON;
            if (type == null && !allCommon && looksLikePersonName(s, e)) type = Entity.Type.PERSON;
            Found acronym = acronymAfter(e);
            if (type == null && acronym == null) {
                Found known = acronyms.get(surface);
                if (known != null) {
                    addTokens(s, e, known.group(), known.name(), known.type(), known.kb(), known.country());
                }
                return;
            }
            if (type == null) type = Entity.Type.ORGANIZATION;
            String country = null;
            if (type == Entity.Type.LOCATION) {
                Place p = gazetteer.lookup(surface);
                country = p != null ? p.country() : lex.domesticCountry(first);
            } else if (type == Entity.Type.PERSON) {
                country = countryOfTitle(s);
            } else {
                // "Kementerian Luar Negeri Rusia": a country named right after the body; else its head word's country
                Found next = e + 1 < tokens.size() ? foundCovering(tokens.get(e + 1).start()) : null;
                country = next != null && next.kb() != null && next.kb().kind() == KbEntry.Kind.COUNTRY
                        ? next.country() : lex.domesticCountry(first);
            }
            Found f = addTokens(s, e, "name:" + surface, surface, type, null, country);
            if (acronym != null) defineAcronym(e, f);
        }

        /**
         * "Elon Musk … Musk": a run of two to four capitalised words one of whose words recurs on
         * its own in the article is a person's name, as news names a person in full once and
         * then by one name. Acronyms, common words and known places never count.
         */
        boolean looksLikePersonName(int s, int e) {
            if (e == s || e - s > 3) return false;
            for (int k = s; k <= e; k++) {
                String w = tokens.get(k).text();
                if (lex.isCommon(w) || lex.orgHeads().contains(w) || lex.placeHeads().contains(w)) return false;
            }
            String last = tokens.get(e).text();
            if (last.length() < 2 || isAcronym(last) || lex.isCommon(last) || gazetteer.lookup(last) != null) return false;
            for (int k = s; k <= e; k++) if (isAcronym(tokens.get(k).text()) || tokens.get(k).text().equals("&")) return false;
            // one part of the name occurs more often than another: it also stands alone ("Musk", "Arton")
            int least = Integer.MAX_VALUE, most = 0;
            for (int k = s; k <= e; k++) {
                String w = tokens.get(k).text();
                if (w.length() < 3) continue;
                int c = tokenCounts().getOrDefault(w, 0);
                least = Math.min(least, c);
                most = Math.max(most, c);
            }
            return most > least;
        }

        Map<String, Integer> tokenCounts() {
            if (counts == null) {
                counts = new HashMap<>();
                for (Token t : tokens) if (t.isWord()) counts.merge(t.text(), 1, Integer::sum);
            }
            return counts;
        }

        boolean containsHead(int s, int e, Set<String> heads) {
            for (int k = s; k <= e; k++) if (heads.contains(tokens.get(k).text())) return true;
            return false;
        }

        static boolean isAcronym(String w) {
            return w.length() >= 2 && w.chars().filter(Character::isUpperCase).count() >= 2
                    && Character.isUpperCase(w.charAt(0)) && w.chars().allMatch(Character::isLetterOrDigit);
        }

        /** "Presiden Rusia Vladimir Putin", "Ketua KPU Afifuddin": the country of what stands between title and name. */
        String countryOfTitle(int s) {
            for (int k = s - 1; k >= 0 && k >= s - 4; k--) {
                Found f = foundCovering(tokens.get(k).start());
                if (f != null) return f.country();
                if (titleAt(k, k) == 0 && !tokens.get(k).startsUpper()) return null;
            }
            return null;
        }

        Found foundCovering(int offset) {
            for (Found f : found) if (f.start() <= offset && offset < f.end()) return f;
            return null;
        }

        /** "Komisi Pemilihan Umum (KPU)": returns a placeholder when an acronym in brackets follows. */
        Found acronymAfter(int e) {
            if (e + 3 >= tokens.size()) return null;
            if (!tokens.get(e + 1).text().equals("(") || !tokens.get(e + 3).text().equals(")")) return null;
            String a = tokens.get(e + 2).text();
            return a.length() >= 2 && a.length() <= 8 && Character.isUpperCase(a.charAt(0))
                    && a.chars().filter(Character::isUpperCase).count() >= 2 ? new Found(0, 0, null, null, null, null, null, null) : null;
        }

        void defineAcronym(int e, Found of) {
            Token a = tokens.get(e + 2);
            if (covered[e + 2]) return;
            acronyms.put(a.text(), of);
            addTokens(e + 2, e + 2, of.group(), of.name(), of.type(), of.kb(), of.country());
        }

        boolean afterTitle(int s) {
            int k = s - 1;
            // skip a country or organisation named between title and name: "Presiden Rusia Vladimir Putin"
            while (k >= 0 && covered[k]) k--;
            for (List<String> title : lex.titles()) {
                int n = title.size();
                if (k - n + 1 < 0) continue;
                boolean ok = true;
                for (int t = 0; t < n && ok; t++) {
                    ok = tokens.get(k - n + 1 + t).text().toLowerCase(Locale.ROOT).equals(title.get(t));
                }
                if (ok) return true;
            }
            return false;
        }

        boolean afterSpeechCue(int s) {
            return s > 0 && lex.speechCuesAfter().contains(tokens.get(s - 1).text().toLowerCase(Locale.ROOT));
        }

        /** Later mentions of a person by one part of the name ("Putin", "Kim"). */
        void surnames() {
            Map<String, Found> parts = new HashMap<>();
            Map<String, Integer> owners = new HashMap<>();
            for (Found f : List.copyOf(found)) {
                if (f.type() != Entity.Type.PERSON) continue;
                List<String> names = f.kb() != null ? f.kb().names() : List.of(f.name());
                for (String n : names) {
                    String[] ps = n.split("\\s+");
                    if (ps.length < 2) continue;
                    for (String p : ps) {
                        if (p.length() < 3 || !Character.isUpperCase(p.charAt(0)) || lex.isCommon(p)) continue;
                        Found prev = parts.putIfAbsent(p, f);
                        if (prev == null || !prev.group().equals(f.group())) owners.merge(p, 1, Integer::sum);
                    }
                }
            }
            for (int i = 0; i < tokens.size(); i++) {
                if (covered[i]) continue;
                String w = tokens.get(i).text();
                Found f = parts.get(w);
                if (f != null && owners.getOrDefault(w, 0) == 1) {
                    addTokens(i, i, f.group(), f.name(), f.type(), f.kb(), f.country());
                }
            }
            // a person first found by one name part ("kata Putin") is the person of the full name
            for (int k = 0; k < found.size(); k++) {
                Found f = found.get(k);
                Found full = parts.get(f.name());
                if (f.type() == Entity.Type.PERSON && f.kb() == null && full != null && full != f
                        && owners.getOrDefault(f.name(), 0) == 1 && !full.group().equals(f.group())) {
                    found.set(k, new Found(f.start(), f.end(), f.kind(), full.group(), full.name(), full.type(), full.kb(), full.country()));
                }
            }
        }

        /** "Pemimpin Korea Utara itu": a title, a country and a demonstrative refer back to that country's person. */
        void nominals() {
            for (int i = 0; i + 2 < tokens.size(); i++) {
                String w = tokens.get(i).text().toLowerCase(Locale.ROOT);
                if (covered[i]) continue;
                boolean title = false;
                for (List<String> t : lex.titles()) {
                    if (t.size() == 1 && t.get(0).equals(w)) title = true;
                }
                if (!title) continue;
                int c = i + 1;
                Found country = foundAt(tokens.get(c).start());
                if (country == null || country.kb() == null || country.kb().kind() != KbEntry.Kind.COUNTRY) continue;
                int after = c;
                while (after + 1 < tokens.size() && tokens.get(after + 1).end() <= country.end()) after++;
                if (after + 1 >= tokens.size()) continue;
                String dem = tokens.get(after + 1).text();
                if (!dem.equals("itu") && !dem.equals("tersebut")) continue;
                Found person = latestPerson(country.country(), tokens.get(i).start());
                if (person == null) continue;
                found.add(new Found(tokens.get(i).start(), tokens.get(after + 1).end(), Mention.Kind.NOMINAL,
                        person.group(), person.name(), person.type(), person.kb(), person.country()));
            }
        }

        Found foundAt(int start) {
            for (Found f : found) if (f.start() == start) return f;
            return null;
        }

        Found latestPerson(String country, int before) {
            Found best = null;
            for (Found f : found) {
                if (f.type() == Entity.Type.PERSON && country.equals(f.country()) && f.start() < before
                        && (best == null || f.start() > best.start())) best = f;
            }
            return best;
        }

        Found addTokens(int i, int j, String group, String name, Entity.Type type, KbEntry e, String country) {
            for (int k = i; k <= j; k++) covered[k] = true;
            return add(tokens.get(i).start(), tokens.get(j).end(), group, name, type, e, country);
        }

        Found add(int start, int end, String group, String name, Entity.Type type, KbEntry e, String country) {
            Found f = new Found(start, end, Mention.Kind.NAME, group, name, type, e, country);
            found.add(f);
            return f;
        }

        /**
         * The country the article reports from, by its dateline place ("PALANGKA RAYA, KOMPAS.com"):
         * a person the knowledge base does not know, in a report from there, is most likely of
         * that country. Null without a dateline place.
         */
        String homeCountry() {
            if (doc.dateline() == null || doc.dateline().place() == null) return null;
            KbEntry e = bestKb(doc.dateline().place());
            if (e != null) return e.country();
            String metonym = kb.metonymCountry(doc.dateline().place());
            if (metonym != null) return metonym;
            Place p = gazetteer.lookup(doc.dateline().place());
            return p == null ? null : p.country();
        }

        List<Entity> entities() {
            found.sort(Comparator.comparingInt(Found::start).thenComparingInt(f -> -f.end()));
            Map<String, List<Found>> groups = new LinkedHashMap<>();
            int lastEnd = -1;
            for (Found f : found) {
                if (f.start() < lastEnd) continue; // nested in an earlier mention
                lastEnd = f.end();
                groups.computeIfAbsent(f.group(), k -> new ArrayList<>()).add(f);
            }
            List<Entity> out = new ArrayList<>();
            int n = 1;
            for (List<Found> g : groups.values()) {
                Found head = g.get(0);
                String name = head.name();
                if (head.kb() == null) {
                    for (Found f : g) {
                        if (f.kind() == Mention.Kind.NAME && f.end() - f.start() > name.length()) name = text.substring(f.start(), f.end());
                    }
                }
                List<Mention> mentions = new ArrayList<>();
                for (Found f : g) mentions.add(new Mention(f.start(), f.end(), text.substring(f.start(), f.end()), f.kind()));
                KbEntry e = head.kb();
                String country = head.country();
                if (country == null && e == null && head.type() == Entity.Type.PERSON) country = homeCountry();
                out.add(new Entity("E" + n++, name, head.type(), e != null ? e.wikidata() : null,
                        country, e != null ? e.actor() : null, mentions));
            }
            return out;
        }
    }
}
