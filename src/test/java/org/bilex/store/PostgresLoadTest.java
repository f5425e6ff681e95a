package org.bilex.store;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;

import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The load contract on PostgreSQL, at {@code BILEX_TEST_PG_URL} (a JDBC URL with user and
 * password) when it is set; otherwise the tests start a throwaway server themselves with
 * {@code .ci/postgres.sh start} (Debian's PostgreSQL binaries under /usr/lib/postgresql) and stop
 * it at the end. Each test gets a schema of its own, dropped at the end. Without binaries (or a
 * reachable server) the tests are skipped with a message on the console, except under CI (the
 * variable {@code CI} set), where they fail.
 */
class PostgresLoadTest extends LoadContract {

    static String base;
    static String skipped;
    static final List<String> schemas = new ArrayList<>();

    /** The folder of the server this class started, or null. */
    static String ownServer;

    @BeforeAll
    static void server() {
        String url = System.getenv("BILEX_TEST_PG_URL");
        String why = null;
        if (url == null || url.isBlank()) {
            try {
                url = startServer();
            } catch (Exception e) {
                why = "BILEX_TEST_PG_URL is not set and no server could be started (" + e.getMessage() + ")";
            }
        }
        if (why == null) {
            try (Connection c = Database.connect(url, null, null)) {
                c.rollback();
            } catch (StoreException | SQLException e) {
                why = e.getMessage();
            }
        }
        if (why != null) {
            String ci = System.getenv("CI");
            if (ci != null && !ci.isBlank() && !ci.equalsIgnoreCase("false")) {
                Assertions.fail("PostgreSQL tests cannot run under CI: " + why + " (.ci/run starts a server with .ci/postgres.sh)");
            }
            skipped = "PostgreSQL tests skipped: " + why + "; eval \"$(.ci/postgres.sh start)\" starts a throwaway server";
            System.err.println(skipped);
            return;
        }
        base = url;
    }

    /** Each test reports itself skipped, so that the skip shows in the counts. */
    @BeforeEach
    void needsServer() {
        if (skipped != null) Assumptions.abort(skipped);
    }

    @AfterAll
    static void dropSchemas() throws Exception {
        try {
            if (base == null) return;
            try (Connection c = Database.connect(base, null, null); Statement s = c.createStatement()) {
                for (String schema : schemas) s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
                c.commit();
            }
        } finally {
            if (ownServer != null) {
                new ProcessBuilder("bash", ".ci/postgres.sh", "stop", ownServer).redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor(60, java.util.concurrent.TimeUnit.SECONDS);
                ownServer = null;
            }
        }
    }

    /** Starts a throwaway server with .ci/postgres.sh (which prints its URL and folder as export lines). */
    static String startServer() throws Exception {
        java.nio.file.Path log = java.nio.file.Files.createTempFile("bilex-pg-start", ".log");
        Process p = new ProcessBuilder("bash", ".ci/postgres.sh", "start").redirectError(log.toFile()).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        if (!p.waitFor(120, java.util.concurrent.TimeUnit.SECONDS) || p.exitValue() != 0) {
            String err = java.nio.file.Files.readString(log).strip();
            throw new IllegalStateException(".ci/postgres.sh start failed: " + err.lines().reduce((a, b) -> b).orElse("?"));
        }
        java.nio.file.Files.deleteIfExists(log);
        String url = null;
        for (String line : out.split("\n")) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("export (\\w+)='(.*)'").matcher(line.strip());
            if (!m.matches()) continue;
            if (m.group(1).equals("BILEX_TEST_PG_URL")) url = m.group(2);
            if (m.group(1).equals("BILEX_TEST_PG_DIR")) ownServer = m.group(2);
        }
        if (url == null) throw new IllegalStateException(".ci/postgres.sh printed no URL");
        return url;
    }

    @Override
    String newDatabase() throws Exception {
        String schema = "bilex_test_" + Long.toHexString(System.nanoTime()) + "_" + schemas.size();
        try (Connection c = Database.connect(base, null, null); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
            c.commit();
        }
        schemas.add(schema);
        return base + (base.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    @Override
    void refuseEvidence(Connection c, String trigger) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE FUNCTION refuse_evidence() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                    + "IF NEW.trigger_text = '" + trigger.replace("'", "''") + "' THEN RAISE EXCEPTION 'refused by the test'; "
                    + "END IF; RETURN NEW; END $$");
            s.execute("CREATE TRIGGER refuse_evidence BEFORE INSERT ON evidence FOR EACH ROW EXECUTE FUNCTION refuse_evidence()");
        }
    }

    @Override
    Map<String, String> unusable() throws Exception {
        Map<String, String> out = new LinkedHashMap<>();
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        out.put(base.replaceFirst("//[^/]+/", "//127.0.0.1:" + port + "/"), "refused");
        out.put(base.replaceFirst("password=[^&]*", "password=wrong"), "password authentication failed");
        out.put(base.replaceFirst("user=[^&]*", "user=nobody"), "nobody");
        return out;
    }
}
