package org.bilex.eval;

import org.bilex.pipeline.Pipeline;
import org.bilex.extract.Entity;
import org.bilex.extract.Mention;
import org.bilex.output.DocumentResult;
import org.bilex.pdf.PdfOptions;
import org.bilex.text.PlainTextDocument;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The real pipeline over the first BioRED development abstracts, entered as text. */
class BioredIntegrationTest {

    static final Path DEV = Path.of("../shared/corpora/biored/Dev.PubTator");

    @Test
    void mentionsLandOnTheirTextInTheAbstractAndScoresAreSane() throws Exception {
        List<PubTator.Document> docs = PubTator.read(DEV).subList(0, 20);
        Pipeline pipeline = Pipeline.load(Path.of("models"), PdfOptions.defaults().withOcr(false));
        int mentions = 0;
        for (PubTator.Document d : docs) {
            PlainTextDocument text = PlainTextDocument.titleAndAbstract(d.title(), d.abstractText());
            assertEquals(d.text(), text.source());
            DocumentResult r = pipeline.analyse(d.pmid(), d.pmid(), text);
            int[] at = text.sentenceOffsets(r.sentences(), org.bilex.nlp.Sentence::paragraph, org.bilex.nlp.Sentence::text);
            for (Entity e : r.entities()) {
                for (Mention m : e.mentions()) {
                    int s = at[m.sentence() - 1] + m.start();
                    int t = at[m.sentence() - 1] + m.end();
                    assertEquals(m.text(), text.source().substring(s, t), d.pmid() + " " + e.canonical());
                    mentions++;
                }
            }
        }
        assertTrue(mentions > 200, "mentions " + mentions);
        BioredEvaluation ev = BioredEvaluation.run(docs, (name, t) -> pipeline.analyse(name, name, t), false);
        assertTrue(ev.failures().isEmpty(), ev.failures().toString());
        Counts overlap = BioredEvaluation.total(ev.overlap());
        Counts exact = BioredEvaluation.total(ev.exact());
        System.out.printf("BioRED dev, first 20 abstracts: exact %s, overlap %s%n", exact, overlap);
        // overlap counts every exact match, and the gold side is the same in both
        assertTrue(overlap.tp() >= exact.tp());
        assertEquals(exact.gold(), overlap.gold());
        assertTrue(overlap.precision() >= 0.75, "overlap precision " + overlap.precision());
    }
}
