package org.bilex.output;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;

/**
 * Writes a {@link DocumentResult} as the bilex document JSON ({@code schema/bilex-document.schema.json}),
 * through its wire model {@link StoredDocument}.
 * Fields are written in a fixed order, numbers in a fixed format and line ends as LF, so the
 * same result always gives the same bytes. Offsets are Unicode code points of the sentence text.
 */
public final class JsonWriter {

    public static final String SCHEMA = "bilex-document/1";

    private static final JsonFactory FACTORY = new JsonFactory();
    private static final ObjectMapper MAPPER = new ObjectMapper(FACTORY)
            .disable(com.fasterxml.jackson.databind.SerializationFeature.FLUSH_AFTER_WRITE_VALUE);

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

    /** Writes the result's wire form ({@link StoredDocument#of}); same result, same bytes. */
    public static byte[] write(DocumentResult r) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
        try (JsonGenerator g = generator(bytes)) {
            MAPPER.writeValue(g, StoredDocument.of(r));
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
}
