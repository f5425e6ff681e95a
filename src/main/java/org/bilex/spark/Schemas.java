package org.bilex.spark;

import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Metadata;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

import java.util.ArrayList;
import java.util.List;

/**
 * The Parquet tables under {@code OUTPUT/tables/} (README, "Spark"): their columns, and the schema
 * version written to {@code tables/schema.json}. Every table of the document has {@code doc_sha256}
 * (the PDF's SHA-256) and {@code output} (the JSON file, relative to {@code OUTPUT/json/}); with the
 * id of the row's item they are its key, stable across runs as long as the PDF and models are.
 */
final class Schemas {

    /** Bumped when a column is renamed, removed or changes meaning (adding one does not). */
    static final String VERSION = "bilex-tables/1";

    static final DataType STR = DataTypes.StringType;
    static final DataType INT = DataTypes.IntegerType;
    static final DataType LONG = DataTypes.LongType;
    static final DataType BOOL = DataTypes.BooleanType;
    static final DataType DOUBLE = DataTypes.DoubleType;

    private Schemas() {
    }

    static StructField f(String name, DataType t) {
        return new StructField(name, t, true, Metadata.empty());
    }

    static ArrayType arr(DataType t) {
        return DataTypes.createArrayType(t, true);
    }

    static StructType struct(StructField... fields) {
        return new StructType(fields);
    }

    /** One row per PDF as the manifest table records it (the columns of {@code .bilex-manifest.json}). */
    static final StructType MANIFEST = struct(
            f("output", STR), f("pdf", STR), f("uri", STR), f("pdf_bytes", LONG), f("sha256", STR), f("models", STR),
            f("bilex", STR), f("status", STR), f("reason", STR), f("message", STR), f("error_class", STR),
            f("pages", INT), f("sentences", INT), f("entities", INT), f("relations", INT),
            f("output_sha256", STR), f("output_bytes", LONG));

    /**
     * A row of the run: the manifest's columns, what the run did, whether a failure was cached, its time, and for a
     * renamed PDF the earlier output it took over.
     */
    static final StructType RUN = append(MANIFEST, f("run_status", STR), f("cached", BOOL), f("seconds", DOUBLE),
            f("renamed_from", STR));

    /** The failures: the manifest's failed rows. */
    static final List<String> FAILURES = List.of("output", "pdf", "uri", "pdf_bytes", "sha256", "reason", "message",
            "error_class", "models", "bilex");

    static final StructType BOX = struct(f("page", INT), f("x0", DOUBLE), f("y0", DOUBLE), f("x1", DOUBLE), f("y1", DOUBLE));

    static final StructType SENTENCE = struct(f("sentence_id", INT), f("page", INT), f("lang", STR), f("languages", arr(STR)),
            f("section", STR), f("heading", STR), f("text", STR), f("citations", arr(INT)), f("ocr", BOOL), f("boxes", arr(BOX)));

    static final StructType MENTION = struct(f("mention_no", INT), f("sentence_id", INT), f("start", INT), f("end", INT),
            f("text", STR));

    static final StructType ENTITY = struct(f("entity_id", STR), f("type", STR), f("canonical", STR), f("xref", STR),
            f("forms", arr(STR)), f("mentions", arr(MENTION)));

    static final StructType EVIDENCE = struct(f("sentence_id", INT), f("page", INT), f("trigger", STR), f("pattern", STR),
            f("path", STR), f("start", INT), f("end", INT), f("citations", arr(INT)));

    static final StructType RELATION = struct(f("relation_id", STR), f("subject_id", STR), f("predicate", STR),
            f("object_id", STR), f("negated", BOOL), f("hedged", BOOL), f("evidence", arr(EVIDENCE)));

    /** One document with its parts nested: read once from its JSON, then exploded into the tables. */
    static final StructType NESTED = struct(
            f("doc_sha256", STR), f("output", STR), f("name", STR), f("source", STR), f("pages", INT),
            f("languages", arr(STR)), f("references", INT), f("role_chars", DataTypes.createMapType(STR, INT)),
            f("ocr_pages", arr(INT)), f("warnings", arr(STR)), f("models", STR), f("bilex", STR),
            f("sentence_rows", arr(SENTENCE)), f("entity_rows", arr(ENTITY)), f("relation_rows", arr(RELATION)));

    /** What an extraction task gives per PDF: its {@link #RUN} row and, when the run wrote its JSON, that JSON as {@link #NESTED}. */
    static final StructType RUN_DOCS = append(RUN, f("doc", NESTED));

    static StructType append(StructType t, StructField... more) {
        List<StructField> all = new ArrayList<>(List.of(t.fields()));
        all.addAll(List.of(more));
        return new StructType(all.toArray(StructField[]::new));
    }
}
