package dev.pantau.event;

import dev.pantau.doc.Doc;
import dev.pantau.doc.Entity;
import dev.pantau.doc.Event;
import dev.pantau.doc.Mention;
import dev.pantau.doc.Sentence;
import dev.pantau.doc.TextSpan;
import dev.pantau.doc.Timex;
import dev.pantau.doc.Word;
import dev.pantau.geo.Gazetteer;
import dev.pantau.link.Agents;
import dev.pantau.pipeline.LanguagePack;
import dev.pantau.pipeline.Layer;
import dev.pantau.pipeline.Step;
import dev.pantau.syntax.UdSentence;
import dev.pantau.syntax.UdWord;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The events step: each sentence's dependency parse (the WORDS layer) goes through the
 * {@link DependencyCoder} with the pack's verb dictionary ({@code cameo.verbs.txt}), the entity
 * mentions as actors (their CAMEO actor code, else their country) and the pack's agents as
 * roles ("polisi" → COP). A role without a named country belongs to the article's country
 * (police arresting a suspect in an Indonesian article: IDN, IDN): the country most of its
 * names belong to, else the pack's ({@code pack.tsv}: {@code country}). Hypothetical cooperation
 * ("akan bertemu") is coded as the intent to cooperate (CAMEO 03x). Events carry the date of
 * the sentence's first date (else the publication date) and the place named after a
 * preposition of location. A pure function of the document and the dictionaries.
 *
 * <p>With the environment variable {@code PANTAU_DEBUG_EVENTS} set, each sentence's parse, actors,
 * roles and codings go to standard error: how to see why a sentence coded what it did.
 */
public final class EventCoder implements Step {
    /** Hypothetical cooperation is an intent: meet → 036, diplomatic → 032, material → 031, aid → 033. */
    private static final Map<String, String> INTENT = Map.of("04", "036", "05", "032", "06", "031", "07", "033");

    private static final boolean DEBUG = System.getenv("PANTAU_DEBUG_EVENTS") != null;
    private final CameoCodebook codebook;
    private final Gazetteer gazetteer;

    public EventCoder(CameoCodebook codebook) {
        this(codebook, Gazetteer.bundled());
    }

    /** A coder whose event places are geocoded with {@code gazetteer}. */
    public EventCoder(CameoCodebook codebook, Gazetteer gazetteer) {
        this.codebook = codebook;
        this.gazetteer = gazetteer;
    }

    @Override
    public String name() {
        return "events";
    }

    @Override
    public Set<Layer> needs() {
        return Set.of(Layer.SENTENCES, Layer.WORDS, Layer.ENTITIES, Layer.TIMES, Layer.PUBLISHED, Layer.DATELINE, Layer.QUOTES);
    }

    @Override
    public Set<Layer> adds() {
        return Set.of(Layer.EVENTS);
    }

