package org.bilex.curation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.bilex.cli.MainAccess;
import org.bilex.core.EntityType;
import org.bilex.core.Predicate;
import org.bilex.extract.Entity;
import org.bilex.extract.Mention;
import org.bilex.extract.Relation;
import org.bilex.output.DocumentResult;
import org.bilex.output.JsonWriter;
import org.bilex.output.StoredDocument;
import org.bilex.pipeline.Pipeline;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CurationTest {

    static final Path PDF = Path.of("corpus", "000_bc1c06d065d022ba.pdf");
    private static DocumentResult result;

    @BeforeAll
    static void extract() throws Exception {
        result = Pipeline.load(Path.of("models")).process(PDF, PDF.toString());
    }

    static String curation(String sha, String scope, String decisions) {
        return "{\"schema\": \"bilex-curation/1\", \"document\": {\"name\": \"x\", \"sha256\": \"" + sha + "\"},"
                + " \"curator\": \"test\", \"note\": \"written for the test\", \"decisions\": [" + decisions.replace("SCOPE", scope) + "]}";
    }

    static final String DECISIONS = """
            {"action": "reject-entity", "scope": "SCOPE", "entity": {"type": "TISSUE", "canonical": "mesoderm"}, "forms": ["中胚层", "mesoderm"]},
            {"action": "reject-relation", "scope": "SCOPE", "subject": {"type": "CELL", "canonical": "mesenchymal stem cell"},
             "predicate": "DERIVED_FROM", "object": {"type": "TISSUE", "canonical": "adipose tissue"}},
            {"action": "correct-relation", "scope": "SCOPE", "subject": {"type": "VESICLE", "canonical": "mesenchymal stem cell-derived exosome"},
             "predicate": "INHIBITS", "object": {"type": "PROCESS", "canonical": "aging"}, "to": {"predicate": "PROMOTES"}},
            {"action": "add-form", "scope": "SCOPE", "form": "metabolites", "entity": {"type": "CHEMICAL", "canonical": "metabolite"}, "xref": "CHEBI:25212"}
            """;

    private static Curation write(Path dir, String name, String json) throws Exception {
        Path f = dir.resolve(name);
        Files.writeString(f, json);
        return Curation.read(f);
    }

    private static boolean hasRelation(DocumentResult r, String s, Predicate p, String o) {
        Map<String, Entity> byId = new java.util.HashMap<>();
        for (Entity e : r.entities()) byId.put(e.id(), e);
        for (Relation x : r.relations()) {
            if (x.predicate() == p && byId.get(x.subject()).canonical().equals(s) && byId.get(x.object()).canonical().equals(o)) return true;
        }
        return false;
    }

    private static Entity entity(DocumentResult r, EntityType t, String canonical) {
        return r.entities().stream().filter(e -> e.type() == t && e.canonical().equals(canonical)).findFirst().orElse(null);
    }

    @Test
    void decisionsOfTheDocumentApply(@TempDir Path tmp) throws Exception {
        assertTrue(entity(result, EntityType.TISSUE, "mesoderm") != null, "fixture: mesoderm is extracted");
        assertTrue(hasRelation(result, "mesenchymal stem cell-derived exosome", Predicate.INHIBITS, "aging"), "fixture");
        Curation c = write(tmp, "c.json", curation(result.document().sha256(), "document", DECISIONS));
        Curator.Tally tally = new Curator.Tally();
        DocumentResult r = Curator.apply(result, List.of(c), tally);
        assertEquals(null, entity(r, EntityType.TISSUE, "mesoderm"));
        for (Entity e : r.entities()) {
            if (e.type() != EntityType.TISSUE) continue;
            for (Mention m : e.mentions()) assertFalse(List.of("中胚层", "mesoderm").contains(m.text()), "rejected form " + m.text());
        }
        assertFalse(hasRelation(r, "mesenchymal stem cell", Predicate.DERIVED_FROM, "mesoderm"));
        assertFalse(hasRelation(r, "mesenchymal stem cell", Predicate.DERIVED_FROM, "adipose tissue"));
        assertFalse(hasRelation(r, "mesenchymal stem cell-derived exosome", Predicate.INHIBITS, "aging"));
        assertTrue(hasRelation(r, "mesenchymal stem cell-derived exosome", Predicate.PROMOTES, "aging"), "corrected relation");
        Entity added = entity(r, EntityType.CHEMICAL, "metabolite");
        assertTrue(added != null && added.mentions().get(0).text().equals("metabolites"), "added form found");
        Map<String, Integer> counts = tally.counts();
        assertEquals(1, counts.get("entities_rejected"));
        assertEquals(1, counts.get("relations_rejected"));
        assertEquals(1, counts.get("relations_corrected"));
        assertEquals(1, counts.get("entities_added"));
        assertTrue(counts.get("relations_removed_with_entity") >= 2);
        // still a valid, consistent document with ids T1 … and R1 … in order
        StoredDocument d = StoredDocument.parse(JsonWriter.write(r));
        for (int i = 0; i < d.entities().size(); i++) assertEquals("T" + (i + 1), d.entities().get(i).id());
        for (int i = 0; i < d.relations().size(); i++) assertEquals("R" + (i + 1), d.relations().get(i).id());
        assertTrue(tally.wasUsed(c));
    }

    @Test
    void documentDecisionsOfAnotherDocumentDoNotApplyButEverywhereOnesDo(@TempDir Path tmp) throws Exception {
        Curation other = write(tmp, "other.json", curation("ab".repeat(32), "document", DECISIONS));
        Curator.Tally tally = new Curator.Tally();
        assertEquals(result, Curator.apply(result, List.of(other), tally));
        Curations cs = new Curations(List.of(other), "f");
        List<String> unused = cs.unused(tally);
        assertEquals(1, unused.size());
        assertTrue(unused.get(0).contains("other.json") && unused.get(0).contains("matched no PDF"), unused.get(0));
        Curation all = write(tmp, "all.json", curation("ab".repeat(32), "all", DECISIONS));
        assertEquals(null, entity(Curator.apply(result, List.of(all), new Curator.Tally()), EntityType.TISSUE, "mesoderm"));
    }

    @Test
    void badCurationFilesGetOneLineAndAreLeftOut(@TempDir Path tmp) throws Exception {
        Files.writeString(tmp.resolve("broken.json"), "{\"schema\": \"bilex-curation/1\", ");
        Files.writeString(tmp.resolve("foreign.json"), "{\"a\": 1}");
        Files.writeString(tmp.resolve("badtype.json"), curation("ab".repeat(32), "document",
                "{\"action\": \"reject-entity\", \"entity\": {\"type\": \"GENE\", \"canonical\": \"x\"}}"));
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        Curations cs = Curations.load(tmp.resolve("models-none"), List.of(tmp.resolve("broken.json"), tmp.resolve("foreign.json"),
                tmp.resolve("badtype.json")), new PrintStream(err, true, StandardCharsets.UTF_8));
        assertTrue(cs.isEmpty());
        List<String> lines = err.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(3, lines.size(), lines.toString());
        assertTrue(lines.get(0).contains("broken.json") && lines.get(0).contains("not valid JSON"));
        assertTrue(lines.get(1).contains("foreign.json") && lines.get(1).contains("not a curation file"));
        assertTrue(lines.get(2).contains("badtype.json") && lines.get(2).contains("GENE"));
        assertEquals("fp", cs.fingerprint("fp"), "no curation: the pipeline's fingerprint");
    }

    @Test
    void modelsCurationFolderIsPartOfTheFingerprint(@TempDir Path tmp) throws Exception {
        Path models = tmp.resolve("models");
        Files.createDirectories(models.resolve(Curations.DIR));
        Files.writeString(models.resolve(Curations.DIR).resolve("a.json"), curation(result.document().sha256(), "all", DECISIONS));
        Curations one = Curations.load(models, List.of(), System.err);
        assertEquals(1, one.list().size());
        String f1 = one.fingerprint("fp");
        Files.writeString(models.resolve(Curations.DIR).resolve("a.json"), curation(result.document().sha256(), "document", DECISIONS));
        assertFalse(f1.equals(Curations.load(models, List.of(), System.err).fingerprint("fp")));
        assertFalse(f1.equals("fp"));
    }

    @Test
    void extractWithCurationAppliesItAndTheRunReportCountsIt(@TempDir Path tmp) throws Exception {
        Path c = tmp.resolve("c.json");
        Files.writeString(c, curation(result.document().sha256(), "document", DECISIONS));
        Path out = tmp.resolve("out");
        int status = MainAccess.run("extract", "-o", out.toString(), "-j", "1", "--progress", "none", "--curation", c.toString(), "corpus/");
        assertEquals(0, status);
        JsonNode doc = new ObjectMapper().readTree(out.resolve("000_bc1c06d065d022ba.json").toFile());
        for (JsonNode e : doc.path("entities")) assertFalse(e.path("canonical").asText().equals("mesoderm"));
        JsonNode report = new ObjectMapper().readTree(out.resolve("run-report.json").toFile());
        assertEquals(1, report.path("curation").path("entities_rejected").asInt());
        assertEquals(1, report.path("curation").path("relations_corrected").asInt());
    }
}
