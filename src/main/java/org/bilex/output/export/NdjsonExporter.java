package org.bilex.output.export;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import org.bilex.output.StoredDocument;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * NDJSON: every document of the output folder on one line of one file, {@value #FILE}, as the
 * bilex document itself (same fields, same order, no line ends inside), in the order of the
 * documents' paths. With a bulk index name, each document line is preceded by the action line
 * {@code {"index":{"_index":NAME,"_id":SHA256}}} that the bulk APIs of Elasticsearch and
 * OpenSearch read.
 */
public final class NdjsonExporter implements Exporter {

    /** The one file that all documents go to. */
    public static final String FILE = "bilex.ndjson";

    private static final ObjectMapper MAPPER = JsonMapper.builder().build();

    private final String bulkIndex;

    /** Plain NDJSON: one document per line. */
    public NdjsonExporter() {
        this(null);
    }

    /** @param bulkIndex the index to name in bulk action lines, or null for none */
    public NdjsonExporter(String bulkIndex) {
        this.bulkIndex = bulkIndex;
    }

    @Override
    public String format() {
        return "ndjson";
    }

    @Override
    public String target(String relative) {
        return FILE;
    }

    @Override
    public boolean combined() {
        return true;
    }

    @Override
    public byte[] write(StoredDocument d) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(1 << 16);
        try {
            if (bulkIndex != null) {
                var action = MAPPER.createObjectNode();
                action.putObject("index").put("_index", bulkIndex).put("_id", d.document().sha256());
                out.writeBytes(MAPPER.writeValueAsBytes(action));
                out.write('\n');
            }
            out.writeBytes(MAPPER.writeValueAsString(d).getBytes(StandardCharsets.UTF_8));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        out.write('\n');
        return out.toByteArray();
    }
}
