package org.bilex.batch;

import org.bilex.pipeline.Pipeline;
import org.bilex.pdf.PdfException;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** One PDF to the bytes of its JSON file: what a batch run does to each file it extracts. */
@FunctionalInterface
public interface Extractor {

    /**
     * @param pdf    the file
     * @param source the path to record as the document's source
     * @param guard  to be checked between stages; throws once the file's time limit ran out
     */
    Extracted extract(Path pdf, String source, TaskGuard guard) throws PdfException, IOException;

    /**
     * The JSON and the figures the run report gives for it; {@code contained}: errors of stages
     * the document did without (their warnings are in the JSON), for the run to keep their stack traces;
     * {@code notices}: warnings of the JSON the console should show too (a role that took an unusual
     * share of the text, see {@link org.bilex.text.RoleShares}).
     */
    record Extracted(byte[] json, String sha256, int pages, int sentences, int entities, int relations,
                     List<Throwable> contained, List<String> notices) {

        public Extracted {
            contained = List.copyOf(contained);
            notices = List.copyOf(notices);
        }

        public Extracted(byte[] json, String sha256, int pages, int sentences, int entities, int relations,
                         List<Throwable> contained) {
            this(json, sha256, pages, sentences, entities, relations, contained, List.of());
        }

        public Extracted(byte[] json, String sha256, int pages, int sentences, int entities, int relations) {
            this(json, sha256, pages, sentences, entities, relations, List.of(), List.of());
        }
    }

    /** The real thing: {@link Pipeline} then {@link org.bilex.output.JsonWriter}. */
    static Extractor of(Pipeline pipeline) {
        return (pdf, source, guard) -> {
            List<Throwable> contained = new ArrayList<>();
            org.bilex.output.DocumentResult r = pipeline.process(pdf, source, guard::checkpoint, contained::add);
            guard.checkpoint();
            byte[] json = org.bilex.output.JsonWriter.write(r);
            return new Extracted(json, r.document().sha256(), r.document().pages(), r.sentences().size(),
                    r.entities().size(), r.relations().size(), contained,
                    org.bilex.text.RoleShares.notices(r.document().warnings()));
        };
    }
}
