package org.bilex.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/** The load contract on SQLite, the embedded default: a new database file per test. */
class SqliteLoadTest extends LoadContract {

    private int n;

    @Override
    String newDatabase() throws Exception {
        return "jdbc:sqlite:" + Files.createDirectories(tmp.resolve("db")).resolve("bilex-" + (++n) + ".db");
    }

    @Override
    void refuseEvidence(Connection c, String trigger) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TRIGGER refuse_evidence BEFORE INSERT ON evidence WHEN NEW.trigger_text = '"
                    + trigger.replace("'", "''") + "' BEGIN SELECT RAISE(ABORT, 'refused by the test'); END");
        }
    }

    @Override
    Map<String, String> unusable() throws Exception {
        Map<String, String> out = new LinkedHashMap<>();
        out.put("jdbc:sqlite:" + tmp.resolve("no/such/folder/bilex.db"), "cannot connect to jdbc:sqlite:");
        Path notADatabase = Files.writeString(tmp.resolve("notes.db"), "These are notes, not a database.\n".repeat(200));
        out.put("jdbc:sqlite:" + notADatabase, "not a database");
        return out;
    }
}
