package dev.pantau.doc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.ValidationMessage;
import dev.pantau.ContractSchema;
import dev.pantau.Seed;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Output validates against the shipped JSON Schema of pantau.article/1, and the schema has teeth. */
class ArticleJsonSchemaTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    static Set<ValidationMessage> validate(JsonNode n) {
        return ContractSchema.validate(n);
    }

    @Test
    void seedAnalysisValidates() throws Exception {
        JsonNode n = JSON.readTree(ArticleJson.write(Seed.analyze(Seed.text()), false));
        assertEquals(Set.of(), validate(n));
        assertEquals("pantau.article/1", n.get("schema").asText());
    }

    @Test
    void everyFieldIsPresentInOrderEvenWhenEmpty() throws Exception {
        JsonNode n = JSON.readTree(ArticleJson.write(Seed.analyze("Tidak ada apa-apa di sini."), true));
        assertEquals(Set.of(), validate(n));
        List<String> fields = List.of("schema", "id", "url", "outlet", "title", "language", "published", "dateline", "text",
                "sentences", "entities", "times", "quotes", "attributions", "events", "tone");
        assertEquals(fields, iterable(n));
        assertTrue(n.get("dateline").isNull());
        assertTrue(n.get("events").isArray() && n.get("events").isEmpty());
    }

    @Test
    void theSchemaRejectsBrokenOutput() throws Exception {
        ObjectNode n = (ObjectNode) JSON.readTree(ArticleJson.write(Seed.analyze(Seed.text()), false));
        ObjectNode missing = n.deepCopy();
        missing.remove("quotes");
        assertFalse(validate(missing).isEmpty(), "a missing field");
        ObjectNode badType = n.deepCopy();
        ((ObjectNode) badType.get("entities").get(0)).put("type", "FOO");
        assertFalse(validate(badType).isEmpty(), "an unknown entity type");
        ObjectNode badCode = n.deepCopy();
        ((ObjectNode) badCode.get("events").get(0)).put("code", 42);
        assertFalse(validate(badCode).isEmpty(), "a numeric CAMEO code loses its leading zero");
    }

    @Test
    void offsetsOfEveryLayerSliceTheirText() throws Exception {
        Doc d = Seed.analyze(Seed.text());
        for (Entity e : d.entities()) for (Mention m : e.mentions()) assertEquals(m.text(), d.text(m.start(), m.end()));
        for (Timex t : d.times()) assertEquals(t.text(), d.text(t.start(), t.end()));
        for (Quote q : d.quotes()) assertEquals(q.text(), d.text(q.start(), q.end()));
        for (Attribution a : d.attributions()) assertEquals(a.text(), d.text(a.start(), a.end()));
        for (Event v : d.events()) assertEquals(v.evidence().text(), d.text(v.evidence().start(), v.evidence().end()));
    }

    private static List<String> iterable(JsonNode n) {
        List<String> out = new java.util.ArrayList<>();
        n.fieldNames().forEachRemaining(out::add);
        return out;
    }
}
