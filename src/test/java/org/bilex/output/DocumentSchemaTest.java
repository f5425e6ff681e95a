package org.bilex.output;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Set;
import java.util.function.Consumer;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The JSON Schema of the output: the corpus output is valid; broken documents are not, with the right reason. */
class DocumentSchemaTest {

    static final ObjectMapper M = new ObjectMapper();
    static byte[] corpusJson;

    @BeforeAll
    static void extract() throws Exception {
        corpusJson = Files.readAllBytes(CorpusOutput.files().get(0));
    }

    @Test
    void everyCorpusOutputIsValid() {
        assertFalse(CorpusOutput.files().isEmpty());
        for (Path p : CorpusOutput.files()) {
            StoredDocument d = SchemaAssert.assertValid(p);
            assertFalse(d.sentences().isEmpty(), p.toString());
            assertFalse(d.entities().isEmpty(), p.toString());
            assertFalse(d.relations().isEmpty(), p.toString());
        }
    }

    @Test
    void schemaIsAValidDraft202012SchemaWithTheWritersVersion() throws Exception {
        JsonNode schema = M.readTree(Path.of(DocumentSchema.RESOURCE).toFile());
        // the meta-schema ships with the validator: no network
        var meta = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(com.networknt.schema.SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"),
                        SchemaValidatorsConfig.builder().build());
        Set<ValidationMessage> errors = meta.validate(schema);
        assertTrue(errors.isEmpty(), errors.toString());
        assertEquals("https://json-schema.org/draft/2020-12/schema", schema.get("$schema").asText());
        assertEquals(JsonWriter.SCHEMA, schema.at("/properties/schema/const").asText());
        assertEquals(JsonWriter.SCHEMA, schema.get("title").asText());
        assertEquals(DocumentSchema.ID, schema.get("$id").asText());
        assertTrue(DocumentSchema.ID.endsWith(":" + JsonWriter.SCHEMA.substring(JsonWriter.SCHEMA.indexOf('/') + 1)));
        // the copy in the jar is the file in the repository
        try (var in = DocumentSchema.class.getClassLoader().getResourceAsStream(DocumentSchema.RESOURCE)) {
            assertArrayEquals(Files.readAllBytes(Path.of(DocumentSchema.RESOURCE)), in.readAllBytes());
        }
    }

    static byte[] edit(Consumer<ObjectNode> change) throws Exception {
        ObjectNode root = (ObjectNode) M.readTree(corpusJson);
        change.accept(root);
        return M.writeValueAsBytes(root);
    }

    static StoredDocument.NotBilexException rejected(byte[] json, StoredDocument.Problem problem, String messagePart) {
        var e = assertThrows(StoredDocument.NotBilexException.class, () -> StoredDocument.parse(json));
        assertEquals(problem, e.problem(), e.getMessage());
        assertTrue(e.getMessage().contains(messagePart), e.getMessage());
        assertFalse(e.getMessage().contains("\n"), "one line: " + e.getMessage());
        return e;
    }

    static ObjectNode firstEntity(ObjectNode root) {
        return (ObjectNode) root.withArray("entities").get(0);
    }

    @Test
    void schemaViolationsAreFound() throws Exception {
        rejected(edit(r -> ((ObjectNode) r.get("document")).remove("sha256")), StoredDocument.Problem.INVALID, "sha256");
        rejected(edit(r -> ((ObjectNode) r.get("document")).put("sha256", "XYZ")), StoredDocument.Problem.INVALID, "sha256");
        rejected(edit(r -> r.put("extra", 1)), StoredDocument.Problem.INVALID, "extra");
        rejected(edit(r -> firstEntity(r).put("type", "GENE")), StoredDocument.Problem.INVALID, "type");
        rejected(edit(r -> ((ObjectNode) r.withArray("relations").get(0)).put("predicate", "CAUSES")), StoredDocument.Problem.INVALID,
                "predicate");
        rejected(edit(r -> ((ObjectNode) r.withArray("sentences").get(0)).put("page", "1")), StoredDocument.Problem.INVALID, "page");
        rejected(edit(r -> ((ObjectNode) r.withArray("sentences").get(0)).put("section", "references")),
                StoredDocument.Problem.INVALID, "section");
        // the helper says the same, listing every violation
        byte[] bad = edit(r -> {
            ((ObjectNode) r.get("document")).remove("pages");
            firstEntity(r).put("xref", 7);
        });
        var e = assertThrows(AssertionError.class, () -> SchemaAssert.assertValid(bad, "bad.json"));
        assertTrue(e.getMessage().contains("2 schema violation"), e.getMessage());
    }

