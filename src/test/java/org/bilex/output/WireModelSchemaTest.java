package org.bilex.output;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.lang.reflect.RecordComponent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The JSON Schema and the wire model ({@link StoredDocument} and its records) name the same fields
 * in the same order, all required, no others allowed: a field added to one and not the other fails here.
 */
class WireModelSchemaTest {

    private static final Map<String, Class<? extends Record>> DEFS = new LinkedHashMap<>();

    static {
        DEFS.put("document", StoredDocument.Info.class);
        DEFS.put("sentence", StoredDocument.Sentence.class);
        DEFS.put("box", StoredDocument.Box.class);
        DEFS.put("entity", StoredDocument.Entity.class);
        DEFS.put("mention", StoredDocument.Mention.class);
        DEFS.put("relation", StoredDocument.Relation.class);
        DEFS.put("evidence", StoredDocument.Evidence.class);
    }

    static List<String> fields(Class<? extends Record> c) {
        List<String> out = new ArrayList<>();
        for (RecordComponent rc : c.getRecordComponents()) {
            JsonProperty p = rc.getAccessor().getAnnotation(JsonProperty.class);
            out.add(p != null && !p.value().isEmpty() ? p.value() : rc.getName());
        }
        return out;
    }

    static List<String> names(JsonNode n) {
        List<String> out = new ArrayList<>();
        n.fieldNames().forEachRemaining(out::add);
        return out;
    }

    static List<String> strings(JsonNode n) {
        List<String> out = new ArrayList<>();
        for (JsonNode x : n) out.add(x.asText());
        return out;
    }

    @Test
    void everyObjectOfTheSchemaIsARecordOfTheWireModel() throws Exception {
        JsonNode schema = new ObjectMapper().readTree(Path.of("schema/bilex-document.schema.json").toFile());
        check("top", schema, StoredDocument.class);
        for (Map.Entry<String, Class<? extends Record>> e : DEFS.entrySet()) {
            JsonNode def = schema.path("$defs").path(e.getKey());
            assertTrue(def.isObject(), "schema has no $defs/" + e.getKey());
            check(e.getKey(), def, e.getValue());
        }
        // and no object definition of the schema is left without its record
        for (String def : names(schema.path("$defs"))) {
            if (schema.path("$defs").path(def).has("properties")) assertTrue(DEFS.containsKey(def), "no record for $defs/" + def);
        }
    }

    @Test
    void theCheckSeesAFieldTheRecordLacksAndARenamedOne() {
        record Short(String id, @JsonProperty("sub_ject") String subject) {
        }
        ObjectMapper m = new ObjectMapper();
        com.fasterxml.jackson.databind.node.ObjectNode def = m.createObjectNode();
        def.putObject("properties").put("id", 1).put("sub_ject", 1);
        def.putArray("required").add("id").add("sub_ject");
        def.put("additionalProperties", false);
        check("ok", def, Short.class);
        ((com.fasterxml.jackson.databind.node.ObjectNode) def.path("properties")).put("object", 1);
        org.junit.jupiter.api.Assertions.assertThrows(org.opentest4j.AssertionFailedError.class, () -> check("extra", def, Short.class));
    }

    private static void check(String where, JsonNode def, Class<? extends Record> c) {
        List<String> fields = fields(c);
        assertEquals(names(def.path("properties")), fields, where + ": schema properties vs " + c.getSimpleName());
        assertEquals(fields, strings(def.path("required")), where + ": every field of " + c.getSimpleName() + " is required");
        assertEquals(false, def.path("additionalProperties").asBoolean(true), where + ": no other field is allowed");
    }
}
