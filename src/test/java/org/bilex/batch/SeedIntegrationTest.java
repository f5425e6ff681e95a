package org.bilex.batch;

import org.bilex.pipeline.Pipeline;
import org.bilex.eval.Counts;
import org.bilex.eval.Evaluation;
import org.bilex.output.DocumentResult;
import org.bilex.output.JsonWriter;
import org.bilex.pdf.PdfBoxReader;
import org.bilex.pdf.PdfOptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The whole pipeline on the seed PDF, scored against the gold file by the annotation guide's
 * rules: the floors the product promises.
 */
class SeedIntegrationTest {

    static final Path PDF = Path.of("corpus/000_bc1c06d065d022ba.pdf");
    static final Path GOLD = Path.of("../shared/gold");

    @TempDir
    static Path out;
    static Pipeline pipeline;
    static byte[] json;
    static Evaluation eval;

    @BeforeAll
    static void extract() throws Exception {
        pipeline = Pipeline.load(Path.of("models"), PdfOptions.defaults().withOcr(false));
        DocumentResult r = pipeline.process(PDF, "corpus/000_bc1c06d065d022ba.pdf");
        json = JsonWriter.write(r);
        Files.write(out.resolve("000_bc1c06d065d022ba.json"), json);
        eval = Evaluation.run(GOLD, out);
    }

    @Test
    void entityFloors() {
        Counts all = eval.entityTotal();
        System.out.printf("entities P %.3f R %.3f F1 %.3f%n", all.precision(), all.recall(), all.f1());
        assertTrue(all.f1() >= 0.85, "entity micro F1 " + all.f1());
        for (String type : List.of("MIRNA", "MARKER", "CYTOKINE", "GROWTH_FACTOR", "PATHWAY")) {
            Counts c = eval.entities().get(type);
            assertTrue(c.f1() >= 0.90, type + " F1 " + c.f1());
        }
    }

    @Test
    void relationFloors() {
        Counts all = eval.relationTotal();
        System.out.printf("relations P %.3f R %.3f F1 %.3f%n", all.precision(), all.recall(), all.f1());
        assertTrue(all.precision() >= 0.75, "relation precision " + all.precision());
        assertTrue(all.f1() >= 0.60, "relation F1 " + all.f1());
    }

    @Test
    void outputFollowsTheSchema() {
        org.bilex.output.SchemaAssert.assertValid(json, "seed output");
    }

    @Test
    void sameInputSameBytes() throws Exception {
        byte[] again = JsonWriter.write(pipeline.process(PDF, "corpus/000_bc1c06d065d022ba.pdf"));
        assertArrayEquals(json, again);
    }

    @Test
    void offsetsPointAtTheMentionText() throws Exception {
        com.fasterxml.jackson.databind.JsonNode root = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
        java.util.Map<Integer, String> text = new java.util.HashMap<>();
        for (com.fasterxml.jackson.databind.JsonNode s : root.path("sentences")) text.put(s.path("id").asInt(), s.path("text").asText());
        int checked = 0;
        for (com.fasterxml.jackson.databind.JsonNode e : root.path("entities")) {
            for (com.fasterxml.jackson.databind.JsonNode m : e.path("mentions")) {
                String t = text.get(m.path("sentence").asInt());
                int[] cps = t.codePoints().toArray();
                String slice = new String(cps, m.path("start").asInt(), m.path("end").asInt() - m.path("start").asInt());
                assertEquals(m.path("text").asText(), slice);
                checked++;
            }
        }
        for (com.fasterxml.jackson.databind.JsonNode r : root.path("relations")) {
            for (com.fasterxml.jackson.databind.JsonNode ev : r.path("evidence")) {
                String t = text.get(ev.path("sentence").asInt());
                int[] cps = t.codePoints().toArray();
                assertEquals(ev.path("trigger").asText(), new String(cps, ev.path("start").asInt(), ev.path("end").asInt() - ev.path("start").asInt()));
            }
        }
        assertTrue(checked > 300, "mentions checked " + checked);
    }

    @Test
    void theCommittedOutputIsCurrent() throws Exception {
        Path committed = Path.of("output/000_bc1c06d065d022ba.json");
        assertTrue(Files.exists(committed), "output/ holds the committed extraction of corpus/");
        assertArrayEquals(Files.readAllBytes(committed), json,
                "output/ is stale: run ./bilex extract corpus/ and commit output/");
    }

    /** The committed manifest names today's models fingerprint, so `./bilex extract corpus/` finds output/ current. */
    @Test
    void theCommittedManifestNamesTheCurrentModels() throws Exception {
        String current = org.bilex.cli.Extraction.fingerprint(Path.of("models"), java.util.List.of(), System.err);
        com.fasterxml.jackson.databind.JsonNode files = new com.fasterxml.jackson.databind.ObjectMapper()
                .readTree(Path.of("output/.bilex-manifest.json").toFile()).path("files");
        assertTrue(files.size() > 0, "output/.bilex-manifest.json lists the committed outputs");
        files.forEach(f -> assertEquals(current, f.path("models").asText(),
                "output/.bilex-manifest.json is stale: run ./bilex extract corpus/ and commit output/"));
    }
}
