package org.bilex.extract;

import static org.bilex.extract.EntityRulesTest.find;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * The nomenclature rules of models/rules/entities.tsv (miRNA strands, interleukins and their receptors and
 * antagonists, interferons, chemokines and their receptors, MMPs, TIMPs, heat-shock proteins, Wnt ligands,
 * caspases, axes, macrophage polarization), each made to fire with no lexicon behind it, in an English and a
 * Chinese sentence. Sentences written for this test.
 */
class NomenclatureRulesTest {

    @Test
    void miRnaStarStrandsAndChineseMiRnaNames() {
        assertEquals(List.of("miR-21*=MIRNA:miR-21*@miR-21", "hsa-miR-155*=MIRNA:miR-155*@miR-155"),
                find("The passenger strand miR-21* was detected, and hsa-miR-155* was low."));
        assertEquals(List.of("miR-21*=MIRNA:miR-21*@miR-21"), find("外泌体中miR-21*的含量升高。"));
        assertEquals(List.of("微小RNA-21=MIRNA:miR-21@miR-21", "微小RNA-155-5p=MIRNA:miR-155-5p@miR-155"),
                find("微小RNA-21和微小RNA-155-5p在银屑病皮损中高表达。"));
    }

    @Test
    void interleukinsWrittenAsASlashList() {
        assertEquals(List.of("IL-1=CYTOKINE:IL-1", "6=CYTOKINE:IL-6"), find("IL-1/6 levels rose after injury."));
        assertEquals(List.of("IL-1=CYTOKINE:IL-1", "6=CYTOKINE:IL-6"), find("损伤后IL-1/6水平升高。"));
    }

    @Test
    void interleukinReceptorsAreProteinsAndOnlyTheAntagonistsOfIl1AndIl36AreCytokines() {
        assertEquals(List.of("IL-6R=PROTEIN:IL-6R", "IL-17RA=PROTEIN:IL-17RA", "IL-22RA1=PROTEIN:IL-22RA1",
                        "IL-13RA2=PROTEIN:IL-13RA2"),
                find("IL-6R and IL-17RA were expressed on the cells, with IL-22RA1 and IL-13RA2."));
        assertEquals(List.of("IL-6R=PROTEIN:IL-6R", "IL-17RA=PROTEIN:IL-17RA"), find("IL-6R和IL-17RA表达于细胞表面。"));
        assertEquals(List.of("IL-1Ra=CYTOKINE:IL-1Ra", "IL-36Ra=CYTOKINE:IL-36Ra", "IL-1R1=PROTEIN:IL-1R1",
                        "IL-1β=CYTOKINE:IL-1β"),
                find("IL-1Ra and IL-36Ra block signalling, while IL-1R1 binds IL-1β."));
        assertEquals(List.of("IL-1RA=CYTOKINE:IL-1RA", "IL-1β=CYTOKINE:IL-1β"), find("IL-1RA抑制IL-1β的作用。"));
    }

    @Test
    void interferonsInChinese() {
        assertEquals(List.of("干扰素-γ=CYTOKINE:IFN-γ"), find("干扰素-γ促进巨噬细胞活化。"));
        assertEquals(List.of("干扰素α=CYTOKINE:IFN-α"), find("干扰素α用于治疗慢性乙型肝炎。"));
        assertEquals(List.of("IFN-gamma=CYTOKINE:IFN-γ"), find("IFN-gamma activates macrophages."));
    }

    @Test
    void chemokinesAndTheirReceptors() {
        assertEquals(List.of("CCL2=CYTOKINE:CCL2@CCL2", "CXCL12=CYTOKINE:CXCL12@CXCL12", "CXCR4=PROTEIN:CXCR4@CXCR4",
                        "CCR7=PROTEIN:CCR7@CCR7"),
                find("CCL2 and CXCL12 attract monocytes through CXCR4 and CCR7."));
        assertEquals(List.of("CCL2=CYTOKINE:CCL2@CCL2", "CXCL12=CYTOKINE:CXCL12@CXCL12", "CXCR4=PROTEIN:CXCR4@CXCR4",
                        "CCR7=PROTEIN:CCR7@CCR7"),
                find("CCL2和CXCL12通过CXCR4和CCR7招募单核细胞。"));
    }

    @Test
    void matrixMetalloproteinasesTheirInhibitorsAndHeatShockProteins() {
        assertEquals(List.of("基质金属蛋白酶-9=PROTEIN:MMP-9@MMP9", "TIMP-1=PROTEIN:TIMP-1@TIMP1"),
                find("基质金属蛋白酶-9降解胶原，TIMP-1抑制其活性。"));
        assertEquals(List.of("TIMP-1=PROTEIN:TIMP-1@TIMP1", "TIMP2=PROTEIN:TIMP-2@TIMP2"), find("TIMP-1 and TIMP2 restrain matrix turnover."));
        assertEquals(List.of("热休克蛋白70=PROTEIN:Hsp70"), find("热休克蛋白70保护细胞免于凋亡。"));
        // no member number: the class word, no protein
        assertEquals(List.of(), find("热休克蛋白家族成员众多。"));
    }

    @Test
    void wntLigandsAndCaspases() {
        assertEquals(List.of("Wnt3a=PROTEIN:Wnt3a@WNT3A", "Wnt-5a=PROTEIN:Wnt5a@WNT5A"), find("Wnt3a and Wnt-5a activate the pathway."));
        assertEquals(List.of("Wnt3a=PROTEIN:Wnt3a@WNT3A"), find("Wnt3a可促进毛囊再生。"));
        assertEquals(List.of("Caspase-3=PROTEIN:caspase-3@CASP3", "CASP8=PROTEIN:caspase-8@CASP8"), find("Caspase-3 and CASP8 were cleaved."));
        assertEquals(List.of("caspase-3=PROTEIN:caspase-3@CASP3"), find("caspase-3被激活。"));
        assertEquals(List.of("半胱天冬酶-3=PROTEIN:caspase-3@CASP3", "胱天蛋白酶-9=PROTEIN:caspase-9@CASP9"),
                find("半胱天冬酶-3和胱天蛋白酶-9被激活。"));
    }

    @Test
    void anAxisNamedInEnglishAlsoInsideChineseText() {
        assertEquals(List.of("IL-6/STAT3 axis=PATHWAY:IL-6/STAT3 axis", "TGF-β/Smad3 axis=PATHWAY:TGF-β/Smad3 axis"),
                find("The IL-6/STAT3 axis drives fibrosis, as does the TGF-β/Smad3 axis."));
        assertEquals(List.of("IL-6/STAT3 axis=PATHWAY:IL-6/STAT3 axis"), find("IL-6/STAT3 axis在纤维化中起重要作用。"));
    }

    @Test
    void macrophagePolarizationFromM1ToM2() {
        assertEquals(List.of("巨噬细胞由M1向M2型极化=PROCESS:M1-to-M2 polarization"), find("巨噬细胞由M1向M2型极化减轻炎症。"));
        assertEquals(List.of("Polarization of macrophages from M1 to M2=PROCESS:M1-to-M2 polarization",
                        "macrophage polarization from the M1 to the M2 phenotype=PROCESS:M1-to-M2 polarization"),
                find("Polarization of macrophages from M1 to M2 reduced inflammation, as did macrophage polarization from the M1 to the M2 phenotype."));
    }
}
