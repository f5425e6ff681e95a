package org.bilex.output;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The JSON Schema (draft 2020-12) of the bilex document, {@code schema/bilex-document.schema.json}
 * in the repository and {@code /schema/bilex-document.schema.json} in the jar, checked with
 * networknt's json-schema-validator. Its version is the one in {@link JsonWriter#SCHEMA}.
 */
public final class DocumentSchema {

    /** Where the schema is, in the repository and on the class path. */
    public static final String RESOURCE = "schema/bilex-document.schema.json";
    /** The schema's {@code $id}; ends with the format's version. */
    public static final String ID = "urn:bilex:schema:bilex-document:1";

    private static volatile JsonSchema schema;

    private DocumentSchema() {
    }

    private static JsonSchema schema() {
        JsonSchema s = schema;
        if (s == null) {
            synchronized (DocumentSchema.class) {
                if (schema == null) {
                    try (InputStream in = DocumentSchema.class.getClassLoader().getResourceAsStream(RESOURCE)) {
                        if (in == null) throw new IllegalStateException(RESOURCE + " is not on the class path");
                        JsonSchemaFactory f = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);
                        schema = f.getSchema(in, SchemaValidatorsConfig.builder().build());
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                }
                s = schema;
            }
        }
        return s;
    }

    /** The schema's messages for a JSON tree, sorted; empty when it is valid. */
    public static List<String> validate(JsonNode json) {
        List<String> out = new ArrayList<>();
        for (ValidationMessage m : schema().validate(json)) out.add(StoredDocument.oneLine(m.getMessage()));
        out.sort(null);
        return out;
    }
}
