package dev.pantau.server;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class ApiTest {
    private final TestServer s = TestServer.get();

    static JsonNode ok(HttpResponse<String> r) {
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("application/json"), r.headers().toString());
        return TestServer.json(r);
    }

    static JsonNode problem(HttpResponse<String> r, int status, String slug) {
        assertEquals(status, r.statusCode(), r.body());
        assertEquals(Problem.CONTENT_TYPE, r.headers().firstValue("Content-Type").orElse(""), r.body());
        JsonNode p = TestServer.json(r);
        assertEquals("urn:pantau:problem:" + slug, p.get("type").asText(), r.body());
        assertEquals(status, p.get("status").asInt());
        assertFalse(p.get("detail").asText().isBlank());
        assertFalse(r.body().contains("\tat "), "a stack trace in " + r.body());
        return p;
    }

    @Test
    void searchFindsTheSeedArticleWithAHighlightedSnippet() {
        JsonNode page = ok(s.get("/api/articles?q=satelit&limit=5"));
        JsonNode first = page.get("items").get(0);
        assertEquals("bisnis-kim-putin", first.get("id").asText());
        assertEquals("Bisnis.com", first.get("outlet").asText());
        assertTrue(first.get("snippet").asText().contains("<b>"), first.toString());
        assertEquals(5, page.get("limit").asInt());
        // no query: newest first, paged
        JsonNode all = ok(s.get("/api/articles?limit=2"));
        assertEquals(2, all.get("items").size());
        assertEquals(2, all.get("nextOffset").asInt());
        JsonNode next = ok(s.get("/api/articles?limit=2&offset=2"));
        assertFalse(next.get("items").get(0).get("id").asText().equals(all.get("items").get(0).get("id").asText()));
    }

    @Test
    void anArticleComesWithItsWholeAnalysis() {
        JsonNode a = ok(s.get("/api/articles/bisnis-kim-putin"));
        assertEquals("Bisnis.com", a.get("outlet").asText());
        JsonNode doc = a.get("doc");
        assertEquals("pantau.article/1", doc.get("schema").asText());
        List<String> people = new ArrayList<>();
        doc.get("entities").forEach(e -> { if (e.get("type").asText().equals("PERSON")) people.add(e.get("name").asText()); });
        assertTrue(people.stream().anyMatch(n -> n.contains("Putin")), people.toString());
        assertTrue(doc.get("quotes").size() > 0);
        problem(s.get("/api/articles/no-such-article"), 404, "not-found");
        problem(s.get("/api/articles/..%2F..%2Fetc%2Fpasswd"), 400, "invalid-parameter");
        problem(s.get("/api/articles/a..b"), 400, "invalid-parameter");
    }

    @Test
    void eventsFilterAndAnEventListsItsMentions() {
        JsonNode all = ok(s.get("/api/events?limit=500"));
        assertTrue(all.get("items").size() > 0, all.toString());
        JsonNode rus = ok(s.get("/api/events?actor=RUS&limit=500"));
        assertTrue(rus.get("items").size() > 0, "the seed article has Russian events");
        rus.get("items").forEach(e -> assertTrue(e.get("source_actor").asText().startsWith("RUS"), e.toString()));
        assertTrue(rus.get("items").size() <= all.get("items").size());
        assertEquals(0, ok(s.get("/api/events?from=1990-01-01&to=1990-12-31")).get("items").size());
        long id = rus.get("items").get(0).get("event_id").asLong();
        JsonNode ev = ok(s.get("/api/events/" + id));
        assertEquals(id, ev.get("event_id").asLong());
        assertTrue(ev.get("mentions").size() >= 1);
        assertFalse(ev.get("mentions").get(0).get("evidence").asText().isBlank());
        problem(s.get("/api/events/0"), 400, "invalid-parameter");
        problem(s.get("/api/events/abc"), 400, "invalid-parameter");
        problem(s.get("/api/events/999999999"), 404, "not-found");
    }

    @Test
    void quotesEntitiesTimelineAndGraph() {
        JsonNode q = ok(s.get("/api/quotes?speaker=putin"));
        assertTrue(q.get("items").size() > 0);
        q.get("items").forEach(i -> assertTrue(i.get("speaker").asText().toLowerCase().contains("putin"), i.toString()));
        JsonNode people = ok(s.get("/api/entities?type=PERSON&limit=10"));
        people.get("items").forEach(i -> assertEquals("PERSON", i.get("type").asText()));
        assertEquals(people.get("items").size(), ok(s.get("/api/entities?type=person&limit=10")).get("items").size(), "types in any case");
        JsonNode tl = ok(s.get("/api/stats/timeline?actor=RUS&by=day"));
        assertTrue(tl.get("items").size() > 0);
        assertEquals("day", tl.get("by").asText());
        JsonNode g = ok(s.get("/api/graph"));
        assertTrue(g.get("nodes").size() >= 2, g.toString());
        JsonNode e = g.get("edges").get(0);
        long byQuad = 0;
        for (var it = e.get("byQuadClass").fields(); it.hasNext(); ) byQuad += it.next().getValue().asLong();
        assertEquals(e.get("events").asLong(), byQuad);
        JsonNode stats = ok(s.get("/api/stats"));
        assertTrue(stats.get("articles").asLong() >= 1);
        assertTrue(stats.get("writable").asBoolean());
        assertFalse(stats.get("examplesLoadable").asBoolean());
    }

    @Test
    void analyzeAnswersTheContractAndStoresNothing() {
        long before = ok(s.get("/api/stats")).get("articles").asLong();
        String text = "Presiden Joko Widodo bertemu Perdana Menteri Australia Anthony Albanese di Jakarta pada Senin (4/7/2022).";
        JsonNode doc = ok(s.post("/api/analyze", "text/plain; charset=utf-8", text.getBytes(StandardCharsets.UTF_8), null));
        assertEquals("pantau.article/1", doc.get("schema").asText());
        assertEquals(text, doc.get("text").asText());
        JsonNode viaJson = ok(s.post("/api/analyze", "application/json", Json.write(java.util.Map.of("text", text, "published", "2022-07-04")).getBytes(StandardCharsets.UTF_8), null));
        assertEquals(doc.get("entities").size(), viaJson.get("entities").size());
        JsonNode viaHtml = ok(s.post("/api/analyze", "text/html", ("<html><head><title>Jokowi dan Albanese</title></head><body><article><p>" + text
                + "</p><p>Keduanya membahas perdagangan dan iklim.</p></article></body></html>").getBytes(StandardCharsets.UTF_8), null));
        assertTrue(viaHtml.get("text").asText().contains("Albanese"), viaHtml.toString());
        assertEquals(before, ok(s.get("/api/stats")).get("articles").asLong());
    }

    @Test
    void writesNeedTheTokenAndDuplicatesAreRecognised() {
        byte[] body = Json.write(java.util.Map.of("id", "api-test-1", "title", "Uji", "text",
                "Menteri Luar Negeri Retno Marsudi bertemu Menteri Luar Negeri China Wang Yi di Beijing pada Selasa (12/3/2024).")).getBytes(StandardCharsets.UTF_8);
        problem(s.post("/api/articles", "application/json", body, null), 401, "unauthorized");
        problem(s.post("/api/articles", "application/json", body, "wrong"), 401, "unauthorized");
        HttpResponse<String> r = s.post("/api/articles", "application/json", body, TestServer.TOKEN);
        assertEquals(201, r.statusCode(), r.body());
        assertEquals("api-test-1", TestServer.json(r).get("id").asText());
        JsonNode again = TestServer.json(s.post("/api/articles", "application/json", body, TestServer.TOKEN));
        assertEquals("duplicate", again.get("status").asText());
        assertEquals("Uji", ok(s.get("/api/articles/api-test-1")).get("title").asText());
        problem(s.post("/api/examples", "application/json", new byte[0], null), 409, "conflict");
    }

    @Test
    void badParametersAreSpecificProblems() {
        JsonNode p = problem(s.get("/api/events?limit=1000000"), 400, "invalid-parameter");
        assertEquals("limit", p.get("parameter").asText());
        assertTrue(p.get("detail").asText().contains("between 1 and 500"), p.toString());
        problem(s.get("/api/events?limit=-1"), 400, "invalid-parameter");
        problem(s.get("/api/events?offset=99999999999"), 400, "invalid-parameter");
        problem(s.get("/api/events?from=yesterday"), 400, "invalid-parameter");
        problem(s.get("/api/events?from=2024-01-02&to=2024-01-01"), 400, "invalid-parameter");
        problem(s.get("/api/events?code=04;DROP"), 400, "invalid-parameter");
        problem(s.get("/api/events?actor=RUS%27%20OR%201=1"), 400, "invalid-parameter");
        problem(s.get("/api/events?actr=RUS"), 400, "unknown-parameter");
        problem(s.get("/api/events?actor=RUS&actor=USA"), 400, "invalid-parameter");
        problem(s.get("/api/stats/timeline?by=fortnight"), 400, "invalid-parameter");
        problem(s.get("/api/entities?type=ALIEN"), 400, "invalid-parameter");
        problem(s.get("/api/articles?q=" + "x".repeat(400)), 400, "invalid-parameter");
        problem(s.get("/api/articles?q=%00"), 400, "invalid-parameter");
        problem(s.get("/api/nothing-here"), 404, "not-found");
    }

    @Test
    void badBodiesAreProblemsNeverErrors() {
        problem(s.post("/api/analyze", "application/json", "{\"text\": ".getBytes(StandardCharsets.UTF_8), null), 400, "invalid-body");
        problem(s.post("/api/analyze", "application/json", "[1,2]".getBytes(StandardCharsets.UTF_8), null), 400, "invalid-body");
        problem(s.post("/api/analyze", "application/json", "{\"text\": 5}".getBytes(StandardCharsets.UTF_8), null), 400, "invalid-body");
        problem(s.post("/api/analyze", "application/json", "{\"txt\": \"a\"}".getBytes(StandardCharsets.UTF_8), null), 400, "invalid-body");
        problem(s.post("/api/analyze", "application/json", "{\"text\": \"a\", \"published\": \"kemarin\"}".getBytes(StandardCharsets.UTF_8), null), 400, "invalid-body");
        problem(s.post("/api/analyze", "text/plain", new byte[]{'a', (byte) 0xC3, (byte) 0x28, 'b'}, null), 400, "invalid-body");
        problem(s.post("/api/analyze", "text/plain", "   ".getBytes(StandardCharsets.UTF_8), null), 400, "invalid-body");
        problem(s.post("/api/analyze", "application/xml", "<a/>".getBytes(StandardCharsets.UTF_8), null), 415, "unsupported-media-type");
        problem(s.post("/api/analyze", "text/plain; charset=latin1", "a".getBytes(StandardCharsets.UTF_8), null), 415, "unsupported-media-type");
        // a declared length over the limit is answered before any of the body is read
        String head = rawRequest("POST /api/analyze HTTP/1.1\r\nHost: x\r\nContent-Type: text/plain\r\nContent-Length: "
                + (ServerConfig.DEFAULT_MAX_BODY + 10) + "\r\n\r\n");
        assertTrue(head.startsWith("HTTP/1.1 413"), head);
        assertTrue(head.contains(Problem.CONTENT_TYPE) && head.contains("urn:pantau:problem:body-too-large"), head);
        // and the server still answers good requests
        ok(s.get("/api/articles?q=putin"));
    }

    /** Sends raw bytes and reads what comes back until the server closes or 10 s pass. */
    private String rawRequest(String request) {
        try (java.net.Socket so = new java.net.Socket("127.0.0.1", s.server.port())) {
            so.setSoTimeout(10_000);
            so.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            so.getOutputStream().flush();
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            byte[] buf = new byte[4096];
            try {
                for (int n; (n = so.getInputStream().read(buf)) > 0; ) {
                    out.write(buf, 0, n);
                    if (out.toString(StandardCharsets.UTF_8).contains("}")) break;
                }
            } catch (java.net.SocketTimeoutException e) {
                // answered what it had
            }
            return out.toString(StandardCharsets.UTF_8);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void theOpenApiDocumentListsEveryEndpoint() {
        JsonNode o = ok(s.get("/api/openapi.json"));
        assertTrue(o.get("openapi").asText().startsWith("3."));
        for (String path : List.of("/api/analyze", "/api/articles", "/api/articles/{id}", "/api/events", "/api/events/{id}",
                "/api/quotes", "/api/entities", "/api/stats/timeline", "/api/graph", "/api/stats", "/api/examples")) {
            assertTrue(o.get("paths").has(path), "openapi.json lacks " + path);
        }
    }

    @Test
    void sharedArticlesAreSearchable() {
        assumeTrue(s.withShared, "../shared/data/articles/id not present");
        JsonNode page = ok(s.get("/api/articles?q=Jokowi%20Moskow"));
        assertEquals("pages-intl-id-0001", page.get("items").get(0).get("id").asText());
    }
}
