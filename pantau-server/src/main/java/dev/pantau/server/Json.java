package dev.pantau.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pantau.store.ResultTable;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Result tables as JSON objects, and the page envelope every list answers with. */
final class Json {
    static final ObjectMapper MAPPER = new ObjectMapper();

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

    static String write(Object o) {
        try {
            return MAPPER.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON: " + e.getMessage(), e);
        }
    }
}
