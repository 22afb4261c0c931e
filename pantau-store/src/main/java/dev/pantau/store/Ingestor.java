package dev.pantau.store;

import dev.pantau.doc.Article;
import dev.pantau.doc.ArticleJson;
import dev.pantau.doc.Attribution;
import dev.pantau.doc.Doc;
import dev.pantau.doc.Entity;
import dev.pantau.doc.Event;
import dev.pantau.doc.Mention;
import dev.pantau.doc.Quote;
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
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
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
            EventMerger.merge(db, first, last);
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
        } finally {
            store.eventCache().invalidate(); // after the COMMIT (or the rollback): readers re-read the events
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
                LocalDate day = EventMerger.day(d.published());
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
                    eventMentions.row(EventMerger.mentionRow(e.logId(), vn++, d, v, source, day));
                }
            }
        }
        upsertSources(sources);
    }

    static String outlet(Doc d) {
        if (d.outlet() != null && !d.outlet().isBlank()) return d.outlet();
        if (d.dateline() != null && d.dateline().outlet() != null) return d.dateline().outlet();
        return ArticleKeys.host(d.url());
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
