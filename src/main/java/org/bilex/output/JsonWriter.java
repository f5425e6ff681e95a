package org.bilex.output;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
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

    public static byte[] write(DocumentResult r) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
        try (JsonGenerator g = FACTORY.createGenerator(bytes, JsonEncoding.UTF8)) {
            DefaultPrettyPrinter pp = new DefaultPrettyPrinter()
                    .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                    .withArrayIndenter(DefaultPrettyPrinter.FixedSpaceIndenter.instance);
            g.setPrettyPrinter(pp);
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
        g.writeStringField("predicate", r.predicate());
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
