package org.bilex.eval;

import org.bilex.core.Predicate;
import org.bilex.extract.Entity;
import org.bilex.extract.Evidence;
import org.bilex.extract.Mention;
import org.bilex.extract.Relation;
import org.bilex.core.EntityType;
import org.bilex.nlp.BilingualSentenceSplitter;
import org.bilex.nlp.Sentence;
import org.bilex.output.DocumentInfo;
import org.bilex.output.DocumentResult;
import org.bilex.text.PlainTextDocument;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** BioRED scoring over a hand-made result, so every count is known. */
class BioredEvaluationTest {

    static final String TITLE = "Metformin lowers IL-6 in type 2 diabetes.";
    static final String ABSTRACT = "In HeLa cells, metformin reduced IL-6 and the diabetic kidney disease marker.";

    static PubTator.Document gold() {
        // offsets over TITLE + " " + ABSTRACT
        String text = TITLE + " " + ABSTRACT;
        List<PubTator.Mention> m = List.of(
                mention(text, "Metformin", 0, "ChemicalEntity", "D008687"),
                mention(text, "IL-6", 0, "GeneOrGeneProduct", "3569"),
                mention(text, "type 2 diabetes", 0, "DiseaseOrPhenotypicFeature", "D003924"),
                mention(text, "HeLa", 0, "CellLine", "CVCL_0030"),
                mention(text, "metformin", 0, "ChemicalEntity", "D008687"),
                mention(text, "IL-6", 20, "GeneOrGeneProduct", "3569"),
                mention(text, "diabetic kidney disease", 0, "DiseaseOrPhenotypicFeature", "D003928"));
        List<PubTator.Relation> r = List.of(
                new PubTator.Relation("Negative_Correlation", "D008687", "3569", "Novel"),
                new PubTator.Relation("Negative_Correlation", "D008687", "D003924", "No"),
                new PubTator.Relation("Association", "3569", "D003928", "No"));
        return new PubTator.Document("1", TITLE, ABSTRACT, m, r);
    }

    static PubTator.Mention mention(String text, String s, int from, String type, String id) {
        int a = text.indexOf(s, from);
        return new PubTator.Mention(a, a + s.length(), s, type, List.of(id));
    }

    /** A mention of s in sentence number `sentence` (1-based) of the split text. */
    static Mention at(List<Sentence> sentences, int sentence, String s) {
        String t = sentences.get(sentence - 1).text();
        int a = t.indexOf(s);
        return new Mention(sentence, a, a + s.length(), s, "test");
    }

