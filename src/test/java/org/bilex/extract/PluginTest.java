package org.bilex.extract;

import org.bilex.core.ComponentContext;
import org.bilex.core.EntityType;
import org.bilex.core.ModelException;
import org.bilex.core.Predicate;
import org.bilex.lexicon.Concept;
import org.bilex.lexicon.Lexicon;
import org.bilex.lexicon.LexiconEntry;
import org.bilex.lexicon.StopList;
import org.bilex.nlp.Token;
import org.bilex.pdf.PdfOptions;
import org.bilex.pipeline.Pipeline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Adding an entity finder or a relation pattern is one class and one line of models/manifest.tsv:
 * the classes below are added to a copy of the real manifest, nothing else changes.
 */
class PluginTest {

    /** A finder: "Zorbin" is a cytokine. */
    public static final class ZorbinFinder implements EntityFinder {
        static final Concept ZORBIN = new Concept(EntityType.CYTOKINE, "zorbin", "");

        public static ZorbinFinder load(ComponentContext ctx) {
            return new ZorbinFinder();
        }

        @Override
        public List<Candidate> find(String text, List<Token> tokens, Lexicon lexicon) {
            List<Candidate> out = new ArrayList<>();
            for (int i = text.indexOf("Zorbin"); i >= 0; i = text.indexOf("Zorbin", i + 1)) {
                out.add(new Candidate(i, i + 6, ZORBIN, Candidate.RULE, "zorbin"));
            }
            return out;
        }
    }

    /** A pattern: "A cures B" is A TREATS B. */
    public static final class CuresPattern implements RelationPattern {
        public static CuresPattern load(ComponentContext ctx) {
            return new CuresPattern();
        }

        @Override
        public void find(Sentence s, List<RelationExtractor.Found> out) {
            int at = s.text().indexOf(" cures ");
            if (at < 0) return;
            Candidate subject = null;
            Candidate object = null;
            for (Candidate c : s.mentions()) {
                if (c.end() <= at) subject = c;
                if (c.start() >= at + 7 && object == null) object = c;
            }
            if (subject != null && object != null) {
                out.add(new RelationExtractor.Found(subject, Predicate.TREATS, object, false, false, s.id(), at + 1, at + 6));
            }
        }
    }

    @TempDir
    Path tmp;

    /** models/ with the real rules and lexicon folders and a manifest with extra lines inserted before a component. */
    private Path models(String before, String line) throws IOException {
        Path m = Files.createTempDirectory(tmp, "models");
        Files.createSymbolicLink(m.resolve("rules"), Path.of("models/rules").toAbsolutePath());
        Files.createSymbolicLink(m.resolve("lexicon"), Path.of("models/lexicon").toAbsolutePath());
        Files.createSymbolicLink(m.resolve("pdf"), Path.of("models/pdf").toAbsolutePath());
        Files.createSymbolicLink(m.resolve("text"), Path.of("models/text").toAbsolutePath());
        List<String> out = new ArrayList<>();
        for (String l : Files.readAllLines(Path.of("models/manifest.tsv"), StandardCharsets.UTF_8)) {
            if (before != null && l.startsWith(before + "\t")) out.add(line);
            out.add(l);
        }
        Files.write(m.resolve("manifest.tsv"), out, StandardCharsets.UTF_8);
        return m;
    }

    private static Pipeline load(Path models) {
        Lexicon lex = Lexicon.of(List.of(new LexiconEntry(EntityType.CHEMICAL, "aspirin", "", "aspirin", "en", "curated"),
                new LexiconEntry(EntityType.DISEASE, "fever", "", "fever", "en", "curated")), StopList.of(Map.of()),
                List.of(EntityType.values()));
        return Pipeline.load(models, PdfOptions.defaults().withOcr(false), Map.of("lexicon", lex));
    }

    private static EntityResult entities(Pipeline p, String text) {
        ExtractorFixture f = new ExtractorFixture(List.of(), Map.of());
        return p.entities().extract(f.sentences(text));
    }

    @Test
    void aFinderIsOneClassAndOneManifestLine() throws IOException {
        String sentence = "Zorbin levels rose in the patients.";
        assertEquals(List.of(), ExtractorFixture.describe(entities(load(models(null, null)), sentence)));
        Pipeline p = load(models("entities", "zorbin\t" + ZorbinFinder.class.getName() + "\t-\t1\ttest"));
        assertTrue(p.entities().finders().get(p.entities().finders().size() - 1) instanceof ZorbinFinder);
        assertEquals(List.of("CYTOKINE:zorbin[Zorbin]"), ExtractorFixture.describe(entities(p, sentence)));
    }

    @Test
    void aPatternIsOneClassAndOneManifestLine() throws IOException {
        String sentence = "In this trial aspirin cures fever in most patients.";
        Pipeline plain = load(models(null, null));
        assertEquals(List.of(), plain.relations().extract(entities(plain, sentence)));
        Pipeline p = load(models("relations", "cures\t" + CuresPattern.class.getName() + "\t-\t1\ttest"));
        EntityResult er = entities(p, sentence);
        List<Relation> rels = p.relations().extract(er);
        assertEquals(1, rels.size(), rels.toString());
        assertEquals(Predicate.TREATS, rels.get(0).predicate());
        assertEquals("cures", rels.get(0).evidence().get(0).trigger());
    }

    @Test
    void anUnknownClassOrAMissingFileFailsAtLoadNamingTheLine() throws IOException {
        Path m = models("entities", "typo\torg.bilex.extract.NoSuchFinder\t-\t1\ttest");
        ModelException e = assertThrows(ModelException.class, () -> load(m));
        assertTrue(e.getMessage().contains("manifest.tsv:") && e.getMessage().contains("(typo)")
                && e.getMessage().contains("unknown implementation class org.bilex.extract.NoSuchFinder"), e.getMessage());
        Path m2 = models(null, null);
        List<String> lines = new ArrayList<>();
        for (String l : Files.readAllLines(Path.of("models/manifest.tsv"), StandardCharsets.UTF_8)) {
            lines.add(l.replace("rules/prefixes.tsv", "rules/prefixs.tsv"));
        }
        Files.write(m2.resolve("manifest.tsv"), lines, StandardCharsets.UTF_8);
        ModelException e2 = assertThrows(ModelException.class, () -> load(m2));
        assertTrue(e2.getMessage().contains("file 'rules/prefixs.tsv' not found"), e2.getMessage());

        Path m3 = models(null, null);
        List<String> without = new ArrayList<>();
        for (String l : Files.readAllLines(Path.of("models/manifest.tsv"), StandardCharsets.UTF_8)) {
            if (!l.startsWith("prefixes\t")) without.add(l);
        }
        Files.write(m3.resolve("manifest.tsv"), without, StandardCharsets.UTF_8);
        ModelException e3 = assertThrows(ModelException.class, () -> load(m3));
        assertTrue(e3.getMessage().contains("rules/prefixes.tsv is read by no component"), e3.getMessage());
    }
}
