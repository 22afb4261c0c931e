package dev.pantau.doc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * Writes a {@link Doc} as the public JSON contract {@code pantau.article/1}
 * (docs/output-contract.md). Every field is present, in the documented order; unknown values
 * are null and empty layers are [].
 */
public final class ArticleJson {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ObjectMapper PRETTY = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ArticleJson() {
    }

    public static String write(Doc doc, boolean pretty) {
        try {
            return (pretty ? PRETTY : MAPPER).writeValueAsString(toTree(doc));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot serialise document " + doc.id(), e);
        }
    }

    public static ObjectNode toTree(Doc d) {
        ObjectNode o = MAPPER.createObjectNode();
        o.put("schema", Doc.SCHEMA);
        o.put("id", d.id());
        o.put("url", d.url());
        o.put("outlet", d.outlet());
        o.put("title", d.title());
        o.put("language", d.language());
        o.put("published", d.published());
        if (d.dateline() == null) o.putNull("dateline");
        else {
            ObjectNode dl = o.putObject("dateline");
            dl.put("start", d.dateline().start());
            dl.put("end", d.dateline().end());
            dl.put("outlet", d.dateline().outlet());
            dl.put("place", d.dateline().place());
        }
        o.put("text", d.text());
        ArrayNode sentences = o.putArray("sentences");
        for (Sentence s : d.sentences()) {
            ObjectNode n = sentences.addObject();
            n.put("start", s.start());
            n.put("end", s.end());
        }
        ArrayNode entities = o.putArray("entities");
        for (Entity e : d.entities()) {
            ObjectNode n = entities.addObject();
            n.put("id", e.id());
            n.put("name", e.name());
            n.put("type", e.type().name());
            n.put("kb", e.kb());
            n.put("country", e.country());
            n.put("actor", e.actor());
            ArrayNode ms = n.putArray("mentions");
            for (Mention m : e.mentions()) {
                ObjectNode mn = ms.addObject();
                mn.put("start", m.start());
                mn.put("end", m.end());
                mn.put("text", m.text());
                mn.put("kind", m.kind().name());
            }
        }
        ArrayNode times = o.putArray("times");
        for (Timex t : d.times()) {
            ObjectNode n = times.addObject();
            n.put("start", t.start());
            n.put("end", t.end());
            n.put("text", t.text());
            n.put("type", t.type().name());
            n.put("value", t.value());
        }
        ArrayNode quotes = o.putArray("quotes");
        for (Quote q : d.quotes()) {
            ObjectNode n = quotes.addObject();
            n.put("start", q.start());
            n.put("end", q.end());
            n.put("text", q.text());
            n.put("direct", q.direct());
            n.put("speaker", q.speaker());
            span(n, "cue", q.cue());
        }
        ArrayNode attributions = o.putArray("attributions");
        for (Attribution a : d.attributions()) {
            ObjectNode n = attributions.addObject();
            n.put("start", a.start());
            n.put("end", a.end());
            n.put("text", a.text());
            n.put("source", a.source());
            n.put("entity", a.entity());
        }
        ArrayNode events = o.putArray("events");
        for (Event v : d.events()) events.add(event(v));
        if (d.tone() == null) o.putNull("tone");
        else {
            ObjectNode t = o.putObject("tone");
            t.put("tone", d.tone().tone());
            t.put("positive", d.tone().positive());
            t.put("negative", d.tone().negative());
            t.put("polarity", d.tone().polarity());
            t.put("words", d.tone().words());
        }
        return o;
    }

    private static ObjectNode event(Event v) {
        ObjectNode n = MAPPER.createObjectNode();
        n.put("id", v.id());
        n.put("code", v.code());
        n.put("root", v.root());
        n.put("quadClass", v.quadClass());
        n.put("goldstein", v.goldstein());
        participant(n, "source", v.source());
        participant(n, "target", v.target());
        n.put("date", v.date());
        if (v.location() == null) n.putNull("location");
        else {
            ObjectNode l = n.putObject("location");
            l.put("name", v.location().name());
            l.put("country", v.location().country());
            l.put("admin1", v.location().admin1());
            l.put("lat", v.location().lat());
            l.put("lon", v.location().lon());
            l.put("geonameId", v.location().geonameId());
        }
        n.put("negated", v.negated());
        n.put("hypothetical", v.hypothetical());
        n.put("confidence", v.confidence());
        n.put("sentence", v.sentence());
        span(n, "evidence", v.evidence());
        return n;
    }

    private static void participant(ObjectNode n, String field, Event.Participant p) {
        ObjectNode o = n.putObject(field);
        o.put("entity", p == null ? null : p.entity());
        o.put("actor", p == null ? null : p.actor());
    }

    private static void span(ObjectNode n, String field, TextSpan s) {
        if (s == null) {
            n.putNull(field);
            return;
        }
        ObjectNode o = n.putObject(field);
        o.put("start", s.start());
        o.put("end", s.end());
        o.put("text", s.text());
    }
}
