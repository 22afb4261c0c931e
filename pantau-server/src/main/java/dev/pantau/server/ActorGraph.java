package dev.pantau.server;

import dev.pantau.store.ResultTable;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The actor network as nodes and edges: a node per actor code, an edge per (source, target) pair
 * with its events counted per QuadClass (1 verbal cooperation, 2 material cooperation, 3 verbal
 * conflict, 4 material conflict).
 */
final class ActorGraph {
    private ActorGraph() {
    }

    static Map<String, Object> of(ResultTable rows, int limit) {
        Map<String, Map<String, Object>> nodes = new LinkedHashMap<>();
        Map<String, Map<String, Object>> edges = new LinkedHashMap<>();
        for (Map<String, Object> r : Json.rows(rows)) {
            String s = (String) r.get("source_actor"), t = (String) r.get("target_actor");
            long n = ((Number) r.get("events")).longValue();
            node(nodes, s, (String) r.get("source_name"), n);
            node(nodes, t, (String) r.get("target_name"), n);
            Map<String, Object> e = edges.computeIfAbsent(s + "\u0000" + t, k -> {
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("source", s);
                m.put("target", t);
                m.put("events", 0L);
                m.put("mentions", 0L);
                m.put("byQuadClass", new LinkedHashMap<String, Long>());
                return m;
            });
            e.put("events", (Long) e.get("events") + n);
            e.put("mentions", (Long) e.get("mentions") + ((Number) r.get("mentions")).longValue());
            @SuppressWarnings("unchecked")
            Map<String, Long> q = (Map<String, Long>) e.get("byQuadClass");
            q.merge(String.valueOf(r.get("quad_class")), n, Long::sum);
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("nodes", new ArrayList<>(nodes.values()));
        m.put("edges", new ArrayList<>(edges.values()));
        m.put("limit", limit);
        m.put("truncated", rows.rows().size() >= limit);
        return m;
    }

    private static void node(Map<String, Map<String, Object>> nodes, String code, String name, long events) {
        Map<String, Object> n = nodes.computeIfAbsent(code, k -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("id", k);
            m.put("name", name);
            m.put("events", 0L);
            return m;
        });
        n.put("events", (Long) n.get("events") + events);
        if (n.get("name") == null) n.put("name", name);
    }
}