    @Override
    public Doc apply(Doc doc, LanguagePack pack) {
        IndonesianVerbs language = IndonesianVerbs.forPack(pack);
        if (language.verbs().verbCount() == 0 || doc.words().isEmpty()) return doc.withEvents(List.of());
        DependencyCoder coder = pack.compiled("dependency-coder", p -> new DependencyCoder(language.verbs(), language));
        Agents agents = Agents.forPack(pack);
        List<String> locationPrepositions = pack.compiled("location-prepositions", p -> List.copyOf(p.lines("location-prepositions.txt")));
        Set<String> placeHeads = pack.compiled("place-heads-lower", EventCoder::placeHeads);
        Event.Place datelinePlace = doc.dateline() == null || doc.dateline().place() == null ? null
                : geocoded(doc.dateline().place(), null, List.of(doc.dateline().place()));
        String home = homeCountry(doc);
        if (home == null) home = pack.compiled("pack-country", EventCoder::packCountry).orElse(null);
        int datelineEnd = doc.dateline() == null ? -1 : doc.dateline().end();
        List<Event> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<Word> words = doc.words();
        List<DependencyCoder.Actor> persons = new ArrayList<>();
        List<Acting> acting = acting(doc, datelineEnd);
        int nextActing = 0;
        int w = 0;
        for (int si = 0; si < doc.sentences().size(); si++) {
            Sentence sent = doc.sentences().get(si);
            while (w < words.size() && words.get(w).token() < sent.firstToken()) w++;
            int first = w;
            while (w < words.size() && words.get(w).token() < sent.endToken()) w++;
            // the dateline ("JAKARTA, KOMPAS.com -") is no part of the first sentence's clause
            int lead = first;
            while (first < w && words.get(first).start() < datelineEnd) first++;
            if (w - first < 2) continue;
            UdSentence ud = sentence(words, lead, first, w);
            // mentions that end before this sentence end before every later one too
            int sentStart = words.get(first).start();
            while (nextActing < acting.size() && acting.get(nextActing).end() <= sentStart) nextActing++;
            List<DependencyCoder.ActorSpan> actors = actors(acting, nextActing, words, first, w);
            Event.Place place = null;
            String date = null;
            boolean located = false;
            List<String> lower = new ArrayList<>(w - first);
            for (int k = first; k < w; k++) lower.add(words.get(k).form().toLowerCase(Locale.ROOT));
            List<DependencyCoder.AgentSpan> roles = DependencyCoder.agentSpans(agents, lower, lower);
            if (DEBUG) {
                StringBuilder b = new StringBuilder("# actors " + actors + " roles " + roles + "\n");
                for (UdWord x : ud.words()) b.append(x.id()).append('\t').append(x.form()).append('\t').append(x.lemma()).append('\t')
                        .append(x.upos()).append('\t').append(x.head()).append('\t').append(x.deprel()).append('\n');
                System.err.println(b + "# coded " + coder.code(ud, actors, roles));
            }
            for (DependencyCoder.Coded c : coder.code(ud, actors, roles, persons, speaker(doc, sent))) {
                String code = c.code();
                if (c.hypothetical() && INTENT.containsKey(code.substring(0, 2))) code = INTENT.get(code.substring(0, 2));
                CameoCodebook.Code cc = codebook.get(code);
                if (cc == null) continue; // a dictionary code CAMEO lacks: the dictionary test reports it
                if (!located) { // once a sentence, when it has an event
                    date = date(doc, sent);
                    place = place(doc, sent, locationPrepositions, placeHeads, datelinePlace);
                    located = true;
                }
                // an unnamed actor belongs where the event happened, else to the article's country
                String local = place != null && place != datelinePlace && place.country() != null ? place.country() : home;
                Event.Participant source = participant(c.source(), local);
                Event.Participant target = c.target() == null ? new Event.Participant(null, null) : participant(c.target(), local);
                if (source.actor() == null) continue;
                if (target.actor() != null && target.actor().equals(source.actor()) && c.target().entity() != null
                        && c.target().entity().equals(c.source().entity())) continue;
                if (interstate(code, source.actor(), target.actor())) {
                    code = "190";
                    cc = codebook.get(code);
                }
                String key = code + "|" + source.actor() + "|" + target.actor() + "|" + si;
                if (!seen.add(key)) continue;
                TextSpan evidence = TextSpan.of(doc.text(), words.get(first + c.verbFrom()).start(), words.get(first + c.verbTo() - 1).end());
                double confidence = (target.actor() != null ? 0.7 : 0.5) - (c.hypothetical() ? 0.1 : 0);
                out.add(new Event("V" + (out.size() + 1), code, cc.root(), cc.quadClass(), cc.goldstein(), source, target,
                        date, place, false, c.hypothetical(), confidence, si, evidence));
            }
            addPersons(doc, actors, persons);
        }
        return doc.withEvents(out);
    }

    /**
     * The words [from, to) of the document as a UD sentence (1-based heads; heads outside the
     * sentence become roots). Words [lead, from) are the dateline, left out: a word hung on one of
     * them takes its place ("Bisnis.com, JAKARTA - Pemimpin … bertemu": the parser made the
     * outlet the subject and the leader its apposition, so the leader becomes the subject).
     */
    static UdSentence sentence(List<Word> words, int lead, int from, int to) {
        List<UdWord> ud = new ArrayList<>(to - from);
        for (int k = from; k < to; k++) {
            Word x = words.get(k);
            int head = x.head();
            String rel = x.deprel() == null ? "dep" : x.deprel();
            for (int guard = 0; head >= lead && head < from && guard < 10; guard++) {
                Word d = words.get(head);
                rel = d.deprel() == null ? rel : d.deprel();
                head = d.head();
            }
            int h = head >= from && head < to ? head - from + 1 : 0;
            ud.add(new UdWord(k - from + 1, x.form(), x.lemma() == null ? "_" : x.lemma(), x.upos() == null ? "X" : x.upos(),
                    "_", "_", h, h == 0 ? "root" : rel, "_", "_"));
        }
        return new UdSentence(List.of(), ud, List.of());
    }

