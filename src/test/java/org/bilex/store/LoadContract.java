package org.bilex.store;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.bilex.cli.Main;
import org.bilex.output.CorpusOutput;
import org.bilex.output.StoredDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * What {@code bilex load} promises, run against each database: {@link SqliteLoadTest} and
 * {@link PostgresLoadTest} pass the same tests. Every test gets an empty database of its own.
 */
abstract class LoadContract {

    static final ObjectMapper M = new ObjectMapper();
    static final List<String> TABLES = List.of("documents", "sentences", "concepts", "entities", "mentions", "relations", "evidence");
    static final Map<String, String> ORDER = Map.of(
            "documents", "doc_id", "sentences", "doc_id, sentence_id", "concepts", "concept_id",
            "entities", "doc_id, entity_id", "mentions", "doc_id, entity_id, mention_no",
            "relations", "doc_id, relation_id", "evidence", "doc_id, relation_id, evidence_no");

    @TempDir
    Path tmp;

    static byte[] corpusJson;
    static StoredDocument corpusDoc;

    @BeforeAll
    static void corpus() throws Exception {
        corpusJson = Files.readAllBytes(CorpusOutput.files().get(0));
        corpusDoc = StoredDocument.parse(corpusJson);
    }

    /** The URL of a new, empty database (with credentials). */
    abstract String newDatabase() throws Exception;

    /** Makes inserting evidence with this trigger text fail inside the database. */
    abstract void refuseEvidence(Connection c, String trigger) throws SQLException;

    /** URLs that cannot be used, each with a part of the one-line message it must give. */
    abstract Map<String, String> unusable() throws Exception;

    Connection connect(String url) throws StoreException {
        return Database.connect(url, null, null);
    }

    LoadRun.Summary load(String url, Path dir, boolean prune) throws Exception {
        try (Connection c = connect(url)) {
            return LoadRun.run(c, dir, prune, System.err);
        }
    }

    LoadRun.Summary load(String url, Path dir, boolean prune, ByteArrayOutputStream err) throws Exception {
        try (Connection c = connect(url)) {
            return LoadRun.run(c, dir, prune, new PrintStream(err, true, StandardCharsets.UTF_8));
        }
    }

    Path folder(String name) throws Exception {
        return Files.createDirectories(tmp.resolve(name));
    }

    Path withCorpus(String name) throws Exception {
        Path dir = folder(name);
        Files.write(dir.resolve("paper.json"), corpusJson);
        return dir;
    }

    static Map<String, Long> counts(Connection c) throws SQLException {
        Map<String, Long> out = new LinkedHashMap<>();
        try (Statement s = c.createStatement()) {
            for (String t : TABLES) {
                try (ResultSet rs = s.executeQuery("SELECT count(*) FROM " + t)) {
                    rs.next();
                    out.put(t, rs.getLong(1));
                }
            }
        }
        c.commit();
        return out;
    }

    Map<String, Long> counts(String url) throws Exception {
        try (Connection c = connect(url)) {
            return counts(c);
        }
    }

    /** Every row of every table, as text, in key order. */
    Map<String, List<String>> snapshot(String url) throws Exception {
        Map<String, List<String>> out = new LinkedHashMap<>();
        try (Connection c = connect(url)) {
            for (String t : TABLES) out.put(t, query(c, "SELECT * FROM " + t + " ORDER BY " + ORDER.get(t)));
        }
        return out;
    }

