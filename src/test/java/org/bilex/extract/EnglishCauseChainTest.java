package org.bilex.extract;

import static org.bilex.extract.ExtractorFixture.row;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.bilex.core.EntityType;
import org.junit.jupiter.api.Test;

/**
 * Issue 11 (relen2): "activation of X leads to the phosphorylation of Y" (pattern activation-leads-to), "D, a disease
 * driven by X" (appos-passive-reduced), "X is a driver of Y" (trigger rows driver/drivers) and the generic mutation
 * that is no relation end (relation-cues.tsv, noend; English and Chinese). The first three have no Chinese reading in
 * the relation stage yet ("JAK2的激活导致STAT3磷酸化", "IL-6是纤维化的驱动因素" give nothing), so they are tested in
 * English only. Sentences written for these tests.
 */
class EnglishCauseChainTest {

    private static final ExtractorFixture FX = new ExtractorFixture(List.of(
            row(EntityType.PROTEIN, "STAT3", "STAT3", "STAT3"),
            row(EntityType.PROTEIN, "JAK2", "JAK2", "JAK2"),
            row(EntityType.PROTEIN, "BRCA1", "BRCA1", "BRCA1"),
            row(EntityType.CYTOKINE, "IL-6", "IL6", "IL-6"),
            row(EntityType.PROCESS, "fibrosis", "", "fibrosis"),
            row(EntityType.PROCESS, "dysbiosis", "", "dysbiosis"),
            row(EntityType.PROCESS, "oxidative stress", "", "oxidative stress"),
            row(EntityType.PROCESS, "DNA damage", "", "DNA damage"),
            row(EntityType.PROCESS, "DNA damage", "", "DNA损伤"),
            row(EntityType.PROCESS, "gene mutation", "", "mutations"),
            row(EntityType.PROCESS, "gene mutation", "", "基因突变"),
            row(EntityType.PROCESS, "gene mutation", "", "突变"),
            row(EntityType.DISEASE, "ulcerative colitis", "", "ulcerative colitis"),
            row(EntityType.DISEASE, "inflammatory bowel disease", "", "inflammatory bowel disease"),
            row(EntityType.DISEASE, "breast cancer", "", "breast cancer"),
            row(EntityType.DISEASE, "breast cancer", "", "乳腺癌"),
            row(EntityType.PROTEIN, "PD-1", "PDCD1", "PD-1"),
            row(EntityType.PROTEIN, "PD-L1", "CD274", "PD-L1"),
            row(EntityType.PROCESS, "T cell activation", "", "T cell activation"),
            row(EntityType.PROCESS, "T cell activation", "", "T细胞活化")),
            Map.of());

    /** A molecule's activation that leads to a change of another acts on it, by the family of the change's noun. */
    @Test
    void activationLeadingToAChangeActsOnTheOther() {
        assertEquals(List.of("JAK2 ACTIVATES STAT3"), FX.parsed("Activation of JAK2 leads to the phosphorylation of STAT3."));
        assertEquals(List.of("JAK2 ACTIVATES STAT3"), FX.parsed("JAK2 activation leads to STAT3 phosphorylation."));
    }

    /** "D, a disease driven by X": the named disease before the apposition is driven. */
    @Test
    void aClassNounInAppositionPassesTheAgentToTheNamedThing() {
        assertEquals(List.of("dysbiosis PROMOTES ulcerative colitis", "oxidative stress PROMOTES ulcerative colitis"),
                FX.parsed("Ulcerative colitis, a chronic disease driven by dysbiosis and oxidative stress, is common."));
    }

    /** A list the parser hangs on the named thing makes the apposition unsure: the named thing is left alone. */
    @Test
    void aListOnTheNamedThingLeavesItAlone() {
        assertEquals(List.of("dysbiosis PROMOTES inflammatory bowel disease"),
                FX.parsed("Ulcerative colitis (UC), a chronic inflammatory bowel disease driven by gut dysbiosis, immune dysregulation, and oxidative stress, lacks effective therapies."));
    }

    /** "a driver of Y" (copula-noun-of) and "serve as drivers of Y" (as-noun-of): X promotes Y. */
    @Test
    void aDriverPromotes() {
        assertEquals(List.of("IL-6 PROMOTES fibrosis"), FX.parsed("IL-6 is a major driver of fibrosis."));
        assertEquals(List.of("IL-6 PROMOTES fibrosis"), FX.parsed("IL-6 serves as a key driver of fibrosis."));
    }

    /** A generic mutation is no relation end: "mutations in BRCA1 cause breast cancer" states nothing of the guide. */
    @Test
    void aMutationIsNoRelationEnd() {
        assertEquals(List.of(), FX.parsed("Mutations in BRCA1 cause breast cancer."));
        assertEquals(List.of(), FX.parsed("Breast cancer is caused by mutations of the BRCA1 gene."));
        assertEquals(List.of("DNA damage PROMOTES breast cancer"), FX.parsed("DNA damage causes breast cancer."));
    }

    /** The same in Chinese: "BRCA1基因突变导致乳腺癌". */
    @Test
    void chineseMutationIsNoRelationEnd() {
        assertEquals(List.of(), FX.windowed("BRCA1基因突变导致乳腺癌。"));
        assertEquals(List.of(), FX.windowed("BRCA1突变导致乳腺癌。"));
        assertEquals(List.of("DNA damage PROMOTES breast cancer"), FX.windowed("DNA损伤导致乳腺癌。"));
    }

    /** A molecule written as its binding (relation-cues.tsv activity, "binding of") acts as the molecule does. */
    @Test
    void aBindingActsAsTheMolecule() {
        assertEquals(List.of("PD-1 INHIBITS T cell activation"), FX.parsed("The binding of PD-1 inhibits T cell activation."));
        assertEquals(List.of("PD-1 INHIBITS T cell activation"),
                FX.parsed("In the effector phase, binding of PD-1 on T cells inhibits T cell activation."));
    }

    /** The Chinese "X的结合抑制Y" reads the same (the window rules already did). */
    @Test
    void chineseBindingActsAsTheMolecule() {
        assertEquals(List.of("PD-1 INHIBITS T cell activation"), FX.windowed("PD-1的结合抑制T细胞活化。"));
    }
}
