package org.bilex.output.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import org.bilex.cli.Main;
import org.bilex.output.CorpusOutput;
import org.bilex.output.SchemaAssert;
import org.bilex.output.StoredDocument;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * BioC, PubAnnotation and NDJSON exports of the corpus output and of a synthetic document with
 * characters outside the BMP: each checked against its published structure, every offset
 * checked by slicing the text it points into, output deterministic.
 */
class ExportTest {

    static final ObjectMapper M = new ObjectMapper();
    static final String SYNTHETIC_SHA = "ab".repeat(32);

    @TempDir
    static Path tmp;
    static Path outDir;
    static Path root;
    static Map<String, StoredDocument> docs = new TreeMap<>();

    @BeforeAll
    static void export() throws Exception {
        outDir = CorpusOutput.copyTo(tmp.resolve("out"));
        Files.createDirectories(outDir.resolve("more"));
        Files.write(outDir.resolve("more/synthetic.json"), SyntheticDocument.json("synthetic", SYNTHETIC_SHA));
        for (Path p : files(outDir)) {
            StoredDocument d = SchemaAssert.assertValid(p);
            docs.put(outDir.relativize(p).toString().replace('\\', '/'), d);
        }
        root = tmp.resolve("export");
        Exports.Summary s = Exports.run(outDir, root,
                List.of(new BiocExporter(), new PubAnnotationExporter(), new NdjsonExporter()), System.err);
        assertEquals(docs.size(), s.documents());
        assertEquals(0, s.skipped());
    }

