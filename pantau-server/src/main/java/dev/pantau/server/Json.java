package dev.pantau.server;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pantau.store.ResultTable;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Result tables as JSON objects, and the page envelope every list answers with. */
final class Json {
    /**
     * Jackson's own double writer (Schubfach): a page of 100 events has 300 doubles, and Java
     * 17's {@code Double.toString} was a third of the time of answering it from the cache. It
     * writes the shortest decimal that reads back as the same double.
     */
    static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder().enable(StreamWriteFeature.USE_FAST_DOUBLE_WRITER).build());

    private Json() {
    }

    static List<Map<String, Object>> rows(ResultTable t) {
        List<Map<String, Object>> out = new ArrayList<>(t.rows().size());
        for (List<Object> r : t.rows()) {
            Map<String, Object> m = new LinkedHashMap<>();
            for (int i = 0; i < t.columns().size(); i++) m.put(t.columns().get(i), r.get(i));
            out.add(m);
        }
        return out;
    }

    /** {@code {"items": [...], "limit", "offset", "nextOffset"}}; nextOffset is null on the last page. */
    static Map<String, Object> page(List<?> items, int limit, int offset) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("items", items);
        m.put("limit", limit);
        m.put("offset", offset);
        m.put("nextOffset", items.size() < limit ? null : offset + limit);
        return m;
    }

    /**
     * A result table as the page envelope of {@link #page}, written straight from its rows: the
     * same JSON as {@code write(page(rows(t), limit, offset))} without a map per row.
     */
    static byte[] tablePage(ResultTable t, int limit, int offset) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(512 + t.rows().size() * 512);
        try (JsonGenerator g = MAPPER.getFactory().createGenerator(out)) {
            g.writeStartObject();
            g.writeArrayFieldStart("items");
            t.writeRowObjects(g);
            g.writeEndArray();
            g.writeNumberField("limit", limit);
            g.writeNumberField("offset", offset);
            g.writeFieldName("nextOffset");
            if (t.rows().size() < limit) g.writeNull();
            else g.writeNumber(offset + limit);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write JSON: " + e.getMessage(), e);
        }
        return out.toByteArray();
    }

    static String write(Object o) {
        try {
            return MAPPER.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON: " + e.getMessage(), e);
        }
    }
}
