package org.bilex.lexicon;

import org.junit.jupiter.api.Test;

import static org.bilex.testing.RealModels.all;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * On the full shipped models, in both languages: RNA agents named by their target (entities.tsv
 * rna-agent: shMet, siSTAT3, si-NLRP3 are CHEMICAL; the class words siRNA and shRNA are not), named
 * circular and long intergenic non-coding RNAs (circrna, lincrna: PROTEIN, named gene products),
 * amyloid-β (PROTEIN of APP) and remyelination (PROCESS), and peptide hormones that stay gene products
 * rather than drugs (insulin, glucagon, follicle-stimulating hormone). Sentences written for these tests.
 */
class RnaAgentAndHormoneNamesTest {

    @Test
    void rnaAgentsNamedByTheirTargetAreChemicals() {
        String r = all("Cells transfected with shMet or siSTAT3 grew slowly, and si-HIF-1α had no effect.");
        assertTrue(r.contains("CHEMICAL:shMet=[shMet]"), r);
        assertTrue(r.contains("CHEMICAL:siSTAT3=[siSTAT3]"), r);
        assertTrue(r.contains("CHEMICAL:si-HIF-1α=[si-HIF-1α]"), r);
    }

    @Test
    void rnaAgentsInChineseText() {
        String r = all("转染si-NLRP3或sh-TLR4后，炎症减轻。");
        assertTrue(r.contains("CHEMICAL:si-NLRP3=[si-NLRP3]"), r);
        assertTrue(r.contains("CHEMICAL:sh-TLR4=[sh-TLR4]"), r);
    }

    @Test
    void theClassWordsAndLookalikesAreNoAgents() {
        String r = all("A control siRNA and an shRNA library were used; Shh and Sirt1 rose.");
        assertFalse(r.contains("CHEMICAL"), r);
        assertTrue(r.contains("PROTEIN:SHH=[Shh]"), r);
        assertTrue(r.contains("PROTEIN:SIRT1=[Sirt1]"), r);
    }

    @Test
    void namedNonCodingRnasAreGeneProducts() {
        String r = all("circHIPK3 and hsa_circ_0001946 sponge miR-124, while LINC00473 rises.");
        assertTrue(r.contains("PROTEIN:circHIPK3=[circHIPK3]"), r);
        assertTrue(r.contains("PROTEIN:hsa_circ_0001946=[hsa_circ_0001946]"), r);
        assertTrue(r.contains("PROTEIN:LINC00473=[LINC00473]"), r);
        // the class words name nothing
        assertFalse(all("circRNAs and lncRNAs were profiled.").contains("PROTEIN"));
        String zh = all("circHIPK3通过吸附miR-124促进增殖。");
        assertTrue(zh.contains("PROTEIN:circHIPK3=[circHIPK3]"), zh);
    }

    @Test
    void amyloidBetaIsTheProteinOfApp() {
        String r = all("Aβ and β-amyloid plaques grew, and amyloid beta was cleared by microglia.");
        assertTrue(r.contains("PROTEIN:amyloid-β=[Aβ, β-amyloid, amyloid beta]"), r);
        String zh = all("β-淀粉样蛋白沉积增加。");
        assertTrue(zh.contains("PROTEIN:amyloid-β=[β-淀粉样蛋白]"), zh);
    }

    @Test
    void remyelinationIsAProcess() {
        String r = all("Remyelination failed after demyelination.");
        assertTrue(r.contains("PROCESS:remyelination=[Remyelination]"), r);
        String zh = all("髓鞘再生受阻。");
        assertTrue(zh.contains("PROCESS:remyelination=[髓鞘再生]"), zh);
    }

    @Test
    void peptideHormonesAreGeneProductsNotDrugs() {
        String r = all("Insulin and glucagon levels rose while follicle-stimulating hormone fell.");
        assertTrue(r.contains("PROTEIN:insulin=[Insulin]"), r);
        assertTrue(r.contains("PROTEIN:GCG=[glucagon]"), r);
        assertTrue(r.contains("PROTEIN:FSH="), r);
        assertFalse(r.contains("CHEMICAL"), r);
    }

    @Test
    void peptideHormonesInChineseText() {
        String r = all("胰岛素水平升高。");
        assertTrue(r.contains("PROTEIN:insulin=[胰岛素]"), r);
        assertFalse(r.contains("CHEMICAL"), r);
    }
}
