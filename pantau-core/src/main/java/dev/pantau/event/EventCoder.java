package dev.pantau.event;

import dev.pantau.doc.Doc;
import dev.pantau.doc.Entity;
import dev.pantau.doc.Event;
import dev.pantau.doc.Mention;
import dev.pantau.doc.Sentence;
import dev.pantau.doc.TextSpan;
import dev.pantau.doc.Timex;
import dev.pantau.doc.Token;
import dev.pantau.pipeline.LanguagePack;
import dev.pantau.pipeline.Layer;
import dev.pantau.pipeline.Step;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * First, rule-based CAMEO coder (a dependency-based coder replaces it later): a dictionary verb
 * in a sentence is an event whose source is the nearest actor before it and whose target is the
 * first other actor after it. Negation words before the verb drop the event; modal words mark
 * it hypothetical and turn cooperative actions into expressed intents (CAMEO 03x). Reciprocal
 * verbs are coded in both directions. A pure function of the document and the dictionaries.
 */
public final class EventCoder implements Step {
    private static final int MODALITY_WINDOW = 3;
    /** Hypothetical cooperation is an intent: meet → 036, diplomatic → 032, material → 031, aid → 033. */
    private static final Map<String, String> INTENT = Map.of("04", "036", "05", "032", "06", "031", "07", "033");

    /** Roots whose events stand without a target (statements, protests, force posture); the others need one. */
    private static final Set<String> TARGETLESS_ROOTS = Set.of("01", "14", "15");

    private final CameoCodebook codebook;

    public EventCoder(CameoCodebook codebook) {
        this.codebook = codebook;
    }

    @Override
    public String name() {
        return "events";
    }

    @Override
    public Set<Layer> needs() {
        return Set.of(Layer.SENTENCES, Layer.ENTITIES, Layer.TIMES, Layer.PUBLISHED, Layer.DATELINE);
    }

    @Override
    public Set<Layer> adds() {
        return Set.of(Layer.EVENTS);
    }

    /** An actor mention in a sentence. */
    private record ActorRef(Mention mention, Entity entity, String actor) {
    }

