package dev.pantau.store;

import dev.pantau.doc.Doc;
import dev.pantau.doc.Entity;
import dev.pantau.doc.Event;
import dev.pantau.doc.Mention;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;

/**
 * Events reported by several articles made one, as GDELT's event and mention tables: each coded
 * event of an article is a mention with a key (source actor, root code, target actor, day,
 * place, negation); mentions with the same key are one event.
 */
final class EventMerger {
    private EventMerger() {
    }

    /** The event_mentions row of one event of an article (its event_id is set by {@link #merge}). */
    static Object[] mentionRow(long seq, int no, Doc d, Event v, String source, LocalDate published) {
        Entity se = v.source() == null || v.source().entity() == null ? null : d.entity(v.source().entity());
        Entity te = v.target() == null || v.target().entity() == null ? null : d.entity(v.target().entity());
        String sa = v.source() == null ? null : v.source().actor();
        String ta = v.target() == null ? null : v.target().actor();
        LocalDate day = eventDay(v.date(), published);
        Event.Place p = v.location();
        String key = String.join("|", nz(sa), nz(v.root()), nz(ta), day == null ? "" : day.toString(),
                p == null ? "" : nz(p.country()) + "/" + nz(p.name()).toLowerCase(Locale.ROOT), v.negated() ? "neg" : "");
        int sentenceStart = v.sentence() >= 0 && v.sentence() < d.sentences().size() ? d.sentences().get(v.sentence()).start() : 0;
        int sentenceEnd = v.sentence() >= 0 && v.sentence() < d.sentences().size() ? d.sentences().get(v.sentence()).end() : d.text().length();
        int evStart = v.evidence() == null ? -1 : v.evidence().start();
        return new Object[]{null, key, seq, no, d.id(), v.id(), source, d.url(), published, v.sentence(),
                evStart, v.evidence() == null ? null : v.evidence().end(), v.evidence() == null ? null : v.evidence().text(),
                offsetNear(se, sentenceStart, sentenceEnd, evStart), offsetNear(te, sentenceStart, sentenceEnd, evStart),
                v.code(), v.confidence(), v.hypothetical(), d.text().length(), d.tone() == null ? null : d.tone().tone(),
                day, v.date(), sa, se == null ? null : se.name(), CameoActors.country(sa, se == null ? null : se.country()),
                ta, te == null ? null : te.name(), CameoActors.country(ta, te == null ? null : te.country()),
                v.root(), v.quadClass(), v.goldstein(), v.negated(),
                p == null ? null : p.name(), p == null ? null : p.country(), p == null ? null : p.admin1(),
                p == null ? null : p.lat(), p == null ? null : p.lon(), p == null ? null : p.geonameId()};
    }

    /** The offset of the entity's mention nearest the trigger within its sentence, else its first; -1 without one. */
    private static int offsetNear(Entity e, int sentenceStart, int sentenceEnd, int trigger) {
        if (e == null || e.mentions().isEmpty()) return -1;
        int best = -1, bestDist = Integer.MAX_VALUE;
        for (Mention m : e.mentions()) {
            if (m.start() < sentenceStart || m.start() >= sentenceEnd) continue;
            int dist = Math.abs(m.start() - trigger);
            if (dist < bestDist) {
                best = m.start();
                bestDist = dist;
            }
        }
        return best >= 0 ? best : e.mentions().get(0).start();
    }

    /**
     * The day an event is filed under: its own date when it is a full date; for a month or year
     * ("2023-09") the publication day when it falls inside it, else the period's first day; the
     * publication day when the event has no date.
     */
    static LocalDate eventDay(String value, LocalDate published) {
        if (value == null || value.isBlank() || value.startsWith("X")) return published;
        LocalDate full = day(value);
        if (full != null) return full;
        if (published != null && published.toString().startsWith(value)) return published;
        if (value.matches("\\d{4}-\\d{2}")) return day(value + "-01");
        if (value.matches("\\d{4}")) return day(value + "-01-01");
        return published;
    }

