package org.bilex.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.bilex.output.StoredDocument;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The entities and relations of one document, read from a gold file or a bilex output file. */
public record EvalDocument(String name, List<EvalEntity> entities, List<EvalRelation> relations) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Reads a gold file of the annotation guide's format. */
    public static EvalDocument readGold(Path f) throws IOException {
        JsonNode root = JSON.readTree(f.toFile());
        List<EvalEntity> ents = new ArrayList<>();
        Map<String, EvalEntity> byCanonical = new HashMap<>();
        for (JsonNode e : root.path("entities")) {
            EvalEntity x = new EvalEntity(null, e.path("type").asText(), e.path("canonical").asText(),
                    e.path("id").isNull() || e.path("id").isMissingNode() ? null : e.path("id").asText(), strings(e.path("forms")));
            ents.add(x);
            byCanonical.putIfAbsent(x.canonical(), x);
        }
        List<EvalRelation> rels = new ArrayList<>();
        for (JsonNode r : root.path("relations")) {
            EvalEntity s = byCanonical.get(r.path("subject").asText());
            EvalEntity o = byCanonical.get(r.path("object").asText());
            if (s == null) s = new EvalEntity(null, "?", r.path("subject").asText(), null, List.of());
            if (o == null) o = new EvalEntity(null, "?", r.path("object").asText(), null, List.of());
            String ev = r.path("evidence").isArray() && r.path("evidence").size() > 0 ? r.path("evidence").get(0).asText() : "";
            rels.add(new EvalRelation(s, r.path("predicate").asText(), o, r.path("negated").asBoolean(false),
                    r.path("hedged").asBoolean(false), ev));
        }
        return new EvalDocument(root.path("document").asText(), ents, rels);
    }

    /** Reads a bilex output file (through the wire model, so a file that is not one fails with its reason). */
    public static EvalDocument readOutput(Path f) throws IOException {
        StoredDocument d;
        try {
            d = StoredDocument.read(f);
        } catch (StoredDocument.NotBilexException e) {
            throw new IOException(f + ": " + e.getMessage(), e);
        }
        List<EvalEntity> ents = new ArrayList<>();
        Map<String, EvalEntity> byId = new HashMap<>();
        for (StoredDocument.Entity e : d.entities()) {
            EvalEntity x = new EvalEntity(e.id(), e.type(), e.canonical(), e.xref(), e.forms());
            ents.add(x);
            byId.put(x.id(), x);
        }
        List<EvalRelation> rels = new ArrayList<>();
        for (StoredDocument.Relation r : d.relations()) {
            EvalEntity s = byId.get(r.subject());
            EvalEntity o = byId.get(r.object());
            if (s == null || o == null) continue;
            String text = r.evidence().isEmpty() ? "" : d.sentence(r.evidence().get(0).sentence()).text();
            rels.add(new EvalRelation(s, r.predicate(), o, r.negated(), r.hedged(), text));
        }
        return new EvalDocument(d.document().name(), ents, rels);
    }

    private static List<String> strings(JsonNode arr) {
        List<String> out = new ArrayList<>();
        for (JsonNode n : arr) out.add(n.asText());
        return out;
    }
}
