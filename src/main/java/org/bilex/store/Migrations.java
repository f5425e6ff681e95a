package org.bilex.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Versioned schema migrations: {@code db/migration/V<n>__<what>.sql} on the class path, listed
 * in {@code db/migration/migrations.txt} and applied in order, each in its own transaction, each
 * recorded in {@code schema_version} (version, description, SHA-256 of the file, time). A
 * migration that was applied with other contents, or a database newer than this bilex, stops
 * the load.
 */
public final class Migrations {

    static final String DIR = "db/migration/";
    private static final Pattern NAME = Pattern.compile("V(\\d+)__(\\w+)\\.sql");

    /** One migration file. */
    public record Migration(int version, String description, String sql, String checksum) {
    }

    private Migrations() {
    }

    /** The migrations this bilex has, by version. */
    public static List<Migration> available() {
        List<Migration> out = new ArrayList<>();
        for (String line : resource("migrations.txt").split("\n")) {
            String name = line.strip();
            if (name.isEmpty() || name.startsWith("#")) continue;
            Matcher m = NAME.matcher(name);
            if (!m.matches()) throw new IllegalStateException(DIR + "migrations.txt: bad name " + name);
            String sql = resource(name);
            out.add(new Migration(Integer.parseInt(m.group(1)), m.group(2).replace('_', ' '), sql, sha256(sql)));
        }
        for (int i = 0; i < out.size(); i++) {
            if (out.get(i).version() != i + 1) throw new IllegalStateException(DIR + ": versions must be 1, 2, 3 …");
        }
        return out;
    }

    /** The newest version this bilex knows. */
    public static int latest() {
        return available().size();
    }

    /**
     * Brings the database up to the newest version.
     *
     * @return the versions applied now (empty when it was up to date)
     */
    public static List<Integer> migrate(Connection c, Dialect d) throws SQLException, StoreException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, "
                    + "description TEXT NOT NULL, checksum TEXT NOT NULL, applied_at TEXT NOT NULL)");
        }
        c.commit();
        Map<Integer, String> applied = new TreeMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT version, checksum FROM schema_version")) {
            while (rs.next()) applied.put(rs.getInt(1), rs.getString(2));
        }
        c.commit();
        List<Migration> all = available();
        for (Map.Entry<Integer, String> e : applied.entrySet()) {
            if (e.getKey() > all.size()) {
                throw new StoreException("the database is at schema version " + e.getKey()
                        + ", newer than this bilex knows (" + all.size() + "): use a newer bilex", false, null);
            }
            if (!all.get(e.getKey() - 1).checksum().equals(e.getValue())) {
                throw new StoreException("schema version " + e.getKey() + " of the database was applied from a different "
                        + "migration file than this bilex has", false, null);
            }
        }
        List<Integer> done = new ArrayList<>();
        for (Migration m : all) {
            if (applied.containsKey(m.version())) continue;
            try {
                try (Statement s = c.createStatement()) {
                    for (String stmt : statements(d.expand(m.sql()))) s.execute(stmt);
                }
                try (PreparedStatement ps = c.prepareStatement(
                        "INSERT INTO schema_version (version, description, checksum, applied_at) VALUES (?, ?, ?, ?)")) {
                    ps.setInt(1, m.version());
                    ps.setString(2, m.description());
                    ps.setString(3, m.checksum());
                    ps.setString(4, Instant.now().truncatedTo(ChronoUnit.SECONDS).toString());
                    ps.executeUpdate();
                }
                c.commit();
                done.add(m.version());
            } catch (SQLException e) {
                c.rollback();
                throw e;
            }
        }
        return done;
    }

    /** The statements of a script: comments out, split at semicolons that end a line. */
    static List<String> statements(String sql) {
        StringBuilder clean = new StringBuilder();
        for (String line : sql.split("\n")) {
            int dash = line.indexOf("--");
            clean.append(dash >= 0 ? line.substring(0, dash) : line).append('\n');
        }
        List<String> out = new ArrayList<>();
        for (String part : clean.toString().split(";\\s*\n")) {
            String s = part.strip();
            if (s.endsWith(";")) s = s.substring(0, s.length() - 1).strip();
            if (!s.isEmpty()) out.add(s);
        }
        return out;
    }

    private static String resource(String name) {
        try (InputStream in = Migrations.class.getClassLoader().getResourceAsStream(DIR + name)) {
            if (in == null) throw new IllegalStateException(DIR + name + " is not on the class path");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).replace("\r\n", "\n");
        } catch (IOException e) {
            throw new IllegalStateException(DIR + name + ": " + e.getMessage(), e);
        }
    }

    private static String sha256(String s) {
        return org.bilex.core.Digests.sha256(s);
    }
}
