package dev.pantau.server;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Random query parameters, path ids and bodies (seeded, so a failure replays): every answer is a
 * 2xx, or a 4xx with a problem body; never a 5xx, never a stack trace.
 */
class FuzzTest {
    private static final String[] ENDPOINTS = {"/api/articles", "/api/events", "/api/quotes", "/api/entities", "/api/stats/timeline", "/api/graph", "/api/stats"};
    private static final String[] NAMES = {"q", "limit", "offset", "actor", "target", "code", "from", "to", "place", "speaker", "type", "by", "x", "", "limit[]", "%00"};
    private static final String[] SEEDS = {"", "0", "-1", "1", "500", "501", "99999999999999999999", "1e3", "0x10", " 5 ", "2023-09-13", "2023-02-30",
            "9999-99-99", "RUS", "rus", "RUSGOV", "04", "042", "0401x", "day", "week", "PERSON", "person", "\"Kim", "+satelit -Ukraina", "a:b",
            "*", "?", "(", ")", "[", "{", "\\", "..", "../../etc/passwd", "' OR 1=1 --", "<script>alert(1)</script>", "🙂", "Jakarta"};
    private final TestServer s = TestServer.get();
    private final Random rnd = new Random(20261127L);

    @Test
    void queryParametersNeverBreakTheServer() {
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            String path = ENDPOINTS[rnd.nextInt(ENDPOINTS.length)];
            StringBuilder q = new StringBuilder();
            int n = rnd.nextInt(4);
            for (int k = 0; k < n; k++) {
                q.append(k == 0 ? "?" : "&").append(enc(NAMES[rnd.nextInt(NAMES.length)])).append('=').append(value());
            }
            check(s.send(HttpRequest.newBuilder(URI.create(s.base + path + q)).GET().build()), failures);
        }
        assertTrue(failures.isEmpty(), failures.size() + " bad answers, first: " + failures.subList(0, Math.min(5, failures.size())));
    }

    @Test
    void pathIdsNeverBreakTheServer() {
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            String base = rnd.nextBoolean() ? "/api/articles/" : "/api/events/";
            check(s.send(HttpRequest.newBuilder(URI.create(s.base + base + value())).GET().build()), failures);
        }
        assertTrue(failures.isEmpty(), failures.size() + " bad answers, first: " + failures.subList(0, Math.min(5, failures.size())));
    }

    @Test
    void bodiesNeverBreakTheServer() {
        String[] types = {"application/json", "text/plain", "text/html", "application/json; charset=utf-8", "application/octet-stream", "", "text/plain; charset=iso-8859-1"};
        String[] jsons = {"{", "}", "null", "[]", "\"text\"", "{\"text\": null}", "{\"text\": \"\"}", "{\"html\": \"<p>\"}", "{\"text\": \"a\", \"html\": \"b\"}",
                "{\"text\": [\"a\"]}", "{\"text\": \"Putin bertemu Kim.\", \"id\": \"../x\"}", "{\"text\": \"Putin bertemu Kim.\", \"published\": \"2023-13-45\"}",
                "{\"text\": \"x\"}{\"text\": \"y\"}", "{\"text\": \"\\ud800\"}", "{\"a\":".repeat(2000)};
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            byte[] body;
            int kind = rnd.nextInt(3);
            if (kind == 0) body = jsons[rnd.nextInt(jsons.length)].getBytes(StandardCharsets.UTF_8);
            else if (kind == 1) { body = new byte[rnd.nextInt(300)]; rnd.nextBytes(body); }
            else body = ("Presiden " + value() + " bertemu " + value() + ".").getBytes(StandardCharsets.UTF_8);
            String type = types[rnd.nextInt(types.length)];
            HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(s.base + (rnd.nextInt(4) == 0 ? "/api/articles" : "/api/analyze")))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body));
            if (!type.isEmpty()) b.header("Content-Type", type);
            if (rnd.nextBoolean()) b.header("Authorization", "Bearer " + (rnd.nextBoolean() ? TestServer.TOKEN : "nope"));
            check(s.send(b.build()), failures);
        }
        assertTrue(failures.isEmpty(), failures.size() + " bad answers, first: " + failures.subList(0, Math.min(5, failures.size())));
    }

    private String value() {
        return switch (rnd.nextInt(4)) {
            case 0 -> enc(SEEDS[rnd.nextInt(SEEDS.length)]);
            case 1 -> enc(SEEDS[rnd.nextInt(SEEDS.length)] + SEEDS[rnd.nextInt(SEEDS.length)]);
            case 2 -> { // raw percent-encoded bytes, often invalid UTF-8
                StringBuilder sb = new StringBuilder();
                for (int k = rnd.nextInt(6) + 1; k > 0; k--) sb.append(String.format("%%%02X", rnd.nextInt(256)));
                yield sb.toString();
            }
            default -> enc("x".repeat(rnd.nextInt(600)));
        };
    }

    private static String enc(String s) {
        return java.net.URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static void check(HttpResponse<String> r, List<String> failures) {
        int st = r.statusCode();
        String what = r.request().method() + " " + r.request().uri() + " -> " + st + " " + r.body().substring(0, Math.min(200, r.body().length()));
        if (st >= 500 || r.body().contains("\tat ") || r.body().contains("Exception")) failures.add(what);
        else if (st >= 400 && !r.headers().firstValue("Content-Type").orElse("").equals(Problem.CONTENT_TYPE)) failures.add("not a problem: " + what);
        else if (st >= 400) assertEquals(st, TestServer.json(r).get("status").asInt(), what);
    }
}