    @Test
    void scoresMentionsConceptsAndPairs() {
        PlainTextDocument text = PlainTextDocument.titleAndAbstract(TITLE, ABSTRACT);
        List<Sentence> sentences = new BilingualSentenceSplitter().split(text.clean());
        assertEquals(2, sentences.size());
        List<Entity> entities = new ArrayList<>();
        // exact in the title, exact in the abstract
        entities.add(new Entity("T1", EntityType.CHEMICAL, "metformin", "CHEBI:6801", List.of("Metformin"),
                List.of(at(sentences, 1, "Metformin"), at(sentences, 2, "metformin"))));
        // exact twice
        entities.add(new Entity("T2", EntityType.CYTOKINE, "IL-6", "IL6", List.of("IL-6"),
                List.of(at(sentences, 1, "IL-6"), at(sentences, 2, "IL-6"))));
        // overlaps only ("type 2 diabetes" found as "diabetes")
        entities.add(new Entity("T3", EntityType.DISEASE, "diabetes mellitus", "MESH:D003920", List.of("diabetes"),
                List.of(at(sentences, 1, "diabetes"))));
        // a cell line by Cellosaurus id, exact
        entities.add(new Entity("T4", EntityType.CELL, "HeLa", "CVCL_0030", List.of("HeLa"), List.of(at(sentences, 2, "HeLa"))));
        // a type BioRED has no counterpart for: not scored
        entities.add(new Entity("T5", EntityType.TISSUE, "kidney", "UBERON:0002113", List.of("kidney"),
                List.of(at(sentences, 2, "kidney"))));
        // an invented gene
        entities.add(new Entity("T6", EntityType.PROTEIN, "marker", "", List.of("marker"), List.of(at(sentences, 2, "marker"))));
        Evidence ev = new Evidence(2, 1, "reduced", "verb:decrease", "", 0, 1, List.of());
        List<Relation> relations = List.of(
                new Relation("R1", "T1", Predicate.INHIBITS, "T2", false, false, List.of(ev)),   // right pair, right mapped type
                new Relation("R2", "T1", Predicate.ACTIVATES, "T3", false, false, List.of(ev)),  // right pair, wrong type
                new Relation("R3", "T4", Predicate.TARGETS, "T2", false, false, List.of(ev)),    // not a gold pair
                new Relation("R4", "T2", Predicate.PROMOTES, "T6", false, false, List.of(ev)),   // T6 maps to no concept
                new Relation("R5", "T2", Predicate.INHIBITS, "T3", true, false, List.of(ev)));   // negated: left out
        DocumentResult out = new DocumentResult(new DocumentInfo("1", "1", "", 1, List.of("en"), 0, java.util.Map.of(), List.of(), List.of()),
                sentences, entities, relations);

        BioredEvaluation ev2 = new BioredEvaluation();
        ev2.add(gold(), text, out, true);

        assertEquals(new Counts(2, 2, 2), ev2.exact().get("ChemicalEntity"));
        assertEquals(new Counts(2, 3, 2), ev2.exact().get("GeneOrGeneProduct"));
        assertEquals(new Counts(0, 1, 2), ev2.exact().get("DiseaseOrPhenotypicFeature"));
        assertEquals(new Counts(1, 1, 2), ev2.overlap().get("DiseaseOrPhenotypicFeature"));
        assertEquals(new Counts(1, 1, 1), ev2.exact().get("CellLine"));
        // concepts: metformin, IL-6, T2D (through the overlap), HeLa right; the invented gene wrong
        assertEquals(new Counts(1, 2, 1), ev2.concepts().get("GeneOrGeneProduct"));
        assertEquals(new Counts(1, 1, 2), ev2.concepts().get("DiseaseOrPhenotypicFeature"));
        // by id: D003920 is not D003924
        assertEquals(new Counts(0, 1, 2), ev2.conceptsById().get("DiseaseOrPhenotypicFeature"));
        assertEquals(new Counts(1, 1, 1), ev2.conceptsById().get("CellLine"));
        // pairs: R1 and R2 right; R3 wrong; R4 wrong (unmapped end); R5 not counted
        assertEquals(new Counts(2, 4, 3), ev2.pairs());
        assertEquals(new Counts(1, 1, 2), ev2.mapped().get("Negative_Correlation"));
        assertEquals(new Counts(0, 2, 0), ev2.mapped().get("Positive_Correlation"));
        assertEquals(new Counts(0, 1, 1), ev2.mapped().get("Association"));

        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ev2.print(new PrintStream(bytes, true, StandardCharsets.UTF_8), true);
        String printed = bytes.toString(StandardCharsets.UTF_8);
        // both ends of the missed pair are concepts our entities map to (IL-6, and the disease through the overlap)
        assertTrue(printed.contains("missed pair Association (both ends found): IL-6 [3569] — diabetic kidney disease [D003928]"), printed);
        // each found relation with its trigger and pattern
        assertTrue(printed.contains("relation: metformin INHIBITS IL-6 | trigger reduced | pattern verb:decrease"), printed);
        assertTrue(printed.contains("relation: IL-6 INHIBITS diabetes mellitus (negated) | trigger reduced"), printed);
        assertTrue(printed.contains("invented GeneOrGeneProduct: marker"), printed);
    }

    @Test
    void typeAndPredicateMaps() {
        assertEquals("GeneOrGeneProduct", BioredEvaluation.bioredType(EntityType.MIRNA, "miR-21"));
        assertEquals("CellLine", BioredEvaluation.bioredType(EntityType.CELL, "CVCL_0030"));
        assertNull(BioredEvaluation.bioredType(EntityType.CELL, "CL:0000134"));
        assertNull(BioredEvaluation.bioredType(EntityType.PATHWAY, "map04151"));
        assertEquals("Positive_Correlation", BioredEvaluation.bioredPredicate("UPREGULATES"));
        assertEquals("Negative_Correlation", BioredEvaluation.bioredPredicate("TREATS"));
        assertEquals("Association", BioredEvaluation.bioredPredicate("CARRIES"));
    }
}
