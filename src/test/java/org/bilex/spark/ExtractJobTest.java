package org.bilex.spark;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.bilex.cli.Main;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The Spark job in local mode (issue 16) on corpus/, ../shared/pdf-real and generated bad files, against
 * {@code bilex extract} on the same files: the same JSON bytes, Parquet row counts equal to the JSON's,
 * one failures row per bad file with the CLI's reason, and a rerun that extracts nothing. One Spark
 * session and one pair of runs for the whole class (the extraction is what takes the time).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ExtractJobTest {

    static final Path WORK = Path.of("target/spark-test");
    static final Path BAD = WORK.resolve("bad");
    static final Path REAL = Path.of("../shared/pdf-real");
    static final List<String> INPUTS = List.of("corpus", REAL.toString(), BAD.toString());

    SparkSession spark;
    ExtractJob.Summary first;
    ExtractJob.Summary second;
    Map<String, Long> countsAfterFirst;
    Map<String, byte[]> jsonAfterFirst;
    JsonNode cliReport;
    JsonNode firstReport;
    Path cliOut;
    Path sparkOut;

    @BeforeAll
    void runBoth() throws Exception {
        Assumptions.assumeTrue(Files.isDirectory(REAL), "../shared/pdf-real not present");
        deleteTree(WORK);
        Files.createDirectories(BAD);
        Files.write(BAD.resolve("empty.pdf"), new byte[0]);
        Files.writeString(BAD.resolve("page.pdf"), "<html><body>not a PDF</body></html>\n");
        byte[] pdf = Files.readAllBytes(Path.of("corpus/000_bc1c06d065d022ba.pdf"));
        Files.write(BAD.resolve("cut.pdf"), java.util.Arrays.copyOf(pdf, pdf.length / 3));
        cliOut = WORK.resolve("cli");
        sparkOut = WORK.resolve("spark");

        PrintStream old = System.err;
        System.setErr(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        int code;
        try {
            String[] args = Stream.concat(Stream.of("extract", "-j", "2", "--progress", "none", "-o", cliOut.toString()),
                    INPUTS.stream()).toArray(String[]::new);
            code = Main.run(args);
        } finally {
            System.setErr(old);
        }
        assertEquals(1, code, "the CLI fails the bad files");
        cliReport = new ObjectMapper().readTree(cliOut.resolve("run-report.json").toFile());

        spark = SparkSession.builder().master("local[2]").appName("bilex-test")
                .config("spark.ui.enabled", false).config("spark.sql.shuffle.partitions", 4).getOrCreate();
        JobOptions o = new JobOptions(INPUTS, sparkOut.toString(), "models", 0, Duration.ofMinutes(10), false, 1000, false);
        first = ExtractJob.run(spark, o, System.err);
        firstReport = new ObjectMapper().readTree(sparkOut.resolve("run-report.json").toFile());
        countsAfterFirst = tableCounts();
        jsonAfterFirst = files(sparkOut.resolve("json"));
        second = ExtractJob.run(spark, o, System.err);
    }

    @AfterAll
    void stop() {
        if (spark != null) spark.stop();
    }

    @Test
    void jsonIsTheClisByteForByte() throws IOException {
        Map<String, byte[]> cli = files(cliOut);
        assertEquals(cli.keySet(), jsonAfterFirst.keySet());
        assertTrue(cli.size() >= 8, "corpus and pdf-real: " + cli.keySet());
        for (String k : cli.keySet()) assertArrayEquals(cli.get(k), jsonAfterFirst.get(k), k);
    }

    @Test
    void eachBadFileIsOneFailuresRowWithTheClisReason() {
        Map<String, String> cliReasons = new TreeMap<>();
        for (JsonNode f : cliReport.get("files")) {
            if (f.get("status").asText().equals("failed")) cliReasons.put(f.get("output").asText(), f.get("reason").asText());
        }
        assertEquals(3, cliReasons.size(), cliReasons.toString());
        Map<String, String> sparkReasons = new TreeMap<>();
        for (Row r : spark.read().parquet(sparkOut.resolve("tables/failures").toString()).collectAsList()) {
            assertEquals(null, sparkReasons.put(r.getAs("output"), r.getAs("reason")), "one row per file");
        }
        assertEquals(cliReasons, sparkReasons);
        assertEquals(3, first.failed());
        assertEquals(cliReport.get("totals").get("extracted").asLong(), first.extracted());
    }

    @Test
    void theRunReportCountsLikeTheCliAndSaysWhereTheTimeWent() {
        JsonNode totals = firstReport.get("totals");
        JsonNode cli = cliReport.get("totals");
        for (String k : List.of("extracted", "failed", "pages")) assertEquals(cli.get(k).asLong(), totals.get(k).asLong(), k);
        assertEquals(0, totals.get("skipped").asLong());
        assertEquals("{\"empty-file\":1,\"not-a-pdf\":1,\"truncated\":1}", totals.get("failed_by_reason").toString());
        JsonNode timing = firstReport.get("timing");
        JsonNode phases = timing.get("phases");
        List<String> names = new ArrayList<>();
        phases.fieldNames().forEachRemaining(names::add);
        assertEquals(List.of("jvm_before_run", "plan", "extract", "tables", "report"), names);
        double sum = 0;
        for (String n : names.subList(1, names.size())) {
            assertTrue(phases.get(n).asDouble() >= 0, n);
            sum += phases.get(n).asDouble();
        }
        assertTrue(phases.get("extract").asDouble() > 0, "the tasks took time");
        assertEquals(timing.get("seconds").asDouble(), sum, 0.06, "the phases add up to the run's seconds: " + phases);
    }

    @Test
    void parquetRowCountsEqualTheJsonCounts() throws IOException {
        ObjectMapper m = new ObjectMapper();
        long docs = 0;
        long sentences = 0;
        long entities = 0;
        long mentions = 0;
        long relations = 0;
        for (byte[] b : jsonAfterFirst.values()) {
            JsonNode d = m.readTree(b);
            docs++;
            sentences += d.get("sentences").size();
            entities += d.get("entities").size();
            for (JsonNode e : d.get("entities")) mentions += e.get("mentions").size();
            relations += d.get("relations").size();
        }
        assertEquals(Map.of("documents", docs, "sentences", sentences, "entities", entities, "mentions", mentions,
                "relations", relations, "failures", 3L), countsAfterFirst);
        JsonNode schema = m.readTree(sparkOut.resolve("tables/schema.json").toFile());
        assertEquals(Schemas.VERSION, schema.get("schema").asText());
    }

    @Test
    void manifestRecordsTheClisModelsFingerprint() throws IOException {
        JsonNode manifest = new ObjectMapper().readTree(cliOut.resolve(".bilex-manifest.json").toFile());
        String cliModels = manifest.get("files").elements().next().get("models").asText();
        List<Row> models = spark.read().parquet(sparkOut.resolve("tables/manifest").toString()).select("models").distinct().collectAsList();
        assertEquals(1, models.size());
        assertEquals(cliModels, models.get(0).getString(0));
    }

    @Test
    void rerunExtractsNothingAndKeepsEverything() throws IOException {
        assertEquals(0, second.extracted(), "nothing to extract");
        assertEquals(first.extracted(), second.skipped());
        assertEquals(3, second.failed(), "the bad files, unchanged, fail again without being read again");
        assertEquals(countsAfterFirst, tableCounts());
        Map<String, byte[]> now = files(sparkOut.resolve("json"));
        assertEquals(jsonAfterFirst.keySet(), now.keySet());
        for (String k : now.keySet()) assertArrayEquals(jsonAfterFirst.get(k), now.get(k), k);
        for (Row r : spark.read().parquet(sparkOut.resolve("tables/run").toString()).collectAsList()) {
            String status = r.getAs("run_status");
            assertTrue(status.equals("skipped") || status.equals("failed") && r.<Boolean>getAs("cached"), r.toString());
        }
    }

    @Test
    void aFilePastTheTimeLimitIsAFailuresRowAndWritesNothing() throws IOException {
        Path out = WORK.resolve("timeout");
        // 1 ms: no PDF is read, laid out and extracted that fast (the workers poll at 5 ms at the least);
        // 300 ms was enough for the warm three-page seed on an idle machine, so the test passed or failed by load
        JobOptions o = new JobOptions(List.of("corpus"), out.toString(), "models", 0, Duration.ofMillis(1), false, 1000, false);
        ExtractJob.Summary s = ExtractJob.run(spark, o, System.err);
        assertEquals(1, s.failed());
        assertEquals(Map.of("timeout", 1L), s.failedByReason());
        List<Row> failures = spark.read().parquet(out.resolve("tables/failures").toString()).collectAsList();
        assertEquals(1, failures.size());
        assertEquals("timeout", failures.get(0).getAs("reason"));
        assertEquals(Map.of(), files(out.resolve("json")), "no output after the time ran out");
    }

    /**
     * A PDF renamed and moved between runs is not extracted again: its earlier output is taken over, rewritten
     * to the bytes {@code bilex extract} writes for the new path, and the old output and manifest row are gone.
     */
    @Test
    void aRenamedPdfTakesOverItsEarlierOutput() throws Exception {
        Path in = WORK.resolve("moved-in");
        Path out = WORK.resolve("moved-out");
        JobOptions o = folderJob(in, out, Map.of("first.pdf", "corpus/000_bc1c06d065d022ba.pdf"));
        assertEquals(1, ExtractJob.run(spark, o, System.err).extracted());

        Files.createDirectories(in.resolve("sub"));
        Files.move(in.resolve("first.pdf"), in.resolve("sub/second.pdf"));
        ExtractJob.Summary s = ExtractJob.run(spark, o, System.err);
        assertEquals(0, s.extracted(), "nothing extracted");
        assertEquals(1, s.renamed());
        Map<String, byte[]> json = files(out.resolve("json"));
        assertEquals(List.of("sub/second.json"), List.copyOf(json.keySet()), "the old output is gone");

        Path cli = WORK.resolve("moved-cli");
        PrintStream old = System.err;
        System.setErr(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        try {
            assertEquals(0, Main.run(new String[] {"extract", "--progress", "none", "-o", cli.toString(), in.toString()}));
        } finally {
            System.setErr(old);
        }
        assertArrayEquals(files(cli).get("sub/second.json"), json.get("sub/second.json"), "the bytes of a fresh extraction");

        List<Row> manifest = spark.read().parquet(out.resolve("tables/manifest").toString()).collectAsList();
        assertEquals(1, manifest.size());
        assertEquals("sub/second.json", manifest.get(0).getAs("output"));
        List<Row> docs = spark.read().parquet(out.resolve("tables/documents").toString()).collectAsList();
        assertEquals(1, docs.size());
        assertEquals("second", docs.get(0).getAs("name"));
        Row run = spark.read().parquet(out.resolve("tables/run").toString()).first();
        assertEquals("renamed", run.getAs("run_status"));
        assertEquals("first.json", run.getAs("renamed_from"));

        assertEquals(1, ExtractJob.run(spark, o, System.err).skipped(), "and a third run skips it");
    }

    /**
     * A rerun after one PDF was added and another changed extracts those two only, and the documents' tables hold
     * each PDF once, with the rows of its current JSON: the new and changed ones from the run's tasks, the unchanged
     * one kept from the previous tables; and with those tables from an older schema version, from its JSON.
     */
    @Test
    void aRerunReplacesTheRowsOfChangedPdfsAndKeepsTheOthers() throws Exception {
        Path in = WORK.resolve("grow-in");
        Path out = WORK.resolve("grow-out");
        JobOptions o = folderJob(in, out, Map.of("a.pdf", "devcorpus/pdf/en_03_microrna-target-sites.pdf",
                "b.pdf", "devcorpus/pdf/zh_16_rage-lps-endothelial.pdf"));
        assertEquals(2, ExtractJob.run(spark, o, System.err).extracted());

        Files.copy(Path.of("devcorpus/pdf/zh_18_small-molecule-neural-differentiation.pdf"), in.resolve("b.pdf"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.copy(Path.of("devcorpus/pdf/en_10_scar-free-healing.pdf"), in.resolve("c.pdf"));
        ExtractJob.Summary s = ExtractJob.run(spark, o, System.err);
        assertEquals(2, s.extracted(), "b changed, c added");
        assertEquals(1, s.skipped(), "a unchanged");
        assertTablesAreTheJson(out, List.of("a.json", "b.json", "c.json"));

        // tables of an older schema version: the kept documents come from their JSON
        Path schema = out.resolve("tables/schema.json");
        Files.writeString(schema, Files.readString(schema).replace(Schemas.VERSION, "bilex-tables/0"));
        Files.delete(in.resolve("c.pdf"));
        Files.copy(Path.of("devcorpus/pdf/en_10_scar-free-healing.pdf"), in.resolve("d.pdf"));
        s = ExtractJob.run(spark, o, System.err);
        assertEquals(1, s.renamed(), "c moved to d");
        assertEquals(2, s.skipped());
        assertTablesAreTheJson(out, List.of("a.json", "b.json", "d.json"));
        assertEquals(Schemas.VERSION, new ObjectMapper().readTree(schema.toFile()).get("schema").asText());
    }

    /** A job over a new input folder holding copies of PDFs (name in the folder → PDF to copy), into {@code out}. */
    private static JobOptions folderJob(Path in, Path out, Map<String, String> pdfs) throws IOException {
        Files.createDirectories(in);
        for (Map.Entry<String, String> e : new TreeMap<>(pdfs).entrySet()) Files.copy(Path.of(e.getValue()), in.resolve(e.getKey()));
        return new JobOptions(List.of(in.toString()), out.toString(), "models", 0, Duration.ofMinutes(10), false, 1000, false);
    }

    /** Each documents' table has, per JSON output, exactly the rows of that JSON (document hash, counts, text). */
    private void assertTablesAreTheJson(Path out, List<String> outputs) throws IOException {
        Map<String, byte[]> json = files(out.resolve("json"));
        assertEquals(outputs, List.copyOf(json.keySet()));
        ObjectMapper m = new ObjectMapper();
        Map<String, List<String>> expected = new TreeMap<>();
        for (Map.Entry<String, byte[]> e : json.entrySet()) {
            JsonNode d = m.readTree(e.getValue());
            long mentions = 0;
            for (JsonNode en : d.get("entities")) mentions += en.get("mentions").size();
            List<String> sentences = new ArrayList<>();
            for (JsonNode sn : d.get("sentences")) sentences.add(sn.get("text").asText());
            expected.put(e.getKey(), List.of(d.get("document").get("sha256").asText(), String.valueOf(d.get("sentences").size()),
                    String.valueOf(d.get("entities").size()), String.valueOf(mentions), String.valueOf(d.get("relations").size()),
                    String.join("\n", sentences)));
        }
        Map<String, List<String>> actual = new TreeMap<>();
        String t = out.resolve("tables").toString();
        for (Row r : spark.read().parquet(t + "/documents").collectAsList()) {
            String o = r.getAs("output");
            List<String> sentences = new ArrayList<>();
            for (Row sn : spark.read().parquet(t + "/sentences").filter(org.apache.spark.sql.functions.col("output").equalTo(o))
                    .orderBy("sentence_id").collectAsList()) {
                sentences.add(sn.getAs("text"));
            }
            long mentions = spark.read().parquet(t + "/mentions").filter(org.apache.spark.sql.functions.col("output").equalTo(o)).count();
            long entities = spark.read().parquet(t + "/entities").filter(org.apache.spark.sql.functions.col("output").equalTo(o)).count();
            long relations = spark.read().parquet(t + "/relations").filter(org.apache.spark.sql.functions.col("output").equalTo(o)).count();
            assertEquals(null, actual.put(o, List.of(r.getAs("doc_sha256"), String.valueOf(sentences.size()), String.valueOf(entities),
                    String.valueOf(mentions), String.valueOf(relations), String.join("\n", sentences))), "one documents row per PDF: " + o);
            assertEquals(entities, (long) r.<Integer>getAs("entities"));
        }
        assertEquals(expected, actual);
    }

    static final Pattern TABLE = Pattern.compile("\\b(from|join)\\s+(documents|sentences|entities|mentions|relations|failures)\\b");

    /**
     * The queries of docs/spark.md run on the job's tables with Spark SQL and, on the same Parquet files, with
     * DuckDB (as a laptop user would, with each table name replaced by its files), and both give the same rows.
     */
    @Test
    void theDocumentedQueriesGiveTheSameRowsInSparkSqlAndDuckDb() throws Exception {
        List<String> queries = documentedQueries(Path.of("docs/spark.md"));
        assertEquals(3, queries.size(), queries.toString());
        for (String t : List.of("documents", "sentences", "entities", "mentions", "relations", "failures")) {
            spark.read().parquet(sparkOut.resolve("tables").resolve(t).toString()).createOrReplaceTempView(t);
        }
        Path tables = sparkOut.resolve("tables").toAbsolutePath();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:"); Statement st = c.createStatement()) {
            for (String q : queries) {
                List<List<String>> bySpark = new ArrayList<>();
                for (Row r : spark.sql(q).collectAsList()) {
                    List<String> row = new ArrayList<>();
                    for (int i = 0; i < r.size(); i++) row.add(String.valueOf(r.get(i)));
                    bySpark.add(row);
                }
                Matcher m = TABLE.matcher(q);
                String duck = m.replaceAll(x -> Matcher.quoteReplacement(
                        x.group(1) + " '" + tables.resolve(x.group(2)) + "/*.parquet'"));
                List<List<String>> byDuck = new ArrayList<>();
                try (ResultSet rs = st.executeQuery(duck)) {
                    int n = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        List<String> row = new ArrayList<>();
                        for (int i = 1; i <= n; i++) row.add(String.valueOf(rs.getObject(i)));
                        byDuck.add(row);
                    }
                }
                assertFalse(bySpark.isEmpty(), "no rows: " + q);
                assertEquals(bySpark, byDuck, q);
            }
        }
    }

    /** The statements of the sql block after "Queries (" in a Markdown file, without their comment lines. */
    static List<String> documentedQueries(Path md) throws IOException {
        String s = Files.readString(md);
        int at = s.indexOf("```sql", s.indexOf("Queries ("));
        String block = s.substring(s.indexOf('\n', at) + 1, s.indexOf("```", at + 6));
        List<String> out = new ArrayList<>();
        for (String stmt : block.split(";")) {
            String q = stmt.lines().filter(l -> !l.strip().startsWith("--")).reduce("", (a, b) -> a + b + "\n").strip();
            if (!q.isEmpty()) out.add(q);
        }
        return out;
    }

    private Map<String, Long> tableCounts() {
        Map<String, Long> out = new TreeMap<>();
        for (String t : List.of("documents", "sentences", "entities", "mentions", "relations", "failures")) {
            out.put(t, spark.read().parquet(sparkOut.resolve("tables").resolve(t).toString()).count());
        }
        return out;
    }

    /** The JSON outputs under a folder by relative path, without the run's own files. */
    static Map<String, byte[]> files(Path dir) throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path f : s.filter(Files::isRegularFile).toList()) {
                String rel = dir.relativize(f).toString().replace('\\', '/');
                if (!rel.endsWith(".json") || rel.equals("run-report.json") || rel.startsWith(".") || rel.contains("/.")) continue;
                out.put(rel, Files.readAllBytes(f));
            }
        }
        return out;
    }

    static void deleteTree(Path p) throws IOException {
        if (!Files.exists(p)) return;
        try (Stream<Path> s = Files.walk(p)) {
            for (Path f : s.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(f);
        }
    }
}
