package org.bilex.store;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/** Opens a JDBC connection to SQLite or PostgreSQL, ready for loading, with one-line errors. */
public final class Database {

    /** The embedded default. */
    public static final String DEFAULT_URL = "jdbc:sqlite:bilex.db";

    private Database() {
    }

    /**
     * @param url      {@code jdbc:sqlite:FILE} or {@code jdbc:postgresql://HOST:PORT/DB}
     * @param user     user name, or null for the one in the URL (or none)
     * @param password password, or null for the one in the URL (or none)
     */
    public static Connection connect(String url, String user, String password) throws StoreException {
        Dialect d = Dialect.of(url);
        if (d == null) {
            throw new StoreException("unsupported database URL " + redact(url)
                    + " (use jdbc:sqlite:FILE or jdbc:postgresql://HOST:PORT/DATABASE)", true, null);
        }
        Properties p = new Properties();
        if (user != null) p.setProperty("user", user);
        if (password != null) p.setProperty("password", password);
        if (d == Dialect.POSTGRESQL) {
            p.setProperty("reWriteBatchedInserts", "true");
            p.setProperty("connectTimeout", "10");
            p.setProperty("ApplicationName", "bilex");
        }
        Connection c;
        try {
            c = DriverManager.getConnection(url, p);
        } catch (SQLException e) {
            throw new StoreException("cannot connect to " + redact(url) + ": " + reason(e), false, e);
        }
        try {
            if (d == Dialect.SQLITE) {
                try (Statement s = c.createStatement()) {
                    s.execute("PRAGMA foreign_keys = ON");
                    s.execute("PRAGMA busy_timeout = 10000");
                    // a write-ahead log: one sync per committed document instead of several, readers not blocked
                    s.execute("PRAGMA journal_mode = WAL");
                    s.execute("PRAGMA synchronous = NORMAL");
                }
            }
            c.setAutoCommit(false);
            return c;
        } catch (SQLException e) {
            close(c);
            throw new StoreException("cannot use " + redact(url) + ": " + reason(e), false, e);
        }
    }

    /** The URL with any password in it replaced by ***. */
    public static String redact(String url) {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***").replaceAll("(//[^/:@]*:)[^/@]*@", "$1***@");
    }

    /**
     * The driver's message on one line (PostgreSQL's server messages have a line per detail), at
     * most 300 characters. For a failed batch, the server's error rather than the batch's text.
     */
    public static String reason(SQLException e) {
        if (e instanceof java.sql.BatchUpdateException && e.getNextException() != null) e = e.getNextException();
        String m = e.getMessage() == null ? e.toString() : e.getMessage();
        m = m.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
        if (m.startsWith("[SQLITE_")) m = m.replaceFirst("^\\[SQLITE_[A-Z_]+]\\s*", "");
        return m.length() > 300 ? m.substring(0, 299) + "…" : m;
    }

    static void close(Connection c) {
        try {
            c.close();
        } catch (SQLException ignored) {
            // nothing to do
        }
    }
}