    /**
     * Whether an unspecified assault (180) is one state's armed force against another country: a
     * state (a country, its government or military) attacking across a border uses conventional
     * military force (190), as CAMEO and PETRARCH's ATTACK [190] have it; an assault inside one
     * country, or by a group that is no state, stays 180.
     */
    static boolean interstate(String code, String source, String target) {
        if (!code.equals("180") || target == null || source.length() < 3 || target.length() < 3) return false;
        String sc = source.substring(0, 3), tc = target.substring(0, 3);
        if (sc.equals(tc) || sc.equals("---") || tc.equals("---")) return false;
        String role = source.substring(3);
        return role.isEmpty() || role.startsWith("GOV") || role.startsWith("MIL");
    }

    /** The speaker of a direct quote the sentence lies in, as an actor, or null. */
    private static DependencyCoder.Actor speaker(Doc doc, Sentence sent) {
        for (dev.pantau.doc.Quote q : doc.quotes()) {
            if (!q.direct() || q.speaker() == null || q.end() <= sent.start() || q.start() >= sent.end()) continue;
            Entity e = doc.entity(q.speaker());
            if (e == null) continue;
            String actor = e.actor() != null ? e.actor() : e.country();
            if (actor != null) return new DependencyCoder.Actor(actor, e.id(), -1, -1);
        }
        return null;
    }

    /** The sentence's persons, in order, after those before (each person once, at its latest place): who "ia" and "-nya" may be. */
    private static void addPersons(Doc doc, List<DependencyCoder.ActorSpan> actors, List<DependencyCoder.Actor> persons) {
        List<DependencyCoder.ActorSpan> inOrder = new ArrayList<>(actors);
        inOrder.sort(java.util.Comparator.comparingInt(DependencyCoder.ActorSpan::from));
        for (DependencyCoder.ActorSpan a : inOrder) {
            Entity e = a.entity() == null ? null : doc.entity(a.entity());
            if (e == null || e.type() != Entity.Type.PERSON) continue;
            persons.removeIf(p -> a.entity().equals(p.entity()));
            persons.add(new DependencyCoder.Actor(a.code(), a.entity(), -1, -1));
        }
    }

    /** A mention of an entity that can act: where it is, its actor code, its entity. */
    private record Acting(int start, int end, String actor, String entity) {
    }

    /**
     * Every mention, outside the dateline, of an entity that can act (its CAMEO actor code, else
     * the country of a person or organisation: towns are where things happen, not who does them),
     * in text order.
     */
    private static List<Acting> acting(Doc doc, int datelineEnd) {
        List<Acting> out = new ArrayList<>();
        for (Entity e : doc.entities()) {
            String actor = e.actor() != null ? e.actor() : e.type() != Entity.Type.LOCATION ? e.country() : null;
            if (actor == null) continue;
            for (Mention m : e.mentions()) if (m.start() >= datelineEnd) out.add(new Acting(m.start(), m.end(), actor, e.id()));
        }
        out.sort(java.util.Comparator.comparingInt(Acting::start));
        return out;
    }

    /** The acting mentions from index {@code first} on that overlap words [from, to), as spans of the sentence's words. */
    private static List<DependencyCoder.ActorSpan> actors(List<Acting> acting, int first, List<Word> words, int from, int to) {
        List<DependencyCoder.ActorSpan> out = new ArrayList<>();
        int start = words.get(from).start(), end = words.get(to - 1).end();
        for (int i = first; i < acting.size() && acting.get(i).start() < end; i++) {
            Acting m = acting.get(i);
            if (m.end() <= start) continue;
            int a = -1, b = -1;
            for (int k = from; k < to; k++) {
                Word x = words.get(k);
                if (x.end() > m.start() && x.start() < m.end()) {
                    if (a < 0) a = k;
                    b = k;
                }
            }
            if (a >= 0) out.add(new DependencyCoder.ActorSpan(a - from, b - from + 1, m.actor(), m.entity()));
        }
        return out;
    }

    /** An actor as an event side; a role without a country ("---COP") or an unnamed target ("---") takes the article's country. */
    private static Event.Participant participant(DependencyCoder.Actor a, String home) {
        String code = a.code();
        if (code.startsWith("---")) code = home == null ? null : home + code.substring(3);
        return new Event.Participant(a.entity(), code);
    }

