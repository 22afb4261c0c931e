package dev.pantau.store;

import org.duckdb.DuckDBConnection;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A Pantau store: a directory holding a DuckDB file ({@value #DB_FILE}) with the analysed
 * articles, their entities, quotes, sources and events, and a Lucene index ({@value #INDEX_DIR})
 * for full-text search.
 *
 * <p>DuckDB is the record of truth: each batch of articles is one DuckDB transaction, and only
 * after it commits is the batch added to Lucene and committed there, with the batch's last
 * ingest-log id as the index's watermark. Opening a store reconciles the two: articles above the
 * watermark are indexed from DuckDB, index entries DuckDB does not have are deleted. So a crash
 * or {@code kill -9} at any moment loses at most the batch in flight, and leaves both sides
 * consistent. DuckDB locks its file: one process has a store open at a time.
 */
public final class PantauStore implements AutoCloseable {
    public static final String DB_FILE = "pantau.duckdb";
    public static final String INDEX_DIR = "lucene";
    public static final String ERRORS_FILE = "ingest-errors.tsv";

    private final Path dir;
    private final DuckDBConnection db;
    private final FullTextIndex index;
    private final Reconciliation reconciliation;
    private Ingestor ingestor;

    /** What opening the store did to bring the index in line with DuckDB. */
    public record Reconciliation(long indexed, long deleted, boolean rebuilt) {
        public boolean changed() {
            return indexed > 0 || deleted > 0 || rebuilt;
        }
    }

    private PantauStore(Path dir, DuckDBConnection db, FullTextIndex index) {
        this.dir = dir;
        this.db = db;
        this.index = index;
        try {
            this.reconciliation = reconcile();
        } catch (SQLException | IOException e) {
            close();
            throw new StoreException("cannot reconcile the full-text index of " + dir + " with its database: " + e.getMessage(), e);
        }
    }

    /** Opens the store in {@code dir}, creating it when the directory is empty or absent. */
    public static PantauStore open(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new StoreException("cannot create the store directory " + dir + ": " + e.getMessage(), e);
        }
        if (!Files.isDirectory(dir)) throw new StoreException(dir + " is not a directory");
        DuckDBConnection db;
        try {
            Class.forName("org.duckdb.DuckDBDriver");
            db = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:" + dir.resolve(DB_FILE).toAbsolutePath());
        } catch (SQLException e) {
            String m = String.valueOf(e.getMessage());
            if (m.contains("lock")) {
                throw new StoreException("the store " + dir + " is in use by another process (a store is opened by one process at a time): " + firstLine(m), e);
            }
            throw new StoreException("cannot open the database " + dir.resolve(DB_FILE) + ": " + firstLine(m), e);
        } catch (ClassNotFoundException e) {
            throw new StoreException("the DuckDB JDBC driver is not on the class path", e);
        }
        try {
            createSchema(db);
        } catch (SQLException e) {
            closeQuietly(db);
            throw new StoreException("cannot create the tables of " + dir.resolve(DB_FILE) + ": " + firstLine(e.getMessage()), e);
        }
        FullTextIndex index;
        try {
            index = new FullTextIndex(dir.resolve(INDEX_DIR));
        } catch (RuntimeException e) {
            closeQuietly(db);
            throw e;
        }
        return new PantauStore(dir, db, index);
    }

    private static void createSchema(Connection db) throws SQLException {
        try (Statement st = db.createStatement()) {
            for (String ddl : Schema.TABLES) st.execute(ddl);
            try (ResultSet rs = st.executeQuery("SELECT value FROM store_info WHERE key = 'schema'")) {
                if (rs.next()) {
                    if (!rs.getString(1).equals(Integer.toString(Schema.VERSION))) {
                        throw new SQLException("store schema version " + rs.getString(1) + " is not " + Schema.VERSION + ", the version this pantau reads");
                    }
                } else {
                    st.execute("INSERT INTO store_info VALUES ('schema', '" + Schema.VERSION + "')");
                }
            }
        }
    }

    private Reconciliation reconcile() throws SQLException, IOException {
        long dbLast = scalarLong("SELECT coalesce(max(log_id), 0) FROM ingest_log");
        long mark = index.watermark();
        long deleted = 0, indexed = 0;
        if (mark > dbLast) {
            // the index holds a batch DuckDB does not (e.g. the database was restored): drop it
            deleted = index.deleteAfter(dbLast);
            mark = dbLast;
        }
        if (scalarLong("SELECT count(*) FROM articles WHERE seq > " + mark) > 0) {
            indexed = indexArticles("WHERE seq > " + mark);
        }
        if (deleted > 0 || indexed > 0 || mark != index.watermark()) index.commit(dbLast);
        long inDb = scalarLong("SELECT count(*) FROM articles");
        if (index.numDocs() != inDb) {
            // should not happen; if the index was tampered with, rebuild it rather than serve a wrong answer
            index.deleteAll();
            long n = indexArticles("");
            index.commit(dbLast);
            return new Reconciliation(n, deleted, true);
        }
        return new Reconciliation(indexed, deleted, false);
    }

    private long indexArticles(String where) throws SQLException, IOException {
        long n = 0;
        try (Statement st = db.createStatement();
             ResultSet rs = st.executeQuery("SELECT seq, id, url, outlet, published, language, title, text FROM articles " + where + " ORDER BY seq")) {
            while (rs.next()) {
                index.add(new FullTextIndex.Entry(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5), rs.getString(6), rs.getString(7), rs.getString(8)));
                n++;
            }
        }
        return n;
    }

    long scalarLong(String sql) throws SQLException {
        try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** The store's directory. */
    public Path dir() {
        return dir;
    }

    /** What opening did to reconcile the full-text index with the database. */
    public Reconciliation reconciliation() {
        return reconciliation;
    }

    private final EventCache eventCache = new EventCache();

    /** Pages of events kept by the queries between commits; the writer clears it on every commit. */
    EventCache eventCache() {
        return eventCache;
    }

    /** The one writer of this store (created on first use). */
    public synchronized Ingestor ingestor() {
        if (ingestor == null) {
            try {
                ingestor = new Ingestor(this, db, index);
            } catch (SQLException e) {
                throw new StoreException("cannot prepare the ingest into " + dir + ": " + firstLine(e.getMessage()), e);
            }
        }
        return ingestor;
    }

    /** Queries over the stored articles and events. */
    public StoreQueries queries() {
        return new StoreQueries(db, index, eventCache);
    }

    private final java.util.List<java.sql.Connection> readers = new java.util.concurrent.CopyOnWriteArrayList<>();

    /**
     * Queries on a DuckDB connection of their own (closed with the store), so that readers on
     * several threads, one such instance each, run in parallel and see what the writer committed.
     */
    public StoreQueries readerQueries() {
        try {
            DuckDBConnection c = (DuckDBConnection) db.duplicate();
            c.setAutoCommit(true); // each query its own snapshot: a reader sees every later commit
            readers.add(c);
            return new StoreQueries(c, index, eventCache);
        } catch (SQLException e) {
            throw new StoreException("cannot open a reader connection: " + firstLine(e.getMessage()), e);
        }
    }

    /** Exports in GDELT, JSON Lines, CSV and Parquet formats. */
    public Exporter exporter() {
        return new Exporter(db);
    }

    /** Row counts of every data table, in {@link Schema#DATA_TABLES} order. */
    public java.util.Map<String, Long> counts() {
        java.util.Map<String, Long> m = new java.util.LinkedHashMap<>();
        try {
            for (String t : Schema.DATA_TABLES) m.put(t, scalarLong("SELECT count(*) FROM " + t));
        } catch (SQLException e) {
            throw new StoreException("cannot count rows: " + firstLine(e.getMessage()), e);
        }
        return m;
    }

    /** Runs a read-only SQL query (for tools and tests); the caller closes the result set's statement. */
    public ResultTable sql(String query, Object... params) {
        try (PreparedStatement ps = db.prepareStatement(query)) {
            for (int i = 0; i < params.length; i++) ps.setObject(i + 1, params[i]);
            try (ResultSet rs = ps.executeQuery()) {
                return ResultTable.of(rs);
            }
        } catch (SQLException e) {
            throw new StoreException("query failed: " + firstLine(e.getMessage()), e);
        }
    }

    /** Number of documents in the committed full-text index (for checks and tests). */
    public long indexedArticles() {
        try {
            return index.numDocs();
        } catch (IOException e) {
            throw new StoreException("cannot read the full-text index: " + e.getMessage(), e);
        }
    }

    FullTextIndex index() {
        return index;
    }

    Connection connection() {
        return db;
    }

    @Override
    public void close() {
        RuntimeException failure = null;
        try {
            if (ingestor != null) ingestor.closeAppenders();
        } catch (RuntimeException e) {
            failure = e;
        }
        try {
            index.close();
        } catch (RuntimeException e) {
            if (failure == null) failure = e;
        } catch (Exception ignored) {
            // already closed (a simulated crash rolled it back)
        }
        readers.forEach(PantauStore::closeQuietly);
        closeQuietly(db);
        if (failure != null) throw failure;
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // nothing left to do for a connection that will not close
        }
    }

    static String firstLine(String s) {
        if (s == null) return "unknown error";
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
