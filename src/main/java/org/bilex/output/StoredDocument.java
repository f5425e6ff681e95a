package org.bilex.output;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The wire model of a bilex document: the one definition of the JSON file, as Jackson records whose
 * components are the file's fields in the file's order. {@link JsonWriter} writes a
 * {@link DocumentResult} through {@link #of}; exports, {@code bilex load} and {@code bilex evaluate}
 * read files back through {@link #read}; {@code DocumentSchemaTest} checks that the JSON Schema
 * names the same fields. {@link #parse} accepts only a file that is JSON, says it is {@code bilex-document/1},
 * validates against the JSON Schema and is consistent (every id it points at is there; every
 * offset slices the sentence text to the text it gives). Offsets are code points, as in the file.
 */
public record StoredDocument(String schema, Info document, List<Sentence> sentences, List<Entity> entities,
                             List<Relation> relations) {

    public StoredDocument {
        sentences = List.copyOf(sentences);
        entities = List.copyOf(entities);
        relations = List.copyOf(relations);
    }

    /** {@code document}: what the file says about the PDF. */
    public record Info(String name, String source, String sha256, int pages, List<String> languages, int references,
                       @JsonProperty("role_chars") Map<String, Integer> roleChars,
                       @JsonProperty("ocr_pages") List<Integer> ocrPages, List<String> warnings) {

        public Info {
            roleChars = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(roleChars));
        }
    }

    /** A box of one PDF line of a sentence, in PDF points from the page's top-left corner. */
    public record Box(int page, double x0, double y0, double x1, double y1) {
    }

    public record Sentence(int id, int page, String lang, List<String> languages, String section, String heading,
                           String text, List<Integer> citations, boolean ocr, List<Box> boxes) {

        /** Length of the text in code points. */
        public int length() {
            return text.codePointCount(0, text.length());
        }

        /** The text between two code-point offsets. */
        public String slice(int start, int end) {
            int from = text.offsetByCodePoints(0, start);
            return text.substring(from, text.offsetByCodePoints(from, end - start));
        }
    }

    public record Mention(int sentence, int start, int end, String text) {
    }

    public record Entity(String id, String type, String canonical, String xref, List<String> forms,
                         List<Mention> mentions) {
    }

    /** {@code pattern}: the rule or pattern that read the relation; {@code path}: the dependency path it matched ("" without syntax). */
    public record Evidence(int sentence, int page, String trigger,
                           String pattern, String path,
                           int start, int end, List<Integer> citations) {
    }

    public record Relation(String id, String subject, String predicate, String object, boolean negated, boolean hedged,
                           List<Evidence> evidence) {
    }

    /**
     * The wire form of a result: offsets become code points of the sentence text, types and
     * predicates their names, an empty xref null.
     */
    public static StoredDocument of(DocumentResult r) {
        DocumentInfo d = r.document();
        Info info = new Info(d.name(), d.source(), d.sha256(), d.pages(), d.languages(), d.references(), d.roleChars(), d.ocrPages(),
                d.warnings());
        List<org.bilex.nlp.Sentence> in = r.sentences();
        List<Sentence> sentences = new java.util.ArrayList<>(in.size());
        for (org.bilex.nlp.Sentence s : in) {
            List<Box> boxes = new java.util.ArrayList<>(s.boxes().size());
            for (org.bilex.text.PageBox b : s.boxes()) boxes.add(new Box(b.page(), b.x0(), b.y0(), b.x1(), b.y1()));
            sentences.add(new Sentence(s.id(), s.page(), s.lang(), s.languages(), s.role().label(), s.heading(), s.text(),
                    s.citations(), s.ocr(), boxes));
        }
        List<Entity> entities = new java.util.ArrayList<>(r.entities().size());
        for (org.bilex.extract.Entity e : r.entities()) {
            List<Mention> mentions = new java.util.ArrayList<>(e.mentions().size());
            for (org.bilex.extract.Mention m : e.mentions()) {
                String text = in.get(m.sentence() - 1).text();
                mentions.add(new Mention(m.sentence(), text.codePointCount(0, m.start()), text.codePointCount(0, m.end()),
                        m.text()));
            }
            entities.add(new Entity(e.id(), e.type().name(), e.canonical(), e.xref().isEmpty() ? null : e.xref(), e.forms(),
                    mentions));
        }
        List<Relation> relations = new java.util.ArrayList<>(r.relations().size());
        for (org.bilex.extract.Relation x : r.relations()) {
            List<Evidence> evidence = new java.util.ArrayList<>(x.evidence().size());
            for (org.bilex.extract.Evidence ev : x.evidence()) {
                String text = in.get(ev.sentence() - 1).text();
                evidence.add(new Evidence(ev.sentence(), ev.page(), ev.trigger(), ev.pattern(), ev.path(), text.codePointCount(0, ev.start()),
                        text.codePointCount(0, ev.end()), ev.citations()));
            }
            relations.add(new Relation(x.id(), x.subject(), x.predicate().name(), x.object(), x.negated(), x.hedged(),
                    evidence));
        }
        return new StoredDocument(JsonWriter.SCHEMA, info, sentences, entities, relations);
    }

    /** Why a file is not a bilex document. */
    public enum Problem {
        /** not JSON at all, or cut short */
        MALFORMED,
        /** JSON, but not a bilex document (or of a version this bilex does not read) */
        FOREIGN,
        /** says it is a bilex document, but breaks the schema or points at things that are not there */
        INVALID
    }

    /** A file that cannot be read as a bilex document; the message is one line. */
    public static final class NotBilexException extends Exception {
        private final Problem problem;

        public NotBilexException(Problem problem, String message) {
            super(message);
            this.problem = problem;
        }

        public Problem problem() {
            return problem;
        }
    }

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    /** Reads, validates and checks a file. */
    public static StoredDocument read(Path file) throws IOException, NotBilexException {
        return parse(Files.readAllBytes(file));
    }

    /** Parses, validates and checks the bytes of a file. */
    public static StoredDocument parse(byte[] json) throws NotBilexException {
        return fromTree(tree(json));
    }

    /** The JSON tree of the bytes; only checks that they are JSON. */
    public static JsonNode tree(byte[] json) throws NotBilexException {
        if (json.length == 0) throw new NotBilexException(Problem.MALFORMED, "empty file");
        try {
            JsonNode n = MAPPER.readTree(json);
            if (n == null || n.isMissingNode()) throw new NotBilexException(Problem.MALFORMED, "empty file");
            return n;
        } catch (JsonProcessingException e) {
            throw new NotBilexException(Problem.MALFORMED, "not valid JSON: " + oneLine(e.getOriginalMessage())
                    + (e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr()
                    + ", column " + e.getLocation().getColumnNr()));
        } catch (IOException e) {
            throw new NotBilexException(Problem.MALFORMED, "not valid JSON: " + oneLine(e.getMessage()));
        }
    }

    /** Validates a parsed tree and turns it into a document. */
    public static StoredDocument fromTree(JsonNode root) throws NotBilexException {
        JsonNode schema = root.path("schema");
        if (!root.isObject() || !schema.isTextual() || !schema.asText().startsWith("bilex-document/")) {
            throw new NotBilexException(Problem.FOREIGN, "not a bilex document (no \"schema\": \""
                    + JsonWriter.SCHEMA + "\" at the top)");
        }
        if (!schema.asText().equals(JsonWriter.SCHEMA)) {
            throw new NotBilexException(Problem.FOREIGN, schema.asText() + " is not a format this bilex reads ("
                    + JsonWriter.SCHEMA + ")");
        }
        List<String> errors = DocumentSchema.validate(root);
        if (!errors.isEmpty()) {
            throw new NotBilexException(Problem.INVALID, "does not match the schema " + JsonWriter.SCHEMA + ": "
                    + errors.get(0) + (errors.size() > 1 ? " (and " + (errors.size() - 1) + " more)" : ""));
        }
        StoredDocument d;
        try {
            d = MAPPER.treeToValue(root, StoredDocument.class);
        } catch (JsonProcessingException e) {
            throw new NotBilexException(Problem.INVALID, oneLine(e.getOriginalMessage()));
        }
        String problem = d.inconsistency();
        if (problem != null) throw new NotBilexException(Problem.INVALID, problem);
        return d;
    }

    /** The first broken promise of the format that the schema cannot state, or null. */
    public String inconsistency() {
        Map<Integer, Sentence> byId = new HashMap<>();
        for (int i = 0; i < sentences.size(); i++) {
            Sentence s = sentences.get(i);
            if (s.id() != i + 1) return "sentence " + (i + 1) + " has id " + s.id();
        }
        for (Sentence s : sentences) byId.put(s.id(), s);
        Set<String> entityIds = new HashSet<>();
        for (Entity e : entities) {
            if (!entityIds.add(e.id())) return "entity id " + e.id() + " is used twice";
            for (Mention m : e.mentions()) {
                String where = "entity " + e.id() + ": mention in sentence " + m.sentence();
                String err = span(byId.get(m.sentence()), m.start(), m.end(), m.text());
                if (err != null) return where + ": " + err;
            }
        }
        Set<String> relationIds = new HashSet<>();
        for (Relation r : relations) {
            if (!relationIds.add(r.id())) return "relation id " + r.id() + " is used twice";
            if (!entityIds.contains(r.subject())) return "relation " + r.id() + ": subject " + r.subject() + " is not an entity";
            if (!entityIds.contains(r.object())) return "relation " + r.id() + ": object " + r.object() + " is not an entity";
            for (Evidence ev : r.evidence()) {
                String err = span(byId.get(ev.sentence()), ev.start(), ev.end(), ev.trigger());
                if (err != null) return "relation " + r.id() + ": evidence in sentence " + ev.sentence() + ": " + err;
            }
        }
        return null;
    }

    private static String span(Sentence s, int start, int end, String expected) {
        if (s == null) return "no such sentence";
        if (start >= end || end > s.length()) return "span " + start + "-" + end + " is outside its " + s.length() + " code points";
        String got = s.slice(start, end);
        if (!got.equals(expected)) return "span " + start + "-" + end + " is \"" + got + "\", not \"" + expected + "\"";
        return null;
    }

    /** The sentence with an id (ids are 1-based positions). */
    public Sentence sentence(int id) {
        return sentences.get(id - 1);
    }

    static String oneLine(String s) {
        if (s == null) return "";
        return s.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
    }
}
