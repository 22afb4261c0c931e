package dev.pantau.store;

import org.duckdb.DuckDBConnection;

import java.io.IOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The questions the CLI and the API ask a store. Every method returns a {@link ResultTable}. */
public final class StoreQueries {
    private final DuckDBConnection db;
    private final FullTextIndex index;

    StoreQueries(DuckDBConnection db, FullTextIndex index) {
        this.db = db;
        this.index = index;
    }

    /**
     * Filters for events; null means any. Actor codes match as prefixes ("RUS" finds "RUSGOV"),
     * as does the CAMEO code ("04" finds "040" and "042"); {@code place} is a country code or a
     * place name.
     */
    public record EventFilter(String actor, String target, String code, LocalDate from, LocalDate to, String place, int limit) {
    }

    public ResultTable events(EventFilter f) {
        StringBuilder sql = new StringBuilder("""
                SELECT event_id, day, source_actor, source_name, code, target_actor, target_name,
                       place, place_country, quad_class, goldstein, num_mentions, num_sources, num_articles,
                       round(avg_tone, 2) AS avg_tone, hypothetical, negated, first_url
                FROM events WHERE true""");
        List<Object> p = new ArrayList<>();
        if (f.actor() != null) { sql.append(" AND starts_with(source_actor, ?)"); p.add(code(f.actor())); }
        if (f.target() != null) { sql.append(" AND starts_with(target_actor, ?)"); p.add(code(f.target())); }
        if (f.code() != null) { sql.append(" AND starts_with(code, ?)"); p.add(f.code().trim()); }
        if (f.from() != null) { sql.append(" AND day >= ?"); p.add(f.from()); }
        if (f.to() != null) { sql.append(" AND day <= ?"); p.add(f.to()); }
        if (f.place() != null) {
            sql.append(" AND (place_country = ? OR lower(place) = ? OR lower(place_admin1) = ?)");
            p.add(f.place().toUpperCase(Locale.ROOT));
            p.add(f.place().toLowerCase(Locale.ROOT));
            p.add(f.place().toLowerCase(Locale.ROOT));
        }
        sql.append(" ORDER BY day, event_id LIMIT ").append(limit(f.limit()));
        return run(sql.toString(), p);
    }

    /** Ranked full-text search with highlighted snippets. */
    public ResultTable articles(String query, int limit) {
        try {
            List<List<Object>> rows = new ArrayList<>();
            int rank = 1;
            for (FullTextIndex.Hit h : index.search(query, limit(limit))) {
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
        String sql = """
                SELECT q.speaker, q.speaker_actor, q.text, q.direct, q.cue, a.published, a.source AS outlet,
                       a.id AS article_id, q.start_offset, q.end_offset, a.url
                FROM quotes q JOIN articles a ON a.id = q.article_id
                WHERE (? IS NULL OR contains(lower(q.speaker), lower(?)) OR q.speaker_actor = upper(?))
                ORDER BY a.published_day NULLS LAST, a.seq, q.quote_no
                """ + " LIMIT " + limit(limit);
                return run(sql, java.util.Arrays.asList(speaker, speaker == null ? null : speaker.trim(), speaker));
    }

    /** The most mentioned entities (by the number of articles naming them), optionally of one type. */
    public ResultTable entities(String type, int top) {
        String sql = """
                SELECT name, type, mode(country) AS country, mode(actor) AS actor, mode(kb) AS kb,
                       count(DISTINCT article_id) AS articles, sum(mentions) AS mentions
                FROM entities WHERE (? IS NULL OR type = ?)
                GROUP BY name, type ORDER BY articles DESC, mentions DESC, name
                """ + " LIMIT " + limit(top);
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

    private ResultTable run(String sql, List<Object> params) {
        try (PreparedStatement ps = db.prepareStatement(sql)) {
            for (int i = 0; i < params.size(); i++) {
                Object v = params.get(i);
                ps.setObject(i + 1, v instanceof LocalDate d ? java.sql.Date.valueOf(d) : v);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return ResultTable.of(rs);
            }
        } catch (SQLException e) {
            throw new StoreException("query failed: " + PantauStore.firstLine(e.getMessage()), e);
        }
    }
}
