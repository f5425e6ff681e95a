package org.bilex.curation;

import org.bilex.batch.Extractor;
import org.bilex.output.DocumentResult;
import org.bilex.output.JsonWriter;
import org.bilex.pipeline.Pipeline;

import java.util.ArrayList;
import java.util.List;

/** {@link Extractor#of} with curations applied to each result before it is written. */
public final class CuratedExtractor {

    private CuratedExtractor() {
    }

    public static Extractor of(Pipeline pipeline, Curations curations, Curator.Tally tally) {
        if (curations.isEmpty()) return Extractor.of(pipeline);
        return (pdf, source, guard) -> {
            List<Throwable> contained = new ArrayList<>();
            DocumentResult r = pipeline.process(pdf, source, guard::checkpoint, contained::add);
            guard.checkpoint();
            r = Curator.apply(r, curations.list(), tally);
            byte[] json = JsonWriter.write(r);
            return new Extractor.Extracted(json, r.document().sha256(), r.document().pages(), r.sentences().size(),
                    r.entities().size(), r.relations().size(), contained,
                    org.bilex.text.RoleShares.notices(r.document().warnings()));
        };
    }
}