    @Test
    void brokenPromisesTheSchemaCannotStateAreFound() throws Exception {
        rejected(edit(r -> ((ObjectNode) firstEntity(r).withArray("mentions").get(0)).put("start", 1)),
                StoredDocument.Problem.INVALID, "entity T1: mention in sentence");
        rejected(edit(r -> ((ObjectNode) firstEntity(r).withArray("mentions").get(0)).put("sentence", 9999)),
                StoredDocument.Problem.INVALID, "no such sentence");
        rejected(edit(r -> ((ObjectNode) firstEntity(r).withArray("mentions").get(0)).put("end", 100000)),
                StoredDocument.Problem.INVALID, "outside");
        rejected(edit(r -> ((ObjectNode) r.withArray("relations").get(0)).put("object", "T9999")),
                StoredDocument.Problem.INVALID, "is not an entity");
        rejected(edit(r -> {
            ObjectNode ev = (ObjectNode) r.withArray("relations").get(0).withArray("evidence").get(0);
            ev.put("trigger", ev.get("trigger").asText() + "x");
        }), StoredDocument.Problem.INVALID, "evidence in sentence");
        rejected(edit(r -> ((ArrayNode) r.withArray("entities")).add(firstEntity(r).deepCopy())),
                StoredDocument.Problem.INVALID, "used twice");
        rejected(edit(r -> ((ObjectNode) r.withArray("sentences").get(1)).put("id", 7)),
                StoredDocument.Problem.INVALID, "sentence 2 has id 7");
    }

    @Test
    void foreignAndMalformedFilesAreToldApart() throws Exception {
        rejected("{\"gold\": true, \"entities\": []}".getBytes(StandardCharsets.UTF_8), StoredDocument.Problem.FOREIGN,
                "not a bilex document");
        rejected("[1, 2, 3]".getBytes(StandardCharsets.UTF_8), StoredDocument.Problem.FOREIGN, "not a bilex document");
        rejected(edit(r -> r.put("schema", "bilex-document/2")), StoredDocument.Problem.FOREIGN, "bilex-document/2");
        rejected(Arrays.copyOf(corpusJson, corpusJson.length / 2), StoredDocument.Problem.MALFORMED, "not valid JSON");
        rejected(new byte[0], StoredDocument.Problem.MALFORMED, "empty");
        rejected("{\"schema\": \"bilex-document/1\"} trailing".getBytes(StandardCharsets.UTF_8), StoredDocument.Problem.MALFORMED,
                "not valid JSON");
    }

    @Test
    void readBackKeepsEveryFieldAndCodePointOffsets() throws Exception {
        StoredDocument d = StoredDocument.parse(corpusJson);
        JsonNode tree = M.readTree(corpusJson);
        // written back with the record's field order, the document is the same JSON
        assertEquals(tree, M.readTree(M.writeValueAsBytes(d)));
        for (StoredDocument.Entity e : d.entities()) {
            for (StoredDocument.Mention m : e.mentions()) {
                String text = d.sentence(m.sentence()).text();
                int from = text.offsetByCodePoints(0, m.start());
                assertEquals(m.text(), text.substring(from, text.offsetByCodePoints(from, m.end() - m.start())));
            }
        }
    }
}
