package dev.pantau.store;

import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The DuckDB behaviour the ingest relies on: appended rows belong to the connection's
 * transaction only once a statement has begun it. An appender used first commits on its own;
 * the crash test found that (half a batch survived a kill -9), hence the statement the
 * ingest runs before its appenders.
 */
class AppenderTransactionTest {
    @TempDir
    Path dir;

    private long rowsAfterRollback(boolean statementFirst) throws Exception {
        try (DuckDBConnection c = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:" + dir.resolve("t" + statementFirst + ".duckdb"))) {
            try (Statement st = c.createStatement()) {
                st.execute("CREATE TABLE t (x INTEGER)");
            }
            c.setAutoCommit(false);
            if (statementFirst) {
                try (Statement st = c.createStatement()) {
                    st.execute("SELECT 1");
                }
            }
            try (DuckDBAppender a = c.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "t")) {
                a.beginRow().append(1).endRow();
            }
            c.rollback();
            try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT count(*) FROM t")) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    @Test
    void appendedRowsRollBackOnceAStatementBeganTheTransaction() throws Exception {
        assertEquals(0, rowsAfterRollback(true));
    }

    @Test
    void anAppenderBeforeAnyStatementCommitsOnItsOwn() throws Exception {
        // if a DuckDB upgrade changes this, the ingest stays correct; this test just records why it begins with a statement
        assertEquals(1, rowsAfterRollback(false));
    }
}
