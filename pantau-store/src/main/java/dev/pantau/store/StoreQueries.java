package dev.pantau.store;

import org.duckdb.DuckDBConnection;

import java.io.IOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;

/** The questions the CLI and the API ask a store. Every method returns a {@link ResultTable}. */
public final class StoreQueries {
    private final DuckDBConnection db;
    private final FullTextIndex index;
    private final EventCache eventCache;

    StoreQueries(DuckDBConnection db, FullTextIndex index, EventCache eventCache) {
        this.db = db;
        this.index = index;
        this.eventCache = eventCache;
    }

    /**
     * Filters for events; null means any. Actor codes match as prefixes ("RUS" finds "RUSGOV"),
     * as does the CAMEO code ("04" finds "040" and "042"); {@code place} is a country code or a
     * place name.
     */
    public record EventFilter(String actor, String target, String code, LocalDate from, LocalDate to, String place, int limit) {
    }

    public ResultTable events(EventFilter f) {
        return events(f, 0);
    }

    static final List<String> EVENT_COLUMNS = List.of("event_id", "day", "source_actor", "source_name", "code", "target_actor",
            "target_name", "place", "place_country", "quad_class", "goldstein", "num_mentions", "num_sources", "num_articles",
            "avg_tone", "hypothetical", "negated", "first_url", "lat", "lon");
    private static final String EVENT_SELECT = """
            SELECT event_id, day, source_actor, source_name, code, target_actor, target_name,
                   place, place_country, quad_class, goldstein, num_mentions, num_sources, num_articles,
                   round(avg_tone, 2) AS avg_tone, hypothetical, negated, first_url, lat, lon
            FROM events""";
    /** Pages up to this size are kept in the {@link EventCache}; larger ones (the CLI's) are read every time. */
    static final int CACHED_PAGE_ROWS = 1000;

    /** One page of events: {@code f.limit()} rows after skipping {@code offset}, by day then id. */
    public ResultTable events(EventFilter f, int offset) {
        StringBuilder where = new StringBuilder(" WHERE true");
        List<Object> p = new ArrayList<>();
        if (f.actor() != null) { where.append(" AND starts_with(source_actor, ?)"); p.add(code(f.actor())); }
        if (f.target() != null) { where.append(" AND starts_with(target_actor, ?)"); p.add(code(f.target())); }
        if (f.code() != null) { where.append(" AND starts_with(code, ?)"); p.add(f.code().trim()); }
        if (f.from() != null) { where.append(" AND day >= ?"); p.add(f.from()); }
        if (f.to() != null) { where.append(" AND day <= ?"); p.add(f.to()); }
        if (f.place() != null) {
            where.append(" AND (place_country = ? OR lower(place) = ? OR lower(place_admin1) = ?)");
            p.add(f.place().toUpperCase(Locale.ROOT));
            p.add(f.place().toLowerCase(Locale.ROOT));
            p.add(f.place().toLowerCase(Locale.ROOT));
        }
        int limit = limit(f.limit());
        String sql = EVENT_SELECT + where + " ORDER BY day, event_id LIMIT " + limit + " OFFSET " + offset(offset);
        if (limit > CACHED_PAGE_ROWS) return run(sql, p);
        long readAt = eventCache.generation();
        StringBuilder key = new StringBuilder(sql);
        for (Object v : p) key.append('\u0000').append(v);
        List<List<Object>> page = eventCache.page(key.toString());
        if (page == null) {
            page = pageById(readAt, where.toString(), p, limit, offset);
            if (page == null) page = run(sql, p).rows();
            eventCache.put(readAt, key.toString(), page);
        }
        return new ResultTable(EVENT_COLUMNS, page);
    }

    /**
     * A page of events found by id: its ids from DuckDB (one column to sort), its rows from the
     * rows the cache keeps since the last commit (read now, when no other reader is reading them
     * and the store is small enough); null when the rows are not at hand.
     */
    private List<List<Object>> pageById(long readAt, String where, List<Object> params, int limit, int offset) {
        java.util.Map<Long, List<Object>> rows = eventCache.rowsById();
        if (rows == null && eventCache.startLoading()) {
            try {
                rows = eventCache.rowsById();
                if (rows == null) {
                    if (((Number) run("SELECT count(*) FROM events", List.of()).rows().get(0).get(0)).longValue()
                            > EventCache.MAX_EVENTS_BY_ID) {
                        eventCache.tooMany(readAt);
                    } else {
                        java.util.Map<Long, List<Object>> all = new java.util.HashMap<>();
                        for (List<Object> r : run(EVENT_SELECT, List.of()).rows()) all.put(((Number) r.get(0)).longValue(), r);
                        eventCache.putRows(readAt, all);
                        rows = all;
                    }
                }
            } finally {
                eventCache.doneLoading();
            }
        }
        if (rows == null) return null;
        List<List<Object>> page = new ArrayList<>();
        for (List<Object> id : run("SELECT event_id FROM events" + where + " ORDER BY day, event_id LIMIT " + limit
                + " OFFSET " + offset(offset), params).rows()) {
            List<Object> r = rows.get(((Number) id.get(0)).longValue());
            if (r == null) return null; // a commit came between: read the page itself
            page.add(r);
        }
        // ids read after a commit with rows read before it would make a page that never was
        return eventCache.generation() == readAt ? page : null;
    }

