package dev.pantau.store;

import dev.pantau.doc.Article;
import dev.pantau.doc.Doc;
import dev.pantau.doc.Entity;
import dev.pantau.doc.Event;
import dev.pantau.doc.Mention;
import dev.pantau.doc.Quote;
import dev.pantau.doc.TextSpan;
import dev.pantau.doc.Tone;

import java.util.ArrayList;
import java.util.List;

/** Hand-made analysed documents, so store tests do not depend on what the analysis finds. */
final class Docs {
    private Docs() {
    }

    /**
     * An article in which {@code sourceName} (actor {@code sourceActor}) meets {@code targetName}
     * on {@code date} in Vladivostok: one event, root 04, two entities and a quote.
     */
    static Doc meeting(String id, String url, String outlet, String sourceName, String sourceActor,
                       String targetName, String targetActor, String date, String extra) {
        String text = sourceName + " bertemu " + targetName + " di Vladivostok pada " + date + ". "
                + "\"Kerja sama kita penting,\" kata " + sourceName + ". " + extra;
        int s1 = 0, e1 = sourceName.length();
        int trig = text.indexOf("bertemu");
        int s2 = trig + "bertemu ".length(), e2 = s2 + targetName.length();
        Entity src = new Entity("E1", sourceName, Entity.Type.PERSON, null, sourceActor.substring(0, 3), sourceActor,
                List.of(new Mention(s1, e1, sourceName, Mention.Kind.NAME)));
        Entity tgt = new Entity("E2", targetName, Entity.Type.PERSON, null, targetActor.substring(0, 3), targetActor,
                List.of(new Mention(s2, e2, targetName, Mention.Kind.NAME)));
        int q0 = text.indexOf("Kerja");
        String quoted = "Kerja sama kita penting,";
        Quote q = new Quote(q0, q0 + quoted.length(), quoted, true, "E1", TextSpan.of(text, text.indexOf("kata"), text.indexOf("kata") + 4));
        Event v = new Event("V1", "040", "04", 1, 1.0, new Event.Participant("E1", sourceActor),
                new Event.Participant("E2", targetActor), date,
                new Event.Place("Vladivostok", "RUS", "Primorsky", 43.1, 131.9, 2013348L),
                false, false, 0.8, 0, TextSpan.of(text, trig, trig + 7));
        List<Entity> entities = new ArrayList<>(List.of(src, tgt));
        return Doc.of(new Article(id, url, outlet, "Pertemuan di Vladivostok", date, text))
                .withLanguage("id").withEntities(entities).withQuotes(List.of(q)).withEvents(List.of(v))
                .withTone(new Tone(1.5, 3.0, 1.5, 4.5, 20));
    }
}
