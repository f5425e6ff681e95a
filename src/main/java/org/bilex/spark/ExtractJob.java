package org.bilex.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocatedFileStatus;
import org.apache.hadoop.fs.RemoteIterator;
import org.apache.spark.SparkConf;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.bilex.batch.PdfInputs;
import org.bilex.cli.Extraction;
import org.bilex.core.AtomicFiles;
import scala.Tuple2;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.size;

/**
 * {@code bilex extract} as a Spark job (issue 16; README, "Spark"):
 * <pre>
 * spark-submit --class org.bilex.spark.ExtractJob bilex.jar --input URI [--input URI…] --output URI
 *     [--models DIR] [--partitions N] [--timeout 10m] [--max-pages N] [--no-ocr] [--force]
 * </pre>
 * The driver lists the PDFs ({@link PdfInputs} for local folders, so names and sources are those of
 * the CLI; Hadoop's FileSystem for other URIs), joins them with the manifest table of the previous run,
 * deals them to partitions largest first, and the executors hash, skip or extract each
 * ({@link FileExtraction}), returning with each run row the JSON it wrote as a nested row, from which (and
 * from the previous tables' rows of the documents kept) the tables are made. Outputs: {@code OUTPUT/json/} (the CLI's files, byte for byte),
 * {@code OUTPUT/tables/} (Parquet: documents, sentences, entities, mentions, relations, failures,
 * manifest, run; written to a hidden folder and put in place at the end, so a reader sees the old
 * tables or the new ones) and {@code OUTPUT/run-report.json}.
 */
public final class ExtractJob {

    /** Under the output: the documents' JSON. */
    static final String JSON = "json";
    /** Under the output: the Parquet tables. */
    static final String TABLES = "tables";
    static final String REPORT = "run-report.json";
    /** The tables, in the order they are written. */
    static final List<String> TABLE_NAMES = List.of("documents", "sentences", "entities", "mentions", "relations",
            "failures", "manifest", "run");

    private ExtractJob() {
    }

    /** What a run did: the figures of its report. */
    public record Summary(long files, long extracted, long skipped, long renamed, long failed, Map<String, Long> failedByReason,
                          long pages, double seconds, List<String> slowest, int exitCode) {
    }

    public static void main(String[] args) throws Exception {
        JobOptions o;
        try {
            o = parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println("bilex: " + e.getMessage());
            System.err.println(USAGE);
            System.exit(2);
            return;
        }
        SparkSession.Builder b = SparkSession.builder().appName("bilex extract");
        SparkConf conf = new SparkConf();
        if (!conf.contains("spark.master")) b.master("local[*]"); // a laptop: java -cp … ExtractJob
        // Spark's web UI needs the servlet API, which spark-submit brings and the checkout's classpath does not
        if (!conf.contains("spark.ui.enabled") && conf.get("spark.master", "local[*]").startsWith("local")) {
            b.config("spark.ui.enabled", false);
        }
        // the job's own shuffles (the manifest join, the tables) are small: no need for 200 partitions on a laptop
        if (!conf.contains("spark.sql.shuffle.partitions") && conf.get("spark.master", "local[*]").startsWith("local")) {
            b.config("spark.sql.shuffle.partitions", 8);
        }
        if (conf.get("spark.master", "local[*]").startsWith("local")) preload(o);
        SparkSession spark = b.getOrCreate();
        int code;
        try {
            code = run(spark, o, System.err).exitCode();
        } catch (IllegalArgumentException e) {
            System.err.println("bilex: " + e.getMessage());
            code = 2;
        } finally {
            spark.stop();
        }
        System.exit(code);
    }

    /**
     * In local mode the tasks run in this JVM: their models ({@link ExecutorModels}) start loading now, beside the
     * Spark session's start and the listing, instead of in the first tasks (as {@code bilex extract} loads them
     * beside its first PDFs). A failure here is left to the first task, which loads again and reports it.
     */
    private static void preload(JobOptions o) {
        Thread t = new Thread(() -> {
            try {
                ExecutorModels.get(o);
            } catch (IOException | RuntimeException e) {
                // the first task that needs the models tries again and reports why
            }
        }, "bilex-models-preload");
        t.setDaemon(true);
        t.start();
    }

    static final String USAGE = "usage: ExtractJob --input URI [--input URI…] --output URI [--models DIR] [--partitions N]"
            + " [--timeout 10m] [--max-pages N] [--no-ocr] [--force]";

