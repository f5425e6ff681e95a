package org.bilex.spark;

import org.apache.hadoop.conf.Configuration;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.sql.Row;
import org.bilex.output.StoredDocument;

import java.net.URI;
import java.util.Iterator;

/**
 * Reads the JSON of extracted documents (rows: output, models, bilex) into {@link Schemas#NESTED} rows: for the
 * documents a run keeps when the previous tables cannot give their rows (another schema version).
 */
final class JsonTables implements FlatMapFunction<Iterator<Row>, Row> {

    private static final long serialVersionUID = 1L;

    private final String jsonDir;
    private final java.util.HashMap<String, String> hadoop;

    JsonTables(String jsonDir, java.util.HashMap<String, String> hadoop) {
        this.jsonDir = jsonDir;
        this.hadoop = hadoop;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> rows) {
        Configuration conf = Fs.unship(hadoop);
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return rows.hasNext();
            }

            @Override
            public Row next() {
                Row r = rows.next();
                String output = r.getAs("output");
                try {
                    byte[] json = Fs.read(Fs.resolve(URI.create(jsonDir), output), conf);
                    return DocumentRows.nested(StoredDocument.parse(json), output, r.getAs("models"), r.getAs("bilex"));
                } catch (java.io.IOException | StoredDocument.NotBilexException e) {
                    throw new IllegalStateException(output + ": the output the manifest records cannot be read: " + e.getMessage(), e);
                }
            }
        };
    }
}
