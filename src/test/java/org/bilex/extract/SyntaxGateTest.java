package org.bilex.extract;

import org.bilex.testing.RuleCoverage;
import org.bilex.core.EntityType;
import org.bilex.nlp.CoreNlpEnglishParser;
import org.bilex.nlp.DependencyGraph;
import org.bilex.nlp.Token;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BiFunction;

import static org.bilex.extract.ExtractorFixture.row;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The gate before the English parse (SyntaxRelationFinder#mayRead) leaves sentences unparsed only
 * where no pattern could read a relation: with and without it the relations are the same, on
 * sentences written for this test (the dev-corpus check is scripts/same-output.sh).
 */
class SyntaxGateTest {

    private static final ExtractorFixture FX = new ExtractorFixture(List.of(
            row(EntityType.CHEMICAL, "curcumin", "CHEBI:3962", "curcumin"),
            row(EntityType.CHEMICAL, "lipopolysaccharide", "CHEBI:16412", "LPS"),
            row(EntityType.CYTOKINE, "IL-6", "IL6", "IL-6"),
            row(EntityType.CYTOKINE, "TNF-α", "TNF", "TNF-α"),
            row(EntityType.PROTEIN, "STAT3", "STAT3", "STAT3"),
            row(EntityType.PROTEIN, "mTOR", "MTOR", "mTOR"),
            row(EntityType.MIRNA, "miR-21", "MIR21", "miR-21"),
            row(EntityType.VESICLE, "exosome", "", "exosomes"),
            row(EntityType.PROCESS, "apoptosis", "", "apoptosis"),
            row(EntityType.CELL, "macrophage", "CL:0000235", "macrophages"),
            row(EntityType.DISEASE, "colitis", "DOID:0060180", "colitis")),
            Map.of());
    private static final RelationRules RULES = RelationRules.load(Path.of("models/rules"));
    private static final List<SyntaxRelationFinder.SyntaxPattern> PATTERNS =
            SyntaxRelationFinder.read(Path.of("models/rules/relation-patterns-en.tsv"), RULES);

    private static final String[] SENTENCES = {
            "Curcumin inhibits STAT3 in macrophages.",
            "IL-6 expression was suppressed by curcumin.",
            "LPS-induced IL-6 secretion was reduced by curcumin.",
            "The inhibition of STAT3 by curcumin reduced apoptosis.",
            "Exosomes derived from macrophages carry miR-21.",
            "Curcumin reduces colitis by inhibiting mTOR.",
            "STAT3 is a direct target of miR-21.",
            "IL-6, TNF-α and STAT3 were measured in macrophages treated with curcumin.",
            "Macrophages and exosomes of colitis mice were counted in 2019 and 2020.",
            "Curcumin did not inhibit STAT3, whereas LPS may activate IL-6.",
            // agent nouns and nominalised triggers (relation-cues.tsv agentnoun, syntax-only triggers)
            "Curcumin, an mTOR inhibitor, reduced apoptosis in macrophages.",
            "The mTOR inhibitor curcumin reduced colitis.",
            "IL-6-mediated inhibition of STAT3 was seen in macrophages.",
            "STAT3 inhibition by curcumin reduced apoptosis.",
            "Treatment with curcumin decreased IL-6 in colitis.",
            // "-dependent" makes the sentence a candidate, but no pattern has a trigger to read here
            "IL-6 and STAT3 are mTOR-dependent in macrophages.",
    };

    private static List<String> relations(BiFunction<String, List<Token>, DependencyGraph> parser, boolean gated) {
        SyntaxRelationFinder syntax = new SyntaxRelationFinder(RULES, PATTERNS, parser, gated);
        RelationExtractor rx = new RelationExtractor(RULES, List.of(syntax));
        List<String> out = new ArrayList<>();
        for (String s : SENTENCES) {
            EntityResult er = FX.extract(s);
            for (Relation r : RuleCoverage.relations(er, rx.extract(er))) {
                for (Evidence ev : r.evidence()) out.add(ExtractorFixture.withFlags(er, r) + " " + ev.pattern() + " " + ev.path());
            }
        }
        return out;
    }

    @Test
    void theGateChangesNoRelationAndSparesParses() {
        AtomicInteger gated = new AtomicInteger();
        AtomicInteger ungated = new AtomicInteger();
        List<String> with = relations((t, k) -> {
            gated.incrementAndGet();
            return CoreNlpEnglishParser.get().parse(t, k);
        }, true);
        List<String> without = relations((t, k) -> {
            ungated.incrementAndGet();
            return CoreNlpEnglishParser.get().parse(t, k);
        }, false);
        assertEquals(without, with);
        assertTrue(with.stream().anyMatch(r -> r.contains(" dep:")), with.toString());
        assertTrue(gated.get() < ungated.get(), gated + " parses with the gate, " + ungated + " without");
    }

    @Test
    void theTriggerWordOfAPatternIsReadOffItsNode() {
        assertEquals("(?i).+-mediated", SyntaxRelationFinder.triggerWord(
                "{tag:/NN.*/}=o >amod {word:/(?i).+-mediated/}=t", "t").pattern());
        assertEquals("(?i).+-(induced|activated)", SyntaxRelationFinder.triggerWord(
                "{}=o >amod {tag:JJ;word:/(?i).+-(induced|activated)/}=t", "t").pattern());
        assertNull(SyntaxRelationFinder.triggerWord("{tag:/VB.*/}=t >nsubj {}=s >obj {}=o", "t"));
        assertNull(SyntaxRelationFinder.triggerWord("{word:/x/}=tt >nsubj {}=s", "t"));
    }
}
