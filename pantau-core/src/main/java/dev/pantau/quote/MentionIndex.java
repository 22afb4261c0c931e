package dev.pantau.quote;

import dev.pantau.doc.Doc;
import dev.pantau.doc.Entity;
import dev.pantau.doc.Mention;
import dev.pantau.doc.Token;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Every entity mention of a document in text order, for finding who stands near a cue. */
public final class MentionIndex {
    /** A mention with the entity it belongs to. */
    public record Ref(Mention mention, Entity entity) {
    }

    private final List<Ref> refs = new ArrayList<>();

    public MentionIndex(Doc doc) {
        for (Entity e : doc.entities()) {
            for (Mention m : e.mentions()) refs.add(new Ref(m, e));
        }
        refs.sort(Comparator.comparingInt(r -> r.mention().start()));
        addNameEchoes(doc);
    }

    /**
     * A capitalised word that is a part of exactly one person's name ("Hartono" at the start of a sentence, "Bintang" that is also a common word) stands for
     * that person wherever the entity layer left it untagged (a lone word at the start of a
     * sentence, a name part that is also a common word): speakers are sought among persons.
     */
    private void addNameEchoes(Doc doc) {
        Map<String, Entity> parts = new HashMap<>();
        Set<String> shared = new HashSet<>();
        for (Entity e : doc.entities()) {
            if (e.type() != Entity.Type.PERSON) continue;
            Set<String> names = new HashSet<>();
            names.add(e.name());
            for (Mention m : e.mentions()) if (m.kind() == Mention.Kind.NAME) names.add(m.text());
            for (String n : names) {
                for (String p : n.split("\\s+")) {
                    if (p.length() < 3 || !Character.isUpperCase(p.charAt(0))) continue;
                    Entity prev = parts.putIfAbsent(p, e);
                    if (prev != null && prev != e) shared.add(p);
                }
            }
        }
        List<Ref> echoes = new ArrayList<>();
        int r = 0;
        for (Token t : doc.tokens()) {
            while (r < refs.size() && refs.get(r).mention().end() <= t.start()) r++;
            if (r < refs.size() && refs.get(r).mention().start() < t.end()) continue; // inside a mention
            Entity e = parts.get(t.text());
            if (e != null && !shared.contains(t.text())) {
                echoes.add(new Ref(new Mention(t.start(), t.end(), t.text(), Mention.Kind.NAME), e));
            }
        }
        if (echoes.isEmpty()) return;
        refs.addAll(echoes);
        refs.sort(Comparator.comparingInt(x -> x.mention().start()));
    }

    /** The first mention starting in [from, to) that can speak (a person or organisation, or a country), or null. */
    public Ref firstSpeaker(int from, int to) {
        for (Ref r : refs) {
            if (r.mention().start() >= to) break;
            if (r.mention().start() >= from && canSpeak(r.entity())) return r;
        }
        return null;
    }

    /** The last speaker-able mention ending in (from, to], preferring persons when {@code personsOnly}. */
    public Ref lastSpeaker(int from, int to, boolean personsOnly) {
        Ref best = null;
        for (Ref r : refs) {
            if (r.mention().start() >= to) break;
            if (r.mention().start() >= from && r.mention().end() <= to && canSpeak(r.entity())
                    && (!personsOnly || r.entity().type() == Entity.Type.PERSON)) best = r;
        }
        return best;
    }

    /** Person mentions starting in [from, to), latest first. */
    public List<Ref> personsBefore(int from, int to) {
        List<Ref> out = new ArrayList<>();
        for (Ref r : refs) {
            if (r.mention().start() >= to) break;
            if (r.mention().start() >= from && r.entity().type() == Entity.Type.PERSON) out.add(0, r);
        }
        return out;
    }

    /** The first mention overlapping [from, to), or null. */
    public Ref overlapping(int from, int to) {
        for (Ref r : refs) {
            if (r.mention().start() >= to) break;
            if (r.mention().end() > from) return r;
        }
        return null;
    }

    static boolean canSpeak(Entity e) {
        return e.type() == Entity.Type.PERSON || e.type() == Entity.Type.ORGANIZATION
                || e.type() == Entity.Type.LOCATION && e.actor() != null;
    }
}