    /** One merged event with all its columns; no rows when there is no such event. */
    public ResultTable event(long eventId) {
        return run("SELECT * EXCLUDE (event_key) FROM events WHERE event_id = ?", List.of(eventId));
    }

    /** The reports of one event, in ingest order, with the reporting article's title. */
    public ResultTable eventMentions(long eventId) {
        return run("""
                SELECT m.article_id, m.article_event_id, m.source AS outlet, m.url, a.title, m.published_day,
                       m.sentence, m.start_offset, m.end_offset, m.evidence, m.code, m.confidence, m.hypothetical
                FROM event_mentions m LEFT JOIN articles a ON a.id = m.article_id
                WHERE m.event_id = ? ORDER BY m.seq, m.mention_no""", List.of(eventId));
    }

    /**
     * The actor network: one row per (source actor, target actor, QuadClass) with the number of
     * events and their mentions, most events first; events without both actors are left out.
     */
    public ResultTable actorGraph(LocalDate from, LocalDate to, int limit) {
        String sql = """
                SELECT source_actor, mode(source_name) AS source_name, target_actor, mode(target_name) AS target_name,
                       quad_class, count(*) AS events, sum(num_mentions) AS mentions
                FROM events
                WHERE source_actor IS NOT NULL AND source_actor <> '' AND target_actor IS NOT NULL AND target_actor <> ''
                  AND (CAST(? AS DATE) IS NULL OR day >= ?) AND (CAST(? AS DATE) IS NULL OR day <= ?)
                GROUP BY source_actor, target_actor, quad_class
                ORDER BY events DESC, source_actor, target_actor, quad_class""" + " LIMIT " + limit(limit);
        return run(sql, java.util.Arrays.asList(from, from, to, to));
    }

    /** One stored article: its metadata and its whole {@code pantau.article/1} object ({@code doc_json}). */
    public ResultTable article(String id) {
        return run("""
                SELECT id, url, source AS outlet, title, language, published, chars, tone, doc_json
                FROM articles WHERE id = ?""", List.of(id));
    }

    /** Articles newest first (publication day, then ingest order), with the start of the text as snippet. */
    public ResultTable recentArticles(int limit, int offset) {
        return run("""
                SELECT id, published, source AS outlet, title, left(text, 240) AS snippet, url, language
                FROM articles ORDER BY published_day DESC NULLS LAST, seq DESC""" + " LIMIT " + limit(limit)
                + " OFFSET " + offset(offset), List.of());
    }

    /** Ranked full-text search with highlighted snippets. */
    public ResultTable articles(String query, int limit) {
        return articles(query, limit, 0);
    }

    /** One page of a ranked full-text search: ranks {@code offset + 1} to {@code offset + limit}. */
    public ResultTable articles(String query, int limit, int offset) {
        try {
            List<List<Object>> rows = new ArrayList<>();
            int rank = 1;
            int skip = offset(offset);
            for (FullTextIndex.Hit h : index.search(query, limit(limit) + skip)) {
                if (rank <= skip) { rank++; continue; }
                rows.add(java.util.Arrays.asList(rank++, Math.round(h.score() * 1000) / 1000.0, h.id(), h.published(),
                        h.outlet(), h.title(), h.snippet(), h.url()));
            }
            return new ResultTable(List.of("rank", "score", "id", "published", "outlet", "title", "snippet", "url"), rows);
        } catch (IOException e) {
            throw new StoreException("cannot search the full-text index: " + e.getMessage(), e);
        }
    }

    /** Quotes whose speaker's name contains {@code speaker} (case-insensitive), or whose actor code is it. */
    public ResultTable quotes(String speaker, int limit) {
        return quotes(speaker, limit, 0);
    }