    /** The date of an ISO date or date-time string, or null. */
    static LocalDate day(String iso) {
        if (iso == null || iso.length() < 10) return null;
        try {
            return LocalDate.parse(iso.substring(0, 10));
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    /**
     * Merges the batch's event mentions into events: a mention whose key (source actor, root
     * code, target actor, day, place, negation) is new creates an event, numbered in ingest
     * order; then every touched event's counts are recomputed from all its mentions.
     */
    static void merge(Connection db, long first, long last) throws SQLException {
        String batchRange = "seq BETWEEN " + first + " AND " + last;
        try (Statement st = db.createStatement()) {
            st.execute("""
                    INSERT INTO events
                    SELECT (SELECT coalesce(max(event_id), 0) FROM events) + row_number() OVER (ORDER BY s, n),
                           event_key, day, date_value, source_actor, source_name, source_country,
                           target_actor, target_name, target_country, code, root, quad_class, goldstein,
                           negated, hypothetical, place, place_country, place_admin1, lat, lon, geoname_id,
                           0, 0, 0, NULL, s, s, url
                    FROM (SELECT event_key,
                                 min(seq) AS s, arg_min(mention_no, seq * 100000 + mention_no) AS n,
                                 arg_min(day, seq * 100000 + mention_no) AS day,
                                 arg_min(date_value, seq * 100000 + mention_no) AS date_value,
                                 arg_min(source_actor, seq * 100000 + mention_no) AS source_actor,
                                 arg_min(source_name, seq * 100000 + mention_no) AS source_name,
                                 arg_min(source_country, seq * 100000 + mention_no) AS source_country,
                                 arg_min(target_actor, seq * 100000 + mention_no) AS target_actor,
                                 arg_min(target_name, seq * 100000 + mention_no) AS target_name,
                                 arg_min(target_country, seq * 100000 + mention_no) AS target_country,
                                 arg_min(code, seq * 100000 + mention_no) AS code,
                                 arg_min(root, seq * 100000 + mention_no) AS root,
                                 arg_min(quad_class, seq * 100000 + mention_no) AS quad_class,
                                 arg_min(goldstein, seq * 100000 + mention_no) AS goldstein,
                                 arg_min(negated, seq * 100000 + mention_no) AS negated,
                                 bool_and(hypothetical) AS hypothetical,
                                 arg_min(place, seq * 100000 + mention_no) AS place,
                                 arg_min(place_country, seq * 100000 + mention_no) AS place_country,
                                 arg_min(place_admin1, seq * 100000 + mention_no) AS place_admin1,
                                 arg_min(lat, seq * 100000 + mention_no) AS lat,
                                 arg_min(lon, seq * 100000 + mention_no) AS lon,
                                 arg_min(geoname_id, seq * 100000 + mention_no) AS geoname_id,
                                 arg_min(url, seq * 100000 + mention_no) AS url
                          FROM event_mentions m
                          WHERE %s AND event_key NOT IN (SELECT event_key FROM events)
                          GROUP BY event_key)""".formatted(batchRange));
            st.execute("UPDATE event_mentions SET event_id = e.event_id FROM events e "
                    + "WHERE event_mentions." + batchRange + " AND e.event_key = event_mentions.event_key");
            st.execute("""
                    UPDATE events SET num_mentions = a.mentions, num_articles = a.articles, num_sources = a.sources,
                           avg_tone = a.tone, last_seq = a.last_seq,
                           hypothetical = a.hypothetical
                    FROM (SELECT event_id, count(*) AS mentions, count(DISTINCT article_id) AS articles,
                                 count(DISTINCT coalesce(source, article_id)) AS sources,
                                 avg(doc_tone) AS tone, max(seq) AS last_seq, bool_and(hypothetical) AS hypothetical
                          FROM event_mentions
                          WHERE event_id IN (SELECT event_id FROM event_mentions WHERE %s)
                          GROUP BY event_id) a
                    WHERE events.event_id = a.event_id""".formatted(batchRange));
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }
}
