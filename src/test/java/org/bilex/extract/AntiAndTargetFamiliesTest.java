package org.bilex.extract;

import org.bilex.core.EntityType;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.bilex.extract.ExtractorFixture.row;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Two relation families of issue 11 read from general sentence shapes, in Chinese (window rules) and English
 * (dependency patterns): an anti-form against a disease ("抗肿瘤作用", "一种抗肿瘤药物", "antitumor effects") and a
 * gene named as a miRNA's target ("PTEN是miR-21的靶基因", "PTEN is a target gene of miR-21"). Sentences written for
 * these tests.
 */
class AntiAndTargetFamiliesTest {

    private static final ExtractorFixture FX = new ExtractorFixture(List.of(
            row(EntityType.CHEMICAL, "curcumin", "CHEBI:3962", "姜黄素"),
            row(EntityType.CHEMICAL, "curcumin", "CHEBI:3962", "curcumin"),
            row(EntityType.CHEMICAL, "resveratrol", "CHEBI:27881", "白藜芦醇"),
            row(EntityType.PROTEIN, "PTEN", "PTEN", "PTEN"),
            row(EntityType.PROTEIN, "PDCD4", "PDCD4", "PDCD4"),
            row(EntityType.PROTEIN, "PAK1", "PAK1", "PAK1"),
            row(EntityType.MIRNA, "miR-21", "MIR21", "miR-21"),
            row(EntityType.DISEASE, "stomach cancer", "DOID:10534", "胃癌"),
            row(EntityType.DISEASE, "cancer", "DOID:162", "肿瘤"),
            row(EntityType.CELL, "tumor cell", "", "肿瘤细胞"),
            row(EntityType.PROCESS, "inflammation", "", "炎症"),
            row(EntityType.PROCESS, "apoptosis", "", "凋亡"),
            row(EntityType.PROCESS, "apoptosis", "", "apoptosis")),
            Map.of());
    private static final RelationExtractor RX = ExtractorFixture.WithSyntax.RX;

    /** Every relation of the sentences (one document), whichever rule read it. */
    static List<String> all(String... sentences) {
        return FX.relations(RX, sentences);
    }

    /** "X具有抗肿瘤作用": against a disease the anti-form reads TREATS (the guide's predicate for a disease object). */
    @Test
    void anAntiFormAgainstADiseaseTreatsIt() {
        assertEquals(List.of("curcumin TREATS cancer"), all("姜黄素具有抗肿瘤作用。"));
        assertEquals(List.of("curcumin TREATS cancer"), all("姜黄素具有明显的抗癌作用。"));
        // against a process it stays INHIBITS
        assertEquals(List.of("curcumin INHIBITS inflammation"), all("姜黄素具有抗炎作用。"));
        // English counterparts
        assertEquals(List.of("curcumin TREATS cancer"), all("Curcumin has antitumor effects."));
        assertEquals(List.of("curcumin INHIBITS inflammation"), all("Curcumin exerts anti-inflammatory effects."));
    }

    /** "X是一种抗肿瘤药物": an agent noun after an anti-form; after anything else the noun states nothing. */
    @Test
    void anAgentNounAfterAnAntiFormStatesTheAntiRelation() {
        assertEquals(List.of("curcumin TREATS cancer"), all("姜黄素是一种抗肿瘤药物。"));
        assertEquals(List.of("curcumin TREATS cancer"), all("姜黄素是从姜黄中提取的一种广谱抗癌药物。"));
        // no anti-form: "治疗胃癌药物" names no act of the subject's in this shape, and a bare disease before the noun nothing
        assertEquals(List.of(), all("姜黄素是一种胃癌药物。"));
        // English: "an anticancer drug" is one lexicon term in the real lexicon; the copula pattern reads the split form
        assertEquals(List.of("curcumin TREATS cancer"), all("Curcumin is an antitumor drug."));
        assertEquals(List.of(), all("Curcumin is a cancer drug."));
    }

    /** "PTEN是miR-21的靶基因": the owner of the target noun (the miRNA) targets the gene the copula names. */
    @Test
    void aGeneNamedAsTheTargetOfAMirnaIsTargetedByIt() {
        assertEquals(List.of("miR-21 TARGETS PTEN"), all("PTEN是miR-21的靶基因。"));
        assertEquals(List.of("miR-21 TARGETS PTEN"), all("研究证实PTEN是miR-21的直接靶标。"));
        // the noun's list after a copula, or right after it as its apposition
        assertEquals(List.of("miR-21 TARGETS PDCD4", "miR-21 TARGETS PTEN"), all("miR-21的靶基因包括PTEN和PDCD4。"));
        assertEquals(List.of("miR-21 TARGETS PTEN"), all("miR-21的靶基因为PTEN。"));
        assertEquals(List.of("miR-21 TARGETS PTEN"), all("miR-21的靶基因PTEN在肿瘤细胞中低表达。"));
        // English counterparts
        assertEquals(List.of("miR-21 TARGETS PTEN"), all("PTEN is a target gene of miR-21."));
        assertEquals(List.of("miR-21 TARGETS PTEN"), all("PTEN is a direct target of miR-21."));
    }

    /** A target of a treatment, or of anything but a miRNA, is no relation of the guide. */
    @Test
    void aTargetOfATreatmentIsNoRelation() {
        assertEquals(List.of(), all("PAK1是治疗胃癌的重要作用靶点。"));
        assertEquals(List.of(), all("PAK1是姜黄素的作用靶点。"));
        assertEquals(List.of(), all("PAK1 is a target gene of curcumin."));
    }
}
