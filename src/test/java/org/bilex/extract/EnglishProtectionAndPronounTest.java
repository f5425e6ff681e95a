package org.bilex.extract;

import static org.bilex.extract.ExtractorFixture.row;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.bilex.core.EntityType;
import org.junit.jupiter.api.Test;

/**
 * Issue 11 (relen2), English dependency patterns (relation-patterns-en.tsv) with their Chinese counterparts read by the
 * window rules: "X exerted (neuro)protective effects against Y" (protective-effect*), "X protected cells from Y"
 * (protect-obj-from, the English of 保护细胞免受Y), "X binds Y and causes its activation" (caused-its-activity, the
 * English of 使其活化) and "X binds Y and inhibits its activation" (verb-its-activity). Sentences written for these
 * tests.
 */
class EnglishProtectionAndPronounTest {

    private static final ExtractorFixture FX = new ExtractorFixture(List.of(
            row(EntityType.PROCESS, "apoptosis", "", "apoptosis"),
            row(EntityType.PROCESS, "apoptosis", "", "凋亡"),
            row(EntityType.PROCESS, "oxidative stress", "", "oxidative stress"),
            row(EntityType.DISEASE, "cerebral ischemia", "", "cerebral ischemia"),
            row(EntityType.DISEASE, "cerebral ischemia", "", "脑缺血"),
            row(EntityType.DISEASE, "liver injury", "", "liver injury"),
            row(EntityType.DISEASE, "liver injury", "", "肝损伤"),
            row(EntityType.CELL, "hepatocyte", "CL:0000182", "hepatocytes"),
            row(EntityType.CELL, "hepatocyte", "CL:0000182", "肝细胞"),
            row(EntityType.CELL, "neuron", "CL:0000540", "neurons"),
            row(EntityType.PROTEIN, "STAT3", "STAT3", "STAT3"),
            row(EntityType.PROTEIN, "TLR4", "TLR4", "TLR4"),
            row(EntityType.PROTEIN, "TRIF", "TICAM1", "TRIF"),
            row(EntityType.CHEMICAL, "resveratrol", "CHEBI:27881", "resveratrol"),
            row(EntityType.CHEMICAL, "resveratrol", "CHEBI:27881", "白藜芦醇"),
            row(EntityType.CHEMICAL, "curcumin", "CHEBI:3962", "curcumin"),
            row(EntityType.CHEMICAL, "curcumin", "CHEBI:3962", "姜黄素")),
            Map.of());

    /** An organ-protective adjective reads as "protective": a disease fought is treated. */
    @Test
    void neuroprotectiveEffectsAgainstADiseaseTreatIt() {
        assertEquals(List.of("curcumin TREATS cerebral ischemia"),
                FX.parsed("Curcumin exerted neuroprotective effects against cerebral ischemia."));
        assertEquals(List.of("resveratrol TREATS liver injury"),
                FX.parsed("Resveratrol has hepatoprotective effects against liver injury."));
        assertEquals(List.of("resveratrol TREATS cerebral ischemia"),
                FX.parsed("The neuroprotective effects of resveratrol against cerebral ischemia were confirmed in rats."));
    }

    /** The Chinese "X对Y具有神经保护作用" reads the same. */
    @Test
    void chineseNeuroprotectiveEffectTreats() {
        assertEquals(List.of("curcumin TREATS cerebral ischemia"), FX.windowed("姜黄素对脑缺血具有神经保护作用。"));
    }

    /** A process a protective effect is exerted against is inhibited, as with "protects against". */
    @Test
    void protectiveEffectsAgainstAProcessInhibitIt() {
        assertEquals(List.of("curcumin INHIBITS apoptosis"), FX.parsed("Curcumin exerted protective effects against apoptosis."));
        assertEquals(List.of("resveratrol INHIBITS oxidative stress"),
                FX.parsed("Resveratrol shows cytoprotective effects against oxidative stress in neurons."));
    }

    /** A protective effect on cells names what is protected, no relation. */
    @Test
    void protectiveEffectsOnCellsStateNothing() {
        assertEquals(List.of(), FX.parsed("Curcumin has protective effects on hepatocytes."));
        assertEquals(List.of(), FX.parsed("Curcumin protects hepatocytes."));
    }

    /** "X protected cells from Y": what the cells are shielded from is fought; the cells are no object. */
    @Test
    void protectingCellsFromSomethingFightsIt() {
        assertEquals(List.of("curcumin INHIBITS apoptosis"), FX.parsed("Curcumin protected hepatocytes from apoptosis."));
        assertEquals(List.of("curcumin INHIBITS oxidative stress"), FX.parsed("Curcumin protects neurons against oxidative stress."));
        assertEquals(List.of("resveratrol TREATS liver injury"), FX.parsed("Resveratrol protected hepatocytes from liver injury."));
        assertEquals(List.of("resveratrol INHIBITS oxidative stress"),
                FX.parsed("Resveratrol was shown to protect hepatocytes from oxidative stress."));
    }

    /** The Chinese counterpart, 保护细胞免受Y (ChineseShieldTest has the family; these are its English sentences' twins). */
    @Test
    void chineseShieldReadsTheSame() {
        assertEquals(List.of("curcumin INHIBITS apoptosis"), FX.windowed("姜黄素保护肝细胞免受凋亡。"));
        assertEquals(List.of("resveratrol TREATS liver injury"), FX.windowed("白藜芦醇保护肝细胞免受肝损伤。"));
    }

    /** "causes its activation": the pronoun is the first verb's object, acted on from the shared subject. */
    @Test
    void aCausedActivityOfThePronounActsOnTheObjectBefore() {
        assertEquals(List.of("curcumin ACTIVATES STAT3"), FX.parsed("Curcumin binds STAT3 and causes its activation."));
        assertEquals(List.of("curcumin ACTIVATES STAT3"), FX.parsed("Curcumin binds STAT3, leading to its activation."));
        assertEquals(List.of("TLR4 ACTIVATES TRIF"), FX.parsed("TLR4 recruits TRIF and induces its phosphorylation."));
    }

    /** The Chinese counterpart, 使其活化 (ChineseCausedPronounTest has the family). */
    @Test
    void chineseCausedPronounReadsTheSame() {
        assertEquals(List.of("curcumin ACTIVATES STAT3"), FX.windowed("姜黄素结合STAT3，使其活化。"));
    }

    /** A verb on the pronoun's activity or level acts on the first verb's object. */
    @Test
    void aVerbOnThePronounsActivityActsOnTheObjectBefore() {
        assertEquals(List.of("curcumin INHIBITS STAT3"), FX.parsed("Curcumin binds STAT3 and inhibits its activation."));
        assertEquals(List.of("TLR4 UPREGULATES TRIF"), FX.parsed("TLR4 binds TRIF and increases its expression."));
    }

    /** Without the possessive pronoun, the noun after the second verb is no activity of the first object. */
    @Test
    void noPronounNoReading() {
        assertEquals(List.of(), FX.parsed("Curcumin binds STAT3 and causes activation."));
    }
}