    /** The pack's default country ({@code pack.tsv}: {@code country}), if it names one. */
    private static java.util.Optional<String> packCountry(LanguagePack pack) {
        for (String[] r : pack.rows("pack.tsv")) if (r.length > 1 && r[0].equals("country")) return java.util.Optional.of(r[1]);
        return java.util.Optional.empty();
    }

    /** The country most of the article's named mentions belong to, or null. */
    static String homeCountry(Doc doc) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Entity e : doc.entities()) if (e.country() != null) counts.merge(e.country(), e.mentions().size(), Integer::sum);
        String best = null;
        for (Map.Entry<String, Integer> c : counts.entrySet()) if (best == null || c.getValue() > counts.get(best)) best = c.getKey();
        return best;
    }

    /** The first dated expression of the sentence, else the publication date. */
    private static String date(Doc doc, Sentence sent) {
        for (Timex t : doc.times()) {
            if (t.type() == Timex.Type.DATE && t.start() >= sent.start() && t.end() <= sent.end() && !t.value().startsWith("X")) {
                return t.value();
            }
        }
        return doc.published() == null ? null : doc.published().substring(0, Math.min(10, doc.published().length()));
    }

    /**
     * Where the event happened: a location named right after a preposition of location in the
     * sentence, the pack's first preposition first ("di Vostochny", else "rudal ke Kyiv"; a place
     * word may stand between: "di kota Beersheba"), else the dateline's place; geocoded offline with the gazetteer
     * (admin1, lat/lon, GeoNames id) when it knows the name, else name and country only.
     */
    private Event.Place place(Doc doc, Sentence sent, List<String> prepositions, Set<String> heads, Event.Place datelinePlace) {
        Entity best = null;
        int bestRank = prepositions.size();
        for (Entity e : doc.entities()) {
            if (e.type() != Entity.Type.LOCATION) continue;
            for (Mention m : e.mentions()) {
                if (m.start() < sent.start() || m.end() > sent.end()) continue;
                String before = wordBefore(doc.text(), m.start());
                // "di kota Beersheba", "di wilayah Donetsk": a lower-case place word between
                if (!prepositions.contains(before) && heads.contains(before)) {
                    before = wordBefore(doc.text(), wordStartBefore(doc.text(), m.start()));
                }
                int rank = prepositions.indexOf(before);
                if (rank >= 0 && rank < bestRank) {
                    best = e;
                    bestRank = rank;
                }
            }
        }
        if (best == null) return datelinePlace;
        List<String> names = new ArrayList<>();
        names.add(best.name());
        for (Mention x : best.mentions()) names.add(doc.text().substring(x.start(), x.end()));
        return geocoded(best.name(), best.country(), names);
    }

    /** The place under {@code name}, geocoded by the first of {@code names} the gazetteer knows (in the given country, if any). */
    private Event.Place geocoded(String name, String country, List<String> names) {
        for (String n : names) {
            dev.pantau.geo.Place p = gazetteer.lookup(n);
            if (p != null && (country == null || country.equals(p.country()))) {
                return new Event.Place(name, p.country(), p.admin1(), p.lat(), p.lon(), p.geonameId());
            }
        }
        return country == null ? null : new Event.Place(name, country, null, null, null, null);
    }

    /** The place head words ("kota", "wilayah", "provinsi"), lower-case: they may stand between a preposition and a place. */
    private static Set<String> placeHeads(LanguagePack pack) {
        Set<String> out = new java.util.HashSet<>();
        for (String line : pack.lines("place-heads.txt")) {
            String head = line.split("\t", -1)[0];
            if (!head.contains(" ")) out.add(head.toLowerCase(Locale.ROOT));
        }
        return Set.copyOf(out);
    }

    /** The lower-cased word that ends just before {@code offset}, across one run of spaces. */
    private static String wordBefore(String text, int offset) {
        int start = wordStartBefore(text, offset);
        if (start == offset) return "";
        int end = offset;
        while (end > start && text.charAt(end - 1) == ' ') end--;
        return text.substring(start, end).toLowerCase(Locale.ROOT);
    }

    /** Where the word that ends just before {@code offset} (across one run of spaces) starts; {@code offset} when none does. */
    private static int wordStartBefore(String text, int offset) {
        int end = offset;
        while (end > 0 && text.charAt(end - 1) == ' ') end--;
        if (end == offset) return offset;
        int start = end;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) start--;
        return start;
    }
}
