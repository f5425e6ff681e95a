package org.bilex.output;

import com.fasterxml.jackson.databind.JsonNode;
import org.opentest4j.AssertionFailedError;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Test helper: asserts that a bilex output validates against {@code schema/bilex-document.schema.json}
 * (with networknt's json-schema-validator) and keeps the promises the schema cannot state (ids
 * that exist, offsets that slice the sentence text to the mention and trigger text). Call it on
 * every JSON output a test produces:
 *
 * <pre>{@code SchemaAssert.assertValid(outputFile);  SchemaAssert.assertValid(JsonWriter.write(result), "name");}</pre>
 */
public final class SchemaAssert {

    private SchemaAssert() {
    }

    /** Asserts that the file is a valid bilex document; returns it read back. */
    public static StoredDocument assertValid(Path json) {
        try {
            return assertValid(Files.readAllBytes(json), json.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Asserts that the bytes are a valid bilex document; returns it read back. */
    public static StoredDocument assertValid(byte[] json, String label) {
        JsonNode tree;
        try {
            tree = StoredDocument.tree(json);
        } catch (StoredDocument.NotBilexException e) {
            throw new AssertionFailedError(label + ": " + e.getMessage());
        }
        List<String> errors = schemaErrors(tree);
        if (!errors.isEmpty()) {
            throw new AssertionFailedError(label + ": " + errors.size() + " schema violation(s):\n  " + String.join("\n  ", errors));
        }
        try {
            return StoredDocument.fromTree(tree);
        } catch (StoredDocument.NotBilexException e) {
            throw new AssertionFailedError(label + ": " + e.getMessage());
        }
    }

    /** The schema's messages for a JSON tree (empty when valid), without the consistency checks. */
    public static List<String> schemaErrors(JsonNode json) {
        return DocumentSchema.validate(json);
    }
}
