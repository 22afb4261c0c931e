package dev.pantau.store;

import dev.pantau.doc.Article;
import dev.pantau.doc.ArticleJson;
import dev.pantau.doc.Attribution;
import dev.pantau.doc.Doc;
import dev.pantau.doc.Entity;
import dev.pantau.doc.Event;
import dev.pantau.doc.Mention;
import dev.pantau.doc.Quote;
import dev.pantau.doc.Sentence;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

import java.io.IOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes analysed articles into a store, in batches: each {@link #commit()} is one DuckDB
 * transaction (articles, their layers, the merged events, the ingest log) followed by one
 * Lucene commit. Articles are admitted before analysis: one whose id, canonical URL or text hash
 * is already stored, or pending in this batch, is a duplicate and need not be analysed.
 * Not thread-safe: one thread admits and adds, in input order, which keeps ids deterministic.
 */
public final class Ingestor {
    private final PantauStore store;
    private final DuckDBConnection db;
    private final FullTextIndex index;
    private final LongHashSet committedKeys = new LongHashSet();
    private final Map<Long, String> pendingKeys = new HashMap<>();
    private final List<Entry> batch = new ArrayList<>();
    private long nextLogId;
    private long ingested, duplicates, failed;
    private long databaseNanos, indexNanos;
    /** Tests set this to stand for a crash between writing a batch and its COMMIT. */
    boolean failBeforeCommit;

    /** How an article was admitted: as new, or as a duplicate of a stored one, or refused. */
    public record Admission(String id, String canonicalUrl, String textHash, String duplicateOf, String conflict) {
        public boolean isNew() {
            return duplicateOf == null && conflict == null;
        }
    }

    private record Entry(long logId, String input, String status, String articleId, String error, Doc doc, Admission admission) {
    }

    Ingestor(PantauStore store, DuckDBConnection db, FullTextIndex index) throws SQLException {
        this.store = store;
        this.db = db;
        this.index = index;
        nextLogId = store.scalarLong("SELECT coalesce(max(log_id), 0) FROM ingest_log") + 1;
        try (Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("SELECT id, canonical_url, text_hash FROM articles")) {
            while (rs.next()) {
                committedKeys.add(ArticleKeys.key('i', rs.getString(1)));
                if (rs.getString(2) != null) committedKeys.add(ArticleKeys.key('u', rs.getString(2)));
                committedKeys.add(ArticleKeys.key('t', rs.getString(3)));
            }
        }
        db.setAutoCommit(false);
    }

    /**
     * Decides whether an article is new before it is analysed. A new article's keys are held
     * as pending until it is {@linkplain #add added} or {@linkplain #failed failed}.
     */
    public Admission admit(Article a) {
        String id = Doc.of(a).id();
        String url = ArticleKeys.canonicalUrl(a.url());
        String hash = ArticleKeys.textHash(a.text());
        long ki = ArticleKeys.key('i', id), ku = url == null ? 0 : ArticleKeys.key('u', url), kt = ArticleKeys.key('t', hash);
        // pending in this batch
        for (long k : url == null ? new long[]{kt, ki} : new long[]{ku, kt, ki}) {
            String other = pendingKeys.get(k);
            if (other != null) {
                return k == ki ? new Admission(id, url, hash, null, conflictMessage(id))
                        : new Admission(id, url, hash, other, null);
            }
        }
        if (committedKeys.contains(kt) || (url != null && committedKeys.contains(ku)) || committedKeys.contains(ki)) {
            Admission stored = lookUp(id, url, hash);
            if (stored != null) return stored;
        }
        Admission ok = new Admission(id, url, hash, null, null);
        pendingKeys.put(ki, id);
        if (url != null) pendingKeys.put(ku, id);
        pendingKeys.put(kt, id);
        return ok;
    }

    private Admission lookUp(String id, String url, String hash) {
        try (PreparedStatement ps = db.prepareStatement(
                "SELECT id, canonical_url = ?, text_hash = ? FROM articles WHERE canonical_url = ? OR text_hash = ? OR id = ? "
                        + "ORDER BY (canonical_url = ? OR text_hash = ?) DESC LIMIT 1")) {
            ps.setString(1, url);
            ps.setString(2, hash);
            ps.setString(3, url);
            ps.setString(4, hash);
            ps.setString(5, id);
            ps.setString(6, url);
            ps.setString(7, hash);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) return null; // a 64-bit key collision: the article is new
                boolean sameUrl = rs.getBoolean(2), sameText = rs.getBoolean(3);
                if (sameUrl || sameText) return new Admission(id, url, hash, rs.getString(1), null);
                return new Admission(id, url, hash, null, conflictMessage(id));
            }
        } catch (SQLException e) {
            throw new StoreException("cannot look up duplicates: " + PantauStore.firstLine(e.getMessage()), e);
        }
    }

    private static String conflictMessage(String id) {
        return "article id '" + id + "' is already used by a different article (another URL and text); give this record its own id";
    }

    /** Queues an analysed article admitted as new. */
    public void add(String input, Admission a, Doc doc) {
        if (!a.isNew()) throw new IllegalArgumentException("article " + a.id() + " was not admitted as new");
        batch.add(new Entry(nextLogId++, input, "ingested", a.id(), null, doc, a));
    }

    /** Records a duplicate (nothing is stored but the log line). */
    public void duplicate(String input, Admission a) {
        batch.add(new Entry(nextLogId++, input, "duplicate", a.duplicateOf(), null, null, a));
    }

    /** Records an input that could not be read or analysed; releases its pending keys. */
    public void failed(String input, String reason, Admission a) {
        if (a != null && a.isNew()) release(a);
        batch.add(new Entry(nextLogId++, input, "failed", a == null ? null : a.id(), reason, null, a));
    }

    /** Admits, analyses with {@code analyse} and queues one article; for single-threaded callers. */
    public String ingest(String input, Article a, java.util.function.Function<Article, Doc> analyse) {
        Admission adm = admit(a);
        if (adm.conflict() != null) {
            failed(input, adm.conflict(), adm);
            return "failed";
        }
        if (!adm.isNew()) {
            duplicate(input, adm);
            return "duplicate";
        }
        try {
            add(input, adm, analyse.apply(a));
            return "ingested";
        } catch (RuntimeException e) {
            failed(input, String.valueOf(e.getMessage()), adm);
            return "failed";
        }
    }

    private void release(Admission a) {
        pendingKeys.remove(ArticleKeys.key('i', a.id()));
        if (a.canonicalUrl() != null) pendingKeys.remove(ArticleKeys.key('u', a.canonicalUrl()));
        pendingKeys.remove(ArticleKeys.key('t', a.textHash()));
    }

    /** Entries queued since the last commit. */
    public int pending() {
        return batch.size();
    }

    public long ingested() {
        return ingested;
    }

    /** Seconds spent writing DuckDB (rows, event merging, commit) and Lucene (documents, commit) so far. */
    public double[] storeSeconds() {
        return new double[]{databaseNanos / 1e9, indexNanos / 1e9};
    }

    public long duplicates() {
        return duplicates;
    }

    public long failedCount() {
        return failed;
    }

    /** Makes the queued batch durable: one DuckDB transaction, then the Lucene commit. */
    public void commit() {
        if (batch.isEmpty()) return;
        long t0 = System.nanoTime();
        long last = commitDatabase();
        long t1 = System.nanoTime();
        databaseNanos += t1 - t0;
        try {
            for (Entry e : batch) {
                if (e.doc() != null) index.add(indexEntry(e));
            }
            index.commit(last);
            indexNanos += System.nanoTime() - t1;
        } catch (IOException e) {
            throw new StoreException("the database holds the batch up to ingest-log id " + last
                    + " but the full-text index could not be written (" + e.getMessage() + "); reopening the store will index it", e);
        }
        finishBatch();
    }

    /** The database half of a commit alone; tests use it to stand for a crash before the Lucene commit. */
    void commitDatabaseOnly() {
        if (batch.isEmpty()) return;
        commitDatabase();
        finishBatch();
    }

    private void finishBatch() {
        for (Entry e : batch) {
            switch (e.status()) {
                case "ingested" -> ingested++;
                case "duplicate" -> duplicates++;
                default -> failed++;
            }
        }
        batch.clear();
    }

    private long commitDatabase() {
        long first = batch.get(0).logId(), last = batch.get(batch.size() - 1).logId();
        try {
            // Begin the transaction with a statement: a DuckDB appender used before any statement
            // of a transaction commits on its own (AppenderTransactionTest), which would let a
            // crash leave half a batch behind.
            try (Statement st = db.createStatement()) {
                st.execute("SELECT 1");
            }
            writeRows();
            mergeEvents(first, last);
            if (failBeforeCommit) throw new SQLException("simulated failure before COMMIT");
            db.commit();
        } catch (SQLException | RuntimeException e) {
            try {
                db.rollback();
            } catch (SQLException ignored) {
                // the connection is gone; nothing of the batch was committed
            }
            throw new StoreException("cannot write the batch of ingest-log ids " + first + "-" + last
                    + " (nothing of it was stored): " + PantauStore.firstLine(e.getMessage()), e);
        }
        for (Entry e : batch) {
            if (e.doc() == null) continue;
            Admission a = e.admission();
            committedKeys.add(ArticleKeys.key('i', a.id()));
            if (a.canonicalUrl() != null) committedKeys.add(ArticleKeys.key('u', a.canonicalUrl()));
            committedKeys.add(ArticleKeys.key('t', a.textHash()));
            release(a);
        }
        return last;
    }

    private static FullTextIndex.Entry indexEntry(Entry e) {
        Doc d = e.doc();
        return new FullTextIndex.Entry(e.logId(), d.id(), d.url(), outlet(d), d.published(), d.language(), d.title(), d.text());
    }

    private void writeRows() throws SQLException {
        LocalDateTime now = LocalDateTime.now(ZoneOffset.UTC);
        Map<String, Long[]> sources = new LinkedHashMap<>();
        try (Rows log = new Rows(db, "ingest_log"); Rows articles = new Rows(db, "articles");
             Rows entities = new Rows(db, "entities"); Rows mentions = new Rows(db, "mentions");
             Rows quotes = new Rows(db, "quotes"); Rows attributions = new Rows(db, "attributions");
             Rows eventMentions = new Rows(db, "event_mentions")) {
            for (Entry e : batch) {
                log.row(e.logId(), e.input(), e.status(), e.articleId(), e.error(), now);
                Doc d = e.doc();
                if (d == null) continue;
                String source = outlet(d);
                LocalDate day = day(d.published());
                Double[] tone = d.tone() == null ? new Double[5]
                        : new Double[]{d.tone().tone(), d.tone().positive(), d.tone().negative(), d.tone().polarity(), (double) d.tone().words()};
                articles.row(e.logId(), d.id(), d.url(), e.admission().canonicalUrl(), e.admission().textHash(), source,
                        d.outlet(), d.title(), d.language(), d.published(), day,
                        d.dateline() == null ? null : d.dateline().place(), d.dateline() == null ? null : d.dateline().outlet(),
                        d.text().length(), tone[0], tone[1], tone[2], tone[3], tone[4] == null ? null : tone[4].intValue(),
                        d.text(), ArticleJson.write(d, false));
                if (source != null) {
                    sources.computeIfAbsent(source, k -> new Long[]{0L, e.logId()})[0]++;
                }
                for (Entity en : d.entities()) {
                    entities.row(d.id(), en.id(), en.name(), en.type().name(), en.kb(), en.country(), en.actor(), en.mentions().size());
                    for (Mention m : en.mentions()) {
                        mentions.row(d.id(), en.id(), m.start(), m.end(), m.text(), m.kind().name());
                    }
                }
                int qn = 0;
                for (Quote q : d.quotes()) {
                    Entity sp = q.speaker() == null ? null : d.entity(q.speaker());
                    quotes.row(d.id(), qn++, q.start(), q.end(), q.text(), q.direct(), q.speaker(),
                            sp == null ? null : sp.name(), sp == null ? null : sp.actor(), q.cue() == null ? null : q.cue().text());
                }
                int an = 0;
                for (Attribution at : d.attributions()) {
                    attributions.row(d.id(), an++, at.start(), at.end(), at.text(), at.source(), at.entity());
                }
                int vn = 0;
                for (Event v : d.events()) {
                    eventMentions.row(eventMentionRow(e.logId(), vn++, d, v, source, day));
                }
            }
        }
        upsertSources(sources);
    }

    private Object[] eventMentionRow(long seq, int no, Doc d, Event v, String source, LocalDate published) {
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

    static String outlet(Doc d) {
        if (d.outlet() != null && !d.outlet().isBlank()) return d.outlet();
        if (d.dateline() != null && d.dateline().outlet() != null) return d.dateline().outlet();
        return ArticleKeys.host(d.url());
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private void upsertSources(Map<String, Long[]> sources) throws SQLException {
        if (sources.isEmpty()) return;
        try (PreparedStatement upd = db.prepareStatement("UPDATE sources SET articles = articles + ? WHERE source = ?");
             PreparedStatement ins = db.prepareStatement("INSERT INTO sources VALUES (?, ?, ?, ?)")) {
            for (Map.Entry<String, Long[]> s : sources.entrySet()) {
                upd.setLong(1, s.getValue()[0]);
                upd.setString(2, s.getKey());
                if (upd.executeUpdate() == 0) {
                    ins.setString(1, s.getKey());
                    ins.setString(2, domainOf(s.getKey()));
                    ins.setLong(3, s.getValue()[0]);
                    ins.setLong(4, s.getValue()[1]);
                    ins.executeUpdate();
                }
            }
        }
    }

    private String domainOf(String source) throws SQLException {
        try (PreparedStatement ps = db.prepareStatement("SELECT url FROM articles WHERE source = ? AND url IS NOT NULL LIMIT 1")) {
            ps.setString(1, source);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? ArticleKeys.host(rs.getString(1)) : null;
            }
        }
    }

    /**
     * Merges the batch's event mentions into events: a mention whose key (source actor, root
     * code, target actor, day, place, negation) is new creates an event, numbered in ingest
     * order; then every touched event's counts are recomputed from all its mentions.
     */
    private void mergeEvents(long first, long last) throws SQLException {
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

    void closeAppenders() {
        // appenders live only inside a commit; nothing is held between batches
    }

    /** One appender for one table, closed (flushed) inside the batch's transaction. */
    private static final class Rows implements AutoCloseable {
        private final DuckDBAppender app;

        Rows(DuckDBConnection db, String table) throws SQLException {
            app = db.createAppender(DuckDBConnection.DEFAULT_SCHEMA, table);
        }

        void row(Object... values) throws SQLException {
            app.beginRow();
            for (Object v : values) {
                if (v == null) app.appendNull();
                else if (v instanceof String s) app.append(s);
                else if (v instanceof Integer i) app.append(i.intValue());
                else if (v instanceof Long l) app.append(l.longValue());
                else if (v instanceof Double x) app.append(x.doubleValue());
                else if (v instanceof Boolean b) app.append(b.booleanValue());
                else if (v instanceof LocalDate d) app.append(d);
                else if (v instanceof LocalDateTime t) app.append(t);
                else throw new IllegalArgumentException("cannot append a " + v.getClass().getSimpleName());
            }
            app.endRow();
        }

        @Override
        public void close() throws SQLException {
            app.close();
        }
    }
}
