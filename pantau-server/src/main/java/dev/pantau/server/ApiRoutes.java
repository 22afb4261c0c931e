package dev.pantau.server;

import com.fasterxml.jackson.databind.util.RawValue;
import dev.pantau.Pantau;
import dev.pantau.doc.Article;
import dev.pantau.doc.ArticleJson;
import dev.pantau.doc.Doc;
import dev.pantau.pipeline.AnalysisException;
import dev.pantau.store.Ingestor;
import dev.pantau.store.PantauStore;
import dev.pantau.store.ResultTable;
import dev.pantau.store.StoreQueries;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * The API's endpoints. Reads run in parallel, each on a pooled reader connection of the store;
 * writes (and the counts) go through the store's own connection under one lock.
 */
final class ApiRoutes {
    static final String EXAMPLE = "/dev/pantau/examples/bisnis-kim-putin.txt";

    private final PantauStore store;
    private final java.util.concurrent.BlockingQueue<StoreQueries> readers;
    private final Pantau pantau;
    private final ServerConfig config;
    private final ReentrantLock storeLock = new ReentrantLock();
    private final Semaphore analysisSlots;

    ApiRoutes(PantauStore store, Pantau pantau, ServerConfig config) {
        this.store = store;
        int n = Math.max(2, Runtime.getRuntime().availableProcessors() * 2);
        this.readers = new java.util.concurrent.ArrayBlockingQueue<>(n);
        for (int i = 0; i < n; i++) readers.add(store.readerQueries());
        this.pantau = pantau;
        this.config = config;
        this.analysisSlots = new Semaphore(config.analysisSlots(), true);
    }

    void register(RoutesConfig r) {
        r.get("/api/openapi.json", this::openApi);
        r.get("/api/stats", this::stats);
        r.post("/api/analyze", this::analyze);
        r.post("/api/articles", this::ingest);
        r.post("/api/examples", this::loadExamples);
        r.get("/api/articles", this::articles);
        r.get("/api/articles/{id}", this::article);
        r.get("/api/events", this::events);
        r.get("/api/events/{id}", this::event);
        r.get("/api/quotes", this::quotes);
        r.get("/api/entities", this::entities);
        r.get("/api/stats/timeline", this::timeline);
        r.get("/api/graph", this::graph);
    }

    private <T> T read(Function<StoreQueries, T> q) {
        StoreQueries r;
        try {
            r = readers.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw Problem.busy();
        }
        try {
            return q.apply(r);
        } finally {
            readers.add(r);
        }
    }

    private <T> T locked(java.util.function.Supplier<T> s) {
        storeLock.lock();
        try {
            return s.get();
        } finally {
            storeLock.unlock();
        }
    }

    private static void json(Context ctx, int status, Object body) {
        ctx.status(status);
        ctx.contentType("application/json");
        ctx.result(Json.write(body));
    }

    private static void jsonBytes(Context ctx, byte[] body) {
        ctx.status(200);
        ctx.contentType("application/json");
        ctx.result(body);
    }

    private void openApi(Context ctx) throws IOException {
        Params.of(ctx, Set.of());
        try (InputStream in = ApiRoutes.class.getResourceAsStream("openapi.json")) {
            ctx.contentType("application/json");
            ctx.result(in.readAllBytes());
        }
    }

    private void stats(Context ctx) {
        Params.of(ctx, Set.of());
        Map<String, Long> counts = locked(store::counts);
        Map<String, Object> m = new LinkedHashMap<>(counts);
        m.put("writable", config.token() != null);
        m.put("examplesLoadable", counts.get("articles") == 0);
        json(ctx, 200, m);
    }

    private void analyze(Context ctx) {
        Params.of(ctx, Set.of());
        Article a = ArticleInput.read(ctx, config.maxBodyBytes(), Json.MAPPER);
        Doc d = analyse(a);
        ctx.status(200);
        ctx.contentType("application/json");
        ctx.result(ArticleJson.write(d, false));
    }

