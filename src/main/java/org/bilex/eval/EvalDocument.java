package org.bilex.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

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

    /** Reads a bilex output file. */
    public static EvalDocument readOutput(Path f) throws IOException {
        JsonNode root = JSON.readTree(f.toFile());
        List<EvalEntity> ents = new ArrayList<>();
        Map<String, EvalEntity> byId = new HashMap<>();
        for (JsonNode e : root.path("entities")) {
            EvalEntity x = new EvalEntity(e.path("id").asText(), e.path("type").asText(), e.path("canonical").asText(),
                    e.path("xref").isNull() ? null : e.path("xref").asText(null), strings(e.path("forms")));
            ents.add(x);
            byId.put(x.id(), x);
        }
        Map<Integer, String> sentences = new HashMap<>();
        for (JsonNode s : root.path("sentences")) sentences.put(s.path("id").asInt(), s.path("text").asText());
        List<EvalRelation> rels = new ArrayList<>();
        for (JsonNode r : root.path("relations")) {
            EvalEntity s = byId.get(r.path("subject").asText());
            EvalEntity o = byId.get(r.path("object").asText());
            if (s == null || o == null) continue;
            JsonNode ev = r.path("evidence");
            String text = ev.isArray() && ev.size() > 0 ? sentences.getOrDefault(ev.get(0).path("sentence").asInt(), "") : "";
            rels.add(new EvalRelation(s, r.path("predicate").asText(), o, r.path("negated").asBoolean(false),
                    r.path("hedged").asBoolean(false), text));
        }
        return new EvalDocument(root.path("document").path("name").asText(), ents, rels);
    }

    private static List<String> strings(JsonNode arr) {
        List<String> out = new ArrayList<>();
        for (JsonNode n : arr) out.add(n.asText());
        return out;
    }
}
