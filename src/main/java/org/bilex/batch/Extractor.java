package org.bilex.batch;

import org.bilex.pipeline.Pipeline;
import org.bilex.pdf.PdfException;

import java.io.IOException;
import java.nio.file.Path;

/** One PDF to the bytes of its JSON file: what a batch run does to each file it extracts. */
@FunctionalInterface
public interface Extractor {

    /**
     * @param pdf    the file
     * @param source the path to record as the document's source
     * @param guard  to be checked between stages; throws once the file's time limit ran out
     */
    Extracted extract(Path pdf, String source, TaskGuard guard) throws PdfException, IOException;

    /** The JSON and the figures the run report gives for it. */
    record Extracted(byte[] json, String sha256, int pages, int sentences, int entities, int relations) {
    }

    /** The real thing: {@link Pipeline} then {@link org.bilex.output.JsonWriter}. */
    static Extractor of(Pipeline pipeline) {
        return (pdf, source, guard) -> {
            org.bilex.output.DocumentResult r = pipeline.process(pdf, source, guard::checkpoint);
            guard.checkpoint();
            byte[] json = org.bilex.output.JsonWriter.write(r);
            return new Extracted(json, r.document().sha256(), r.document().pages(), r.sentences().size(),
                    r.entities().size(), r.relations().size());
        };
    }
}