    /** The rows of a query, each as its values joined by " | "; booleans as 1/0 so that databases agree. */
    static List<String> query(Connection c, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            ResultSetMetaData md = rs.getMetaData();
            while (rs.next()) {
                StringBuilder sb = new StringBuilder();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    if (i > 1) sb.append(" | ");
                    Object v = rs.getObject(i);
                    sb.append(v instanceof Boolean b ? (b ? "1" : "0") : v == null ? "NULL" : rs.getString(i));
                }
                rows.add(sb.toString());
            }
        }
        c.commit();
        return rows;
    }

    static Map<String, Long> expected(StoredDocument... docs) {
        Map<String, Long> out = new LinkedHashMap<>();
        Set<String> concepts = new HashSet<>();
        long s = 0, e = 0, m = 0, r = 0, ev = 0;
        for (StoredDocument d : docs) {
            s += d.sentences().size();
            e += d.entities().size();
            r += d.relations().size();
            for (StoredDocument.Entity x : d.entities()) {
                m += x.mentions().size();
                concepts.add(x.type() + "\t" + (x.xref() != null ? x.xref() : x.canonical()));
            }
            for (StoredDocument.Relation x : d.relations()) ev += x.evidence().size();
        }
        out.put("documents", (long) docs.length);
        out.put("sentences", s);
        out.put("concepts", (long) concepts.size());
        out.put("entities", e);
        out.put("mentions", m);
        out.put("relations", r);
        out.put("evidence", ev);
        return out;
    }

    /** The corpus document edited: a new PDF hash (and name) and/or other changes. */
    static byte[] variant(String sha256, String name, java.util.function.Consumer<ObjectNode> change) throws Exception {
        ObjectNode root = (ObjectNode) M.readTree(corpusJson);
        ObjectNode doc = (ObjectNode) root.get("document");
        if (sha256 != null) doc.put("sha256", sha256);
        if (name != null) doc.put("name", name);
        if (change != null) change.accept(root);
        return M.writerWithDefaultPrettyPrinter().writeValueAsBytes(root);
    }

    static String sha(int i) {
        return String.format("%064x", i);
    }

    // ---------------------------------------------------------------------------------------

    @Test
    void loadsEveryRowOfTheCorpusOutput() throws Exception {
        String url = newDatabase();
        LoadRun.Summary s = load(url, CorpusOutput.dir(), false);
        assertEquals(CorpusOutput.files().size(), s.added(), s.line());
        assertEquals(0, s.skipped() + s.failed(), s.line());
        assertEquals(expected(corpusDoc), counts(url));
        try (Connection c = connect(url)) {
            assertEquals(List.of("1 | init"), query(c, "SELECT version, description FROM schema_version"));
            assertEquals(List.of(corpusDoc.document().name() + " | " + corpusDoc.document().sha256() + " | bilex-document/1 | "
                    + corpusDoc.document().pages() + " | [\"en\",\"zh\"]"),
                    query(c, "SELECT name, sha256, format, pages, languages FROM documents"));
            StoredDocument.Entity t1 = corpusDoc.entities().get(0);
            StoredDocument.Mention m1 = t1.mentions().get(0);
            // offsets are code points: SQL substr counts characters in both databases
            assertEquals(List.of(m1.text() + " | " + m1.text()), query(c, "SELECT m.text, substr(s.text, m.start_offset + 1, "
                    + "m.end_offset - m.start_offset) FROM mentions m JOIN sentences s ON s.doc_id = m.doc_id AND "
                    + "s.sentence_id = m.sentence_id WHERE m.entity_id = 'T1' AND m.mention_no = 1"));
            assertEquals(List.of("0"), query(c, "SELECT count(*) FROM evidence e JOIN sentences s ON s.doc_id = e.doc_id "
                    + "AND s.sentence_id = e.sentence_id WHERE substr(s.text, e.start_offset + 1, e.end_offset - e.start_offset) "
                    + "<> e.trigger_text"));
        }
    }

    @Test
    void loadingTwiceChangesNothing() throws Exception {
        String url = newDatabase();
        Path dir = withCorpus("twice");
        Files.write(dir.resolve("other.json"), variant(sha(7), "other", null));
        assertEquals(2, load(url, dir, false).added());
        Map<String, List<String>> before = snapshot(url);
        Map<String, Long> counts = counts(url);
        LoadRun.Summary again = load(url, dir, false);
        assertEquals(2, again.unchanged(), again.line());
        assertEquals(0, again.added() + again.replaced() + again.pruned(), again.line());
        assertEquals(counts, counts(url));
        assertEquals(before, snapshot(url));
    }

    @Test
    void aChangedDocumentHasItsRowsReplaced() throws Exception {
        String url = newDatabase();
        Path dir = withCorpus("changed");
        load(url, dir, false);
        Map<String, Long> first = counts(url);
        List<String> docIds;
        try (Connection c = connect(url)) {
            docIds = query(c, "SELECT doc_id FROM documents");
        }
        // re-extracted with other models: one relation fewer, one entity renamed (a new concept)
        StoredDocument.Entity renamed = corpusDoc.entities().stream().filter(e -> e.xref() == null).findFirst().orElseThrow();
        byte[] changed = variant(null, null, root -> {
            ArrayNode rels = root.withArray("relations");
            rels.remove(rels.size() - 1);
            for (var e : root.withArray("entities")) {
                if (e.get("id").asText().equals(renamed.id())) ((ObjectNode) e).put("canonical", "renamed by the test");
            }
        });
        Files.write(dir.resolve("paper.json"), changed);
        LoadRun.Summary s = load(url, dir, false);
        assertEquals(1, s.replaced(), s.line());
        StoredDocument now = StoredDocument.parse(changed);
        assertEquals(expected(now), counts(url));
        assertEquals(first.get("relations") - 1, counts(url).get("relations"));
        try (Connection c = connect(url)) {
            assertEquals(docIds, query(c, "SELECT doc_id FROM documents"), "the document keeps its id");
            assertEquals(List.of("renamed by the test"), query(c, "SELECT canonical FROM concepts WHERE canonical = 'renamed by the test'"));
            assertEquals(List.of(), query(c, "SELECT canonical FROM concepts WHERE type = '" + renamed.type()
                    + "' AND concept_key = '" + renamed.canonical().replace("'", "''") + "'"), "the unused concept is gone");
        }
    }

    @Test
    void theSameEntityAcrossPapersIsOneConceptAndPruneRemovesGonePapers() throws Exception {
        String url = newDatabase();
        Path dir = withCorpus("two");
        Files.write(dir.resolve("copy.json"), variant(sha(1), "copy", null));
        load(url, dir, false);
        Map<String, Long> one = expected(corpusDoc);
        Map<String, Long> two = counts(url);
        assertEquals(one.get("concepts"), two.get("concepts"), "concepts are shared");
        assertEquals(2 * one.get("entities"), two.get("entities"));
        try (Connection c = connect(url)) {
            assertEquals(List.of("2"), query(c, "SELECT count(DISTINCT e.doc_id) FROM entities e JOIN concepts c "
                    + "ON c.concept_id = e.concept_id WHERE c.type = 'MARKER' AND c.concept_key = 'CD63'"));
        }
        // a bad file stops pruning, as its document may be one of those loaded
        Files.delete(dir.resolve("copy.json"));
        Files.writeString(dir.resolve("bad.json"), "{");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        LoadRun.Summary s = load(url, dir, true, err);
        assertEquals(0, s.pruned(), s.line());
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("not pruning"), err.toString(StandardCharsets.UTF_8));
        assertEquals(two, counts(url));
        Files.delete(dir.resolve("bad.json"));
        s = load(url, dir, true);
        assertEquals(1, s.pruned(), s.line());
        assertEquals(one, counts(url));
        // a concept that only the pruned paper had goes with it (no xref: a concept with one is keyed by it)
        Files.write(dir.resolve("copy.json"), variant(sha(1), "copy", root ->
                ((ObjectNode) root.withArray("entities").get(0)).put("canonical", "only in the copy").putNull("xref")));
        load(url, dir, false);
        assertEquals(one.get("concepts") + 1, counts(url).get("concepts"));
        Files.delete(dir.resolve("copy.json"));
        load(url, dir, true);
        assertEquals(one, counts(url));
    }

    @Test
    void badFilesAreReportedAndSkippedAndNothingIsHalfLoaded() throws Exception {
        String url = newDatabase();
        Path dir = withCorpus("bad");
        Files.writeString(dir.resolve("truncated.json"), new String(corpusJson, StandardCharsets.UTF_8).substring(0, 5000));
        Files.writeString(dir.resolve("foreign.json"), "{\"documents\": [{\"id\": \"x\", \"passages\": []}]}");
        Files.write(dir.resolve("invalid.json"), variant(sha(2), "invalid", root ->
                ((ObjectNode) root.withArray("relations").get(0)).put("subject", "T999999")));
        Files.write(dir.resolve("twin.json"), corpusJson);
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        LoadRun.Summary s = load(url, dir, false, err);
        String out = err.toString(StandardCharsets.UTF_8);
        assertEquals(1, s.added(), s.line());
        assertEquals(4, s.skipped(), s.line());
        assertEquals(4, out.lines().count(), out);
        assertTrue(out.contains("truncated.json: skipped: not valid JSON"), out);
        assertTrue(out.contains("foreign.json: skipped: not a bilex document"), out);
        assertTrue(out.contains("invalid.json: skipped: relation R1: subject T999999 is not an entity"), out);
        assertTrue(out.contains("twin.json: skipped: same PDF"), out);
        assertEquals(expected(corpusDoc), counts(url));
        String[] cli = cli("load", "--db", url, dir.toString());
        assertEquals("1", cli[0], cli[1]);
        assertEquals(5, cli[1].lines().count(), "four skipped files and the summary: " + cli[1]);
        assertTrue(cli[1].contains("1 unchanged") && cli[1].contains("4 skipped"), cli[1]);

        // the database refuses a row half way through a document: none of it stays
        String trigger = corpusDoc.relations().get(corpusDoc.relations().size() - 1).evidence().get(0).trigger();
        try (Connection c = connect(url)) {
            refuseEvidence(c, trigger);
            c.commit();
        }
        Path next = folder("refused");
        Files.write(next.resolve("paper.json"), corpusJson);
        Files.write(next.resolve("new.json"), variant(sha(3), "new", null));
        Map<String, List<String>> before = snapshot(url);
        err.reset();
        s = load(url, next, false, err);
        assertEquals(1, s.failed(), s.line());
        assertEquals(1, s.unchanged(), s.line());
        String refused = err.toString(StandardCharsets.UTF_8);
        assertEquals(1, refused.lines().count(), refused);
        assertTrue(refused.contains("new.json: not loaded:") && refused.contains("refused by the test"), refused);
        assertTrue(refused.length() < 500, "the database's reason, not the statement: " + refused);
        assertEquals(before, snapshot(url), "nothing of new.json is in any table");
        // a changed version of a loaded document that fails keeps the old version whole
        Files.write(next.resolve("paper.json"), variant(null, "renamed", null));
        s = load(url, next, false);
        assertEquals(2, s.failed(), s.line());
        assertEquals(before, snapshot(url));
    }

    @Test
    void readmeQueriesGiveTheSameAnswersInEveryDatabase() throws Exception {
        String url = newDatabase();
        load(url, CorpusOutput.dir(), false);
        String reference = "jdbc:sqlite:" + tmp.resolve("reference.db");
        new SqliteLoadTest().load(reference, CorpusOutput.dir(), false);
        Map<String, String> queries = readmeQueries();
        assertTrue(queries.size() >= 3, queries.keySet().toString());
        try (Connection c = connect(url); Connection ref = connect(reference)) {
            for (Map.Entry<String, String> q : queries.entrySet()) {
                List<String> rows = query(c, q.getValue());
                assertEquals(query(ref, q.getValue()), rows, q.getKey());
                assertFalse(rows.isEmpty(), q.getKey());
            }
            // every relation whose object is a PI3K/Akt pathway, with its evidence sentence
            for (String row : query(c, queries.get("PI3K/Akt"))) {
                String[] v = row.split(" \\| ");
                assertTrue(v[3].contains("PI3K/Akt"), row);
                assertTrue(v[v.length - 1].contains(v[v.length - 2]), "the evidence sentence holds the trigger: " + row);
            }
            assertEquals(corpusDoc.entities().size(), query(c, queries.get("entities")).size());
            assertTrue(query(c, queries.get("CD63")).get(0).startsWith(corpusDoc.document().name() + " | "));
        }
    }

    /** The SQL examples of docs/loading.md: blocks of {@code ```sql} whose first line is {@code -- example: NAME …}. */
    static Map<String, String> readmeQueries() throws Exception {
        String readme = Files.readString(Path.of("docs/loading.md"));
        Map<String, String> out = new LinkedHashMap<>();
        Matcher m = Pattern.compile("```sql\\n-- example: (\\S+)[^\\n]*\\n(.*?)```", Pattern.DOTALL).matcher(readme);
        while (m.find()) out.put(m.group(1), m.group(2).strip().replaceAll(";$", ""));
        return out;
    }

    @Test
    void migrationsAreVersionedAndAppliedOnce() throws Exception {
        String url = newDatabase();
        try (Connection c = connect(url)) {
            Dialect d = Dialect.of(url);
            assertEquals(List.of(1), Migrations.migrate(c, d));
            assertEquals(List.of(), Migrations.migrate(c, d));
            assertEquals(Migrations.latest(), Integer.parseInt(query(c, "SELECT max(version) FROM schema_version").get(0)));
            try (Statement s = c.createStatement()) {
                s.executeUpdate("INSERT INTO schema_version (version, description, checksum, applied_at) VALUES (99, 'future', 'x', 'now')");
            }
            c.commit();
            StoreException e = assertThrows(StoreException.class, () -> Migrations.migrate(c, d));
            assertTrue(e.getMessage().contains("newer than this bilex"), e.getMessage());
            try (Statement s = c.createStatement()) {
                s.executeUpdate("DELETE FROM schema_version WHERE version = 99");
                s.executeUpdate("UPDATE schema_version SET checksum = 'edited' WHERE version = 1");
            }
            c.commit();
            e = assertThrows(StoreException.class, () -> Migrations.migrate(c, d));
            assertTrue(e.getMessage().contains("different migration file"), e.getMessage());
        }
    }

    @Test
    void anUnusableDatabaseGivesOneLineAndExitStatusOne() throws Exception {
        Path dir = withCorpus("cli");
        for (Map.Entry<String, String> u : unusable().entrySet()) {
            String[] result = cli("load", "--db", u.getKey(), dir.toString());
            assertEquals("1", result[0], u.getKey() + ": " + result[1]);
            assertEquals(1, result[1].lines().count(), "one line: " + result[1]);
            assertTrue(result[1].startsWith("bilex: "), result[1]);
            assertTrue(result[1].contains(u.getValue()), result[1]);
            assertFalse(result[1].contains("password=bilex"), "no password in messages: " + result[1]);
        }
        String url = newDatabase();
        String[] ok = cli("load", "--db", url, dir.toString());
        assertEquals("0", ok[0], ok[1]);
        assertTrue(ok[1].contains("1 added"), ok[1]);
        ok = cli("load", "--db", url, dir.toString());
        assertTrue(ok[1].contains("1 unchanged"), ok[1]);
        String[] usage = cli("load", "--db", "jdbc:mysql://127.0.0.1/x", dir.toString());
        assertEquals("2", usage[0], usage[1]);
        assertNotEquals(0, usage[1].length());
    }

    /** Runs the command line; returns {exit status, stderr}. */
    static String[] cli(String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream old = System.err;
        int code;
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            code = Main.run(args);
        } finally {
            System.setErr(old);
        }
        return new String[]{Integer.toString(code), err.toString(StandardCharsets.UTF_8)};
    }
}