    static JobOptions parse(String[] args) {
        List<String> inputs = new ArrayList<>();
        String output = null;
        String models = "models";
        int partitions = 0;
        Duration timeout = Duration.ofMinutes(10);
        int maxPages = 1000;
        boolean force = false;
        boolean noOcr = false;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--force" -> force = true;
                case "--no-ocr" -> noOcr = true;
                case "--input", "--output", "--models", "--partitions", "--timeout", "--max-pages" -> {
                    if (i + 1 >= args.length) throw new IllegalArgumentException(a + " needs a value");
                    String v = args[++i];
                    switch (a) {
                        case "--input" -> inputs.add(v);
                        case "--output" -> output = v;
                        case "--models" -> models = v;
                        case "--partitions" -> partitions = positive(a, v);
                        case "--timeout" -> timeout = Extraction.duration(v);
                        default -> maxPages = positive(a, v);
                    }
                }
                default -> throw new IllegalArgumentException("unknown option " + a);
            }
        }
        if (inputs.isEmpty()) throw new IllegalArgumentException("--input is required");
        if (output == null) throw new IllegalArgumentException("--output is required");
        return new JobOptions(inputs, output, models, partitions, timeout, force, maxPages, noOcr);
    }

    private static int positive(String option, String v) {
        try {
            int n = Integer.parseInt(v);
            if (n >= 1) return n;
        } catch (NumberFormatException e) {
            // below
        }
        throw new IllegalArgumentException(option + " must be a positive number: " + v);
    }

    /** A URI for a command-line location: a path without a scheme is a local path, relative to the working folder. */
    static URI uri(String location) {
        if (location.matches("[A-Za-z][A-Za-z0-9+.-]+:.*")) return URI.create(location);
        return Path.of(location).toAbsolutePath().normalize().toUri();
    }

    /** One PDF of the input: its output (relative to json/), the source the JSON records, its URI and size. */
    record Input(String output, String pdf, String uri, long bytes) {
    }

    static List<Input> list(List<String> locations, Configuration conf, PrintStream err) throws IOException {
        List<Input> out = new ArrayList<>();
        for (String location : locations) {
            URI u = uri(location);
            if (Fs.isLocal(u)) {
                List<PdfInputs.Skipped> skipped = new ArrayList<>();
                Path p = location.startsWith("file:") ? Path.of(u) : Path.of(location);
                for (PdfInputs.Input in : PdfInputs.collect(List.of(p), skipped)) {
                    Path abs = in.pdf().toAbsolutePath().normalize();
                    out.add(new Input(in.outputName(), PdfInputs.displayPath(in.pdf()), abs.toUri().toString(),
                            java.nio.file.Files.size(abs)));
                }
                for (PdfInputs.Skipped k : skipped) err.println("bilex: " + k.path() + ": " + k.reason() + ": " + k.message());
                continue;
            }
            FileSystem fs = Fs.of(u, conf);
            org.apache.hadoop.fs.Path root = fs.makeQualified(new org.apache.hadoop.fs.Path(u));
            if (fs.getFileStatus(root).isFile()) {
                out.add(new Input(stem(root.getName()) + ".json", root.toString(), root.toUri().toString(), fs.getFileStatus(root).getLen()));
                continue;
            }
            String prefix = root.toUri().getPath().endsWith("/") ? root.toUri().getPath() : root.toUri().getPath() + "/";
            RemoteIterator<LocatedFileStatus> it = fs.listFiles(root, true);
            List<Input> found = new ArrayList<>();
            while (it.hasNext()) {
                LocatedFileStatus s = it.next();
                String name = s.getPath().getName();
                if (!s.isFile() || !name.toLowerCase(Locale.ROOT).endsWith(".pdf")) continue;
                String rel = s.getPath().toUri().getPath().substring(prefix.length());
                String parent = rel.contains("/") ? rel.substring(0, rel.lastIndexOf('/') + 1) : "";
                found.add(new Input(parent + stem(name) + ".json", s.getPath().toString(), s.getPath().toUri().toString(), s.getLen()));
            }
            found.sort(Comparator.comparing(Input::output));
            out.addAll(found);
        }
        Map<String, String> seen = new HashMap<>();
        List<Input> unique = new ArrayList<>();
        for (Input in : out) {
            String before = seen.putIfAbsent(in.output(), in.uri());
            if (before == null) {
                unique.add(in);
            } else if (!before.equals(in.uri())) {
                throw new IllegalArgumentException(before + " and " + in.uri() + " would both write " + in.output()
                        + "; extract them into different output folders");
            }
        }
        return unique;
    }

    private static String stem(String fileName) {
        return fileName.toLowerCase(Locale.ROOT).endsWith(".pdf") ? fileName.substring(0, fileName.length() - 4) : fileName;
    }

    /** Runs the job on {@code spark}; lines for failed files and the summary go to {@code err}. */
    public static Summary run(SparkSession spark, JobOptions o, PrintStream err) throws IOException {
        long started = System.nanoTime();
        Phases phases = new Phases(java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime() / 1e3, started);
        Configuration conf = spark.sparkContext().hadoopConfiguration();
        URI out = uri(o.output());
        URI tablesUri = Fs.resolve(out, TABLES);
        FileSystem fs = Fs.of(out, conf);
        org.apache.hadoop.fs.Path tables = new org.apache.hadoop.fs.Path(tablesUri);
        fs.mkdirs(new org.apache.hadoop.fs.Path(Fs.resolve(out, JSON)));
        recover(fs, new org.apache.hadoop.fs.Path(out), tables);
        if (Fs.isLocal(out)) AtomicFiles.deleteStale(Path.of(Fs.resolve(out, JSON)));

        String version = Extraction.version();
        String models = Extraction.fingerprint(Path.of(o.models()), List.of(), err);
        List<Input> inputs = list(o.inputs(), conf, err);
        if (inputs.isEmpty()) throw new IllegalArgumentException("no PDF found in " + o.inputs());
        int parts = o.partitions() > 0 ? o.partitions() : Math.max(1, spark.sparkContext().defaultParallelism() * 4);
        parts = Math.min(parts, inputs.size());

        // deal the PDFs to the partitions largest first, so large and small ones are spread evenly
        List<Input> bySize = new ArrayList<>(inputs);
        bySize.sort(Comparator.comparingLong(Input::bytes).reversed().thenComparing(Input::output));
        List<Row> listing = new ArrayList<>(bySize.size());
        for (int i = 0; i < bySize.size(); i++) {
            Input in = bySize.get(i);
            int round = i / parts;
            int slot = round % 2 == 0 ? i % parts : parts - 1 - i % parts; // snake order: no partition always gets the larger
            listing.add(RowFactory.create(in.output(), in.pdf(), in.uri(), in.bytes(), slot));
        }
        StructType listingSchema = Schemas.struct(Schemas.f("output", Schemas.STR), Schemas.f("pdf", Schemas.STR),
                Schemas.f("uri", Schemas.STR), Schemas.f("pdf_bytes", Schemas.LONG), Schemas.f("slot", Schemas.INT));
        Dataset<Row> planned = spark.createDataFrame(listing, listingSchema);

        org.apache.hadoop.fs.Path manifestPath = new org.apache.hadoop.fs.Path(Fs.resolve(tablesUri, "manifest"));
        Dataset<Row> old = fs.exists(manifestPath) ? spark.read().schema(Schemas.MANIFEST).parquet(manifestPath.toString()) : null;
        if (old != null) {
            List<Column> m = new ArrayList<>();
            m.add(col("output").as("m_output"));
            for (String c : List.of("sha256", "models", "bilex", "status", "reason", "message", "error_class", "pages",
                    "sentences", "entities", "relations", "output_sha256", "output_bytes")) {
                m.add(col(c).as("m_" + c));
            }
            Dataset<Row> previous = old.select(m.toArray(Column[]::new));
            planned = planned.join(previous, planned.col("output").equalTo(previous.col("m_output")), "left_outer").drop("m_output");
        } else {
            for (String c : List.of("sha256", "models", "bilex", "status", "reason", "message", "error_class", "output_sha256")) {
                planned = planned.withColumn("m_" + c, org.apache.spark.sql.functions.lit(null).cast(Schemas.STR));
            }
            for (String c : List.of("pages", "sentences", "entities", "relations")) {
                planned = planned.withColumn("m_" + c, org.apache.spark.sql.functions.lit(null).cast(Schemas.INT));
            }
            planned = planned.withColumn("m_output_bytes", org.apache.spark.sql.functions.lit(null).cast(Schemas.LONG));
        }

        // renamed PDFs: the earlier outputs (same models and version) whose PDFs are not in this input, by PDF hash
        java.util.HashMap<String, List<FileExtraction.Earlier>> earlier = new java.util.HashMap<>();
        if (old != null && !o.force() && !planned.filter(col("m_sha256").isNull()).isEmpty()) {
            Dataset<Row> now = planned.select(col("output").as("p_output"));
            Dataset<Row> gone = old.filter(col("status").equalTo("extracted").and(col("models").equalTo(models))
                            .and(col("bilex").equalTo(version)))
                    .join(now, old.col("output").equalTo(now.col("p_output")), "left_anti")
                    .select("sha256", "output", "uri", "output_sha256", "pages", "sentences", "entities", "relations")
                    .orderBy("output");
            for (Row r : gone.collectAsList()) {
                earlier.computeIfAbsent(r.getString(0), k -> new ArrayList<>()).add(new FileExtraction.Earlier(r.getString(1),
                        r.getString(2), r.getString(3), r.getAs("pages"), r.getAs("sentences"), r.getAs("entities"),
                        r.getAs("relations")));
            }
        }
        org.apache.spark.broadcast.Broadcast<java.util.HashMap<String, List<FileExtraction.Earlier>>> earlierShared =
                org.apache.spark.api.java.JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(earlier);

        phases.end("plan");
        JavaRDD<Row> results = planned.javaRDD()
                .mapToPair(r -> new Tuple2<>(r.<Integer>getAs("slot"), r))
                .partitionBy(new SlotPartitioner(parts))
                .values()
                .mapPartitions(new FileExtraction(o, models, version, Fs.ship(conf), earlierShared));

        // the tables are made in a hidden folder and put in place at the end
        String stageName = ".tables-" + Long.toHexString(System.currentTimeMillis()) + ".tmp";
        URI stage = Fs.resolve(out, stageName);
        // what the tasks return, the documents they wrote included, kept beside the tables while they are made
        String resultsPath = Fs.resolve(stage, "_results").toString();
        spark.createDataFrame(results, Schemas.RUN_DOCS).write().parquet(resultsPath); // the extraction runs here
        phases.end("extract");
        Dataset<Row> withDocs = spark.read().schema(Schemas.RUN_DOCS).parquet(resultsPath);
        String runPath = Fs.resolve(stage, "run").toString();
        Dataset<Row> run = withDocs.drop("doc"); // the run rows, read without the documents' column
        org.apache.hadoop.fs.Path runTable = new org.apache.hadoop.fs.Path(Fs.resolve(tablesUri, "run"));
        boolean oldTablesCurrent = old != null && currentSchema(fs, tablesUri);
        if (oldTablesCurrent && !changed(run, old)) {
            // nothing extracted, nothing newly failed, no PDF left out: the tables stay; only the run table is new
            run.write().parquet(runPath);
            if (fs.exists(runTable)) fs.delete(runTable, true);
            if (!fs.rename(new org.apache.hadoop.fs.Path(runPath), runTable)) throw new IOException("cannot move " + runPath);
            fs.delete(new org.apache.hadoop.fs.Path(stage), true);
            phases.end("tables");
            return report(spark.read().parquet(runTable.toString()), phases, spark.sparkContext().defaultParallelism(), version,
                    models, fs, out, err);
        }

        // every table is planned first and then written at once (writeAll): each is made from the tasks' rows or the
        // previous tables, none from another table of this run
        Map<String, Dataset<Row>> toWrite = new LinkedHashMap<>();
        toWrite.put("run", run);
        List<Column> manifestCols = new ArrayList<>();
        for (StructField f : Schemas.MANIFEST.fields()) manifestCols.add(col(f.name()));
        Dataset<Row> manifest = run.select(manifestCols.toArray(Column[]::new));
        List<String> movedFrom = new ArrayList<>();
        if (!earlier.isEmpty()) { // a PDF is renamed only when it takes over an earlier output
            for (Row r : run.filter(col("run_status").equalTo("renamed")).select("renamed_from").distinct().orderBy("renamed_from")
                    .collectAsList()) {
                movedFrom.add(r.getString(0));
            }
        }
        if (old != null) { // PDFs of earlier runs that are not in this run's input keep their rows, but for those renamed
            Dataset<Row> now = run.select(col("output").as("r_output"))
                    .union(run.filter(col("run_status").equalTo("renamed")).select(col("renamed_from").as("r_output")));
            manifest = manifest.unionByName(old.join(now, old.col("output").equalTo(now.col("r_output")), "left_anti"));
            // three readers (the kept documents, the manifest and failures tables): the join with the previous
            // manifest is made once
            manifest = manifest.persist(StorageLevel.MEMORY_AND_DISK());
        }
        // one file, in output order: sorted within its one partition (a global orderBy would sample the rows first)
        toWrite.put("manifest", manifest.coalesce(1).sortWithinPartitions("output"));
        toWrite.put("failures", manifest.filter(col("status").equalTo("failed"))
                .select(Schemas.FAILURES.stream().map(c -> col(c)).toArray(Column[]::new)).coalesce(1).sortWithinPartitions("output"));

        // the documents' tables: what this run wrote, from the tasks' rows; the documents it kept (unchanged, or
        // extracted by an earlier run and no longer in the input), from the previous tables when they have this
        // schema version, else from their JSON
        Dataset<Row> fresh = withDocs.filter(col("doc").isNotNull()).select("doc.*");
        Dataset<Row> kept = manifest.filter(col("status").equalTo("extracted")).select("output", "models", "bilex")
                .join(run.filter(col("run_status").isin("extracted", "renamed")).select(col("output").as("w_output")),
                        col("output").equalTo(col("w_output")), "left_anti");
        Map<String, Dataset<Row>> tablesOfFresh = documentTables(fresh);
        // the kept documents are found once (one small row per document, as the listing is) rather than by each of the
        // five tables' writes again; a run that kept none (the first run, --force) writes the fresh rows alone
        List<Row> keptRows = old == null ? new ArrayList<>() : new ArrayList<>(kept.collectAsList()); // a first run keeps nothing
        keptRows.sort(Comparator.comparing((Row r) -> r.<String>getAs("output")));
        Map<String, Dataset<Row>> tablesOfKept = null;
        Dataset<Row> keptNested = null;
        if (!keptRows.isEmpty()) {
            Dataset<Row> keptOnce = spark.createDataFrame(keptRows, kept.schema());
            tablesOfKept = oldTablesCurrent ? previousRows(spark, tablesUri, keptOnce, tablesOfFresh) : null;
            if (tablesOfKept == null) {
                JavaRDD<Row> nestedRows = keptOnce.javaRDD().repartition(Math.max(1, Math.min(parts, keptRows.size())))
                        .mapPartitions(new JsonTables(Fs.resolve(out, JSON).toString(), Fs.ship(conf)));
                // read from their JSON once, not once per table
                keptNested = spark.createDataFrame(nestedRows, Schemas.NESTED).persist(StorageLevel.MEMORY_AND_DISK());
                tablesOfKept = documentTables(keptNested);
            }
        }
        for (String t : DOCUMENT_TABLES) {
            Dataset<Row> rows = tablesOfFresh.get(t);
            if (tablesOfKept != null) {
                rows = rows.union(tablesOfKept.get(t).select(java.util.Arrays.stream(rows.columns()).map(c -> col(c)).toArray(Column[]::new)));
            }
            toWrite.put(t, rows);
        }
        Map<String, StructType> written = writeAll(toWrite, stage, spark.sparkContext().defaultParallelism());
        if (keptNested != null) keptNested.unpersist();
        if (old != null) manifest.unpersist();
        fs.delete(new org.apache.hadoop.fs.Path(resultsPath), true);
        writeSchema(fs, stage, written);

        // put the new tables in place
        org.apache.hadoop.fs.Path oldTables = new org.apache.hadoop.fs.Path(Fs.resolve(out, ".tables-old.tmp"));
        if (fs.exists(oldTables)) fs.delete(oldTables, true);
        if (fs.exists(tables) && !fs.rename(tables, oldTables)) throw new IOException("cannot move " + tables + " aside");
        if (!fs.rename(new org.apache.hadoop.fs.Path(stage), tables)) throw new IOException("cannot move " + stage + " to " + tables);
        if (fs.exists(oldTables)) fs.delete(oldTables, true);
        for (String f : movedFrom) { // the outputs renamed PDFs took over; the manifest no longer has them
            org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(Fs.resolve(Fs.resolve(out, JSON), f));
            if (fs.exists(p)) fs.delete(p, false);
        }

        phases.end("tables");
        Dataset<Row> done = spark.read().parquet(Fs.resolve(tablesUri, "run").toString());
        return report(done, phases, spark.sparkContext().defaultParallelism(), version, models, fs, out, err);
    }

    /** Whether the tables were written with this schema version. */
    private static boolean currentSchema(FileSystem fs, URI tables) {
        try {
            byte[] b = Fs.read(Fs.resolve(tables, "schema.json"), fs.getConf());
            return Schemas.VERSION.equals(JSON_OUT.readTree(b).path("schema").asText());
        } catch (IOException e) {
            return false;
        }
    }

    /**
     * Whether a run changes the manifest: a PDF extracted or failing anew, or the previous manifest
     * has rows this run's do not match (a PDF whose outcome changed is extracted or fails anew).
     */
    private static boolean changed(Dataset<Row> run, Dataset<Row> old) {
        long fresh = run.filter(col("run_status").equalTo("extracted").or(col("run_status").equalTo("renamed"))
                .or(col("run_status").equalTo("failed").and(col("cached").equalTo(false)))).count();
        return fresh > 0;
    }

    /** A run killed while it put the tables in place leaves them beside: put them back; drop half-made ones. */
    private static void recover(FileSystem fs, org.apache.hadoop.fs.Path out, org.apache.hadoop.fs.Path tables) throws IOException {
        org.apache.hadoop.fs.Path oldTables = new org.apache.hadoop.fs.Path(out, ".tables-old.tmp");
        if (!fs.exists(tables) && fs.exists(oldTables)) fs.rename(oldTables, tables);
        if (!fs.exists(out)) return;
        for (org.apache.hadoop.fs.FileStatus st : fs.listStatus(out)) {
            String n = st.getPath().getName();
            if (st.isDirectory() && n.startsWith(".tables-") && n.endsWith(".tmp")) fs.delete(st.getPath(), true);
        }
    }

    /** The tables made from documents, in the order they are written. */
    static final List<String> DOCUMENT_TABLES = List.of("documents", "sentences", "entities", "mentions", "relations");

    /** The documents' tables (by name, {@link #DOCUMENT_TABLES}) of {@link Schemas#NESTED} rows. */
    private static Map<String, Dataset<Row>> documentTables(Dataset<Row> nested) {
        Map<String, Dataset<Row>> t = new LinkedHashMap<>();
        t.put("documents", nested.select(col("doc_sha256"), col("output"), col("name"), col("source"), col("pages"), col("languages"),
                col("references"), col("role_chars"), col("ocr_pages"), col("warnings"),
                size(col("sentence_rows")).as("sentences"), size(col("entity_rows")).as("entities"),
                size(col("relation_rows")).as("relations"), col("models"), col("bilex")));
        t.put("sentences", nested.select(col("doc_sha256"), col("output"), explode(col("sentence_rows")).as("s"))
                .select("doc_sha256", "output", "s.*"));
        Dataset<Row> entities = nested.select(col("doc_sha256"), col("output"), explode(col("entity_rows")).as("e"));
        t.put("entities", entities.select(col("doc_sha256"), col("output"), col("e.entity_id"), col("e.type"), col("e.canonical"),
                col("e.xref"), col("e.forms"), size(col("e.mentions")).as("mentions")));
        t.put("mentions", entities.select(col("doc_sha256"), col("output"), col("e.entity_id"), explode(col("e.mentions")).as("m"))
                .select("doc_sha256", "output", "entity_id", "m.*"));
        t.put("relations", nested.select(col("doc_sha256"), col("output"), explode(col("relation_rows")).as("r"))
                .select("doc_sha256", "output", "r.*"));
        return t;
    }

    /**
     * The previous tables' rows of the documents kept ({@code output} column), by table; null when a previous table
     * does not have the columns and types this version writes (a column added since: the kept documents are then read
     * from their JSON).
     */
    private static Map<String, Dataset<Row>> previousRows(SparkSession spark, URI tablesUri, Dataset<Row> kept,
                                                          Map<String, Dataset<Row>> fresh) {
        Dataset<Row> keep = kept.select(col("output").as("k_output"));
        Map<String, Dataset<Row>> out = new LinkedHashMap<>();
        for (String t : DOCUMENT_TABLES) {
            Dataset<Row> previous = spark.read().parquet(Fs.resolve(tablesUri, t).toString());
            if (!previous.schema().simpleString().equals(fresh.get(t).schema().simpleString())) return null;
            out.put(t, previous.join(keep, previous.col("output").equalTo(keep.col("k_output")), "left_semi"));
        }
        return out;
    }

    /**
     * Writes the tables (name to rows) under {@code stage}, as concurrent Spark jobs: the tables are small beside the
     * extraction, so each job's own start and commit, not its rows, is most of its time, and the jobs overlap it (the
     * same files as one after another: each table's rows and partitions do not depend on the others). Returns each
     * table's columns for {@code schema.json}.
     */
    private static Map<String, StructType> writeAll(Map<String, Dataset<Row>> tables, URI stage, int cores) throws IOException {
        Map<String, StructType> columns = new LinkedHashMap<>();
        List<java.util.concurrent.Callable<Void>> writes = new ArrayList<>();
        tables.forEach((name, rows) -> {
            columns.put(name, rows.schema());
            String path = Fs.resolve(stage, name).toString();
            writes.add(() -> {
                rows.write().parquet(path);
                return null;
            });
        });
        all(writes, 2 * cores);
        return columns;
    }

    /**
     * Runs the calls (each a Spark job or a few) on up to {@code threads} driver threads at once and returns their
     * results in order; the first failure is thrown once all have ended. Spark runs the jobs of several driver threads
     * side by side, so small jobs overlap their scheduling and commits.
     */
    static <T> List<T> all(List<java.util.concurrent.Callable<T>> calls, int threads) throws IOException {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(
                Math.max(1, Math.min(calls.size(), threads)), r -> {
                    Thread t = new Thread(r, "bilex-driver-job");
                    t.setDaemon(true);
                    return t;
                });
        try {
            List<java.util.concurrent.Future<T>> futures = new ArrayList<>();
            for (java.util.concurrent.Callable<T> c : calls) futures.add(pool.submit(c));
            List<T> results = new ArrayList<>(futures.size());
            Throwable first = null;
            for (java.util.concurrent.Future<T> f : futures) {
                try {
                    results.add(f.get());
                } catch (java.util.concurrent.ExecutionException ex) {
                    if (first == null) first = ex.getCause();
                    results.add(null);
                } catch (InterruptedException ex) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted while the driver's jobs ran", ex);
                }
            }
            if (first instanceof RuntimeException re) throw re;
            if (first instanceof Error er) throw er;
            if (first instanceof IOException io) throw io;
            if (first != null) throw new IOException(first);
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private static final ObjectMapper JSON_OUT = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    /** {@code tables/schema.json}: the schema version and each table's columns. */
    private static void writeSchema(FileSystem fs, URI stage, Map<String, StructType> written) throws IOException {
        ObjectNode root = JSON_OUT.createObjectNode();
        root.put("schema", Schemas.VERSION);
        ObjectNode t = root.putObject("tables");
        for (String name : TABLE_NAMES) {
            ObjectNode cols = t.putObject(name);
            for (StructField f : written.get(name).fields()) cols.put(f.name(), f.dataType().simpleString());
        }
        Fs.writeAtomically(Fs.resolve(stage, "schema.json"), JSON_OUT.writeValueAsBytes(root), () -> true, fs.getConf());
    }

    /**
     * Where the driver's wall time goes, phase by phase ({@code timing.phases} of the run report): {@code plan} (the
     * models' fingerprint, listing, the previous manifest), {@code extract} (the tasks), {@code tables} (the run,
     * manifest, failures and documents' tables, written side by side and put in place) and {@code report}; {@code jvm_before_run} is the seconds the JVM had been up when the job began (Spark's
     * start-up, when the JVM started for the job).
     */
    static final class Phases {
        private final double jvmBefore;
        private final long started;
        private long last;
        private final Map<String, Double> seconds = new LinkedHashMap<>();

        Phases(double jvmBefore, long started) {
            this.jvmBefore = jvmBefore;
            this.started = started;
            this.last = started;
        }

        void end(String phase) {
            long now = System.nanoTime();
            seconds.merge(phase, (now - last) / 1e9, Double::sum);
            last = now;
        }

        double total() {
            return (System.nanoTime() - started) / 1e9;
        }
    }

    /** Counts by status and reason, pages per second, the slowest files: to {@code OUTPUT/run-report.json} and {@code err}. */
    private static Summary report(Dataset<Row> run, Phases phases, int cores, String version, String models, FileSystem fs,
                                  URI out, PrintStream err) throws IOException {
        // one pass for the counts by status and reason and the extracted pages and task seconds
        Map<String, Long> byStatus = new java.util.TreeMap<>();
        Map<String, Long> byReason = new java.util.TreeMap<>();
        long pages = 0;
        double taskSeconds = 0;
        // three small queries of the run table, run side by side
        List<java.util.concurrent.Callable<List<Row>>> queries = List.of(
                () -> run.groupBy(col("run_status"), org.apache.spark.sql.functions.when(col("run_status").equalTo("failed"), col("reason"))
                                .as("failed_reason"))
                        .agg(org.apache.spark.sql.functions.count(org.apache.spark.sql.functions.lit(1)),
                                org.apache.spark.sql.functions.sum("pages"), org.apache.spark.sql.functions.sum("seconds"))
                        .collectAsList(),
                () -> run.filter(col("run_status").equalTo("failed")).select("output", "pdf", "reason", "message", "cached").collectAsList(),
                () -> run.filter(col("run_status").notEqual("skipped")).orderBy(col("seconds").desc(), col("output"))
                        .limit(10).select("pdf", "run_status", "pages", "seconds").collectAsList());
        List<List<Row>> answers = all(queries, cores);
        for (Row r : answers.get(0)) {
            String status = r.getString(0);
            byStatus.merge(status, r.getLong(2), Long::sum);
            if ("failed".equals(status)) byReason.merge(r.isNullAt(1) ? "null" : r.getString(1), r.getLong(2), Long::sum);
            if ("extracted".equals(status)) {
                pages += r.isNullAt(3) ? 0 : r.getLong(3);
                taskSeconds += r.isNullAt(4) ? 0 : r.getDouble(4);
            }
        }
        List<Row> failedRows = new ArrayList<>(answers.get(1));
        failedRows.sort(Comparator.comparing((Row r) -> r.<String>getAs("output")));
        List<Row> slow = answers.get(2);
        long files = byStatus.values().stream().mapToLong(Long::longValue).sum();
        long extracted = byStatus.getOrDefault("extracted", 0L);
        long skipped = byStatus.getOrDefault("skipped", 0L);
        long renamed = byStatus.getOrDefault("renamed", 0L);
        long failed = byStatus.getOrDefault("failed", 0L);
        phases.end("report");
        double seconds = phases.total();

        ObjectNode root = JSON_OUT.createObjectNode();
        root.put("schema", "bilex-spark-run-report/1");
        root.put("bilex", version);
        root.put("models", models);
        ObjectNode totals = root.putObject("totals");
        totals.put("files", files);
        totals.put("extracted", extracted);
        totals.put("skipped", skipped);
        totals.put("renamed", renamed);
        totals.put("failed", failed);
        ObjectNode reasons = totals.putObject("failed_by_reason");
        byReason.forEach(reasons::put);
        totals.put("pages", pages);
        ArrayNode failures = root.putArray("failures");
        for (Row r : failedRows) {
            ObjectNode f = failures.addObject();
            f.put("pdf", r.<String>getAs("pdf"));
            f.put("reason", r.<String>getAs("reason"));
            f.put("message", r.<String>getAs("message"));
            f.put("cached", r.<Boolean>getAs("cached"));
        }
        ObjectNode timing = root.putObject("timing");
        timing.put("seconds", round(seconds));
        timing.put("cores", cores);
        timing.put("pages_per_second", round(seconds > 0 ? pages / seconds : 0));
        timing.put("pages_per_core_second", round(taskSeconds > 0 ? pages / taskSeconds : 0));
        ObjectNode phaseNode = timing.putObject("phases");
        phaseNode.put("jvm_before_run", round(phases.jvmBefore));
        phases.seconds.forEach((k, v) -> phaseNode.put(k, round(v)));
        ArrayNode slowest = timing.putArray("slowest");
        List<String> slowLines = new ArrayList<>();
        for (Row r : slow) {
            ObjectNode f = slowest.addObject();
            f.put("pdf", r.getString(0));
            f.put("status", r.getString(1));
            if (!r.isNullAt(2)) f.put("pages", r.getInt(2));
            f.put("seconds", round(r.getDouble(3)));
            slowLines.add(r.getString(0) + " " + round(r.getDouble(3)) + " s");
        }
        Fs.writeAtomically(Fs.resolve(out, REPORT), JSON_OUT.writeValueAsBytes(root), () -> true, fs.getConf());

        for (Row r : failedRows) {
            err.println("bilex: " + r.<String>getAs("pdf") + ": " + r.<String>getAs("reason") + ": " + r.<String>getAs("message")
                    + (r.<Boolean>getAs("cached") ? " (unchanged since it failed before)" : ""));
        }
        StringBuilder reasonText = new StringBuilder();
        byReason.forEach((k, v) -> reasonText.append(reasonText.length() == 0 ? "" : ", ").append(v).append(' ').append(k));
        err.println(String.format(Locale.ROOT, "bilex: %d PDFs: %d extracted, %d unchanged (skipped), %d renamed, %d failed%s. %d pages"
                        + " extracted in %.0fs (%.1f pages/s, %d cores). Slowest: %s. Report: %s",
                files, extracted, skipped, renamed, failed, failed > 0 ? " (" + reasonText + ")" : "", pages, seconds,
                seconds > 0 ? pages / seconds : 0, cores, slowLines.isEmpty() ? "none" : String.join(", ", slowLines.subList(0,
                        Math.min(3, slowLines.size()))), Fs.resolve(out, REPORT)));
        return new Summary(files, extracted, skipped, renamed, failed, byReason, pages, seconds, slowLines, failed > 0 ? 1 : 0);
    }

    private static double round(double v) {
        return Math.round(v * 100) / 100.0;
    }

    static String utf8(byte[] b) {
        return new String(b, StandardCharsets.UTF_8);
    }
}
