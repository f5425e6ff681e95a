package org.bilex.extract;

import static org.bilex.extract.ExtractorFixture.row;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.bilex.core.EntityType;
import org.junit.jupiter.api.Test;

/**
 * Issue 11 (relzh): "X保护细胞免受Y" (relation-cues.tsv, shield): what the protected cells are shielded from is held
 * back by X (INHIBITS a process, TREATS a disease); the cells are no object. The English counterpart the relation stage
 * reads is "X protects against Y". Sentences written for these tests.
 */
class ChineseShieldTest {

    private static final ExtractorFixture FX = new ExtractorFixture(List.of(
            row(EntityType.PROCESS, "apoptosis", "", "凋亡"),
            row(EntityType.PROCESS, "apoptosis", "", "apoptosis"),
            row(EntityType.PROCESS, "oxidative stress", "", "氧化应激"),
            row(EntityType.DISEASE, "liver injury", "", "肝损伤"),
            row(EntityType.CELL, "hepatocyte", "CL:0000182", "肝细胞"),
            row(EntityType.CELL, "neuron", "CL:0000540", "神经元"),
            row(EntityType.TISSUE, "kidney", "UBERON:0002113", "肾脏"),
            row(EntityType.CHEMICAL, "curcumin", "CHEBI:3962", "姜黄素"),
            row(EntityType.CHEMICAL, "curcumin", "CHEBI:3962", "curcumin")),
            Map.of());

    private static List<String> relations(String... sentences) {
        return FX.windowed(sentences);
    }

    /** "保护肝细胞免受凋亡", "保护神经元免于氧化应激": the process shielded from is inhibited. */
    @Test
    void whatTheCellsAreShieldedFromIsInhibited() {
        assertEquals(List.of("curcumin INHIBITS apoptosis"), relations("姜黄素保护肝细胞免受凋亡。"));
        assertEquals(List.of("curcumin INHIBITS oxidative stress"), relations("姜黄素可保护神经元免于氧化应激。"));
        assertEquals(List.of("curcumin INHIBITS apoptosis"), relations("姜黄素保护肝细胞不受凋亡的影响。"));
    }

    /** A disease shielded from is treated, as the guide reads an agent that holds a disease back. */
    @Test
    void aDiseaseShieldedFromIsTreated() {
        assertEquals(List.of("curcumin TREATS liver injury"), relations("姜黄素保护肝细胞免受肝损伤。"));
    }

    /** Without the shield word, protecting cells or an organ states nothing (relation-predicates.tsv, protect). */
    @Test
    void protectingAloneStatesNothing() {
        assertEquals(List.of(), relations("姜黄素保护肝细胞。"));
        assertEquals(List.of(), relations("姜黄素保护肾脏。"));
    }

    /** "protects against apoptosis", the English the relation stage reads for the same family. */
    @Test
    void englishProtectsAgainst() {
        assertEquals(List.of("curcumin INHIBITS apoptosis"), FX.parsed("Curcumin protects against apoptosis."));
    }
}
