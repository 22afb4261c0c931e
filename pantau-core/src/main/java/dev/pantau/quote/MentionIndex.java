package dev.pantau.quote;

import dev.pantau.doc.Doc;
import dev.pantau.doc.Entity;
import dev.pantau.doc.Mention;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

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
