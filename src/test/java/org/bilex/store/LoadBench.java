package org.bilex.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Locale;

/**
 * Load speed, not a test: copies one bilex JSON file N times with different PDF hashes and
 * names, then loads the folder into a new SQLite file and, when a URL is given, into a new
 * schema of a PostgreSQL database; prints documents per second for the first load and for a
 * second load of the same folder (every document unchanged).
 *
 * <pre>java -cp … org.bilex.store.LoadBench FILE.json N [jdbc:postgresql://…]</pre>
 */
public final class LoadBench {

    public static void main(String[] args) throws Exception {
        Path json = Path.of(args[0]);
        int n = Integer.parseInt(args[1]);
        ObjectMapper m = new ObjectMapper();
        Path dir = Files.createTempDirectory("bilex-bench");
        for (int i = 0; i < n; i++) {
            ObjectNode root = (ObjectNode) m.readTree(json.toFile());
            ObjectNode doc = (ObjectNode) root.get("document");
            doc.put("sha256", String.format("%064x", i + 1));
            doc.put("name", doc.get("name").asText() + "-" + i);
            Files.write(dir.resolve(String.format("doc-%05d.json", i)), m.writeValueAsBytes(root));
        }
        long bytes = Files.size(json) * n;
        System.out.printf(Locale.ROOT, "%d documents of %d sentences… (%.1f MB of JSON) in %s%n", n,
                m.readTree(json.toFile()).get("sentences").size(), bytes / 1e6, dir);
        run("sqlite", "jdbc:sqlite:" + dir.resolve("bench.db"), dir);
        if (args.length > 2) {
            String schema = "bilex_bench_" + Long.toHexString(System.nanoTime());
            try (Connection c = Database.connect(args[2], null, null); Statement s = c.createStatement()) {
                s.execute("CREATE SCHEMA " + schema);
                c.commit();
            }
            try {
                run("postgresql", args[2] + (args[2].contains("?") ? "&" : "?") + "currentSchema=" + schema, dir);
            } finally {
                try (Connection c = Database.connect(args[2], null, null); Statement s = c.createStatement()) {
                    s.execute("DROP SCHEMA " + schema + " CASCADE");
                    c.commit();
                }
            }
        }
    }

    private static void run(String name, String url, Path dir) throws Exception {
        PrintStream err = System.err;
        for (String pass : new String[]{"first load", "reload (unchanged)"}) {
            try (Connection c = Database.connect(url, null, null)) {
                LoadRun.Summary s = LoadRun.run(c, dir, false, err);
                System.out.printf(Locale.ROOT, "%-10s %-19s %s%n", name, pass, s.line());
            }
        }
    }
}