    private Doc analyse(Article a) {
        boolean got;
        try {
            got = analysisSlots.tryAcquire(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw Problem.busy();
        }
        if (!got) throw Problem.busy();
        try {
            return pantau.analyze(a);
        } catch (AnalysisException e) {
            throw Problem.unprocessable(e.getMessage());
        } finally {
            analysisSlots.release();
        }
    }

    private void ingest(Context ctx) {
        Params.of(ctx, Set.of());
        if (config.token() == null) throw Problem.writesDisabled();
        String auth = ctx.header("Authorization");
        if (auth == null || !auth.startsWith("Bearer ")) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw Problem.unauthorized("writes need the header 'Authorization: Bearer <token>'");
        }
        if (!MessageDigest.isEqual(auth.substring(7).strip().getBytes(StandardCharsets.UTF_8), config.token().getBytes(StandardCharsets.UTF_8))) {
            ctx.header("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            throw Problem.unauthorized("the bearer token is not this server's token");
        }
        Article a = ArticleInput.read(ctx, config.maxBodyBytes(), Json.MAPPER);
        Doc d = analyse(a);
        Map<String, Object> result = store(List.of(new Input("api:" + ctx.ip(), a, d))).get(0);
        json(ctx, "ingested".equals(result.get("status")) ? 201 : 200, result);
    }

    private record Input(String name, Article article, Doc doc) {
    }

    /** Admits and stores analysed articles in one batch; a conflicting id is a 409. */
    private List<Map<String, Object>> store(List<Input> inputs) {
        storeLock.lock();
        try {
            Ingestor in = store.ingestor();
            List<Map<String, Object>> out = new java.util.ArrayList<>();
            for (Input i : inputs) {
                Ingestor.Admission adm = in.admit(i.article());
                Map<String, Object> m = new LinkedHashMap<>();
                if (adm.conflict() != null) {
                    in.failed(i.name(), adm.conflict(), adm);
                    in.commit();
                    throw Problem.conflict(adm.conflict());
                } else if (!adm.isNew()) {
                    in.duplicate(i.name(), adm);
                    m.put("status", "duplicate");
                    m.put("id", adm.duplicateOf());
                } else {
                    in.add(i.name(), adm, i.doc());
                    m.put("status", "ingested");
                    m.put("id", adm.id());
                }
                out.add(m);
            }
            in.commit();
            return out;
        } finally {
            storeLock.unlock();
        }
    }

    /** Loads the bundled example article; only into an empty store, and then without a token. */
    private void loadExamples(Context ctx) throws IOException {
        Params.of(ctx, Set.of());
        if (locked(store::counts).get("articles") > 0) {
            throw Problem.conflict("the store already holds articles; examples are only loaded into an empty store");
        }
        String text;
        try (InputStream in = Pantau.class.getResourceAsStream(EXAMPLE)) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Article a = new Article("bisnis-kim-putin", null, "Bisnis.com", null, null, text);
        json(ctx, 201, Map.of("items", store(List.of(new Input("example:bisnis-kim-putin.txt", a, analyse(a))))));
    }

    private void articles(Context ctx) {
        Params p = Params.of(ctx, Set.of("q", "limit", "offset"));
        String q = p.string("q");
        int limit = p.limit(20), offset = p.offset();
        ResultTable t = read(s -> q == null ? s.recentArticles(limit, offset) : s.articles(q, limit, offset));
        Map<String, Object> page = Json.page(Json.rows(t), limit, offset);
        page.put("q", q);
        json(ctx, 200, page);
    }

    private void article(Context ctx) {
        Params.of(ctx, Set.of());
        String id = Params.articleId(ctx.pathParam("id"));
        List<Map<String, Object>> rows = Json.rows(read(q -> q.article(id)));
        if (rows.isEmpty()) throw Problem.notFound("no article with id '" + id + "'");
        Map<String, Object> m = rows.get(0);
        m.put("doc", new RawValue((String) m.remove("doc_json")));
        json(ctx, 200, m);
    }

    private void events(Context ctx) {
        Params p = Params.of(ctx, Set.of("actor", "target", "code", "from", "to", "place", "limit", "offset"));
        LocalDate from = p.date("from"), to = p.date("to");
        Params.checkRange(from, to);
        int limit = p.limit(100), offset = p.offset();
        StoreQueries.EventFilter f = new StoreQueries.EventFilter(p.actor("actor"), p.actor("target"), p.cameo("code"),
                from, to, p.string("place"), limit);
        jsonBytes(ctx, Json.tablePage(read(q -> q.events(f, offset)), limit, offset));
    }

    private void event(Context ctx) {
        Params.of(ctx, Set.of());
        long id = Params.eventId(ctx.pathParam("id"));
        List<Map<String, Object>> ev = Json.rows(read(q -> q.event(id)));
        if (ev.isEmpty()) throw Problem.notFound("no event with id " + id);
        Map<String, Object> m = ev.get(0);
        m.put("mentions", Json.rows(read(q -> q.eventMentions(id))));
        json(ctx, 200, m);
    }

    private void quotes(Context ctx) {
        Params p = Params.of(ctx, Set.of("speaker", "limit", "offset"));
        String speaker = p.string("speaker");
        int limit = p.limit(50), offset = p.offset();
        jsonBytes(ctx, Json.tablePage(read(q -> q.quotes(speaker, limit, offset)), limit, offset));
    }

    static final List<String> ENTITY_TYPES = List.of("PERSON", "ORGANIZATION", "LOCATION", "MISC");

    private void entities(Context ctx) {
        Params p = Params.of(ctx, Set.of("type", "limit", "offset"));
        String t = p.oneOf("type", null, ENTITY_TYPES);
        int limit = p.limit(50), offset = p.offset();
        jsonBytes(ctx, Json.tablePage(read(q -> q.entities(t, limit, offset)), limit, offset));
    }

    private void timeline(Context ctx) {
        Params p = Params.of(ctx, Set.of("actor", "by", "from", "to", "limit", "offset"));
        String actor = p.actor("actor");
        String by = p.oneOf("by", "month", List.of("day", "week", "month", "year"));
        LocalDate from = p.date("from"), to = p.date("to");
        Params.checkRange(from, to);
        int limit = p.integer("limit", 500, 1, 5000), offset = p.offset();
        List<Map<String, Object>> rows = Json.rows(read(q -> q.timeline(actor, by, from, to)));
        List<Map<String, Object>> slice = rows.subList(Math.min(offset, rows.size()), Math.min(rows.size(), offset + limit));
        Map<String, Object> page = Json.page(slice, limit, offset);
        page.put("actor", actor);
        page.put("by", by);
        json(ctx, 200, page);
    }

    private void graph(Context ctx) {
        Params p = Params.of(ctx, Set.of("from", "to", "limit"));
        LocalDate from = p.date("from"), to = p.date("to");
        Params.checkRange(from, to);
        int limit = p.integer("limit", 200, 1, 2000);
        json(ctx, 200, ActorGraph.of(read(q -> q.actorGraph(from, to, limit)), limit));
    }
}