    /** One page of {@link #quotes(String, int)}. */
    public ResultTable quotes(String speaker, int limit, int offset) {
        String sql = """
                SELECT q.speaker, q.speaker_actor, q.text, q.direct, q.cue, a.published, a.source AS outlet,
                       a.id AS article_id, q.start_offset, q.end_offset, a.url
                FROM quotes q JOIN articles a ON a.id = q.article_id
                WHERE (? IS NULL OR contains(lower(q.speaker), lower(?)) OR q.speaker_actor = upper(?))
                ORDER BY a.published_day NULLS LAST, a.seq, q.quote_no
                """ + " LIMIT " + limit(limit) + " OFFSET " + offset(offset);
        return run(sql, java.util.Arrays.asList(speaker, speaker == null ? null : speaker.trim(), speaker));
    }

    /** The most mentioned entities (by the number of articles naming them), optionally of one type. */
    public ResultTable entities(String type, int top) {
        return entities(type, top, 0);
    }

    /** One page of {@link #entities(String, int)}. */
    public ResultTable entities(String type, int top, int offset) {
        String sql = """
                SELECT name, type, mode(country) AS country, mode(actor) AS actor, mode(kb) AS kb,
                       count(DISTINCT article_id) AS articles, sum(mentions) AS mentions
                FROM entities WHERE (? IS NULL OR type = ?)
                GROUP BY name, type ORDER BY articles DESC, mentions DESC, name
                """ + " LIMIT " + limit(top) + " OFFSET " + offset(offset);
        String t = type == null ? null : type.toUpperCase(Locale.ROOT);
        return run(sql, java.util.Arrays.asList(t, t));
    }

    /** Events per period in which the actor (a code prefix) is the source or the target. */
    public ResultTable timeline(String actor, String by, LocalDate from, LocalDate to) {
        String unit = switch (by == null ? "month" : by.toLowerCase(Locale.ROOT)) {
            case "day" -> "day";
            case "week" -> "week";
            case "month" -> "month";
            case "year" -> "year";
            default -> throw new StoreException("--by must be day, week, month or year, not '" + by + "'");
        };
        String sql = """
                SELECT CAST(date_trunc('%s', day) AS DATE) AS period, count(*) AS events,
                       sum(num_mentions) AS mentions, sum(num_articles) AS articles,
                       count(*) FILTER (WHERE starts_with(source_actor, ?)) AS as_source,
                       count(*) FILTER (WHERE starts_with(target_actor, ?)) AS as_target,
                       round(avg(goldstein), 2) AS avg_goldstein, round(avg(avg_tone), 2) AS avg_tone
                FROM events
                WHERE day IS NOT NULL AND (starts_with(source_actor, ?) OR starts_with(target_actor, ?))
                  AND (CAST(? AS DATE) IS NULL OR day >= ?) AND (CAST(? AS DATE) IS NULL OR day <= ?)
                GROUP BY 1 ORDER BY 1""".formatted(unit);
        String a = code(actor == null ? "" : actor);
        return run(sql, java.util.Arrays.asList(a, a, a, a, from, from, to, to));
    }

    private static String code(String code) {
        return code.trim().toUpperCase(Locale.ROOT);
    }

    private static int limit(int n) {
        return n <= 0 ? 100 : Math.min(n, 1_000_000);
    }

    /** Offsets are capped so a deep page cannot make a query walk the whole store for nothing. */
    private static int offset(int n) {
        if (n < 0) throw new StoreException("an offset cannot be negative, not " + n);
        return Math.min(n, MAX_OFFSET);
    }

    /** The deepest row a page may start at. */
    public static final int MAX_OFFSET = 100_000;

    /**
     * Prepared statements kept per query text: the same few queries come again and again (a
     * server's pages), and DuckDB's planning is a good part of a small query's time. A
     * {@code StoreQueries} serves one thread at a time, like its connection.
     */
    private final Map<String, PreparedStatement> prepared = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, PreparedStatement> eldest) {
            if (size() <= 64) return false;
            try {
                eldest.getValue().close();
            } catch (SQLException ignored) {
                // a statement that will not close is dropped all the same
            }
            return true;
        }
    };

    private ResultTable run(String sql, List<Object> params) {
        try {
            PreparedStatement ps = prepared.get(sql);
            if (ps == null || ps.isClosed()) {
                ps = db.prepareStatement(sql);
                prepared.put(sql, ps);
            }
            ps.clearParameters();
            for (int i = 0; i < params.size(); i++) {
                Object v = params.get(i);
                ps.setObject(i + 1, v instanceof LocalDate d ? java.sql.Date.valueOf(d) : v);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return ResultTable.of(rs);
            }
        } catch (SQLException e) {
            prepared.remove(sql);
            throw new StoreException("query failed: " + PantauStore.firstLine(e.getMessage()), e);
        }
    }
}
