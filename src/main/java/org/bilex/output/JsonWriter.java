package org.bilex.output;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import org.bilex.extract.Entity;
import org.bilex.extract.Evidence;
import org.bilex.extract.Mention;
import org.bilex.extract.Relation;
import org.bilex.nlp.Sentence;
import org.bilex.text.PageBox;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Writes a {@link DocumentResult} as the bilex document JSON ({@code schema/bilex-document.schema.json}).
 * Fields are written in a fixed order, numbers in a fixed format and line ends as LF, so the
 * same result always gives the same bytes. Offsets are Unicode code points of the sentence text.
 */
public final class JsonWriter {

    public static final String SCHEMA = "bilex-document/1";

    private static final JsonFactory FACTORY = new JsonFactory();

    private JsonWriter() {
    }

    /**
     * A generator with the layout of every bilex JSON file: objects indented by two spaces with LF
     * line ends, arrays on one line. Shared by the document writer, {@link #rename} and the batch
     * manifest and report, so that they all lay out JSON the same way.
     */
    public static JsonGenerator generator(OutputStream out) throws IOException {
        JsonGenerator g = FACTORY.createGenerator(out, JsonEncoding.UTF8);
        g.setPrettyPrinter(new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(DefaultPrettyPrinter.FixedSpaceIndenter.instance));
        return g;
    }

    public static byte[] write(DocumentResult r) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
        try (JsonGenerator g = generator(bytes)) {
            g.writeStartObject();
            g.writeStringField("schema", SCHEMA);
            document(g, r.document());
            g.writeArrayFieldStart("sentences");
            for (Sentence s : r.sentences()) sentence(g, s);
            g.writeEndArray();
            g.writeArrayFieldStart("entities");
            for (Entity e : r.entities()) entity(g, e, r.sentences());
            g.writeEndArray();
            g.writeArrayFieldStart("relations");
            for (Relation rel : r.relations()) relation(g, rel, r.sentences());
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        bytes.write('\n');
        return bytes.toByteArray();
    }

    /**
     * Re-emits a document JSON written by {@link #write} with a new {@code document.name} and
     * {@code document.source} and everything else as it was: the bytes are those that {@link #write}
     * gives for the same result under the new name. Tokens are copied one by one through the same
     * generator settings; numbers keep their text, so no value is re-formatted. Used when a PDF was
     * renamed or moved and its output is moved rather than extracted again.
     *
     * @throws IOException when {@code json} is not a bilex document
     */
    public static byte[] rename(byte[] json, String name, String source) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(json.length + 256);
        boolean sawName = false;
        boolean sawSource = false;
        try (JsonParser p = FACTORY.createParser(json); JsonGenerator g = generator(bytes)) {
            int depth = 0;
            boolean inDocument = false;
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                switch (t) {
                    case START_OBJECT, START_ARRAY -> {
                        if (depth == 1 && t == JsonToken.START_OBJECT && "document".equals(p.currentName())) inDocument = true;
                        depth++;
                        g.copyCurrentEvent(p);
                    }
                    case END_OBJECT, END_ARRAY -> {
                        depth--;
                        if (depth == 1) inDocument = false;
                        g.copyCurrentEvent(p);
                    }
                    case VALUE_STRING -> {
                        String field = p.currentName();
                        if (inDocument && depth == 2 && "name".equals(field)) {
                            g.writeString(name);
                            sawName = true;
                        } else if (inDocument && depth == 2 && "source".equals(field)) {
                            g.writeString(source);
                            sawSource = true;
                        } else {
                            g.writeString(p.getText());
                        }
                    }
                    case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> g.writeNumber(p.getText());
                    default -> g.copyCurrentEvent(p);
                }
            }
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IOException("not a bilex document: " + e.getOriginalMessage(), e);
        }
        if (!sawName || !sawSource) throw new IOException("not a bilex document: no document.name and document.source");
        bytes.write('\n');
        return bytes.toByteArray();
    }

    private static void document(JsonGenerator g, DocumentInfo d) throws IOException {
        g.writeObjectFieldStart("document");
        g.writeStringField("name", d.name());
        g.writeStringField("source", d.source());
        g.writeStringField("sha256", d.sha256());
        g.writeNumberField("pages", d.pages());
        stringArray(g, "languages", d.languages());
        g.writeNumberField("references", d.references());
        intArray(g, "ocr_pages", d.ocrPages());
        stringArray(g, "warnings", d.warnings());
        g.writeEndObject();
    }

    private static void sentence(JsonGenerator g, Sentence s) throws IOException {
        g.writeStartObject();
        g.writeNumberField("id", s.id());
        g.writeNumberField("page", s.page());
        g.writeStringField("lang", s.lang());
        stringArray(g, "languages", s.languages());
        g.writeStringField("section", s.role().label());
        g.writeStringField("heading", s.heading());
        g.writeStringField("text", s.text());
        intArray(g, "citations", s.citations());
        g.writeBooleanField("ocr", s.ocr());
        g.writeArrayFieldStart("boxes");
        for (PageBox b : s.boxes()) {
            g.writeStartObject();
            g.writeNumberField("page", b.page());
            g.writeNumberField("x0", b.x0());
            g.writeNumberField("y0", b.y0());
            g.writeNumberField("x1", b.x1());
            g.writeNumberField("y1", b.y1());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void entity(JsonGenerator g, Entity e, List<Sentence> sentences) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", e.id());
        g.writeStringField("type", e.type().name());
        g.writeStringField("canonical", e.canonical());
        if (e.xref().isEmpty()) g.writeNullField("xref"); else g.writeStringField("xref", e.xref());
        stringArray(g, "forms", e.forms());
        g.writeArrayFieldStart("mentions");
        for (Mention m : e.mentions()) {
            String text = sentences.get(m.sentence() - 1).text();
            g.writeStartObject();
            g.writeNumberField("sentence", m.sentence());
            g.writeNumberField("start", text.codePointCount(0, m.start()));
            g.writeNumberField("end", text.codePointCount(0, m.end()));
            g.writeStringField("text", m.text());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void relation(JsonGenerator g, Relation r, List<Sentence> sentences) throws IOException {
        g.writeStartObject();
        g.writeStringField("id", r.id());
        g.writeStringField("subject", r.subject());
        g.writeStringField("predicate", r.predicate().name());
        g.writeStringField("object", r.object());
        g.writeBooleanField("negated", r.negated());
        g.writeBooleanField("hedged", r.hedged());
        g.writeArrayFieldStart("evidence");
        for (Evidence ev : r.evidence()) {
            String text = sentences.get(ev.sentence() - 1).text();
            g.writeStartObject();
            g.writeNumberField("sentence", ev.sentence());
            g.writeNumberField("page", ev.page());
            g.writeStringField("trigger", ev.trigger());
            g.writeNumberField("start", text.codePointCount(0, ev.start()));
            g.writeNumberField("end", text.codePointCount(0, ev.end()));
            intArray(g, "citations", ev.citations());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void stringArray(JsonGenerator g, String name, List<String> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (String v : values) g.writeString(v);
        g.writeEndArray();
    }

    private static void intArray(JsonGenerator g, String name, List<Integer> values) throws IOException {
        g.writeArrayFieldStart(name);
        for (int v : values) g.writeNumber(v);
        g.writeEndArray();
    }
}