    static List<Path> files(Path dir) throws Exception {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        }
    }

    static JsonSchema format(String name) throws Exception {
        try (InputStream in = ExportTest.class.getResourceAsStream("/formats/" + name + ".schema.json")) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in, SchemaValidatorsConfig.builder().build());
        }
    }

    /** Python's text[begin:end]: code points. */
    static String slice(String text, int begin, int end) {
        int from = text.offsetByCodePoints(0, begin);
        return text.substring(from, text.offsetByCodePoints(from, end - begin));
    }

    static String mentionText(StoredDocument d, String mentionId) {
        String[] p = mentionId.split("_");
        for (StoredDocument.Entity e : d.entities()) {
            if (e.id().equals(p[0])) return e.mentions().get(Integer.parseInt(p[1]) - 1).text();
        }
        throw new AssertionError("no entity for " + mentionId);
    }

    @Test
    void biocFollowsTheBiocStructureAndItsOffsetsPointAtTheMentions() throws Exception {
        JsonSchema schema = format("bioc");
        assertTrue(Files.exists(root.resolve("bioc").resolve(BiocExporter.KEY)));
        int annotations = 0;
        for (Map.Entry<String, StoredDocument> e : docs.entrySet()) {
            Path f = root.resolve("bioc").resolve(e.getKey());
            JsonNode c = M.readTree(f.toFile());
            assertTrue(schema.validate(c).isEmpty(), f + ": " + schema.validate(c));
            StoredDocument d = e.getValue();
            assertEquals(1, c.get("documents").size());
            JsonNode doc = c.get("documents").get(0);
            assertEquals(d.document().name(), doc.get("id").asText());
            assertEquals(d.document().sha256(), doc.at("/infons/sha256").asText());
            assertEquals(d.sentences().size(), doc.get("passages").size());
            Map<String, JsonNode> byId = new HashMap<>();
            int expectedOffset = 0;
            for (int i = 0; i < d.sentences().size(); i++) {
                JsonNode p = doc.get("passages").get(i);
                StoredDocument.Sentence s = d.sentences().get(i);
                assertEquals(expectedOffset, p.get("offset").asInt(), "passage offsets follow one another");
                assertEquals(s.text(), p.get("text").asText());
                assertEquals(s.section(), p.at("/infons/type").asText());
                expectedOffset += s.length() + 1;
                for (JsonNode a : p.get("annotations")) {
                    annotations++;
                    assertTrue(byId.put(a.get("id").asText(), a) == null, "annotation ids are unique");
                    JsonNode loc = a.get("locations").get(0);
                    int begin = loc.get("offset").asInt() - p.get("offset").asInt();
                    String text = slice(s.text(), begin, begin + loc.get("length").asInt());
                    assertEquals(a.get("text").asText(), text, f + " " + a);
                    if (a.at("/infons/type").asText().equals("TRIGGER")) continue;
                    assertEquals(mentionText(d, a.get("id").asText()), text);
                    StoredDocument.Entity ent = d.entities().stream().filter(x -> x.id().equals(a.at("/infons/entity").asText()))
                            .findFirst().orElseThrow();
                    assertEquals(ent.type(), a.at("/infons/type").asText());
                    assertEquals(ent.xref() == null ? "-" : ent.xref(), a.at("/infons/identifier").asText());
                }
            }
            long mentions = d.entities().stream().mapToLong(x -> x.mentions().size()).sum();
            long evidence = d.relations().stream().mapToLong(x -> x.evidence().size()).sum();
            assertEquals(mentions + evidence, byId.size());
            assertEquals(d.relations().size(), doc.get("relations").size());
            for (int i = 0; i < d.relations().size(); i++) {
                StoredDocument.Relation r = d.relations().get(i);
                JsonNode rel = doc.get("relations").get(i);
                assertEquals(r.id(), rel.get("id").asText());
                assertEquals(r.predicate(), rel.at("/infons/type").asText());
                assertEquals(Boolean.toString(r.negated()), rel.at("/infons/negated").asText());
                List<String> triggers = new ArrayList<>();
                for (JsonNode n : rel.get("nodes")) {
                    JsonNode a = byId.get(n.get("refid").asText());
                    assertTrue(a != null, "node points at an annotation: " + n);
                    switch (n.get("role").asText()) {
                        case "subject" -> assertEquals(r.subject(), a.at("/infons/entity").asText());
                        case "object" -> assertEquals(r.object(), a.at("/infons/entity").asText());
                        case "trigger" -> triggers.add(a.get("text").asText());
                        default -> throw new AssertionError(n.toString());
                    }
                }
                assertEquals(r.evidence().stream().map(StoredDocument.Evidence::trigger).toList(), triggers);
            }
        }
        assertTrue(annotations > 500, "corpus annotations: " + annotations);
    }

    @Test
    void pubAnnotationFollowsItsFormatAndSpansAreCodePointsOfText() throws Exception {
        JsonSchema schema = format("pubannotation");
        for (Map.Entry<String, StoredDocument> e : docs.entrySet()) {
            Path f = root.resolve("pubannotation").resolve(e.getKey());
            JsonNode pa = M.readTree(f.toFile());
            assertTrue(schema.validate(pa).isEmpty(), f + ": " + schema.validate(pa));
            StoredDocument d = e.getValue();
            String text = pa.get("text").asText();
            assertEquals(String.join("\n", d.sentences().stream().map(StoredDocument.Sentence::text).toList()), text);
            Set<String> ids = new HashSet<>();
            for (JsonNode den : pa.get("denotations")) {
                String id = den.get("id").asText();
                assertTrue(ids.add(id));
                String got = slice(text, den.at("/span/begin").asInt(), den.at("/span/end").asInt());
                assertEquals(mentionText(d, id), got, f + " " + den);
            }
            assertEquals(d.entities().stream().mapToLong(x -> x.mentions().size()).sum(), ids.size());
            Set<String> relIds = new HashSet<>();
            for (JsonNode r : pa.get("relations")) {
                assertTrue(relIds.add(r.get("id").asText()));
                assertTrue(ids.contains(r.get("subj").asText()) && ids.contains(r.get("obj").asText()), r.toString());
                String rid = r.get("id").asText().split("_")[0];
                StoredDocument.Relation rel = d.relations().stream().filter(x -> x.id().equals(rid)).findFirst().orElseThrow();
                assertEquals(rel.predicate(), r.get("pred").asText());
                assertEquals(rel.subject(), r.get("subj").asText().split("_")[0]);
                assertEquals(rel.object(), r.get("obj").asText().split("_")[0]);
            }
            assertEquals(d.relations().stream().mapToLong(x -> x.evidence().size()).sum(), relIds.size());
            for (JsonNode a : pa.get("attributes")) {
                assertTrue(ids.contains(a.get("subj").asText()) || relIds.contains(a.get("subj").asText()), a.toString());
            }
        }
    }

    @Test
    void syntheticOffsetsAreCodePointsNotUtf16Units() throws Exception {
        JsonNode pa = M.readTree(root.resolve("pubannotation/more/synthetic.json").toFile());
        String text = pa.get("text").asText();
        JsonNode cd63 = null;
        for (JsonNode den : pa.get("denotations")) if (den.get("id").asText().equals("T2_1")) cd63 = den;
        int begin = cd63.at("/span/begin").asInt();
        assertEquals("CD63", slice(text, begin, cd63.at("/span/end").asInt()));
        assertNotEquals(text.indexOf("CD63"), begin, "two characters before it take two UTF-16 units each");
        assertEquals(text.codePointCount(0, text.indexOf("CD63")), begin);
        // the subject of R1 (the exosome) is carried from the sentence before; R3 is negated, R2 hedged
        JsonNode attrs = pa.get("attributes");
        assertTrue(attrs.toString().contains("{\"id\":\"A"), attrs.toString());
        assertTrue(hasAttribute(attrs, "R3_1", "negated") && hasAttribute(attrs, "R2_1", "hedged"));
        assertFalse(hasAttribute(attrs, "R1_1", "negated"));
        JsonNode bioc = M.readTree(root.resolve("bioc/more/synthetic.json").toFile()).at("/documents/0");
        JsonNode p1 = bioc.at("/passages/1");
        assertEquals(SyntheticDocument.S1.codePointCount(0, SyntheticDocument.S1.length()) + 1, p1.get("offset").asInt());
        JsonNode r1 = bioc.at("/relations/0");
        assertEquals("T3_1", r1.at("/nodes/0/refid").asText());
        assertEquals("T4_1", r1.at("/nodes/1/refid").asText());
    }

    static boolean hasAttribute(JsonNode attrs, String subj, String pred) {
        for (JsonNode a : attrs) if (a.get("subj").asText().equals(subj) && a.get("pred").asText().equals(pred)) return true;
        return false;
    }

    @Test
    void ndjsonHasOneBilexDocumentPerLine() throws Exception {
        byte[] bytes = Files.readAllBytes(root.resolve("ndjson").resolve(NdjsonExporter.FILE));
        String all = new String(bytes, StandardCharsets.UTF_8);
        assertTrue(all.endsWith("\n"));
        String[] lines = all.substring(0, all.length() - 1).split("\n", -1);
        assertEquals(docs.size(), lines.length);
        int i = 0;
        for (Map.Entry<String, StoredDocument> e : docs.entrySet()) {
            byte[] line = lines[i++].getBytes(StandardCharsets.UTF_8);
            SchemaAssert.assertValid(line, "ndjson line " + i);
            assertEquals(M.readTree(outDir.resolve(e.getKey()).toFile()), M.readTree(line), "the line is the document");
        }
        // bulk action lines for Elasticsearch / OpenSearch
        byte[] bulk = new NdjsonExporter("bilex").write(docs.values().iterator().next());
        String[] two = new String(bulk, StandardCharsets.UTF_8).split("\n");
        assertEquals(2, two.length);
        JsonNode action = M.readTree(two[0]);
        assertEquals("bilex", action.at("/index/_index").asText());
        assertEquals(docs.values().iterator().next().document().sha256(), action.at("/index/_id").asText());
    }

    @Test
    void exportsAreDeterministic() throws Exception {
        Path again = tmp.resolve("again");
        Exports.run(outDir, again, List.of(new BiocExporter(), new PubAnnotationExporter(), new NdjsonExporter()), System.err);
        List<Path> a = files(root), b = files(again);
        assertEquals(a.stream().map(p -> root.relativize(p).toString()).toList(), b.stream().map(p -> again.relativize(p).toString()).toList());
        for (int i = 0; i < a.size(); i++) assertArrayEquals(Files.readAllBytes(a.get(i)), Files.readAllBytes(b.get(i)), a.get(i).toString());
    }

    @Test
    void commandSkipsBadFilesWithOneLineEachAndExportsTheRest() throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("mixed"));
        Files.copy(CorpusOutput.files().get(0), dir.resolve("good.json"));
        Files.writeString(dir.resolve("broken.json"), "{\"schema\": \"bilex-document/1\", \"document\": {");
        Files.writeString(dir.resolve("gold.json"), "{\"entities\": [], \"relations\": []}");
        Files.writeString(dir.resolve("notes.txt"), "not JSON, not looked at");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream old = System.err;
        int code;
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            code = Main.run("export", "--format", "bioc,ndjson", dir.toString());
        } finally {
            System.setErr(old);
        }
        String out = err.toString(StandardCharsets.UTF_8);
        assertEquals(1, code, out);
        List<String> lines = out.lines().toList();
        assertTrue(lines.stream().anyMatch(l -> l.contains("broken.json: skipped: not valid JSON")), out);
        assertTrue(lines.stream().anyMatch(l -> l.contains("gold.json: skipped: not a bilex document")), out);
        assertFalse(out.contains("notes.txt"), out);
        assertTrue(Files.exists(dir.resolve("export/bioc/good.json")));
        assertEquals(1, Files.readAllLines(dir.resolve("export/ndjson/bilex.ndjson")).size());
        assertFalse(Files.exists(dir.resolve("export/bioc/broken.json")));
        // a second run does not read its own exports
        Files.delete(dir.resolve("broken.json"));
        Files.delete(dir.resolve("gold.json"));
        assertEquals(0, Main.run("export", "-f", "pubannotation", dir.toString()));
        assertEquals(2, Main.run("export", "-f", "brat", dir.toString()));
    }
}
