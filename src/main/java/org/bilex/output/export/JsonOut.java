package org.bilex.output.export;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Deterministic JSON output for the exporters: fixed field order (the writer's), LF line ends. */
final class JsonOut {

    private static final JsonFactory FACTORY = new JsonFactory();

    interface Body {
        void write(JsonGenerator g) throws IOException;
    }

    private JsonOut() {
    }

    /** Pretty-printed as the bilex JSON is (two-space indents, arrays run on), ending with a line end. */
    static byte[] pretty(Body body) {
        return write(body, true);
    }

    /** On one line, ending with a line end (one NDJSON record). */
    static byte[] line(Body body) {
        return write(body, false);
    }

    private static byte[] write(Body body, boolean pretty) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
        try (JsonGenerator g = FACTORY.createGenerator(bytes, JsonEncoding.UTF8)) {
            if (pretty) {
                g.setPrettyPrinter(new DefaultPrettyPrinter()
                        .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                        .withArrayIndenter(DefaultPrettyPrinter.FixedSpaceIndenter.instance));
            }
            body.write(g);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        bytes.write('\n');
        return bytes.toByteArray();
    }
}