    @Override
    public Doc apply(Doc doc, LanguagePack pack) {
        VerbDictionary dict = pack.compiled("cameo-verbs", VerbDictionary::of);
        List<ActorRef> actors = actors(doc);
        List<Event> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int si = 0; si < doc.sentences().size(); si++) {
            Sentence sent = doc.sentences().get(si);
            List<Token> toks = doc.tokens(sent);
            for (int i = 0; i < toks.size(); i++) {
                VerbDictionary.Entry entry = null;
                int last = i;
                for (int n = Math.min(dict.maxTokens(), toks.size() - i); n >= 1 && entry == null; n--) {
                    List<String> words = new ArrayList<>(n);
                    for (int k = i; k < i + n; k++) words.add(toks.get(k).text().toLowerCase(Locale.ROOT));
                    entry = dict.lookup(words);
                    last = i + n - 1;
                }
                if (entry == null) continue;
                String modality = modality(dict, toks, i);
                if ("negation".equals(modality)) {
                    i = last;
                    continue;
                }
                Token first = toks.get(i);
                ActorRef source = before(actors, sent.start(), first.start());
                ActorRef target = after(actors, toks.get(last).end(), sent.end(), source);
                if (source == null || target == null && !TARGETLESS_ROOTS.contains(entry.code().substring(0, 2))) {
                    i = last;
                    continue;
                }
                boolean hypothetical = "hypothetical".equals(modality);
                String code = entry.code();
                if (hypothetical && INTENT.containsKey(code.substring(0, 2))) code = INTENT.get(code.substring(0, 2));
                TextSpan evidence = TextSpan.of(doc.text(), first.start(), toks.get(last).end());
                String date = date(doc, sent);
                Event.Place place = place(doc, sent, dict.locationPrepositions());
                add(out, seen, code, source, target, date, place, hypothetical, si, evidence);
                if (entry.reciprocal() && target != null) {
                    add(out, seen, code, target, source, date, place, hypothetical, si, evidence);
                }
                i = last;
            }
        }
        return doc.withEvents(out);
    }

    private void add(List<Event> out, Set<String> seen, String code, ActorRef source, ActorRef target, String date,
                     Event.Place place, boolean hypothetical, int sentence, TextSpan evidence) {
        CameoCodebook.Code c = codebook.get(code);
        if (c == null) throw new IllegalStateException("verb dictionary uses unknown CAMEO code " + code);
        String key = code + "|" + source.entity().id() + "|" + (target == null ? "" : target.entity().id()) + "|" + sentence;
        if (!seen.add(key)) return;
        double confidence = target != null ? 0.6 : 0.4;
        out.add(new Event("V" + (out.size() + 1), code, c.root(), c.quadClass(), c.goldstein(),
                new Event.Participant(source.entity().id(), source.actor()),
                target == null ? new Event.Participant(null, null) : new Event.Participant(target.entity().id(), target.actor()),
                date, place, false, hypothetical, hypothetical ? confidence - 0.1 : confidence, sentence, evidence));
    }

    private static String modality(VerbDictionary dict, List<Token> toks, int trigger) {
        String found = null;
        for (int k = Math.max(0, trigger - MODALITY_WINDOW); k < trigger; k++) {
            String m = dict.modality().get(toks.get(k).text().toLowerCase(Locale.ROOT));
            if ("negation".equals(m)) return m;
            if (m != null) found = m;
        }
        return found;
    }

    /**
     * Every mention, outside the dateline, of an entity that can act: one with a CAMEO actor code
     * (a country, a known person or organisation), or a person or organisation of a known
     * country. Towns and regions are where things happen, not who does them.
     */
    private static List<ActorRef> actors(Doc doc) {
        List<ActorRef> out = new ArrayList<>();
        int datelineEnd = doc.dateline() == null ? -1 : doc.dateline().end();
        for (Entity e : doc.entities()) {
            String actor = e.actor() != null ? e.actor() : e.type() != Entity.Type.LOCATION ? e.country() : null;
            if (actor == null) continue;
            for (Mention m : e.mentions()) {
                if (m.start() >= datelineEnd) out.add(new ActorRef(m, e, actor));
            }
        }
        out.sort(Comparator.comparingInt(r -> r.mention().start()));
        return out;
    }

    private static ActorRef before(List<ActorRef> actors, int from, int to) {
        ActorRef best = null;
        for (ActorRef r : actors) {
            if (r.mention().start() >= to) break;
            if (r.mention().start() >= from) best = r;
        }
        return best;
    }

    /** The first actor after the verb; a country directly followed by its own person yields the person. */
    private static ActorRef after(List<ActorRef> actors, int from, int to, ActorRef source) {
        for (int i = 0; i < actors.size(); i++) {
            ActorRef r = actors.get(i);
            if (r.mention().start() < from) continue;
            if (r.mention().start() >= to) return null;
            if (source != null && r.entity().id().equals(source.entity().id())) continue;
            if (i + 1 < actors.size()) {
                ActorRef n = actors.get(i + 1);
                if (n.mention().start() - r.mention().end() <= 1 && n.mention().start() < to
                        && r.entity().country() != null && r.entity().country().equals(n.entity().country())) return n;
            }
            return r;
        }
        return null;
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

    /** A location named right after a preposition of location ("di", "in") in the sentence. */
    private static Event.Place place(Doc doc, Sentence sent, Set<String> prepositions) {
        for (Entity e : doc.entities()) {
            if (e.type() != Entity.Type.LOCATION) continue;
            for (Mention m : e.mentions()) {
                if (m.start() < sent.start() || m.end() > sent.end()) continue;
                if (prepositions.contains(wordBefore(doc.text(), m.start()))) {
                    return new Event.Place(e.name(), e.country(), null, null, null, null);
                }
            }
        }
        return null;
    }

    /** The lower-cased word that ends just before {@code offset}, across one run of spaces. */
    private static String wordBefore(String text, int offset) {
        int end = offset;
        while (end > 0 && text.charAt(end - 1) == ' ') end--;
        if (end == offset) return "";
        int start = end;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) start--;
        return text.substring(start, end).toLowerCase(Locale.ROOT);
    }
}
